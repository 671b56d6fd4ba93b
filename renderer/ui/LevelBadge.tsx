import { useTranslation } from 'react-i18next';
import type { Level } from '../../core/shared/levels.ts';
import './level-badge.css';

interface Props {
  /** null = the agreement says there is no Vietnamese equivalent. */
  level: Level | null;
}

/**
 * The độ mật stamp as it appears on paper: the Vietnamese marking in red ink, stronger for higher levels. The stamp
 * text is always Vietnamese (it is the legal marking); the tooltip follows the interface language.
 */
export function LevelBadge({ level }: Props) {
  const { t, i18n } = useTranslation();
  const key = level ?? 'none';
  const stamp = i18n.getFixedT('vi')(`levels.${key}`);
  return (
    <span className="cxr-level" data-level={key} title={t('levels.badgeTitle', { level: t(`levels.${key}`) })}>
      {stamp}
    </span>
  );
}

import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../stores/session.ts';

/**
 * A training register says so on every screen: the banner sits at the top of the work area whatever is open, in
 * Vietnamese (the marking on every output), so no one mistakes the fictional examples for real entries.
 */
export function TrainingBanner() {
  const { t } = useTranslation();
  const training = useSession((s) => s.status?.training === true);
  if (!training) return null;
  return (
    <div className="cxr-training-banner" role="note" data-testid="training-banner">
      <Text fw={800} size="sm" lh={1.3}>
        DỮ LIỆU MẪU — dùng cho tập huấn
      </Text>
      <Text size="xs" lh={1.3}>
        {t('frame.trainingNote')}
      </Text>
    </div>
  );
}

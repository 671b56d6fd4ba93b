import { useTranslation } from 'react-i18next';
import type { Recovery } from '../../stores/setup.ts';
import { formatIsoDate } from '../../ui/format.ts';
import { RecoveryCodeGroups } from './RecoveryCodeGroups.tsx';

/**
 * The paper sheet for the unit safe: only this is printed (see print rules in app.css), never the screen around
 * it. Always Vietnamese: it is a document of the unit, read years later by whoever opens the safe.
 */
export function RecoverySheet({ recovery }: { recovery: Recovery }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT('vi');
  const d = recovery.createdAt;
  const date = formatIsoDate(
    `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`,
  );
  return (
    <section className="cxr-print-sheet" aria-hidden="true">
      <h1>{t('recovery.sheetTitle')}</h1>
      <p>{t('app.title')}</p>
      <p>{t('recovery.sheetUnit', { unit: recovery.unitName })}</p>
      <p>{t('recovery.sheetDate', { date })}</p>
      <h2>{t('recovery.codeLabel')}</h2>
      <RecoveryCodeGroups code={recovery.code} />
      <h2>{t('recovery.kitLabel')}</h2>
      <pre>{recovery.kit}</pre>
      <p>{t('recovery.why')}</p>
      <p>
        <strong>{t('recovery.sheetKeep')}</strong>
      </p>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { formatIsoDate } from '../../ui/format.ts';

interface Props {
  kit: string;
  epoch: number;
  unitName: string;
  at: Date;
}

/**
 * The page printed after a key change, stapled to the recovery sheet: same print rules and look as the sheet
 * (RecoverySheet). Always Vietnamese: it is a document of the unit.
 */
export function KitSheet({ kit, epoch, unitName, at }: Props) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT('vi');
  const date = formatIsoDate(
    `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`,
  );
  return (
    <section className="cxr-print-sheet" aria-hidden="true" data-testid="kit-sheet">
      <h1>{t('keys.sheetTitle')}</h1>
      <p>{t('app.title')}</p>
      <p>{t('recovery.sheetUnit', { unit: unitName })}</p>
      <p>{t('keys.sheetEpoch', { epoch, date })}</p>
      <h2>{t('keys.blockLabel')}</h2>
      <pre>{kit}</pre>
      <p>
        <strong>{t('keys.sheetStaple')}</strong>
      </p>
      <p>{t('keys.sheetSign')}</p>
    </section>
  );
}

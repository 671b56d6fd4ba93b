import { Alert, Button, Group, Kbd, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePrint } from '../../stores/print.ts';
import { useRegister } from '../../stores/register.ts';
import { useCan } from '../../stores/session.ts';
import { useKeyboardShortcut } from '../../ui/useKeyboardShortcut.ts';
import { PrintPreview } from './PrintPreview.tsx';

/** The year whose book "In sổ" prints: the year filter when one is typed, else this year in Hà Nội (UTC+7). */
export function bookYear(filterYear: string, now = Date.now()): number {
  const typed = filterYear.trim();
  if (/^\d{4}$/.test(typed)) return Number(typed);
  return new Date(now + 7 * 3_600_000).getUTCFullYear();
}

/** Entries picked with Space for one handover receipt, with a way to drop the picks. */
export function MarkedNotice() {
  const { t } = useTranslation();
  const count = useRegister((s) => s.marked.length);
  if (count === 0) return null;
  return (
    <Group gap="xs" data-testid="register-marked">
      <Text size="sm" fw={600} role="status">
        {t('print.marked', { count })}
      </Text>
      <Button size="compact-xs" variant="light" onClick={() => useRegister.getState().clearMarks()}>
        {t('print.clearMarks')}
      </Button>
    </Group>
  );
}

/**
 * The register's print buttons, each opening the preview first: Ctrl+P the book shown for the filtered year
 * (security officer), Ctrl+B the envelope labels of the current row, Ctrl+G the handover receipt of the rows picked
 * with Space, or of the current row. `shortcuts` is off while another dialog of the screen is open.
 */
export function RegisterPrintBar({ shortcuts }: { shortcuts: boolean }) {
  const { t } = useTranslation();
  const canPrintBook = useCan('documents.printBook');
  const canPrint = useCan('documents.print');
  const [hint, setHint] = useState<'noItem' | null>(null);
  const open = (doc: Parameters<ReturnType<typeof usePrint.getState>['open']>[0]) => {
    setHint(null);
    usePrint.getState().open(doc);
  };
  const currentItem = () => {
    const { rowAt, active } = useRegister.getState();
    const item = rowAt(active);
    if (!item) setHint('noItem');
    return item;
  };
  const printBook = () => {
    const { book, filter } = useRegister.getState();
    open({ kind: 'register', book, year: bookYear(filter.year) });
  };
  const printEnvelope = () => {
    const item = currentItem();
    if (item) open({ kind: 'envelope', itemId: item.id, docNumber: item.docNumber });
  };
  const printReceipt = () => {
    const { marked } = useRegister.getState();
    if (marked.length > 0) return open({ kind: 'receipt', itemIds: [...marked] });
    const item = currentItem();
    if (item) open({ kind: 'receipt', itemIds: [item.id] });
  };
  useKeyboardShortcut('Ctrl+P', printBook, canPrintBook && shortcuts);
  useKeyboardShortcut('Ctrl+B', printEnvelope, canPrint && shortcuts);
  useKeyboardShortcut('Ctrl+G', printReceipt, canPrint && shortcuts);
  if (!canPrint && !canPrintBook) return null;

  return (
    <>
      <Group gap="xs" justify="flex-end">
        {canPrintBook && (
          <Button variant="default" size="xs" onClick={printBook} aria-keyshortcuts="Control+P">
            {t('print.printBook')}{' '}
            <Kbd size="xs" ml={6}>
              Ctrl+P
            </Kbd>
          </Button>
        )}
        {canPrint && (
          <>
            <Button variant="default" size="xs" onClick={printEnvelope} aria-keyshortcuts="Control+B">
              {t('print.printEnvelope')}{' '}
              <Kbd size="xs" ml={6}>
                Ctrl+B
              </Kbd>
            </Button>
            <Button variant="default" size="xs" onClick={printReceipt} aria-keyshortcuts="Control+G">
              {t('print.printReceipt')}{' '}
              <Kbd size="xs" ml={6}>
                Ctrl+G
              </Kbd>
            </Button>
          </>
        )}
      </Group>
      {hint && (
        <Alert
          color="orange"
          role="alert"
          py={6}
          withCloseButton
          onClose={() => setHint(null)}
          closeButtonLabel={t('common.close')}
        >
          {t(`print.${hint}`)}
        </Alert>
      )}
      <PrintPreview />
    </>
  );
}

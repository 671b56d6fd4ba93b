import { Alert, Code, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePrint } from '../../stores/print.ts';
import { errorText } from '../../ui/errors.ts';

/** What the last print or save did, in the person's words: where the file went, or what to do about a failure. */
export function PrintNotice() {
  const { t, i18n } = useTranslation();
  const notice = usePrint((s) => s.notice);
  const dismiss = usePrint((s) => s.dismissNotice);
  if (!notice) return null;
  const common = { py: 'xs' as const, withCloseButton: true, onClose: dismiss, closeButtonLabel: t('common.close') };
  switch (notice.kind) {
    case 'saved':
      return (
        <Alert color="green" role="status" data-testid="print-saved" {...common}>
          <Text size="sm">
            {notice.format === 'docx' ? t('print.savedDocx') : t('print.saved', { format: 'PDF', pages: notice.pages })}
          </Text>
          <Code block mt={4} data-testid="print-saved-path">
            {notice.path}
          </Code>
        </Alert>
      );
    case 'printed':
      return (
        <Alert color="green" role="status" data-testid="print-done" {...common}>
          {t('print.printed', { pages: notice.pages, copies: notice.copies })}
        </Alert>
      );
    case 'cancelled':
      return (
        <Alert color="gray" role="status" data-testid="print-cancelled" {...common}>
          {t('print.printCancelled')}
        </Alert>
      );
    case 'printFailed':
      return (
        <Alert color="red" role="alert" data-testid="print-failed" {...common}>
          {t('print.printFailed')}
        </Alert>
      );
    case 'error':
      return (
        <Alert color="red" role="alert" data-testid="print-error" {...common}>
          {errorText(t, i18n.language, notice.error)}
        </Alert>
      );
  }
}

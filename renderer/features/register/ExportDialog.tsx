import { Alert, Button, Code, Group, Modal, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '../../../core/api/contract.ts';
import type { Book } from '../../../core/domain/items.ts';
import { call } from '../../bridge/call.ts';
import { createFormAction } from '../../stores/form-action.ts';
import { toListQuery, useRegister } from '../../stores/register.ts';
import { FormError } from '../../ui/FormError.tsx';
import { PathInput } from '../../ui/PathInput.tsx';
import { useFocusFirstInvalid } from '../../ui/useFocusFirstInvalid.ts';

export const useExport = createFormAction(
  (input: NonNullable<ChannelInput<'items.exportXlsx'>>) => call('items.exportXlsx', input),
  ['outPath'],
);

/** The name the save dialog proposes: the book, and the year when the filter has one ("so-bmnn-den-2026.xlsx"). */
function exportFileName(book: Book, year: number | undefined): string {
  return `so-bmnn-${book === 'outgoing' ? 'di' : 'den'}${year ? `-${year}` : ''}.xlsx`;
}

/** Xuất Excel: the current book with the current filter, to a file chosen in the save dialog or typed (like Sao lưu). */
export function ExportDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [outPath, setOutPath] = useState('');
  const book = useRegister((s) => s.book);
  const filter = useRegister((s) => s.filter);
  const { submitting, fieldErrors, error, unplaced, failures, result, submit, clearField, reset } = useExport();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, failures);
  const close = () => {
    reset();
    onClose();
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      size="lg"
      title={<Text fw={700}>{t('register.export.title', { book: t(`register.books.${book}`) })}</Text>}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const { book: _book, ...rest } = toListQuery(book, filter);
          void submit({ book, filter: rest, outPath: outPath.trim() });
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('register.export.intro')}</Text>
          <PathInput
            label={t('register.export.path')}
            description={t('register.export.pathHint')}
            dialog={{ kind: 'save', defaultName: exportFileName(book, toListQuery(book, filter).year), format: 'xlsx' }}
            value={outPath}
            onChange={(path) => {
              setOutPath(path);
              clearField('outPath');
            }}
            error={fieldErrors.outPath}
            required
            data-autofocus
          />
          <FormError error={error} unplaced={unplaced} />
          {result && (
            <Alert color="green" role="status" py={6} data-testid="export-done">
              <Text size="sm">
                {t('register.export.done', { count: result.count, level: t(`levels.${result.level}`) })}
              </Text>
              <Code block mt={4} data-testid="export-path">
                {result.path}
              </Code>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.close')}
            </Button>
            <Button type="submit" loading={submitting}>
              {t('register.export.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import { Alert, Button, Code, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '../../../core/api/contract.ts';
import { call } from '../../bridge/call.ts';
import { createFormAction } from '../../stores/form-action.ts';
import { toListQuery, useRegister } from '../../stores/register.ts';
import { FormError } from '../../ui/FormError.tsx';
import { useFocusFirstInvalid } from '../../ui/useFocusFirstInvalid.ts';

export const useExport = createFormAction(
  (input: NonNullable<ChannelInput<'items.exportXlsx'>>) => call('items.exportXlsx', input),
  ['outPath'],
);

/** Xuất Excel: the current book with the current filter, to a file path typed by the officer (like Sao lưu). */
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
          <TextInput
            label={t('register.export.path')}
            description={t('register.export.pathHint')}
            value={outPath}
            onChange={(e) => {
              setOutPath(e.currentTarget.value);
              clearField('outPath');
            }}
            error={fieldErrors.outPath}
            required
            data-autofocus
            autoComplete="off"
            spellCheck={false}
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

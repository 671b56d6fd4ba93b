import { Alert, Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../bridge/call.ts';
import { createFormAction } from '../../stores/form-action.ts';
import { FormError } from '../../ui/FormError.tsx';
import { PathInput } from '../../ui/PathInput.tsx';
import { useFocusFirstInvalid } from '../../ui/useFocusFirstInvalid.ts';

export const useBackup = createFormAction((input: { outDir: string }) => call('backup.create', input), ['outDir']);

/**
 * Sao lưu: a folder (chosen in the system dialog or typed), one button, the resulting file; the service copies, then
 * opens the copy to check it.
 */
export function BackupPanel() {
  const { t } = useTranslation();
  const [outDir, setOutDir] = useState('');
  const { submitting, fieldErrors, error, unplaced, failures, result, submit, clearField } = useBackup();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, failures);

  return (
    <Stack gap="sm" maw={720} component="section" aria-labelledby="backup-heading">
      <Title order={2} size="h4" id="backup-heading">
        {t('backup.heading')}
      </Title>
      <Text size="sm">{t('backup.intro')}</Text>
      <Text size="sm">{t('backup.encrypted')}</Text>
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit({ outDir });
        }}
      >
        <Stack gap="sm">
          <PathInput
            label={t('backup.folder')}
            description={t('backup.folderHint')}
            dialog={{ kind: 'folder', purpose: 'backup' }}
            value={outDir}
            onChange={(path) => {
              setOutDir(path);
              clearField('outDir');
            }}
            error={fieldErrors.outDir}
            required
          />
          <FormError error={error} unplaced={unplaced} />
          {submitting && (
            <Text size="sm" role="status">
              {t('backup.working')}
            </Text>
          )}
          {result && (
            <Alert color="green" role="status" py={6} data-testid="backup-done">
              <Text size="sm">{t('backup.done')}</Text>
              <Code block mt={4} data-testid="backup-path">
                {result.path}
              </Code>
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={submitting}>
              {t('backup.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

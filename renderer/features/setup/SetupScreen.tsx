import { Alert, Button, Checkbox, Group, PasswordInput, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mode } from '../../../core/domain/roles.ts';
import { type SetupValues, useSetup } from '../../stores/setup.ts';
import { CenteredPage } from '../../ui/CenteredPage.tsx';
import { errorText } from '../../ui/errors.ts';
import { useFocusFirstInvalid } from '../../ui/useFocusFirstInvalid.ts';

const EMPTY: SetupValues = { mode: 'unit', unitName: '', adminName: '', password: '', confirm: '', training: false };

/**
 * First run: one plain form. The service validates (same rules as the CLI); its Vietnamese messages appear under
 * the field they belong to. Only "passwords match" is checked here, because the confirmation never leaves the page.
 */
export function SetupScreen() {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<SetupValues>(EMPTY);
  const { submitting, fieldErrors, confirmMismatch, error, failures, submit, clearField } = useSetup();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, failures);

  const change = (field: keyof SetupValues) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    clearField(field);
  };

  return (
    <CenteredPage title={t('setup.title')} width={560}>
      <Text size="sm" mb="md">
        {t('setup.intro')}
      </Text>
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit({ ...values, training: values.mode === 'unit' && values.training });
        }}
      >
        <Stack gap="sm">
          <Radio.Group
            label={t('setup.mode')}
            value={values.mode}
            onChange={(v) => change('mode')(v as Mode)}
            error={fieldErrors.mode}
            required
          >
            <Stack gap={6} mt={4}>
              <Radio value="unit" label={t('modes.unit')} description={t('setup.modeUnitHint')} />
              <Radio value="receiver" label={t('modes.receiver')} description={t('setup.modeReceiverHint')} />
            </Stack>
          </Radio.Group>
          <TextInput
            label={t('setup.unitName')}
            description={t('setup.unitNameHint')}
            value={values.unitName}
            onChange={(e) => change('unitName')(e.currentTarget.value)}
            error={fieldErrors.unitName}
            required
            autoFocus
            autoComplete="off"
          />
          <TextInput
            label={t('setup.adminName')}
            description={t('setup.adminNameHint')}
            value={values.adminName}
            onChange={(e) => change('adminName')(e.currentTarget.value)}
            error={fieldErrors.adminName}
            required
            autoComplete="off"
            spellCheck={false}
          />
          <PasswordInput
            visibilityToggleButtonProps={{ 'aria-label': t('common.togglePassword') }}
            label={t('setup.password')}
            description={t('setup.passwordHint')}
            value={values.password}
            onChange={(e) => change('password')(e.currentTarget.value)}
            error={fieldErrors.password}
            required
            autoComplete="new-password"
          />
          <PasswordInput
            visibilityToggleButtonProps={{ 'aria-label': t('common.togglePassword') }}
            label={t('setup.confirm')}
            value={values.confirm}
            onChange={(e) => change('confirm')(e.currentTarget.value)}
            error={confirmMismatch ? t('setup.mismatch') : undefined}
            required
            autoComplete="new-password"
          />
          {values.mode === 'unit' && (
            <Checkbox
              label={t('setup.training')}
              description={t('setup.trainingHint')}
              checked={values.training ?? false}
              onChange={(e) => {
                const training = e.currentTarget.checked;
                setValues((v) => ({ ...v, training }));
              }}
            />
          )}
          {error && (
            <Alert color="red" role="alert">
              {errorText(t, i18n.language, error)}
            </Alert>
          )}
          <Group justify="flex-end" mt="xs">
            <Button type="submit" loading={submitting}>
              {t('setup.submit')}
            </Button>
          </Group>
          {submitting && (
            <Text size="xs" c="dimmed" role="status">
              {t('setup.submitting')}
            </Text>
          )}
        </Stack>
      </form>
    </CenteredPage>
  );
}

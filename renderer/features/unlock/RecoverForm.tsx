import { Alert, Button, Group, PasswordInput, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPTY_RECOVER, type RecoverValues, useRecover } from '../../stores/recover.ts';
import { errorText } from '../../ui/errors.ts';
import { useFocusFirstInvalid } from '../../ui/useFocusFirstInvalid.ts';

/** The recovery path of the unlock screen. Esc or "Quay lại đăng nhập" goes back to the ordinary sign-in. */
export function RecoverForm({ onBack }: { onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<RecoverValues>(EMPTY_RECOVER);
  const { submitting, fieldErrors, confirmMismatch, error, failures, submit, clearField } = useRecover();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, failures);

  const change = (field: keyof RecoverValues) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    clearField(field);
  };

  return (
    <form
      ref={formRef}
      noValidate
      aria-labelledby="recover-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void submit(values);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onBack();
      }}
    >
      <Stack gap="sm">
        <Text size="sm">{t('recover.intro')}</Text>
        <TextInput
          label={t('recover.code')}
          description={t('recover.codeHint')}
          value={values.recoveryCode}
          onChange={(e) => change('recoveryCode')(e.currentTarget.value)}
          error={fieldErrors.recoveryCode}
          required
          autoFocus
          autoComplete="off"
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: '0.05em' } }}
        />
        <TextInput
          label={t('recover.userName')}
          value={values.userName}
          onChange={(e) => change('userName')(e.currentTarget.value)}
          error={fieldErrors.userName}
          required
          autoComplete="username"
          spellCheck={false}
        />
        <PasswordInput
          visibilityToggleButtonProps={{ 'aria-label': t('common.togglePassword') }}
          label={t('recover.newPassword')}
          description={t('recover.newPasswordHint')}
          value={values.newPassword}
          onChange={(e) => change('newPassword')(e.currentTarget.value)}
          error={fieldErrors.newPassword}
          required
          autoComplete="new-password"
        />
        <PasswordInput
          visibilityToggleButtonProps={{ 'aria-label': t('common.togglePassword') }}
          label={t('recover.confirm')}
          value={values.confirm}
          onChange={(e) => change('confirm')(e.currentTarget.value)}
          error={confirmMismatch ? t('common.mismatch') : undefined}
          required
          autoComplete="new-password"
        />
        <Textarea
          label={t('recover.kit')}
          description={t('recover.kitHint')}
          value={values.recoveryKit}
          onChange={(e) => change('recoveryKit')(e.currentTarget.value)}
          error={fieldErrors.recoveryKit}
          autosize
          minRows={2}
          maxRows={8}
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
          // Enter makes a new line here (the block has several); Ctrl+Enter submits.
          onKeyDown={(event) => {
            if (event.key === 'Enter' && event.ctrlKey) formRef.current?.requestSubmit();
          }}
        />
        {error && (
          <Alert color="red" role="alert" py="xs">
            {errorText(t, i18n.language, error)}
          </Alert>
        )}
        <Group justify="space-between" mt="xs">
          <Button variant="subtle" onClick={onBack}>
            {t('recover.back')}
          </Button>
          <Button type="submit" loading={submitting}>
            {t('recover.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Alert, Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../bridge/call.ts';
import { createFormAction } from '../../stores/form-action.ts';
import { FormError } from '../../ui/FormError.tsx';
import { errorText } from '../../ui/errors.ts';
import { useFocusFirstInvalid } from '../../ui/useFocusFirstInvalid.ts';

export const useChangePassword = createFormAction(
  (input: { currentPassword: string; newPassword: string }) => call('session.changePassword', input),
  ['currentPassword', 'newPassword'],
);

const EMPTY = { currentPassword: '', newPassword: '', confirm: '' };

/** Own password: current + new + confirmation; the confirmation never leaves the page. */
export function ChangePasswordDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState(EMPTY);
  const [mismatch, setMismatch] = useState(false);
  const { submitting, fieldErrors, error, unplaced, failures, result, submit, clearField, reset } = useChangePassword();
  const formRef = useRef<HTMLFormElement>(null);
  const [localFailures, setLocalFailures] = useState(0);
  useFocusFirstInvalid(formRef, failures + localFailures);

  const close = () => {
    setValues(EMPTY);
    setMismatch(false);
    reset();
    onClose();
  };
  const change = (field: keyof typeof EMPTY) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    if (field === 'confirm') setMismatch(false);
    clearField(field);
  };
  // The wrong current password is the service's refusal; it belongs under that field.
  const currentError =
    fieldErrors.currentPassword ??
    (error?.code === 'WRONG_CREDENTIALS' ? errorText(t, i18n.language, error) : undefined);

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('account.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {result ? (
        <Stack gap="sm">
          <Alert color="green" role="status" data-testid="password-changed">
            {t('account.done')}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={close} data-autofocus>
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form
          ref={formRef}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (values.confirm !== values.newPassword) {
              setMismatch(true);
              setLocalFailures((n) => n + 1);
              return;
            }
            void submit({ currentPassword: values.currentPassword, newPassword: values.newPassword });
          }}
        >
          <Stack gap="sm">
            <PasswordInput
              visibilityToggleButtonProps={{ 'aria-label': t('common.togglePassword') }}
              label={t('account.current')}
              value={values.currentPassword}
              onChange={(e) => change('currentPassword')(e.currentTarget.value)}
              error={currentError}
              required
              data-autofocus
              autoComplete="current-password"
            />
            <PasswordInput
              visibilityToggleButtonProps={{ 'aria-label': t('common.togglePassword') }}
              label={t('account.newPassword')}
              description={t('account.newPasswordHint')}
              value={values.newPassword}
              onChange={(e) => change('newPassword')(e.currentTarget.value)}
              error={fieldErrors.newPassword}
              required
              autoComplete="new-password"
            />
            <PasswordInput
              visibilityToggleButtonProps={{ 'aria-label': t('common.togglePassword') }}
              label={t('account.confirm')}
              value={values.confirm}
              onChange={(e) => change('confirm')(e.currentTarget.value)}
              error={mismatch ? t('common.mismatch') : undefined}
              required
              autoComplete="new-password"
            />
            {error?.code !== 'WRONG_CREDENTIALS' && <FormError error={error} unplaced={unplaced} />}
            <Group justify="flex-end" mt="xs">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={submitting}>
                {t('account.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

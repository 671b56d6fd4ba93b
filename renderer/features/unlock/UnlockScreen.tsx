import { Alert, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecover } from '../../stores/recover.ts';
import { useSession } from '../../stores/session.ts';
import { useUnlock } from '../../stores/unlock.ts';
import { CenteredPage } from '../../ui/CenteredPage.tsx';
import { errorText } from '../../ui/errors.ts';
import { RecoverForm } from './RecoverForm.tsx';

/**
 * User name + password, Enter submits. After a failed attempt the password is cleared and the cursor goes back to
 * it (the user name is usually right), and the reason is shown in plain Vietnamese. "Quên mật khẩu?" switches to
 * the recovery form; after an idle lock a short notice says why the register is locked.
 */
export function UnlockScreen() {
  const [recovering, setRecovering] = useState(false);
  const { t } = useTranslation();
  if (recovering) {
    return (
      <CenteredPage title={t('recover.title')} width={560} titleId="recover-heading">
        <RecoverForm
          onBack={() => {
            useRecover.getState().reset();
            setRecovering(false);
          }}
        />
      </CenteredPage>
    );
  }
  return <SignInForm onForgot={() => setRecovering(true)} />;
}

function SignInForm({ onForgot }: { onForgot: () => void }) {
  const { t, i18n } = useTranslation();
  const idle = useSession((s) => s.lockReason === 'idle');
  const [userName, setUserName] = useState('');
  const [password, setPassword] = useState('');
  const { submitting, fieldErrors, error, failures, unlock } = useUnlock();
  const passwordRef = useRef<HTMLInputElement>(null);
  const userRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (failures === 0) return;
    setPassword('');
    (fieldErrors.userName ? userRef : passwordRef).current?.focus();
  }, [failures, fieldErrors]);

  return (
    <CenteredPage title={t('unlock.title')} width={420}>
      {idle && (
        <Alert color="blue" variant="light" py="xs" mb="sm" role="status" data-testid="idle-locked">
          <Text size="sm" fw={600}>
            {t('unlock.idleLocked')}
          </Text>
          <Text size="sm">{t('unlock.idleLockedDetail')}</Text>
        </Alert>
      )}
      <Text size="sm" mb="md">
        {t('unlock.intro')}
      </Text>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void unlock(userName, password);
        }}
      >
        <Stack gap="sm">
          <TextInput
            ref={userRef}
            label={t('unlock.userName')}
            value={userName}
            onChange={(e) => setUserName(e.currentTarget.value)}
            error={fieldErrors.userName}
            autoFocus
            autoComplete="username"
            spellCheck={false}
          />
          <PasswordInput
            visibilityToggleButtonProps={{ 'aria-label': t('common.togglePassword') }}
            ref={passwordRef}
            label={t('unlock.password')}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={fieldErrors.password}
            autoComplete="current-password"
          />
          {error && (
            <Alert color="red" role="alert" py="xs">
              {errorText(t, i18n.language, error)}
            </Alert>
          )}
          <Group justify="space-between" mt="xs">
            <Text size="xs" c="dimmed">
              {t('unlock.enterHint')}
            </Text>
            <Button type="submit" loading={submitting}>
              {t('unlock.submit')}
            </Button>
          </Group>
          <Button variant="subtle" size="compact-sm" onClick={onForgot} style={{ alignSelf: 'flex-start' }}>
            {t('unlock.forgot')}
          </Button>
        </Stack>
      </form>
    </CenteredPage>
  );
}

import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../stores/session.ts';
import { errorText } from './errors.ts';

/** Before the register answers (normally a blink), or when even the status call failed. */
export function StartupScreen() {
  const { t, i18n } = useTranslation();
  const phase = useSession((s) => s.phase);
  const error = useSession((s) => s.error);
  const refresh = useSession((s) => s.refresh);

  if (phase === 'failed' && error) {
    return (
      <Center mih="100vh">
        <Stack maw={480}>
          <Alert color="red" title={t('app.startFailed')} role="alert">
            {errorText(t, i18n.language, error)}
          </Alert>
          <Button onClick={() => void refresh()}>{t('app.retry')}</Button>
        </Stack>
      </Center>
    );
  }
  return (
    <Center mih="100vh">
      <Stack align="center" gap="xs">
        <Loader size="sm" />
        <Text size="sm">{t('app.loading')}</Text>
      </Stack>
    </Center>
  );
}

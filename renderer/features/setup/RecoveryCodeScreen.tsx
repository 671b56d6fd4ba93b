import { Alert, Button, Checkbox, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recovery } from '../../stores/setup.ts';
import { useSetup } from '../../stores/setup.ts';
import { CenteredPage } from '../../ui/CenteredPage.tsx';
import { errorText } from '../../ui/errors.ts';
import { RecoveryCodeGroups } from './RecoveryCodeGroups.tsx';
import { RecoverySheet } from './RecoverySheet.tsx';

interface Props {
  recovery: Recovery;
}

/**
 * A training register whose fictional entries could not be added: the register itself was created (and this screen
 * must still be read), so the reason is said here, in the person's words, with the button that tries again.
 */
function TrainingItemsNotice() {
  const { t, i18n } = useTranslation();
  const { adding, error, added } = useSetup((s) => s.training);
  const retry = useSetup((s) => s.addTrainingItems);
  if (added !== null)
    return (
      <Alert color="green" role="status" py={6} data-testid="training-added">
        {t('recovery.trainingAdded', { count: added })}
      </Alert>
    );
  if (!error) return null;
  return (
    <Alert color="red" role="alert" data-testid="training-failed" title={t('recovery.trainingFailedTitle')}>
      <Stack gap={6} align="flex-start">
        <Text size="sm">{errorText(t, i18n.language, error)}</Text>
        <Text size="sm">{t('recovery.trainingFailedHint')}</Text>
        <Button size="xs" variant="default" loading={adding} onClick={() => void retry()}>
          {t('recovery.trainingRetry')}
        </Button>
      </Stack>
    </Alert>
  );
}

/**
 * The recovery code, shown exactly once, with the data block that goes on the same sheet. It can be copied by hand
 * or printed; "Tiếp tục" stays disabled until the person confirms it is on paper.
 */
export function RecoveryCodeScreen({ recovery }: Props) {
  const { t } = useTranslation();
  const [written, setWritten] = useState(false);
  const acknowledge = useSetup((s) => s.acknowledge);

  return (
    <>
      <CenteredPage title={t('recovery.title')} width={680}>
        <Stack gap="sm">
          <TrainingItemsNotice />
          {/* Dark title text: the library's orange-on-orange title is too faint for the most important line. */}
          <Alert
            color="orange"
            variant="light"
            title={
              <Text component="span" fw={700} c="dark.9">
                {t('recovery.once')}
              </Text>
            }
          >
            <List size="sm" type="ordered" spacing={2}>
              <List.Item>{t('recovery.stepWrite')}</List.Item>
              <List.Item>{t('recovery.stepSafe')}</List.Item>
              <List.Item>{t('recovery.stepNoCopy')}</List.Item>
            </List>
          </Alert>
          <Text size="sm" fw={600} id="recovery-code-label">
            {t('recovery.codeLabel')}
          </Text>
          <RecoveryCodeGroups code={recovery.code} labelledBy="recovery-code-label" testId="recovery-code" />
          <Text size="sm">{t('recovery.why')}</Text>
          <figure className="cxr-figure">
            <Text component="figcaption" size="sm" fw={600} mb={4}>
              {t('recovery.kitLabel')}
            </Text>
            <pre className="cxr-recovery-kit" data-testid="recovery-kit">
              {recovery.kit}
            </pre>
          </figure>
          <Checkbox
            label={t('recovery.acknowledge')}
            checked={written}
            onChange={(e) => setWritten(e.currentTarget.checked)}
            autoFocus
          />
          <Group justify="space-between">
            <Button variant="default" onClick={() => window.print()}>
              {t('recovery.print')}
            </Button>
            <Button disabled={!written} onClick={() => void acknowledge()}>
              {t('recovery.continue')}
            </Button>
          </Group>
        </Stack>
      </CenteredPage>
      <RecoverySheet recovery={recovery} />
    </>
  );
}

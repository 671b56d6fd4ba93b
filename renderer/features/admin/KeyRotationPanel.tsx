import { Alert, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../bridge/call.ts';
import { createFormAction } from '../../stores/form-action.ts';
import { useSession } from '../../stores/session.ts';
import { FormError } from '../../ui/FormError.tsx';
import { KitSheet } from './KitSheet.tsx';

export const useRotateKey = createFormAction(() => call('key.rotate', {}), []);

/**
 * Đổi khóa sổ: explanation, a confirmation, then the new recovery data block with a print button. Only the block
 * sheet prints (see print rules in app.css), to be stapled to the recovery sheet in the safe.
 */
export function KeyRotationPanel() {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const { submitting, error, unplaced, result, submit } = useRotateKey();
  const unitName = useSession((s) => s.status?.unitName ?? '');
  const [rotatedAt, setRotatedAt] = useState(() => new Date());

  return (
    <Stack gap="sm" maw={760} component="section" aria-labelledby="keys-heading">
      <Title order={2} size="h4" id="keys-heading">
        {t('keys.heading')}
      </Title>
      <Text size="sm">{t('keys.intro')}</Text>
      <Text size="sm">{t('keys.after')}</Text>
      <FormError error={error} unplaced={unplaced} />
      {result ? (
        <>
          <Alert color="green" role="status" py={6} data-testid="key-rotated">
            {t('keys.done', { epoch: result.epoch })}
          </Alert>
          <Alert
            color="orange"
            variant="light"
            title={
              <Text component="span" fw={700} c="dark.9">
                {t('keys.staple')}
              </Text>
            }
          />
          <figure className="cxr-figure">
            <Text component="figcaption" size="sm" fw={600} mb={4}>
              {t('keys.blockLabel')}
            </Text>
            <pre className="cxr-recovery-kit" data-testid="new-recovery-kit">
              {result.recoveryKit}
            </pre>
          </figure>
          <Group>
            <Button onClick={() => window.print()}>{t('keys.print')}</Button>
          </Group>
          <KitSheet kit={result.recoveryKit} epoch={result.epoch} unitName={unitName} at={rotatedAt} />
        </>
      ) : (
        <Group>
          <Button color="orange" onClick={() => setConfirming(true)}>
            {t('keys.start')}
          </Button>
        </Group>
      )}
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('keys.confirmTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('keys.confirmBody')}</Text>
          {submitting && (
            <Text size="sm" role="status">
              {t('keys.working')}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)} data-autofocus disabled={submitting}>
              {t('common.cancel')}
            </Button>
            <Button
              color="orange"
              loading={submitting}
              onClick={async () => {
                await submit(undefined);
                setRotatedAt(new Date());
                setConfirming(false);
              }}
            >
              {t('keys.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

import { Alert, Button, Group, NumberInput, Stack, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../bridge/call.ts';
import { createFormAction } from '../../stores/form-action.ts';
import { idleLockMinutes, useSession } from '../../stores/session.ts';
import { FormError } from '../../ui/FormError.tsx';
import { useFocusFirstInvalid } from '../../ui/useFocusFirstInvalid.ts';

export const useUpdateSettings = createFormAction(
  (input: { idleLockMinutes: number }) => call('settings.update', input),
  ['idleLockMinutes'],
);

/** Thiết lập: the idle-lock minutes (1–60). The running idle timer follows at once. */
export function SettingsPanel() {
  const { t } = useTranslation();
  const current = useSession((s) => idleLockMinutes(s.status));
  const [minutes, setMinutes] = useState<number | string>(current);
  const { submitting, fieldErrors, error, unplaced, failures, result, submit, clearField } = useUpdateSettings();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, failures);

  return (
    <Stack gap="sm" maw={520} component="section" aria-labelledby="settings-heading">
      <Title order={2} size="h4" id="settings-heading">
        {t('settings.heading')}
      </Title>
      <form
        ref={formRef}
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          const value = typeof minutes === 'number' ? minutes : Number.parseInt(minutes, 10);
          if (await submit({ idleLockMinutes: Number.isFinite(value) ? value : 0 })) {
            await useSession.getState().refresh();
          }
        }}
      >
        <Stack gap="sm">
          <NumberInput
            label={t('settings.idleMinutes')}
            description={t('settings.idleHint')}
            value={minutes}
            onChange={(v) => {
              setMinutes(v);
              clearField('idleLockMinutes');
              useUpdateSettings.setState({ result: null });
            }}
            error={fieldErrors.idleLockMinutes}
            allowDecimal={false}
            allowNegative={false}
            hideControls
            w={120}
            styles={{ root: { width: '100%' } }}
          />
          {result && (
            <Alert color="green" role="status" py={6} data-testid="settings-saved">
              {t('settings.saved', { count: result.idleLockMinutes })}
            </Alert>
          )}
          <FormError error={error} unplaced={unplaced} />
          <Group>
            <Button type="submit" loading={submitting}>
              {t('settings.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

import { Alert, Button, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '../../../core/api/contract.ts';
import { call } from '../../bridge/call.ts';
import { createFormAction } from '../../stores/form-action.ts';
import { idleLockMinutes, useSession } from '../../stores/session.ts';
import { FormError } from '../../ui/FormError.tsx';
import { useFocusFirstInvalid } from '../../ui/useFocusFirstInvalid.ts';

type SettingsInput = NonNullable<ChannelInput<'settings.update'>>;

export const useUpdateSettings = createFormAction(
  (input: SettingsInput) => call('settings.update', input),
  ['idleLockMinutes', 'incidentDraftHours', 'incidentAddressee', 'documentSymbol'],
);

const whole = (v: number | string) => (typeof v === 'number' ? v : Number.parseInt(v, 10));

/**
 * Thiết lập: the idle-lock minutes (1–60; the running idle timer follows at once), and for incident reports the
 * hours after which an unfiled draft is flagged, the default addressee and the unit's symbol in report numbers.
 * Only what changed is sent.
 */
export function SettingsPanel() {
  const { t } = useTranslation();
  const current = useSession((s) => s.status?.settings);
  const unitMode = useSession((s) => s.status?.mode === 'unit');
  const idle = useSession((s) => idleLockMinutes(s.status));
  const [minutes, setMinutes] = useState<number | string>(idle);
  const [hours, setHours] = useState<number | string>(current?.incidentDraftHours ?? 8);
  const [addressee, setAddressee] = useState(current?.incidentAddressee ?? '');
  const [symbol, setSymbol] = useState(current?.documentSymbol ?? '');
  const { submitting, fieldErrors, error, unplaced, failures, result, submit, clearField } = useUpdateSettings();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, failures);
  const edited = (field: string) => {
    clearField(field);
    useUpdateSettings.setState({ result: null });
  };

  return (
    <Stack gap="sm" maw={620} component="section" aria-labelledby="settings-heading">
      <Title order={2} size="h4" id="settings-heading">
        {t('settings.heading')}
      </Title>
      <form
        ref={formRef}
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          const input: SettingsInput = {};
          const typedMinutes = whole(minutes);
          input.idleLockMinutes = Number.isFinite(typedMinutes) ? typedMinutes : 0;
          if (unitMode) {
            const draftHours = whole(hours);
            if (draftHours !== current?.incidentDraftHours)
              input.incidentDraftHours = Number.isFinite(draftHours) ? draftHours : 0;
            if (addressee.trim() !== current?.incidentAddressee) input.incidentAddressee = addressee.trim();
            const typedSymbol = symbol.trim() === '' ? null : symbol.trim().toUpperCase();
            if (typedSymbol !== (current?.documentSymbol ?? null)) input.documentSymbol = typedSymbol;
          }
          if (await submit(input)) await useSession.getState().refresh();
        }}
      >
        <Stack gap="sm">
          <NumberInput
            label={t('settings.idleMinutes')}
            description={t('settings.idleHint')}
            value={minutes}
            onChange={(v) => {
              setMinutes(v);
              edited('idleLockMinutes');
            }}
            error={fieldErrors.idleLockMinutes}
            allowDecimal={false}
            allowNegative={false}
            hideControls
            styles={{ input: { width: 120 } }}
          />
          {unitMode && (
            <>
              <Title order={3} size="h5" mt="xs">
                {t('settings.incidentsHeading')}
              </Title>
              <NumberInput
                label={t('settings.draftHours')}
                description={t('settings.draftHoursHint')}
                value={hours}
                onChange={(v) => {
                  setHours(v);
                  edited('incidentDraftHours');
                }}
                error={fieldErrors.incidentDraftHours}
                allowDecimal={false}
                allowNegative={false}
                hideControls
                styles={{ input: { width: 120 } }}
              />
              <TextInput
                label={t('settings.addressee')}
                description={t('settings.addresseeHint')}
                value={addressee}
                onChange={(e) => {
                  setAddressee(e.currentTarget.value);
                  edited('incidentAddressee');
                }}
                error={fieldErrors.incidentAddressee}
                autoComplete="off"
              />
              <TextInput
                label={t('settings.symbol')}
                description={t('settings.symbolHint')}
                value={symbol}
                onChange={(e) => {
                  setSymbol(e.currentTarget.value);
                  edited('documentSymbol');
                }}
                error={fieldErrors.documentSymbol}
                autoComplete="off"
                spellCheck={false}
                styles={{ input: { width: 260 } }}
              />
            </>
          )}
          {result && (
            <Alert color="green" role="status" py={6}>
              <Text size="sm" data-testid="settings-saved">
                {t('settings.saved', { count: result.idleLockMinutes })}
              </Text>
              {unitMode && (
                <Text size="sm" data-testid="settings-saved-incidents">
                  {t('settings.savedIncidents', { count: result.incidentDraftHours })}
                </Text>
              )}
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

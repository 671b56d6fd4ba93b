import { Alert, Button, Group, Kbd, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentState } from '../../../core/domain/incidents.ts';
import { useIncidentForm } from '../../stores/incident-form.ts';
import { useIncidents } from '../../stores/incidents.ts';
import { useCan, useSession } from '../../stores/session.ts';
import { errorText } from '../../ui/errors.ts';
import { IncidentDetail } from './IncidentDetail.tsx';
import { IncidentList } from './IncidentList.tsx';
import { INCIDENT_STATES } from './model.ts';
import './incidents.css';

const ALL = 'all';

/**
 * Sự cố: the unit's incident reports (or, at the police, the reports imported from the units, with their unit),
 * their state, the clock since discovery and the drafts left too long; a report opens with its history and what
 * can be done next.
 */
export function IncidentsScreen() {
  const { t, i18n } = useTranslation();
  const { state, unit, list, status, error, setState, setUnit, reload } = useIncidents();
  const mode = useSession((s) => s.status?.mode ?? null);
  const hours = useSession((s) => s.status?.settings?.incidentDraftHours ?? 8);
  const canCreate = useCan('incidents.create') && mode === 'unit';
  const receiver = mode === 'receiver';
  const overdue = list.filter((i) => i.overdue).length;
  const states = receiver ? (['received', 'acknowledged'] as const) : INCIDENT_STATES.filter((s) => s !== 'received');

  useEffect(() => {
    void reload();
  }, [reload]);

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h3">
            {t('incidents.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {receiver ? t('incidents.introReceiver') : t('incidents.intro', { count: hours })}
          </Text>
        </div>
        {canCreate && (
          <Button color="red" onClick={() => useIncidentForm.getState().open()} aria-keyshortcuts="Control+Shift+B">
            {t('frame.reportIncident')}{' '}
            <Kbd size="xs" ml={6}>
              Ctrl+Shift+B
            </Kbd>
          </Button>
        )}
      </Group>
      <Group gap="md" align="flex-end">
        <Select
          label={t('incidents.filterState')}
          data={[
            { value: ALL, label: t('incidents.allStates') },
            ...states.map((s) => ({ value: s, label: t(`incidents.states.${s}`) })),
          ]}
          value={state || ALL}
          onChange={(v) => setState(!v || v === ALL ? '' : (v as IncidentState))}
          allowDeselect={false}
          size="xs"
          w={220}
          comboboxProps={{ withinPortal: true }}
        />
        {unit && (
          <Group gap={6} data-testid="incident-unit-filter">
            <Text size="sm">{t('incidents.unitFilter', { unit: unit.name })}</Text>
            <Button size="compact-xs" variant="light" onClick={() => setUnit(null)}>
              {t('incidents.allUnits')}
            </Button>
          </Group>
        )}
        <Text size="sm" role="status" data-testid="incident-count">
          {status === 'loading' && list.length === 0 ? t('app.loading') : t('incidents.count', { count: list.length })}
        </Text>
        {overdue > 0 && (
          <Text size="sm" className="cxr-incident-overdue" data-testid="incident-overdue-count">
            {t('incidents.overdueCount', { count: overdue, hours })}
          </Text>
        )}
      </Group>
      {status === 'failed' && error && (
        <Alert color="red" role="alert" py={6}>
          {errorText(t, i18n.language, error)}{' '}
          <Button size="compact-xs" variant="light" onClick={() => void reload()}>
            {t('app.retry')}
          </Button>
        </Alert>
      )}
      {status === 'loading' && list.length === 0 && <Loader size="sm" aria-label={t('app.loading')} />}
      {status === 'ready' && list.length === 0 && (
        <Text size="sm" c="dimmed">
          {receiver ? t('incidents.emptyReceiver') : t('incidents.empty')}
        </Text>
      )}
      {list.length > 0 && <IncidentList receiver={receiver} />}
      <IncidentDetail />
    </Stack>
  );
}

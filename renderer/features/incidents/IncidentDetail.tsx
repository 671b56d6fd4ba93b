import { Alert, Badge, Button, Drawer, Group, Loader, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiErrorShape } from '../../../core/domain/errors.ts';
import { call } from '../../bridge/call.ts';
import type { AuditEvent } from '../../stores/audit.ts';
import { useIncidentForm } from '../../stores/incident-form.ts';
import { useIncidents } from '../../stores/incidents.ts';
import { trackWork } from '../../stores/pending-work.ts';
import { useCan, usePermissions, useSession } from '../../stores/session.ts';
import { errorText } from '../../ui/errors.ts';
import { formatIsoDate, formatTimestamp } from '../../ui/format.ts';
import { LevelBadge } from '../../ui/LevelBadge.tsx';
import { actionLabel } from '../audit/format.ts';
import { ElapsedClock } from './ElapsedClock.tsx';
import { NumberText, StateBadge } from './IncidentList.tsx';
import { actionsFor, CLOCK_STATES, type Incident } from './model.ts';

function Fact({ label, children, wide }: { label: string; children: React.ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'cxr-fact cxr-fact-wide' : 'cxr-fact'}>
      <dt>{label}</dt>
      <dd>{children === null || children === '' || children === undefined ? '—' : children}</dd>
    </div>
  );
}

/** The report's life so far, from its own dates (always) — the audit log adds who did what, for those who may read it. */
function StateHistory({ incident, events }: { incident: Incident; events: AuditEvent[] | null }) {
  const { t, i18n } = useTranslation();
  const steps: [string, string | null, string | null][] = [
    [t('incidents.history.created'), incident.createdAt, incident.createdBy],
    [t('incidents.history.filed'), incident.filedAt, incident.filedBy],
    [t('incidents.history.exported'), incident.exportedAt, null],
    [t('incidents.history.acknowledged'), incident.acknowledgedAt, null],
    [t('incidents.history.closed'), incident.closedAt, null],
  ];
  return (
    <Stack gap="xs">
      <Table withTableBorder verticalSpacing={4} fz="sm" data-testid="incident-states">
        <Table.Tbody>
          {steps
            .filter(([, at]) => at)
            .map(([label, at, by]) => (
              <Table.Tr key={label}>
                <Table.Td w={150}>{formatTimestamp(at)}</Table.Td>
                <Table.Td>{label}</Table.Td>
                <Table.Td>{by ?? ''}</Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
      {events && events.length > 0 && (
        <Table withTableBorder verticalSpacing={4} fz="sm" data-testid="incident-audit">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={150}>{t('audit.colAt')}</Table.Th>
              <Table.Th w={150}>{t('audit.colActor')}</Table.Th>
              <Table.Th>{t('audit.colAction')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {events.map((e) => (
              <Table.Tr key={e.seq}>
                <Table.Td>{formatTimestamp(e.at)}</Table.Td>
                <Table.Td>{e.actorName ?? t('audit.system')}</Table.Td>
                <Table.Td>{actionLabel(i18n.language, e.action)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

type Loaded = { incident: Incident; events: AuditEvent[] | null } | { error: ApiErrorShape };

/**
 * One report with everything in it, its follow-up chain and history, and what can be done in its state: finish
 * and file a draft, print and write the package for a filed one, a follow-up report, close.
 */
export function IncidentDetail() {
  const { t, i18n } = useTranslation();
  const id = useIncidents((s) => s.openId);
  const all = useIncidents((s) => s.list);
  const open = useIncidents((s) => s.open);
  const permissions = usePermissions();
  const mode = useSession((s) => s.status?.mode ?? null);
  const canAudit = useCan('audit.read');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<ApiErrorShape | null>(null);
  const [confirmClose, setConfirmClose] = useState(false);
  const [version, setVersion] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` reloads on purpose after an action
  useEffect(() => {
    setLoaded(null);
    setActionError(null);
    if (!id) return;
    let live = true;
    void (async () => {
      const result = await call('incidents.get', { id });
      if (!live) return;
      if (!result.ok) return setLoaded({ error: result.error });
      let events: AuditEvent[] | null = null;
      if (canAudit) {
        const found = await call('audit.list', { entity: id, limit: 100 });
        events = found.ok ? found.value.filter((e) => e.entityId === id) : null;
      }
      if (live) setLoaded({ incident: result.value, events });
    })();
    return () => {
      live = false;
    };
  }, [id, canAudit, version]);

  const incident = loaded && 'incident' in loaded ? loaded.incident : null;
  const can = incident ? actionsFor(incident, permissions, mode) : null;
  const chain = incident ? all.filter((i) => i.chainId === incident.chainId).sort((a, b) => a.version - b.version) : [];

  const run = async (channel: 'incidents.file' | 'incidents.close') => {
    if (!incident || busy) return;
    setBusy(true);
    setActionError(null);
    const result = await trackWork(call(channel, { id: incident.id }));
    setBusy(false);
    setConfirmClose(false);
    if (!result.ok) return setActionError(result.error);
    void useIncidents.getState().reload();
    setVersion((v) => v + 1);
    if (channel === 'incidents.file') {
      open(null);
      useIncidentForm.getState().continueFiled(result.value);
    }
  };

  return (
    <Drawer
      opened={id !== null}
      onClose={() => open(null)}
      position="right"
      size="xl"
      title={
        <Title order={2} size="h4">
          {incident ? <NumberText incident={incident} /> : t('incidents.detail')}
        </Title>
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {!loaded && <Loader size="sm" aria-label={t('app.loading')} />}
      {loaded && 'error' in loaded && (
        <Alert color="red" role="alert">
          {errorText(t, i18n.language, loaded.error)}
        </Alert>
      )}
      {incident && can && (
        <Stack gap="md" data-testid="incident-detail">
          <Group gap="xs">
            <StateBadge state={incident.state} />
            <LevelBadge level={incident.level} />
            <Badge variant="outline">{t(`incidents.types.${incident.type}`)}</Badge>
            {incident.version > 1 && (
              <Badge variant="light">{t('incidents.version', { version: incident.version })}</Badge>
            )}
            {incident.overdue && (
              <Text size="sm" className="cxr-incident-overdue">
                {t('incidents.overdue', { count: useSession.getState().status?.settings?.incidentDraftHours ?? 8 })}
              </Text>
            )}
          </Group>
          {CLOCK_STATES.includes(incident.state) && <ElapsedClock from={Date.parse(incident.discoveredAt)} c="red.8" />}
          <Group gap="xs">
            {can.edit && (
              <Button
                variant="default"
                onClick={() => {
                  open(null);
                  useIncidentForm.getState().open({ kind: 'edit', id: incident.id }, incident);
                }}
              >
                {t('incidents.actions.edit')}
              </Button>
            )}
            {can.file && (
              <Button color="red" loading={busy} onClick={() => void run('incidents.file')}>
                {t('incidents.actions.file')}
              </Button>
            )}
            {(can.print || can.export) && (
              <Button
                onClick={() => {
                  open(null);
                  useIncidentForm.getState().continueFiled(incident);
                }}
              >
                {t('incidents.actions.printAndSend')}
              </Button>
            )}
            {can.followUp && (
              <Button
                variant="default"
                onClick={() => {
                  open(null);
                  useIncidentForm.getState().open({ kind: 'followUp', of: incident });
                }}
              >
                {t('incidents.actions.followUp')}
              </Button>
            )}
            {can.close && (
              <Button variant="default" color="gray" onClick={() => setConfirmClose(true)}>
                {t('incidents.actions.close')}
              </Button>
            )}
          </Group>
          {actionError && (
            <Alert color="red" role="alert" py={6}>
              {errorText(t, i18n.language, actionError)}
            </Alert>
          )}
          <section aria-labelledby="incident-facts">
            <Title order={3} size="h5" id="incident-facts" mb={4}>
              {t('incidents.sectionReport')}
            </Title>
            <dl className="cxr-facts">
              {incident.unitFingerprint !== null && <Fact label={t('incidents.col.unit')}>{incident.unitName}</Fact>}
              <Fact label={t('incidents.col.discoveredAt')}>{formatTimestamp(incident.discoveredAt)}</Fact>
              <Fact label={t('incidents.form.place')}>{incident.place}</Fact>
              <Fact label={t('incidents.form.circumstances')} wide>
                <span className="cxr-prewrap">{incident.circumstances}</span>
              </Fact>
              <Fact label={t('incidents.form.personsInvolved')} wide>
                {incident.personsInvolved}
              </Fact>
              <Fact label={t('incidents.form.measures')} wide>
                <span className="cxr-prewrap">{incident.measures}</span>
              </Fact>
              <Fact label={t('incidents.form.remedy')} wide>
                {incident.remedy}
              </Fact>
              <Fact label={t('incidents.form.addressee')}>{incident.addressee}</Fact>
              <Fact label={t('incidents.form.foreignNoticeShort')}>
                {incident.foreignPartyNotice ? t('common.yes') : t('common.no')}
              </Fact>
            </dl>
          </section>
          <section aria-labelledby="incident-items">
            <Title order={3} size="h5" id="incident-items" mb={4}>
              {t('incidents.sectionItems', { count: incident.items.length })}
            </Title>
            <Table withTableBorder verticalSpacing={4} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('incidents.form.colRegisterNo')}</Table.Th>
                  <Table.Th>{t('incidents.form.colDocNumber')}</Table.Th>
                  <Table.Th>{t('register.fields.docDate')}</Table.Th>
                  <Table.Th>{t('incidents.form.colLevel')}</Table.Th>
                  <Table.Th>{t('incidents.form.colAgreement')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {incident.items.map((item) => (
                  <Table.Tr key={item.itemId}>
                    <Table.Td className="cxr-nowrap">
                      {t(`register.numberLabel.${item.book}`)} <strong>{item.registerNo}</strong>/{item.registerYear}
                    </Table.Td>
                    <Table.Td>{item.docNumber}</Table.Td>
                    <Table.Td>{formatIsoDate(item.docDate)}</Table.Td>
                    <Table.Td>
                      <LevelBadge level={item.level} />
                    </Table.Td>
                    <Table.Td>{item.agreement ?? t('incidents.form.noAgreement')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </section>
          {chain.length > 1 && (
            <section aria-labelledby="incident-chain">
              <Title order={3} size="h5" id="incident-chain" mb={4}>
                {t('incidents.sectionChain')}
              </Title>
              <Stack gap={4} data-testid="incident-chain">
                {chain.map((c) => (
                  <Group key={c.id} gap="xs">
                    <Button
                      variant={c.id === incident.id ? 'light' : 'subtle'}
                      size="compact-sm"
                      onClick={() => open(c.id)}
                      aria-current={c.id === incident.id ? 'true' : undefined}
                    >
                      {t('incidents.version', { version: c.version })}
                    </Button>
                    <NumberText incident={c} />
                    <StateBadge state={c.state} />
                  </Group>
                ))}
              </Stack>
            </section>
          )}
          <section aria-labelledby="incident-history">
            <Title order={3} size="h5" id="incident-history" mb={4}>
              {t('incidents.sectionHistory')}
            </Title>
            <StateHistory incident={incident} events={loaded && 'incident' in loaded ? loaded.events : null} />
          </section>
        </Stack>
      )}
      <Modal
        opened={confirmClose}
        onClose={() => setConfirmClose(false)}
        title={<Text fw={700}>{t('incidents.actions.closeTitle')}</Text>}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('incidents.actions.closeBody')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmClose(false)}>
              {t('common.cancel')}
            </Button>
            <Button loading={busy} onClick={() => void run('incidents.close')} data-autofocus>
              {t('incidents.actions.closeConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Drawer>
  );
}

import { Alert, Badge, Button, Collapse, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { Fragment, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../core/api/contract.ts';
import type { ApiErrorShape } from '../../../core/domain/errors.ts';
import { call } from '../../bridge/call.ts';
import { useFrame } from '../../stores/frame.ts';
import { useIncidents } from '../../stores/incidents.ts';
import { errorText } from '../../ui/errors.ts';
import { formatTimestamp } from '../../ui/format.ts';
import { grouped, sequenceRanges, shortGrouped } from './format.ts';

type Listing = ChannelOutput<'packages.list'>;
type UnitRow = Listing['units'][number];

function usePackageList() {
  const [listing, setListing] = useState<Listing | null>(null);
  const [error, setError] = useState<ApiErrorShape | null>(null);
  const load = useCallback(async () => {
    setError(null);
    const result = await call('packages.list', {});
    if (result.ok) setListing(result.value);
    else setError(result.error);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  return { listing, error, load };
}

/** One unit's chain-head history: what its audit chain said at each package (a rewritten chain shows here). */
function Heads({ unit }: { unit: UnitRow }) {
  const { t } = useTranslation();
  return (
    <Table verticalSpacing={2} fz="xs" withTableBorder data-testid={`unit-heads-${unit.fingerprint}`}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('exchange.units.headPackage')}</Table.Th>
          <Table.Th>{t('exchange.units.headReceived')}</Table.Th>
          <Table.Th>{t('exchange.units.headSeq')}</Table.Th>
          <Table.Th>{t('exchange.units.headHash')}</Table.Th>
          <Table.Th>{t('exchange.verify.chain')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {unit.heads.map((h) => (
          <Table.Tr key={h.packageId}>
            <Table.Td>{t('exchange.verify.sequenceValue', { sequence: h.sequence })}</Table.Td>
            <Table.Td>{formatTimestamp(h.receivedAt)}</Table.Td>
            <Table.Td>{h.seq}</Table.Td>
            <Table.Td className="cxr-fp">{shortGrouped(h.hash, 6)}…</Table.Td>
            <Table.Td>
              {t(`exchange.verify.chainStatus.${h.chainStatus as 'first'}`, { defaultValue: h.chainStatus })}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * Đơn vị (police): each unit whose packages arrived, with how many, its latest number, the numbers never received
 * (in red), its reports and the history of its audit-chain head.
 */
export function UnitsPanel() {
  const { t, i18n } = useTranslation();
  const { listing, error, load } = usePackageList();
  const [open, setOpen] = useState<string | null>(null);
  if (error)
    return (
      <Alert color="red" role="alert">
        {errorText(t, i18n.language, error)}
      </Alert>
    );
  if (!listing) return <Loader size="sm" aria-label={t('app.loading')} />;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('exchange.units.heading')}
        </Title>
        <Button variant="subtle" size="compact-sm" onClick={() => void load()}>
          {t('exchange.refresh')}
        </Button>
      </Group>
      {listing.units.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('exchange.units.empty')}
        </Text>
      ) : (
        <Table withTableBorder verticalSpacing={6} fz="sm" data-testid="units-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('exchange.units.unit')}</Table.Th>
              <Table.Th>{t('exchange.units.fingerprint')}</Table.Th>
              <Table.Th>{t('exchange.units.received')}</Table.Th>
              <Table.Th>{t('exchange.units.last')}</Table.Th>
              <Table.Th>{t('exchange.units.missing')}</Table.Th>
              <Table.Th>{t('exchange.units.incidents')}</Table.Th>
              <Table.Th>{t('exchange.units.heads')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {listing.units.map((u) => (
              <Fragment key={u.fingerprint}>
                <Table.Tr data-testid={`unit-row-${u.fingerprint}`}>
                  <Table.Td>
                    <strong>{u.unitName}</strong>
                    {u.revoked && (
                      <Badge color="red" variant="light" ml={6}>
                        {t('exchange.keys.revoked')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td className="cxr-fp">{shortGrouped(u.fingerprint)}…</Table.Td>
                  <Table.Td>{u.received}</Table.Td>
                  <Table.Td>{u.lastSequence}</Table.Td>
                  <Table.Td>
                    {u.missingSequences.length > 0 ? (
                      <Text size="sm" fw={800} c="red.9" data-testid="unit-missing">
                        {t('exchange.units.missingValue', { numbers: sequenceRanges(u.missingSequences) })}
                      </Text>
                    ) : (
                      t('exchange.units.none')
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      disabled={u.incidents === 0}
                      onClick={() => {
                        useIncidents.getState().setUnit({ fingerprint: u.fingerprint, name: u.unitName });
                        useFrame.getState().setArea('incidents');
                      }}
                    >
                      {t('exchange.units.showIncidents', { count: u.incidents })}
                    </Button>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      aria-expanded={open === u.fingerprint}
                      onClick={() => setOpen(open === u.fingerprint ? null : u.fingerprint)}
                    >
                      {t('exchange.units.showHeads', { count: u.heads.length })}
                    </Button>
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Td colSpan={7} p={0} style={{ borderTop: 'none' }}>
                    <Collapse expanded={open === u.fingerprint}>
                      <div style={{ padding: 8 }}>
                        <Heads unit={u} />
                      </div>
                    </Collapse>
                  </Table.Td>
                </Table.Tr>
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

/** Các gói: every package written and read here, newest first, with its number, peer, hash and receipt. */
export function PackageLogPanel() {
  const { t, i18n } = useTranslation();
  const { listing, error, load } = usePackageList();
  if (error)
    return (
      <Alert color="red" role="alert">
        {errorText(t, i18n.language, error)}
      </Alert>
    );
  if (!listing) return <Loader size="sm" aria-label={t('app.loading')} />;
  const packages = [...listing.packages].sort((a, b) => b.processedAt.localeCompare(a.processedAt));
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('exchange.log.heading')}
        </Title>
        <Button variant="subtle" size="compact-sm" onClick={() => void load()}>
          {t('exchange.refresh')}
        </Button>
      </Group>
      {packages.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('exchange.log.empty')}
        </Text>
      ) : (
        <Table withTableBorder verticalSpacing={4} fz="sm" data-testid="package-log">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('exchange.log.direction')}</Table.Th>
              <Table.Th>{t('exchange.log.kind')}</Table.Th>
              <Table.Th>{t('exchange.log.peer')}</Table.Th>
              <Table.Th>{t('exchange.verify.sequence')}</Table.Th>
              <Table.Th>{t('exchange.log.at')}</Table.Th>
              <Table.Th>{t('exchange.verify.records')}</Table.Th>
              <Table.Th>{t('exchange.verify.hash')}</Table.Th>
              <Table.Th>{t('exchange.log.acknowledged')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {packages.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{t(`exchange.log.directions.${p.direction}`)}</Table.Td>
                <Table.Td>{t(`exchange.kinds.${p.kind as 'incidents'}`, { defaultValue: p.kind })}</Table.Td>
                <Table.Td>
                  {p.peerName}
                  <Text size="xs" c="dimmed" className="cxr-fp">
                    {shortGrouped(p.peerFingerprint)}…
                  </Text>
                </Table.Td>
                <Table.Td>{p.sequence}</Table.Td>
                <Table.Td>{formatTimestamp(p.processedAt)}</Table.Td>
                <Table.Td>{p.recordCount}</Table.Td>
                <Table.Td className="cxr-fp" title={grouped(p.hash)}>
                  {shortGrouped(p.hash, 3)}…
                </Table.Td>
                <Table.Td>{p.acknowledgedAt ? formatTimestamp(p.acknowledgedAt) : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

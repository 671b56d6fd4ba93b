import { Badge, Table, Text } from '@mantine/core';
import { type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIncidents } from '../../stores/incidents.ts';
import { useSession } from '../../stores/session.ts';
import { formatTimestamp } from '../../ui/format.ts';
import { LevelBadge } from '../../ui/LevelBadge.tsx';
import { elapsedText } from './ElapsedClock.tsx';
import { CLOCK_STATES, type Incident } from './model.ts';
import { useNow } from './useNow.ts';

/** Badge colours by state: what still needs doing is warm, what is finished is grey. */
export const STATE_COLOR: Record<Incident['state'], string> = {
  draft: 'yellow',
  filed: 'orange',
  exported: 'blue',
  acknowledged: 'green',
  closed: 'gray',
  received: 'blue',
};

export function StateBadge({ state }: { state: Incident['state'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATE_COLOR[state]} variant="light" className="cxr-status">
      {t(`incidents.states.${state}`)}
    </Badge>
  );
}

/** "Số: 3/BC-SNV" for a filed report, "Bản nháp" for a draft. */
export function NumberText({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  return incident.reportNumber ? (
    <strong>{t('incidents.number', { number: incident.reportNumber })}</strong>
  ) : (
    <Text span c="dimmed" size="sm">
      {t('incidents.noNumber')}
    </Text>
  );
}

/**
 * The reports as a table, newest discovery first. Up/Down move between rows, Enter opens one. A draft older than
 * the configured hours is flagged in red with the words; the clock since discovery ticks for drafts and filed
 * reports (nothing has reached the police yet).
 */
export function IncidentList({ receiver }: { receiver: boolean }) {
  const { t } = useTranslation();
  const list = useIncidents((s) => s.list);
  const open = useIncidents((s) => s.open);
  const hours = useSession((s) => s.status?.settings?.incidentDraftHours ?? 8);
  const now = useNow();
  const [active, setActive] = useState(0);
  const body = useRef<HTMLTableSectionElement>(null);
  const firstOf = new Map(list.filter((i) => i.version === 1).map((i) => [i.chainId, i]));

  const focusRow = (index: number) => {
    const next = Math.max(0, Math.min(list.length - 1, index));
    setActive(next);
    body.current?.querySelectorAll<HTMLElement>('tr')[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, incident: Incident) => {
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: list.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      focusRow(moves[event.key] ?? 0);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open(incident.id);
    }
  };

  return (
    <Table
      withTableBorder
      highlightOnHover
      verticalSpacing={6}
      fz="sm"
      data-testid="incident-list"
      aria-label={t('incidents.listLabel')}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('incidents.col.number')}</Table.Th>
          <Table.Th>{t('incidents.col.state')}</Table.Th>
          <Table.Th>{t('incidents.col.type')}</Table.Th>
          <Table.Th>{t('incidents.col.level')}</Table.Th>
          {receiver && <Table.Th>{t('incidents.col.unit')}</Table.Th>}
          <Table.Th>{t('incidents.col.discoveredAt')}</Table.Th>
          <Table.Th>{t('incidents.col.clock')}</Table.Th>
          <Table.Th>{t('incidents.col.items')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody ref={body}>
        {list.map((incident, index) => {
          const first = incident.version > 1 ? firstOf.get(incident.chainId) : undefined;
          const ticking = CLOCK_STATES.includes(incident.state);
          return (
            <Table.Tr
              key={incident.id}
              tabIndex={index === active ? 0 : -1}
              className={`cxr-incident-row${incident.overdue ? ' cxr-incident-row-overdue' : ''}`}
              data-testid={`incident-row-${incident.id}`}
              data-overdue={incident.overdue || undefined}
              aria-label={t('incidents.rowLabel', {
                number: incident.reportNumber ?? t('incidents.noNumber'),
                type: t(`incidents.types.${incident.type}`),
                state: t(`incidents.states.${incident.state}`),
              })}
              onClick={() => {
                setActive(index);
                open(incident.id);
              }}
              onFocus={() => setActive(index)}
              onKeyDown={(e) => onKeyDown(e, index, incident)}
            >
              <Table.Td>
                <NumberText incident={incident} />
                {incident.version > 1 && (
                  <Text size="xs" c="dimmed">
                    {t('incidents.followUpOf', {
                      version: incident.version,
                      number: first?.reportNumber ?? '…',
                    })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <StateBadge state={incident.state} />
              </Table.Td>
              <Table.Td>{t(`incidents.types.${incident.type}`)}</Table.Td>
              <Table.Td>
                <LevelBadge level={incident.level} />
              </Table.Td>
              {receiver && <Table.Td>{incident.unitName}</Table.Td>}
              <Table.Td className="cxr-nowrap">{formatTimestamp(incident.discoveredAt)}</Table.Td>
              <Table.Td>
                {ticking ? elapsedText(t, Date.parse(incident.discoveredAt), now) : '—'}
                {incident.overdue && (
                  <Text size="xs" className="cxr-incident-overdue" data-testid="incident-overdue">
                    {t('incidents.overdue', { count: hours })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{incident.items.length}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

import {
  Alert,
  Button,
  Group,
  Loader,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { Fragment, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AuditEvent, type AuditFilterForm, EMPTY_FILTER, useAudit } from '../../stores/audit.ts';
import { useCan } from '../../stores/session.ts';
import { errorText } from '../../ui/errors.ts';
import { formatIsoDate, formatTimestamp, parseVnDate } from '../../ui/format.ts';
import {
  AUDIT_ACTION_CODES,
  AUDIT_ACTION_GROUP_CODES,
  AUDIT_ENTITY_CODES,
} from '../../../core/shared/audit-catalogue.ts';
import { actionLabel, entityLabel, groupLabel, offerRedaction, opLabel, valueText } from './format.ts';
import { RedactDialog, type RedactTarget } from './RedactDialog.tsx';
import { VerifyPanel } from './VerifyPanel.tsx';

/** Nhật ký: filter, newest first with "Xem thêm", each event expandable; integrity check on top. */
export function AuditScreen() {
  const { t, i18n } = useTranslation();
  const { filter, status, events, hasMore, loadingMore, error, expanded, redactedNotice, load, more, toggle } =
    useAudit();
  // The form shows stored YYYY-MM-DD dates back as dd/mm/yyyy.
  const [form, setForm] = useState<AuditFilterForm>(() => ({
    ...filter,
    from: formatIsoDate(filter.from),
    to: formatIsoDate(filter.to),
  }));
  const [dateError, setDateError] = useState<{ from?: string; to?: string }>({});
  const canRedact = useCan('audit.redact');
  const [redacting, setRedacting] = useState<RedactTarget | null>(null);

  useEffect(() => {
    void useAudit.getState().load();
  }, []);

  /** Dates are typed dd/mm/yyyy; the store gets them as YYYY-MM-DD, or an error shows under the field. */
  const apply = (next: AuditFilterForm) => {
    const from = next.from.trim() ? parseVnDate(next.from) : '';
    const to = next.to.trim() ? parseVnDate(next.to) : '';
    const errors: { from?: string; to?: string } = {};
    if (from === null) errors.from = t('audit.invalidDate');
    if (to === null) errors.to = t('audit.invalidDate');
    else if (from && to && to < from) errors.to = t('audit.invalidDates');
    setDateError(errors);
    if (errors.from || errors.to) return;
    void load({ ...next, from: from ?? '', to: to ?? '' });
  };
  const field = (name: keyof AuditFilterForm) => (value: string) => setForm((f) => ({ ...f, [name]: value }));

  return (
    <Stack gap="sm">
      <div>
        <Title order={1} size="h3">
          {t('audit.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('audit.intro')}
        </Text>
      </div>
      <VerifyPanel />
      <Paper withBorder p="sm" component="section" aria-label={t('audit.filters')}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            apply(form);
          }}
        >
          <Group gap="xs" align="flex-start" wrap="wrap">
            <TextInput
              label={t('audit.actor')}
              placeholder={t('audit.actorPlaceholder')}
              value={form.actor}
              onChange={(e) => field('actor')(e.currentTarget.value)}
              w={150}
              autoComplete="off"
              spellCheck={false}
            />
            <NativeSelect
              label={t('audit.action')}
              value={form.action}
              onChange={(e) => field('action')(e.currentTarget.value)}
              w={220}
              data={[
                { value: '', label: t('audit.anyAction') },
                {
                  group: t('audit.actionGroups'),
                  items: AUDIT_ACTION_GROUP_CODES.map((g) => ({ value: `${g}.`, label: groupLabel(i18n.language, g) })),
                },
                {
                  group: t('audit.actionSingle'),
                  items: AUDIT_ACTION_CODES.map((a) => ({ value: a, label: actionLabel(i18n.language, a) })),
                },
              ]}
            />
            <NativeSelect
              label={t('audit.entity')}
              value={form.entity}
              onChange={(e) => field('entity')(e.currentTarget.value)}
              w={160}
              data={[
                { value: '', label: t('audit.anyEntity') },
                ...AUDIT_ENTITY_CODES.map((e) => ({ value: e, label: entityLabel(i18n.language, e) })),
              ]}
            />
            <TextInput
              label={t('audit.from')}
              placeholder={t('audit.datePlaceholder')}
              value={form.from}
              onChange={(e) => field('from')(e.currentTarget.value)}
              error={dateError.from}
              w={118}
              autoComplete="off"
            />
            <TextInput
              label={t('audit.to')}
              placeholder={t('audit.datePlaceholder')}
              value={form.to}
              onChange={(e) => field('to')(e.currentTarget.value)}
              error={dateError.to}
              w={118}
              autoComplete="off"
            />
            <Button type="submit" mt={25}>
              {t('audit.apply')}
            </Button>
            <Button
              mt={25}
              variant="subtle"
              onClick={() => {
                setForm(EMPTY_FILTER);
                apply(EMPTY_FILTER);
              }}
            >
              {t('audit.clear')}
            </Button>
          </Group>
        </form>
      </Paper>
      {redactedNotice !== null && (
        <Alert color="green" role="status" py={6} data-testid="redacted">
          {t('redact.done', { count: redactedNotice })}
        </Alert>
      )}
      {error && (
        <Alert color="red" role="alert" py={6}>
          {errorText(t, i18n.language, error)}
        </Alert>
      )}
      {status === 'loading' && events.length === 0 && <Loader size="sm" aria-label={t('app.loading')} />}
      {status === 'ready' && events.length === 0 && <Text size="sm">{t('audit.empty')}</Text>}
      {events.length > 0 && (
        <Table withTableBorder aria-label={t('audit.caption')} data-testid="audit-table" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={28} />
              <Table.Th w={64}>{t('audit.colSeq')}</Table.Th>
              <Table.Th w={130}>{t('audit.colAt')}</Table.Th>
              <Table.Th w={170}>{t('audit.colActor')}</Table.Th>
              <Table.Th>{t('audit.colAction')}</Table.Th>
              <Table.Th>{t('audit.colEntity')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {events.map((event) => (
              <Fragment key={event.seq}>
                <Table.Tr
                  className="cxr-audit-row"
                  data-testid={`audit-event-${event.seq}`}
                  onClick={() => toggle(event.seq)}
                >
                  <Table.Td>
                    <UnstyledButton
                      aria-expanded={!!expanded[event.seq]}
                      aria-label={t('audit.expand', { seq: event.seq })}
                      onClick={(e) => {
                        e.stopPropagation();
                        toggle(event.seq);
                      }}
                      px={4}
                    >
                      {expanded[event.seq] ? '▾' : '▸'}
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td ff="monospace">{event.seq}</Table.Td>
                  <Table.Td className="cxr-nowrap">{formatTimestamp(event.at)}</Table.Td>
                  <Table.Td>{event.actorName ?? t('audit.system')}</Table.Td>
                  <Table.Td>{actionLabel(i18n.language, event.action)}</Table.Td>
                  <Table.Td>
                    {entityLabel(i18n.language, event.entity)}
                    {event.entity !== 'user' && event.entityId ? ` · ${event.entityId}` : ''}
                  </Table.Td>
                </Table.Tr>
                {expanded[event.seq] && (
                  <Table.Tr className="cxr-audit-detail" data-testid={`audit-detail-${event.seq}`}>
                    <Table.Td colSpan={6}>
                      <EventDetail event={event} canRedact={canRedact} onRedact={setRedacting} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {events.length > 0 && (
        <Group gap="sm">
          <Text size="sm" c="dimmed">
            {t('audit.shown', { count: events.length })} {!hasMore && t('audit.end')}
          </Text>
          {hasMore && (
            <Button variant="default" size="xs" loading={loadingMore} onClick={() => void more()}>
              {t('audit.more')}
            </Button>
          )}
        </Group>
      )}
      {redacting && <RedactDialog target={redacting} onClose={() => setRedacting(null)} />}
    </Stack>
  );
}

function EventDetail({
  event,
  canRedact,
  onRedact,
}: {
  event: AuditEvent;
  canRedact: boolean;
  onRedact: (target: RedactTarget) => void;
}) {
  const { t } = useTranslation();
  const info = event.info ? Object.entries(event.info) : [];
  const redactButton = (rowIndex: number, side: 'before' | 'after', field: string, value: unknown) => {
    const row = event.rows[rowIndex];
    if (!canRedact || !row || !offerRedaction(field, value)) return null;
    return (
      <Button
        size="compact-xs"
        variant="subtle"
        color="red"
        aria-label={t('redact.actionFor', { field, side: t(`redact.${side}`), seq: event.seq })}
        onClick={() =>
          onRedact({
            seq: event.seq,
            path: `rows.${rowIndex}.${side}.${field}`,
            table: row.table,
            key: row.key,
            field,
            value: String(value),
          })
        }
      >
        {t('redact.action')}
      </Button>
    );
  };

  return (
    <Stack gap={6}>
      {event.rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('audit.noRows')}
        </Text>
      )}
      {event.rows.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: an event's rows never reorder; their index is their path
        <div key={i}>
          <Text size="sm" fw={600} mb={2}>
            {t('audit.rowHeading', { table: row.table, key: row.key, op: opLabel(t, row.op) })}
          </Text>
          <Table withTableBorder fz="sm" bg="white">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="22%">{t('audit.colField')}</Table.Th>
                <Table.Th w="39%">{t('audit.colBefore')}</Table.Th>
                <Table.Th w="39%">{t('audit.colAfter')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {row.fields.map((f) => (
                <Table.Tr key={f.field} data-testid={`audit-field-${f.field}`}>
                  <Table.Td ff="monospace">{f.field}</Table.Td>
                  <Table.Td>
                    <div className="cxr-audit-value">
                      <span>{'before' in f ? valueText(t, f.before) : ''}</span>
                      {'before' in f && redactButton(i, 'before', f.field, f.before)}
                    </div>
                  </Table.Td>
                  <Table.Td>
                    <div className="cxr-audit-value">
                      <span>{'after' in f ? valueText(t, f.after) : ''}</span>
                      {'after' in f && redactButton(i, 'after', f.field, f.after)}
                    </div>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      ))}
      {info.length > 0 && (
        <Text size="sm">
          <Text span fw={600}>
            {t('audit.info')}:
          </Text>{' '}
          {info.map(([k, v]) => `${k}: ${valueText(t, v)}`).join('; ')}
        </Text>
      )}
      <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }}>
        {t('audit.hash')}: {event.hash}
      </Text>
    </Stack>
  );
}

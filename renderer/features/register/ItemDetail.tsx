import { Alert, Badge, Drawer, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiErrorShape } from '../../../core/domain/errors.ts';
import { call } from '../../bridge/call.ts';
import type { AuditEvent } from '../../stores/audit.ts';
import { useCan } from '../../stores/session.ts';
import { errorText } from '../../ui/errors.ts';
import { formatIsoDate, formatTimestamp } from '../../ui/format.ts';
import { LevelBadge } from '../../ui/LevelBadge.tsx';
import { actionLabel } from '../audit/format.ts';
import type { Item } from './model.ts';

type Loaded = { item: Item; history: AuditEvent[] | null } | { error: ApiErrorShape };

function Fact({ label, children, wide }: { label: string; children: React.ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'cxr-fact cxr-fact-wide' : 'cxr-fact'}>
      <dt>{label}</dt>
      <dd>{children === null || children === '' || children === undefined ? '—' : children}</dd>
    </div>
  );
}

/**
 * One entry with everything recorded about it: the register columns, handling measures, the release decision, and
 * its history from the audit chain (for those who may read the log). Opening a Tuyệt mật entry is itself recorded.
 */
export function ItemDetail({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const canAudit = useCan('audit.read');
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    setLoaded(null);
    if (!id) return;
    let live = true;
    void (async () => {
      const result = await call('items.get', { id });
      if (!live) return;
      if (!result.ok) {
        setLoaded({ error: result.error });
        return;
      }
      let history: AuditEvent[] | null = null;
      if (canAudit) {
        const events = await call('audit.list', { entity: id, limit: 200 });
        history = events.ok ? events.value.filter((e) => e.entityId === id) : null;
      }
      if (live) setLoaded({ item: result.value, history });
    })();
    return () => {
      live = false;
    };
  }, [id, canAudit]);

  const item = loaded && 'item' in loaded ? loaded.item : null;
  const yes = (v: boolean) => (v ? t('common.yes') : t('common.no'));

  return (
    <Drawer
      opened={id !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={
        <Title order={2} size="h4">
          {item
            ? t('register.detailTitle', {
                book: t(`register.numberLabel.${item.book}`),
                no: item.registerNo,
                year: item.registerYear,
              })
            : t('register.detail')}
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
      {item && (
        <Stack gap="md" data-testid="item-detail">
          <Group gap="xs">
            <LevelBadge level={item.level} />
            <Badge variant="light" color="gray">
              {t(`register.statuses.${item.status}`)}
            </Badge>
            {item.agreement && <Badge variant="outline">{item.agreement}</Badge>}
            <Text size="sm">
              {t(item.envelopes === 2 ? 'register.envelopeTwo' : 'register.envelopeOne', {
                letter: item.envelopeLetter,
              })}
            </Text>
          </Group>
          <section aria-labelledby="detail-doc">
            <Title order={3} size="h5" id="detail-doc" mb={4}>
              {t('register.sectionDocument')}
            </Title>
            <dl className="cxr-facts">
              <Fact label={t('register.fields.docNumber')}>{item.docNumber}</Fact>
              <Fact label={t('register.fields.docDate')}>{formatIsoDate(item.docDate)}</Fact>
              <Fact label={t('register.fields.docType')}>{item.docType}</Fact>
              <Fact label={t('register.fields.copies')}>
                {item.pages ? t('register.copiesPages', { copies: item.copies, pages: item.pages }) : item.copies}
              </Fact>
              <Fact label={t('register.fields.summary')} wide>
                {item.summary ?? (item.level === 'tuyet_mat' ? t('register.noSummaryTuyetMat') : '')}
              </Fact>
              <Fact label={t('register.fields.originator')}>{item.originator}</Fact>
              <Fact label={t('register.fields.foreignBody')}>{item.foreignBody}</Fact>
              <Fact label={t('register.fields.recipients')}>{item.recipients}</Fact>
              <Fact label={t('register.fields.department')}>{item.department}</Fact>
              {item.direction === 'incoming' && (
                <>
                  <Fact label={t('register.fields.foreignMarking')}>{item.foreignMarking}</Fact>
                  <Fact label={t('register.fields.equivalentLevel')}>
                    {item.agreement ? <LevelBadge level={item.equivalentLevel} /> : null}
                  </Fact>
                </>
              )}
              <Fact label={t('register.fields.levelDeterminedOn')}>{formatIsoDate(item.levelDeterminedOn)}</Fact>
              {item.direction === 'outgoing' ? (
                <Fact label={t('register.fields.protectedUntil')}>
                  {item.protectedUntil
                    ? t('register.protectedUntilText', {
                        date: formatIsoDate(item.protectedUntil),
                        years: item.protectionYears ?? 0,
                      })
                    : null}
                </Fact>
              ) : (
                <Fact label={t('register.fields.foreignProtectionNote')}>{item.foreignProtectionNote}</Fact>
              )}
              {item.protectionReason && (
                <Fact label={t('register.fields.protectionReason')} wide>
                  {item.protectionReason}
                </Fact>
              )}
              <Fact label={t('register.fields.notes')} wide>
                {item.notes}
              </Fact>
              <Fact label={t('register.fields.registeredAt')}>
                {t('register.registeredByAt', { at: formatTimestamp(item.registeredAt), by: item.registeredBy })}
              </Fact>
            </dl>
          </section>
          <section aria-labelledby="detail-handling">
            <Title order={3} size="h5" id="detail-handling" mb={4}>
              {t('register.sectionHandling')}
            </Title>
            <dl className="cxr-facts">
              <Fact label={t('register.fields.namedRecipientOnly')}>{yes(item.handling.namedRecipientOnly)}</Fact>
              <Fact label={t('register.fields.channel')}>
                {item.handling.channel ? t(`register.channels.${item.handling.channel as 'post'}`) : null}
              </Fact>
              <Fact label={t('register.fields.storagePlace')}>{item.handling.storagePlace}</Fact>
              <Fact label={t('register.fields.copyingAllowed')}>{yes(item.handling.copyingAllowed)}</Fact>
              <Fact label={t('register.fields.returnBy')}>{formatIsoDate(item.handling.returnBy)}</Fact>
            </dl>
          </section>
          {item.approval && (
            <section aria-labelledby="detail-approval">
              <Title order={3} size="h5" id="detail-approval" mb={4}>
                {t('register.sectionApproval')}
              </Title>
              <dl className="cxr-facts">
                <Fact label={t('register.fields.approverName')}>{item.approval.approverName}</Fact>
                <Fact label={t('register.fields.approverTitle')}>{item.approval.approverTitle}</Fact>
                <Fact label={t('register.fields.decisionNo')}>
                  {t('common.dateOfDecision', {
                    no: item.approval.decisionNo,
                    date: formatIsoDate(item.approval.decisionDate),
                  })}
                </Fact>
                <Fact label={t('register.fields.legalBasis')} wide>
                  {item.approval.legalBasis}
                </Fact>
              </dl>
            </section>
          )}
          {loaded && 'item' in loaded && loaded.history && (
            <section aria-labelledby="detail-history">
              <Title order={3} size="h5" id="detail-history" mb={4}>
                {t('register.sectionHistory')}
              </Title>
              <Table withTableBorder verticalSpacing={4} fz="sm" data-testid="item-history">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={140}>{t('audit.colAt')}</Table.Th>
                    <Table.Th w={150}>{t('audit.colActor')}</Table.Th>
                    <Table.Th>{t('audit.colAction')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {loaded.history.map((e) => (
                    <Table.Tr key={e.seq}>
                      <Table.Td>{formatTimestamp(e.at)}</Table.Td>
                      <Table.Td>{e.actorName ?? t('audit.system')}</Table.Td>
                      <Table.Td>{actionLabel(i18n.language, e.action)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </section>
          )}
        </Stack>
      )}
    </Drawer>
  );
}

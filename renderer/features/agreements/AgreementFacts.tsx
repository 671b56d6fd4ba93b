import { Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../../../core/domain/agreements.ts';
import { formatIsoDate, formatTimestamp } from '../../ui/format.ts';

/**
 * Every recorded fact of one agreement, as label/value pairs in the order of the agreement itself. Short facts sit
 * two per line (like a form printout); long ones take the full width.
 */
export function AgreementFacts({ agreement: a }: { agreement: Agreement }) {
  const { t, i18n } = useTranslation();
  const none = t('common.notRecorded');
  const en = i18n.language === 'en';
  const facts: { label: string; value: ReactNode; wide?: boolean }[] = [
    {
      label: t('agreements.facts.title'),
      // The Vietnamese title is the official one; in English the translation follows it, never replaces it.
      value: en ? (
        <>
          {a.titleVi}
          <Text size="xs" c="dimmed">
            {a.titleEn}
          </Text>
        </>
      ) : (
        a.titleVi
      ),
      wide: true,
    },
    { label: t('agreements.facts.counterparty'), value: en ? a.counterpartyNameEn : a.counterpartyNameVi },
    { label: t('agreements.facts.signedOn'), value: formatIsoDate(a.signedOn) },
    { label: t('agreements.facts.signedAt'), value: a.signedAt },
    { label: t('agreements.facts.inForceOn'), value: formatIsoDate(a.inForceOn) },
    { label: t('agreements.facts.duration'), value: a.duration ?? none },
    {
      label: t('agreements.facts.decision'),
      value: t('common.dateOfDecision', {
        no: a.implementingDecisionNo,
        date: formatIsoDate(a.implementingDecisionDate),
      }),
    },
    { label: t('agreements.facts.authorityVn'), value: a.competentAuthorityVn },
    { label: t('agreements.facts.authorityForeign'), value: a.competentAuthorityForeign ?? none },
    {
      label: t('agreements.facts.triggers'),
      value: a.incidentTriggers.map((k) => t(`agreements.triggers.${k}`)).join('; '),
      wide: true,
    },
    { label: t('agreements.facts.legalBasis'), value: a.legalBasis, wide: true },
    { label: t('agreements.facts.updatedAt'), value: formatTimestamp(a.updatedAt), wide: true },
  ];
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="agreement-facts-heading">
      <Title order={2} size="h4" mb="xs" id="agreement-facts-heading">
        {t('agreements.facts.heading', { code: a.code })}
      </Title>
      <dl className="cxr-facts" data-testid="agreement-facts">
        {facts.map(({ label, value, wide }) => (
          <div key={label} className={wide ? 'cxr-fact cxr-fact-wide' : 'cxr-fact'}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </Paper>
  );
}

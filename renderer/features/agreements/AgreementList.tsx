import { Paper, Table, Text, UnstyledButton } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgreements } from '../../stores/agreements.ts';
import { formatIsoDate } from '../../ui/format.ts';

/**
 * The agreements as a register-style table. Each code is a button (Tab reaches it, Enter opens it); Up/Down move
 * between rows and open the one reached, like turning the pages of the book.
 */
export function AgreementList() {
  const { t, i18n } = useTranslation();
  const list = useAgreements((s) => s.list);
  const selected = useAgreements((s) => s.selected);
  const select = useAgreements((s) => s.select);
  const en = i18n.language === 'en';

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const index = list.findIndex((a) => a.code === selected);
    const next = list[index + (event.key === 'ArrowDown' ? 1 : -1)];
    if (!next) return;
    event.preventDefault();
    select(next.code);
    event.currentTarget.querySelector<HTMLButtonElement>(`[data-code="${next.code}"]`)?.focus();
  };

  return (
    <Paper withBorder>
      <Table highlightOnHover aria-label={t('agreements.listCaption')}>
        <Table.Thead style={{ whiteSpace: 'nowrap' }}>
          <Table.Tr>
            <Table.Th w={70}>{t('agreements.colCode')}</Table.Th>
            <Table.Th w={100}>{t('agreements.colCounterparty')}</Table.Th>
            <Table.Th>{t('agreements.colTitle')}</Table.Th>
            <Table.Th w={130}>{t('agreements.colSigned')}</Table.Th>
            <Table.Th w={100}>{t('agreements.colInForce')}</Table.Th>
            <Table.Th w={160}>{t('agreements.colDecision')}</Table.Th>
            <Table.Th w={130}>{t('agreements.colEquivalences')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody onKeyDown={onKeyDown}>
          {list.map((a) => {
            const isSelected = a.code === selected;
            return (
              <Table.Tr
                key={a.code}
                className={isSelected ? 'cxr-row-selected' : undefined}
                onClick={() => select(a.code)}
                style={{ cursor: 'pointer' }}
                data-testid={`agreement-row-${a.code}`}
              >
                <Table.Td>
                  <UnstyledButton
                    data-code={a.code}
                    onClick={() => select(a.code)}
                    aria-current={isSelected ? 'true' : undefined}
                    fw={600}
                    fz="sm"
                  >
                    {a.code}
                  </UnstyledButton>
                </Table.Td>
                <Table.Td>{en ? a.counterpartyNameEn : a.counterpartyNameVi}</Table.Td>
                <Table.Td>
                  {/* The full official title is in the detail below; two lines keep the list readable at a glance. */}
                  <Text size="sm" lineClamp={2} title={en ? a.titleEn : a.titleVi}>
                    {en ? a.titleEn : a.titleVi}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <div>{formatIsoDate(a.signedOn)}</div>
                  <Text size="xs" c="dimmed">
                    {a.signedAt}
                  </Text>
                </Table.Td>
                <Table.Td>{formatIsoDate(a.inForceOn)}</Table.Td>
                <Table.Td>
                  <div>{a.implementingDecisionNo}</div>
                  <Text size="xs" c="dimmed">
                    {t('common.decisionDate', { date: formatIsoDate(a.implementingDecisionDate) })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {a.equivalences.length > 0
                    ? t('agreements.rows', { count: a.equivalences.length })
                    : t('agreements.noRows')}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

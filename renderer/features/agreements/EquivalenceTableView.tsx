import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Equivalence } from '../../../core/domain/agreements.ts';
import { LevelBadge } from '../../ui/LevelBadge.tsx';

/** The stored table, read-only: for users who may not edit it. */
export function EquivalenceTableView({ rows }: { rows: readonly Equivalence[] }) {
  const { t } = useTranslation();
  return (
    <Table withTableBorder withColumnBorders aria-label={t('equivalences.heading')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={40}>{t('equivalences.colIndex')}</Table.Th>
          <Table.Th>{t('equivalences.colForeignMarking')}</Table.Th>
          <Table.Th>{t('equivalences.colVnLevel')}</Table.Th>
          <Table.Th>{t('equivalences.colSourceClause')}</Table.Th>
          <Table.Th>{t('equivalences.colNote')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row, i) => (
          // Markings are unique within a table (the service refuses duplicates), so they identify rows.
          <Table.Tr key={row.foreignMarking} data-testid={`equivalence-row-${i}`}>
            <Table.Td ta="right" c="dimmed">
              {i + 1}
            </Table.Td>
            <Table.Td fw={600}>{row.foreignMarking}</Table.Td>
            <Table.Td>
              <LevelBadge level={row.vnLevel} />
            </Table.Td>
            <Table.Td>{row.sourceClause}</Table.Td>
            <Table.Td>{row.note}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

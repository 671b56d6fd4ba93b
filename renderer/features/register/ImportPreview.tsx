import { Alert, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../core/api/contract.ts';
import { formatIsoDate } from '../../ui/format.ts';
import { LevelBadge } from '../../ui/LevelBadge.tsx';

/** What an import would write: the encoding read, the counts, and every row with its errors. Nothing is written yet. */
export function ImportPreview({ preview }: { preview: ChannelOutput<'items.importPreview'> }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} data-testid="import-preview">
      <Group gap="sm">
        <Badge variant="light">
          {t('register.import.detected', { encoding: t(`register.import.encodings.${preview.encoding}`) })}
        </Badge>
        <Text size="sm" data-testid="import-counts">
          {t('register.import.counts', { total: preview.total, valid: preview.valid, invalid: preview.invalid })}
        </Text>
      </Group>
      {preview.invalid > 0 && (
        <Alert color="red" role="alert" py={6}>
          {t('register.import.fixRows', { count: preview.invalid })}
        </Alert>
      )}
      <div style={{ maxHeight: 280, overflow: 'auto' }}>
        <Table withTableBorder verticalSpacing={2} fz="xs" stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('register.import.row')}</Table.Th>
              <Table.Th>{t('register.columns.registerNo')}</Table.Th>
              <Table.Th>{t('register.fields.docNumber')}</Table.Th>
              <Table.Th>{t('register.fields.docDate')}</Table.Th>
              <Table.Th>{t('register.fields.level')}</Table.Th>
              <Table.Th>{t('register.fields.summary')}</Table.Th>
              <Table.Th>{t('register.fields.originator')}</Table.Th>
              <Table.Th>{t('register.import.errors')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.rows.map((r) => (
              <Table.Tr
                key={r.row}
                className={r.errors.length ? 'cxr-import-bad' : undefined}
                data-testid={`import-row-${r.row}`}
              >
                <Table.Td>{r.row}</Table.Td>
                <Table.Td>{r.registerNo !== null ? `${r.registerNo}/${r.registerYear ?? ''}` : ''}</Table.Td>
                <Table.Td>{r.docNumber}</Table.Td>
                <Table.Td>{formatIsoDate(r.docDate)}</Table.Td>
                <Table.Td>{r.level && <LevelBadge level={r.level} />}</Table.Td>
                <Table.Td>{r.summary}</Table.Td>
                <Table.Td>{r.originator}</Table.Td>
                <Table.Td c="red.9">{r.errors.join('; ')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </Stack>
  );
}

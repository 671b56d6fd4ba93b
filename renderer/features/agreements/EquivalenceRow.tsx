import { ActionIcon, Group, NativeSelect, Table, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CellError } from '../../stores/equivalences.ts';
import { LevelBadge } from '../../ui/LevelBadge.tsx';
import { cellPath, type DraftField, type DraftRow } from './draft.ts';

interface Props {
  row: DraftRow;
  index: number;
  errors: Record<string, CellError>;
  onChange(field: DraftField, value: string): void;
  onRemove(): void;
}

/** One editable row; each cell carries its own error under it, with an accessible name "column, row n". */
export function EquivalenceRow({ row, index, errors, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const n = index + 1;
  const errorOf = (field: DraftField) => {
    const e = errors[cellPath(index, field)];
    if (!e) return undefined;
    return 'key' in e ? t(`equivalences.${e.key}`) : e.message;
  };
  const label = (column: string) => t('equivalences.cellLabel', { column, row: n });
  const chosen = row.vnLevel === '' ? undefined : row.vnLevel === 'none' ? null : row.vnLevel;

  return (
    <Table.Tr data-testid={`equivalence-row-${index}`}>
      <Table.Td ta="right" c="dimmed" style={{ verticalAlign: 'top', paddingTop: 10 }}>
        {n}
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <TextInput
          size="xs"
          aria-label={label(t('equivalences.colForeignMarking'))}
          value={row.foreignMarking}
          onChange={(e) => onChange('foreignMarking', e.currentTarget.value)}
          error={errorOf('foreignMarking')}
          data-field="foreignMarking"
          spellCheck={false}
        />
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <Group gap={6} wrap="nowrap" align="flex-start">
          <NativeSelect
            size="xs"
            miw={170}
            aria-label={label(t('equivalences.colVnLevel'))}
            value={row.vnLevel}
            onChange={(e) => onChange('vnLevel', e.currentTarget.value)}
            error={errorOf('vnLevel')}
            data={[
              { value: '', label: t('equivalences.chooseLevel') },
              { value: 'tuyet_mat', label: t('levels.tuyet_mat') },
              { value: 'toi_mat', label: t('levels.toi_mat') },
              { value: 'mat', label: t('levels.mat') },
              { value: 'none', label: t('levels.none') },
            ]}
          />
          {chosen !== undefined && chosen !== null && (
            <span style={{ paddingTop: 4 }}>
              <LevelBadge level={chosen} />
            </span>
          )}
        </Group>
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <TextInput
          size="xs"
          aria-label={label(t('equivalences.colSourceClause'))}
          placeholder={t('equivalences.clausePlaceholder')}
          value={row.sourceClause}
          onChange={(e) => onChange('sourceClause', e.currentTarget.value)}
          error={errorOf('sourceClause')}
        />
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <TextInput
          size="xs"
          aria-label={label(t('equivalences.colNote'))}
          value={row.note}
          onChange={(e) => onChange('note', e.currentTarget.value)}
          error={errorOf('note')}
        />
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <ActionIcon
          variant="subtle"
          color="red"
          size="md"
          onClick={onRemove}
          aria-label={t('equivalences.remove', { row: n })}
          title={t('equivalences.remove', { row: n })}
        >
          {/* A plain × keeps the bundle free of an icon set. */}
          <span aria-hidden="true" style={{ fontSize: 18, lineHeight: 1 }}>
            ×
          </span>
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
}

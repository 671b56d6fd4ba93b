import { Alert, Badge, Button, Group, List, Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../../../core/domain/agreements.ts';
import { type Notice, useEquivalences } from '../../stores/equivalences.ts';
import { errorText } from '../../ui/errors.ts';
import { isDirty, MAX_ROWS } from './draft.ts';
import { EquivalenceRow } from './EquivalenceRow.tsx';
import { EquivalenceTableView } from './EquivalenceTableView.tsx';

interface Props {
  agreement: Agreement;
  /** From the user's roles; the service still checks on save, and FORBIDDEN turns the editor read-only. */
  canEdit: boolean;
}

/**
 * The equivalence table of one agreement, edited as one sheet and saved as a whole (the service audits the table
 * before and after). Enter in any cell saves; errors appear under the cell they belong to.
 */
export function EquivalenceEditor({ agreement, canEdit }: Props) {
  const { t } = useTranslation();
  const code = agreement.code;
  const store = useEquivalences();
  const draft = store.drafts[code];
  const tableRef = useRef<HTMLTableSectionElement>(null);
  const rowCount = draft?.rows.length ?? 0;
  const previousCount = useRef(rowCount);

  useEffect(() => {
    store.open(agreement);
  }, [store.open, agreement]);

  // A new row gets the cursor in its first cell, so adding a row is Tab, Enter, type.
  useEffect(() => {
    if (rowCount > previousCount.current) {
      tableRef.current
        ?.querySelector<HTMLInputElement>(`[data-testid="equivalence-row-${rowCount - 1}"] input`)
        ?.focus();
    }
    previousCount.current = rowCount;
  }, [rowCount]);

  const editable = canEdit && !draft?.forbidden;

  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="equivalences-heading">
      <Group justify="space-between" mb={6}>
        <Title order={2} size="h4" id="equivalences-heading">
          {t('equivalences.heading')} — {code}
        </Title>
        {draft && editable && isDirty(draft.rows, agreement.equivalences) && (
          <Badge color="orange" variant="light" data-testid="unsaved">
            {t('common.unsaved')}
          </Badge>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        {t('equivalences.sourceNote')}
      </Text>
      {draft?.notice && <NoticeView notice={draft.notice} code={code} />}
      {!editable && (
        <>
          <Text size="sm" mb="xs" data-testid="read-only-note">
            {t('equivalences.readOnly')}
          </Text>
          {agreement.equivalences.length === 0 ? (
            <Text size="sm" fs="italic">
              {t('equivalences.empty')}
            </Text>
          ) : (
            <EquivalenceTableView rows={agreement.equivalences} />
          )}
        </>
      )}
      {editable && draft && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void store.save(code);
          }}
        >
          {draft.rows.length === 0 ? (
            <Text size="sm" fs="italic" mb="xs">
              {t('equivalences.empty')}
            </Text>
          ) : (
            <Table withTableBorder verticalSpacing={4} aria-label={t('equivalences.heading')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={36}>{t('equivalences.colIndex')}</Table.Th>
                  <Table.Th w="24%">{t('equivalences.colForeignMarking')}</Table.Th>
                  <Table.Th w={280}>{t('equivalences.colVnLevel')}</Table.Th>
                  <Table.Th w="18%">{t('equivalences.colSourceClause')}</Table.Th>
                  <Table.Th>{t('equivalences.colNote')}</Table.Th>
                  <Table.Th w={44}>
                    <VisuallyHidden>{t('equivalences.colActions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody ref={tableRef}>
                {draft.rows.map((row, i) => (
                  <EquivalenceRow
                    key={row.id}
                    row={row}
                    index={i}
                    errors={draft.errors}
                    onChange={(field, value) => store.update(code, i, field, value)}
                    onRemove={() => store.removeRow(code, i)}
                  />
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Group justify="space-between" mt="xs">
            <Group gap="xs">
              <Button variant="default" onClick={() => store.addRow(code)} disabled={draft.rows.length >= MAX_ROWS}>
                + {t('equivalences.add')}
              </Button>
              {draft.rows.length >= MAX_ROWS && (
                <Text size="xs" c="dimmed">
                  {t('equivalences.maxRows', { max: MAX_ROWS })}
                </Text>
              )}
            </Group>
            <Group gap="xs">
              <Button
                variant="subtle"
                onClick={() => store.discard(agreement)}
                disabled={!isDirty(draft.rows, agreement.equivalences)}
              >
                {t('equivalences.reset')}
              </Button>
              <Button type="submit" loading={draft.saving}>
                {t('equivalences.save')}
              </Button>
            </Group>
          </Group>
        </form>
      )}
    </Paper>
  );
}

/** The outcome of the last save: success in green, or what to fix in red (including issues no cell shows). */
function NoticeView({ notice, code }: { notice: Notice; code: string }) {
  const { t, i18n } = useTranslation();
  if (notice.kind === 'saved') {
    return (
      <Alert color="green" role="status" py={6} mb="xs" data-testid="equivalences-saved">
        {t('equivalences.saved', { code, count: notice.count })}
      </Alert>
    );
  }
  if (notice.kind === 'fixErrors') {
    return (
      <Alert color="red" role="alert" py={6} mb="xs">
        {t('equivalences.fixErrors')}
        {notice.unplaced.length > 0 && (
          <List size="sm" mt={4}>
            {notice.unplaced.map((m) => (
              <List.Item key={m}>{m}</List.Item>
            ))}
          </List>
        )}
      </Alert>
    );
  }
  return (
    <Alert color="red" role="alert" py={6} mb="xs">
      {errorText(t, i18n.language, notice.error)}
    </Alert>
  );
}

import {
  Alert,
  Autocomplete,
  Badge,
  Button,
  Fieldset,
  Group,
  List,
  Modal,
  NativeSelect,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../core/api/contract.ts';
import type { ApiErrorShape } from '../../../core/domain/errors.ts';
import type { Book } from '../../../core/domain/items.ts';
import { call } from '../../bridge/call.ts';
import { useAgreements } from '../../stores/agreements.ts';
import { trackWork } from '../../stores/pending-work.ts';
import { useRegister } from '../../stores/register.ts';
import { FormError } from '../../ui/FormError.tsx';
import { formatIsoDate } from '../../ui/format.ts';
import { LevelBadge } from '../../ui/LevelBadge.tsx';
import { issueText } from '../../ui/issues.ts';
import {
  COMMON_HEADERS,
  IMPORT_FIELDS,
  type ImportForm,
  type ImportInput,
  initialImportForm,
  toBase64,
  toMapping,
} from './import-mapping.ts';
import { LEVELS } from './model.ts';

type Preview = ChannelOutput<'items.importPreview'>;
type Committed = ChannelOutput<'items.importCommit'>;

/**
 * Nhập sổ cũ (.xlsx): choose the file, say which columns hold what, look at the preview (encoding detected, every
 * row with its errors), then import all rows or none. Nothing is written before "Nhập".
 */
export function ImportWizard({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const book = useRegister((s) => s.book);
  const agreements = useAgreements((s) => s.list);
  const [form, setForm] = useState<ImportForm>(() => initialImportForm(book));
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  /** The exact input the preview was made with: "Nhập" sends the same, never a changed mapping. */
  const [previewed, setPreviewed] = useState<ImportInput | null>(null);
  const [busy, setBusy] = useState<'reading' | 'preview' | 'commit' | null>(null);
  const [error, setError] = useState<ApiErrorShape | null>(null);
  const [rowIssues, setRowIssues] = useState<string[]>([]);
  const [done, setDone] = useState<Committed | null>(null);

  const edit = (change: Partial<ImportForm>) => {
    setForm((f) => ({ ...f, ...change }));
    setPreview(null);
    setPreviewed(null);
    setDone(null);
  };
  const close = () => {
    setForm(initialImportForm(book));
    setFile(null);
    setPreview(null);
    setPreviewed(null);
    setError(null);
    setRowIssues([]);
    setDone(null);
    onClose();
  };

  const runPreview = async () => {
    if (!file) return;
    const input: ImportInput = { fileName: file.name, contentBase64: file.base64, mapping: toMapping(form) };
    setBusy('preview');
    setError(null);
    setRowIssues([]);
    const result = await call('items.importPreview', input);
    setBusy(null);
    if (!result.ok) {
      setError(result.error);
      setPreview(null);
      return;
    }
    setPreview(result.value);
    setPreviewed(input);
  };

  const commit = async () => {
    if (!previewed) return;
    setBusy('commit');
    setError(null);
    const result = await trackWork(call('items.importCommit', previewed));
    setBusy(null);
    if (!result.ok) {
      setError(result.error);
      setRowIssues(result.error.issues?.map((i) => issueText(i)) ?? []);
      return;
    }
    setDone(result.value);
    setPreview(null);
    setPreviewed(null);
    void useRegister.getState().reload();
  };

  const canImport = !!preview && preview.invalid === 0 && preview.total > 0 && busy === null;

  return (
    <Modal
      opened={opened}
      onClose={close}
      size={1100}
      title={<Text fw={700}>{t('register.import.title')}</Text>}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="sm">
        <Text size="sm">{t('register.import.intro')}</Text>
        <SimpleGrid cols={4} spacing="sm">
          <div>
            <Text component="label" htmlFor="import-file" size="sm" fw={500} display="block" mb={4}>
              {t('register.import.file')}
            </Text>
            <input
              id="import-file"
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              data-autofocus
              onChange={async (e) => {
                const chosen = e.currentTarget.files?.[0];
                edit({});
                setError(null);
                if (!chosen) {
                  setFile(null);
                  return;
                }
                setBusy('reading');
                const bytes = new Uint8Array(await chosen.arrayBuffer());
                setFile({ name: chosen.name, base64: toBase64(bytes) });
                setBusy(null);
              }}
            />
          </div>
          <NativeSelect
            label={t('register.import.book')}
            value={form.book}
            onChange={(e) => edit({ book: e.currentTarget.value as Book })}
            data={(['incoming', 'outgoing'] as const).map((b) => ({ value: b, label: t(`register.books.${b}`) }))}
          />
          <TextInput
            label={t('register.import.headerRow')}
            inputMode="numeric"
            value={form.headerRow}
            onChange={(e) => edit({ headerRow: e.currentTarget.value })}
          />
          <NativeSelect
            label={t('register.import.encoding')}
            value={form.encoding}
            onChange={(e) => edit({ encoding: e.currentTarget.value as ImportForm['encoding'] })}
            data={(['auto', 'unicode', 'tcvn3', 'vni'] as const).map((v) => ({
              value: v,
              label: t(`register.import.encodings.${v}`),
            }))}
          />
          <TextInput
            label={t('register.import.sheet')}
            description={t('register.import.sheetHint')}
            value={form.sheet}
            onChange={(e) => edit({ sheet: e.currentTarget.value })}
          />
          <TextInput
            label={t('register.import.year')}
            description={t('register.import.yearHint')}
            inputMode="numeric"
            value={form.year}
            onChange={(e) => edit({ year: e.currentTarget.value })}
          />
        </SimpleGrid>
        <Fieldset legend={t('register.import.columns')}>
          <Text size="xs" c="dimmed" mb={6}>
            {t('register.import.columnsHint')}
          </Text>
          <SimpleGrid cols={6} spacing="xs">
            {IMPORT_FIELDS.map((field) => (
              <Autocomplete
                key={field}
                size="xs"
                label={t(`register.import.fields.${field}`)}
                data={COMMON_HEADERS}
                value={form.columns[field] ?? ''}
                onChange={(v) => edit({ columns: { ...form.columns, [field]: v } })}
                autoComplete="off"
              />
            ))}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('register.import.defaults')}>
          <SimpleGrid cols={6} spacing="xs">
            <NativeSelect
              size="xs"
              label={t('register.fields.agreement')}
              value={form.defaults.agreement}
              onChange={(e) => edit({ defaults: { ...form.defaults, agreement: e.currentTarget.value } })}
              data={[{ value: '', label: '—' }, ...agreements.map((a) => ({ value: a.code, label: a.code }))]}
            />
            <NativeSelect
              size="xs"
              label={t('register.fields.level')}
              value={form.defaults.level}
              onChange={(e) => edit({ defaults: { ...form.defaults, level: e.currentTarget.value } })}
              data={[{ value: '', label: '—' }, ...LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }))]}
            />
            {(['docType', 'originator', 'copies', 'department'] as const).map((k) => (
              <TextInput
                key={k}
                size="xs"
                label={t(`register.fields.${k}`)}
                value={form.defaults[k]}
                onChange={(e) => edit({ defaults: { ...form.defaults, [k]: e.currentTarget.value } })}
                autoComplete="off"
              />
            ))}
          </SimpleGrid>
        </Fieldset>
        <FormError error={error} unplaced={[]} />
        {rowIssues.length > 0 && (
          <List size="sm" c="red" data-testid="import-row-issues">
            {rowIssues.map((m) => (
              <List.Item key={m}>{m}</List.Item>
            ))}
          </List>
        )}
        {preview && (
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
        )}
        {busy === 'commit' && (
          <Stack gap={4} role="status">
            <Text size="sm">{t('register.import.committing')}</Text>
            <Progress value={100} animated striped aria-label={t('register.import.committing')} />
          </Stack>
        )}
        {done && (
          <Alert color="green" role="status" data-testid="import-done">
            {t('register.import.done', {
              count: done.imported,
              encoding: t(`register.import.encodings.${done.encoding}`),
            })}
          </Alert>
        )}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {t('register.import.allOrNothing')}
          </Text>
          <Group gap="xs">
            <Button variant="default" onClick={close}>
              {t('common.close')}
            </Button>
            <Button
              variant="light"
              onClick={() => void runPreview()}
              disabled={!file || busy !== null}
              loading={busy === 'preview'}
            >
              {t('register.import.preview')}
            </Button>
            <Button onClick={() => void commit()} disabled={!canImport} loading={busy === 'commit'}>
              {t('register.import.submit')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}

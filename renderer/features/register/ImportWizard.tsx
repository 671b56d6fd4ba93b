import { Alert, Button, Group, List, Modal, Progress, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../core/api/contract.ts';
import type { ApiErrorShape } from '../../../core/domain/errors.ts';
import type { Book } from '../../../core/domain/items.ts';
import { call } from '../../bridge/call.ts';
import { trackWork } from '../../stores/pending-work.ts';
import { useRegister } from '../../stores/register.ts';
import { FormError } from '../../ui/FormError.tsx';
import { issueText } from '../../ui/issues.ts';
import { callLong } from '../../bridge/long-call.ts';
import { ImportMappingForm } from './ImportMappingForm.tsx';
import { ImportPreview } from './ImportPreview.tsx';
import { type ImportForm, type ImportInput, initialImportForm, toBase64, toMapping } from './import-mapping.ts';

type Preview = ChannelOutput<'items.importPreview'>;
type Committed = ChannelOutput<'items.importCommit'>;

/**
 * Nhập sổ cũ (.xlsx): choose the file, say which columns hold what, look at the preview (encoding detected, every
 * row with its errors), then import all rows or none. Nothing is written before "Nhập". A file this app exported is
 * recognised as soon as it is chosen (the service reads its title and header rows): no mapping is asked for.
 */
export function ImportWizard({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const book = useRegister((s) => s.book);
  const [form, setForm] = useState<ImportForm>(() => initialImportForm(book));
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  /** The exact input the preview was made with: "Nhập" sends the same, never a changed mapping. */
  const [previewed, setPreviewed] = useState<ImportInput | null>(null);
  const [busy, setBusy] = useState<'reading' | 'preview' | 'commit' | null>(null);
  const [error, setError] = useState<ApiErrorShape | null>(null);
  const [rowIssues, setRowIssues] = useState<string[]>([]);
  const [done, setDone] = useState<Committed | null>(null);
  /** Rows written so far by a running import (the register reports every hundred rows). */
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const stop = useRef<AbortController | null>(null);
  /** The book of a file recognised as the app's own export; null: the mapping form decides. */
  const [own, setOwn] = useState<Book | null>(null);
  /** Counts file choices, so the answer for a file chosen before the last one is dropped. */
  const choice = useRef(0);

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
    setOwn(null);
    onClose();
  };

  const chooseFile = async (chosen: File | undefined) => {
    const mine = ++choice.current;
    edit({});
    setError(null);
    setOwn(null);
    if (!chosen) {
      setFile(null);
      setBusy(null);
      return;
    }
    setBusy('reading');
    const picked = { name: chosen.name, base64: toBase64(new Uint8Array(await chosen.arrayBuffer())) };
    setFile(picked);
    // A preview without a mapping succeeds only for the app's own export; any other file gets the mapping form.
    const input: ImportInput = { fileName: picked.name, contentBase64: picked.base64 };
    const result = await call('items.importPreview', input);
    if (mine !== choice.current) return;
    setBusy(null);
    if (result.ok) {
      setOwn(result.value.book);
      setPreview(result.value);
      setPreviewed(input);
    } else if (result.error.code !== 'IMPORT_MAPPING_REQUIRED') setError(result.error);
  };

  const runPreview = async () => {
    if (!file) return;
    const input: ImportInput = own
      ? { fileName: file.name, contentBase64: file.base64 }
      : { fileName: file.name, contentBase64: file.base64, mapping: toMapping(form) };
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
    setCancelled(false);
    setProgress(null);
    stop.current = new AbortController();
    const result = await trackWork(
      callLong('items.importCommit', previewed, {
        signal: stop.current.signal,
        onProgress: (rows, total) => setProgress({ done: rows, total }),
      }),
    );
    stop.current = null;
    setBusy(null);
    setProgress(null);
    if (!result.ok && result.error.code === 'CANCELLED') {
      setCancelled(true);
      return;
    }
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
        <div>
          <Text component="label" htmlFor="import-file" size="sm" fw={500} display="block" mb={4}>
            {t('register.import.file')}
          </Text>
          <input
            id="import-file"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-autofocus
            onChange={(e) => void chooseFile(e.currentTarget.files?.[0])}
          />
        </div>
        {own ? (
          <Alert color="blue" role="status" py={6} data-testid="import-own-layout">
            {t('register.import.ownLayout', { book: t(`register.books.${own}`) })}
          </Alert>
        ) : (
          <ImportMappingForm form={form} edit={edit} />
        )}
        <FormError error={error} unplaced={[]} />
        {rowIssues.length > 0 && (
          <List size="sm" c="red" data-testid="import-row-issues">
            {rowIssues.map((m) => (
              <List.Item key={m}>{m}</List.Item>
            ))}
          </List>
        )}
        {preview && <ImportPreview preview={preview} />}
        {busy === 'commit' && (
          <Stack gap={4} role="status" data-testid="import-progress">
            <Group justify="space-between">
              <Text size="sm">
                {progress
                  ? t('register.import.committingRows', { done: progress.done, total: progress.total })
                  : t('register.import.committing')}
              </Text>
              <Button size="compact-sm" variant="default" color="red" onClick={() => stop.current?.abort()}>
                {t('register.import.stop')}
              </Button>
            </Group>
            <Progress
              value={progress && progress.total > 0 ? (100 * progress.done) / progress.total : 100}
              animated
              striped
              aria-label={t('register.import.committing')}
            />
          </Stack>
        )}
        {cancelled && (
          <Alert color="yellow" role="status" data-testid="import-cancelled">
            {t('register.import.cancelled')}
          </Alert>
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

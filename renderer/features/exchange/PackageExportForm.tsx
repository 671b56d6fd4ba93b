import { Alert, Button, Code, Group, Stack, Text, TextInput } from '@mantine/core';
import './exchange.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../core/api/contract.ts';
import { call } from '../../bridge/call.ts';
import { activePartners, useExchange } from '../../stores/exchange.ts';
import { createFormAction } from '../../stores/form-action.ts';
import { FormError } from '../../ui/FormError.tsx';
import { PathInput } from '../../ui/PathInput.tsx';
import { PickSelect } from '../../ui/PickSelect.tsx';
import { useFocusFirstInvalid } from '../../ui/useFocusFirstInvalid.ts';
import { grouped, shortGrouped } from './format.ts';

export type Written = ChannelOutput<'packages.export'>;

export const useExportPackage = createFormAction(
  (input: { toDir: string; recipient: string; incidents?: string[] }) => call('packages.export', input),
  ['toDir', 'recipient', 'incidents'],
);

/** The sentence that ends moment 3 (UX.md): what to do with the stick and the printout now. */
export function CarryNotice() {
  const { t } = useTranslation();
  return (
    <Alert color="green" variant="filled" role="status" data-testid="carry-notice">
      <Text fw={700} size="md">
        {t('exchange.export.carry')}
      </Text>
    </Alert>
  );
}

/** What was written: where, which number to which receiver, the hash, and that it was read back and checked. */
export function WrittenSummary({ written }: { written: Written }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} data-testid="package-written">
      <Text size="sm">
        {t('exchange.export.writtenTo')} <Code>{written.path}</Code>
      </Text>
      <Text size="sm">
        {t('exchange.export.sequence', { sequence: written.sequence, recipient: written.recipientName })} ·{' '}
        {t('exchange.export.records', { count: written.records })}
      </Text>
      <Text size="sm">
        {t('exchange.export.hash')} <span className="cxr-fp">{grouped(written.hash)}</span>
      </Text>
      {written.verified && (
        <Text size="sm" fw={700} c="green.9">
          ✓ {t('exchange.export.verified')}
        </Text>
      )}
    </Stack>
  );
}

interface Props {
  /** The reports to put in the package; omitted: every filed report not yet sent. */
  incidents?: string[];
  /** Counted for the button and the message ("2 báo cáo"); unknown when omitted. */
  count?: number;
  onWritten?(written: Written): void;
  autoFocus?: boolean;
}

/**
 * Writes the sealed package to a folder (the USB stick): to one trusted Công an tỉnh key, read back and checked
 * before "done". Keyboard first: the receiver is picked by typing, the folder typed (or chosen), Enter writes.
 */
export function PackageExportForm({ incidents, count, onWritten, autoFocus }: Props) {
  const { t } = useTranslation();
  const { folder, setFolder, keys, keysStatus, keysError, loadKeys } = useExchange();
  const { submitting, fieldErrors, error, unplaced, failures, result, submit, clearField, reset } = useExportPackage();
  const receivers = activePartners(keys, 'receiver');
  const [recipient, setRecipient] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, failures);
  // Without keys.read (a reporter), the receiver is typed by the name on its key file; the service checks it.
  const typedRecipient = keysStatus === 'failed' && keysError?.code === 'FORBIDDEN';

  useEffect(() => {
    reset();
    if (useExchange.getState().keysStatus === 'idle') void loadKeys();
  }, [loadKeys, reset]);

  useEffect(() => {
    if (!recipient && receivers.length === 1 && receivers[0]) setRecipient(receivers[0].fingerprint);
  }, [recipient, receivers]);

  useEffect(() => {
    if (result) onWritten?.(result);
  }, [result, onWritten]);

  if (result) {
    return (
      <Stack gap="sm">
        <WrittenSummary written={result} />
        <CarryNotice />
      </Stack>
    );
  }

  const noReceiver = keysStatus === 'ready' && receivers.length === 0;
  return (
    <form
      ref={formRef}
      noValidate
      data-testid="package-export-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit({ toDir: folder.trim(), recipient: recipient.trim(), ...(incidents ? { incidents } : {}) });
      }}
    >
      <Stack gap="sm">
        {noReceiver && (
          <Alert color="orange" role="alert" py={6}>
            {t('exchange.export.noReceiver')}
          </Alert>
        )}
        <Group align="flex-start" grow>
          {typedRecipient ? (
            <TextInput
              label={t('exchange.export.recipient')}
              description={t('exchange.export.recipientTyped')}
              value={recipient}
              onChange={(e) => {
                setRecipient(e.currentTarget.value);
                clearField('recipient');
              }}
              error={fieldErrors.recipient}
              required
              data-autofocus={autoFocus || undefined}
            />
          ) : (
            <PickSelect
              label={t('exchange.export.recipient')}
              description={t('exchange.export.recipientHint')}
              data={receivers.map((k) => ({
                value: k.fingerprint,
                label: `${k.unitName} — ${shortGrouped(k.fingerprint)}`,
              }))}
              value={recipient || null}
              onChange={(v) => {
                setRecipient(v ?? '');
                clearField('recipient');
              }}
              error={fieldErrors.recipient}
              required
              data-autofocus={autoFocus || undefined}
            />
          )}
          <PathInput
            label={t('exchange.export.folder')}
            description={t('exchange.export.folderHint')}
            dialog={{ kind: 'folder', purpose: 'package' }}
            value={folder}
            onChange={(path) => {
              setFolder(path);
              clearField('toDir');
            }}
            error={fieldErrors.toDir}
            required
          />
        </Group>
        <FormError error={error} unplaced={unplaced} />
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {count === undefined ? t('exchange.export.allFiled') : t('exchange.export.these', { count })}
          </Text>
          <Button type="submit" loading={submitting} disabled={noReceiver && !typedRecipient}>
            {t('exchange.export.write')}
          </Button>
        </Group>
        {submitting && (
          <Text size="sm" role="status">
            {t('exchange.export.working')}
          </Text>
        )}
      </Stack>
    </form>
  );
}

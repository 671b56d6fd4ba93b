import { Alert, Badge, Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../core/api/contract.ts';
import type { ApiErrorShape } from '../../../core/domain/errors.ts';
import { call } from '../../bridge/call.ts';
import { useExchange } from '../../stores/exchange.ts';
import { useIncidents } from '../../stores/incidents.ts';
import { trackWork } from '../../stores/pending-work.ts';
import { useCan } from '../../stores/session.ts';
import { errorText } from '../../ui/errors.ts';
import { formatTimestamp } from '../../ui/format.ts';
import { PathInput } from '../../ui/PathInput.tsx';
import { CarryBackNotice, ReceiptWritten } from './ReceiptStep.tsx';
import { folderOf, grouped, sequenceRanges } from './format.ts';

export type Verified = ChannelOutput<'packages.verify'>;
export type Imported = ChannelOutput<'packages.import'>;
type Summary = Verified | Imported;

/** A refused package: the check's own words, prominently, and that nothing was written. */
export function PackageRefused({ error }: { error: ApiErrorShape }) {
  const { t, i18n } = useTranslation();
  const ours = error.code.startsWith('PACKAGE_');
  return (
    <Alert
      color="red"
      variant="filled"
      role="alert"
      data-testid="package-refused"
      title={<Text fw={800}>{ours ? t('exchange.import.refusedTitle') : t('exchange.import.failedTitle')}</Text>}
    >
      <Text size="md" fw={600}>
        {errorText(t, i18n.language, error)}
      </Text>
      <Text size="sm" mt={6}>
        {t('exchange.import.nothingWritten')}
        {ours && (
          <>
            {' '}
            <Code c="dark">{error.code}</Code>
          </>
        )}
      </Text>
    </Alert>
  );
}

/** The gap in the sender's numbering, never hidden: a package may have been lost or kept back on the way. */
export function MissingSequences({ numbers, sender }: { numbers: readonly number[]; sender: string }) {
  const { t } = useTranslation();
  if (numbers.length === 0) return null;
  return (
    <Alert color="orange" variant="filled" role="alert" data-testid="package-gap">
      <Text fw={800} size="md">
        {t('exchange.verify.gapTitle', { count: numbers.length, numbers: sequenceRanges(numbers), sender })}
      </Text>
      <Text size="sm">{t('exchange.verify.gapBody')}</Text>
    </Alert>
  );
}

/** Who sent it, whether the signature holds, its number and chain, what is new. */
export function PackageSummary({ summary }: { summary: Summary }) {
  const { t } = useTranslation();
  const imported = 'imported' in summary ? summary : null;
  return (
    <Stack gap="xs" data-testid="package-summary">
      <Group gap="xs">
        <Badge color="green" variant="filled" size="lg" data-testid="package-signature">
          ✓ {t('exchange.verify.signatureValid')}
        </Badge>
        <Badge variant="light" size="lg">
          {t(`exchange.kinds.${summary.kind}`)}
        </Badge>
        {summary.training && (
          <Badge color="yellow" variant="filled" size="lg">
            {t('exchange.verify.training')}
          </Badge>
        )}
      </Group>
      <dl className="cxr-facts">
        <div className="cxr-fact cxr-fact-wide">
          <dt>{t('exchange.verify.sender')}</dt>
          <dd data-testid="package-sender">
            <strong>{summary.senderName}</strong> · <span className="cxr-fp">{grouped(summary.senderFingerprint)}</span>
          </dd>
        </div>
        <div className="cxr-fact cxr-fact-wide">
          <dt>{t('exchange.verify.recipient')}</dt>
          <dd>
            {summary.recipientName} · <span className="cxr-fp">{grouped(summary.recipientFingerprint)}</span>
          </dd>
        </div>
        <div className="cxr-fact">
          <dt>{t('exchange.verify.sequence')}</dt>
          <dd data-testid="package-sequence">{t('exchange.verify.sequenceValue', { sequence: summary.sequence })}</dd>
        </div>
        <div className="cxr-fact">
          <dt>{t('exchange.verify.createdAt')}</dt>
          <dd>{formatTimestamp(summary.createdAt)}</dd>
        </div>
        <div className="cxr-fact">
          <dt>{t('exchange.verify.records')}</dt>
          <dd>{t(`exchange.verify.recordsValue.${summary.kind}`, { count: summary.records })}</dd>
        </div>
        <div className="cxr-fact">
          <dt>{t('exchange.verify.chain')}</dt>
          <dd data-testid="package-chain">{t(`exchange.verify.chainStatus.${summary.chainStatus}`)}</dd>
        </div>
        <div className="cxr-fact cxr-fact-wide">
          <dt>{t('exchange.verify.hash')}</dt>
          <dd className="cxr-fp">{grouped(summary.hash)}</dd>
        </div>
      </dl>
      <MissingSequences numbers={summary.missingSequences} sender={summary.senderName} />
      {imported ? (
        <Alert color="green" role="status" data-testid="package-imported">
          <Text fw={700}>
            {imported.alreadyImported
              ? t('exchange.import.wasAlready')
              : t('exchange.import.done', { imported: imported.imported, skipped: imported.skipped })}
          </Text>
        </Alert>
      ) : summary.alreadyImported ? (
        <Alert color="yellow" role="status" data-testid="package-already">
          {t('exchange.verify.alreadyImported')}
        </Alert>
      ) : (
        <Alert color="blue" role="status" data-testid="package-new">
          {t(`exchange.verify.isNew.${summary.kind}`, { count: summary.records })}
        </Alert>
      )}
    </Stack>
  );
}

/**
 * Reading a package from the USB stick (UX moment 4): the path, then "Kiểm tra gói" (nothing is written) shows who
 * sent it and what it holds; "Nhập gói" imports all or nothing; at the police, one click acknowledges it and writes
 * the signed receipt back to the same folder.
 */
export function PackageImportPanel({ expect }: { expect: 'incidents' | 'receipt' }) {
  const { t } = useTranslation();
  const canImport = useCan('packages.import');
  const canAcknowledge = useCan('packages.acknowledge') && expect === 'incidents';
  const setFolder = useExchange((s) => s.setFolder);
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState<'verify' | 'import' | 'receipt' | null>(null);
  const [error, setError] = useState<ApiErrorShape | null>(null);
  const [verified, setVerified] = useState<Verified | null>(null);
  const [imported, setImported] = useState<Imported | null>(null);
  const [receipt, setReceipt] = useState<ChannelOutput<'packages.receipt'> | null>(null);
  const next = useRef<HTMLButtonElement>(null);

  const startOver = (keepPath = true) => {
    setError(null);
    setVerified(null);
    setImported(null);
    setReceipt(null);
    if (!keepPath) setPath('');
  };

  const verify = async () => {
    if (busy) return;
    startOver();
    setBusy('verify');
    const result = await call('packages.verify', { path: path.trim() });
    setBusy(null);
    if (!result.ok) return setError(result.error);
    setVerified(result.value);
    setFolder(folderOf(path.trim()));
  };

  const runImport = async () => {
    if (busy || !verified) return;
    setBusy('import');
    setError(null);
    const result = await trackWork(call('packages.import', { path: path.trim() }));
    setBusy(null);
    if (!result.ok) return setError(result.error);
    setImported(result.value);
    void useIncidents.getState().reload();
  };

  // Keyboard first: after each step the cursor is on the next one ("Nhập gói", then the receipt).
  useEffect(() => {
    if (verified || imported) next.current?.focus();
  }, [verified, imported]);

  const acknowledge = async (packageId: string) => {
    if (busy) return;
    setBusy('receipt');
    setError(null);
    const result = await trackWork(call('packages.receipt', { packageId, toDir: folderOf(path.trim()) }));
    setBusy(null);
    if (!result.ok) return setError(result.error);
    setReceipt(result.value);
    void useIncidents.getState().reload();
  };

  const summary = imported ?? verified;
  const wrongKind = summary && summary.kind !== expect;
  return (
    <Stack gap="sm" maw={960}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void verify();
        }}
      >
        <Group align="flex-end">
          <PathInput
            label={t('exchange.import.path')}
            description={t(`exchange.import.pathHint.${expect}`)}
            dialog={{ kind: 'open', format: 'cxrpkg' }}
            value={path}
            onChange={(chosen) => {
              setPath(chosen);
              if (summary || error) startOver();
            }}
            required
            style={{ flex: 1 }}
            data-autofocus
          />
          <Button type="submit" loading={busy === 'verify'} disabled={path.trim() === ''}>
            {t('exchange.import.verify')}
          </Button>
        </Group>
      </form>
      {error && <PackageRefused error={error} />}
      {summary && <PackageSummary summary={summary} />}
      {wrongKind && (
        <Alert color="orange" role="alert">
          {t(`exchange.import.wrongKind.${expect}`)}
        </Alert>
      )}
      {verified && !imported && !verified.alreadyImported && canImport && (
        <Group>
          <Button ref={next} size="md" loading={busy === 'import'} onClick={() => void runImport()}>
            {t(`exchange.import.import.${expect}`)}
          </Button>
          <Text size="sm" c="dimmed">
            {t('exchange.import.allOrNothing')}
          </Text>
        </Group>
      )}
      {summary &&
        summary.kind === 'incidents' &&
        canAcknowledge &&
        !receipt &&
        (imported || verified?.alreadyImported) && (
          <Stack gap={4}>
            <Title order={3} size="h5">
              {t('exchange.receipt.heading')}
            </Title>
            <Text size="sm">{t('exchange.receipt.intro', { folder: folderOf(path.trim()) })}</Text>
            <Group>
              <Button
                ref={next}
                size="md"
                color="green"
                loading={busy === 'receipt'}
                onClick={() => void acknowledge(summary.packageId)}
              >
                {t('exchange.receipt.write')}
              </Button>
            </Group>
          </Stack>
        )}
      {receipt && (
        <>
          <ReceiptWritten written={receipt} />
          <CarryBackNotice />
        </>
      )}
      {(summary || error) && (
        <Group>
          <Button variant="subtle" onClick={() => startOver(false)}>
            {t('exchange.import.another')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

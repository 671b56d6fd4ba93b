import {
  Alert,
  Badge,
  Button,
  Code,
  FileButton,
  Group,
  Loader,
  Modal,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiErrorShape } from '../../../core/domain/errors.ts';
import { call } from '../../bridge/call.ts';
import { type TrustedKey, useExchange } from '../../stores/exchange.ts';
import { createFormAction } from '../../stores/form-action.ts';
import { trackWork } from '../../stores/pending-work.ts';
import { useCan } from '../../stores/session.ts';
import { errorText } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { formatTimestamp } from '../../ui/format.ts';
import { PathInput } from '../../ui/PathInput.tsx';
import { useFocusFirstInvalid } from '../../ui/useFocusFirstInvalid.ts';
import { slug } from '../print/documents.ts';
import { grouped } from './format.ts';

export const useExportKey = createFormAction((input: { outPath: string }) => call('keys.export', input), ['outPath']);
export const useTrustKey = createFormAction(
  (input: { publicFile: string; fingerprint: string }) => call('keys.trust', input),
  ['publicFile', 'fingerprint'],
);

/** A key file is small text; anything bigger is not one (the service says the same, in detail). */
const MAX_KEY_FILE = 4096;

/** This installation's key: the fingerprint for the printed key sheet, and the public key file for the partner. */
function OwnKey() {
  const { t } = useTranslation();
  const keys = useExchange((s) => s.keys);
  const [outPath, setOutPath] = useState('');
  const { submitting, fieldErrors, error, unplaced, result, submit, clearField } = useExportKey();
  if (!keys) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="own-key-heading">
      <Title order={2} size="h4" id="own-key-heading">
        {t('exchange.keys.ownHeading')}
      </Title>
      <Text size="sm">
        {keys.unitName} · {t(`modes.${keys.mode as 'unit'}`, { defaultValue: keys.mode })}
      </Text>
      <Text size="sm" fw={500}>
        {t('exchange.keys.fingerprint')}
      </Text>
      <Text className="cxr-fingerprint" data-testid="own-fingerprint" aria-label={t('exchange.keys.fingerprint')}>
        {keys.fingerprintGrouped || grouped(keys.fingerprint)}
      </Text>
      <Text size="xs" c="dimmed">
        {t('exchange.keys.sheetHint')}
      </Text>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit({ outPath: outPath.trim() });
        }}
      >
        <Group align="flex-end">
          <PathInput
            label={t('exchange.keys.exportPath')}
            description={t('exchange.keys.exportPathHint')}
            dialog={{
              kind: 'save',
              defaultName: `khoa-cong-khai-${slug(keys.unitName) || 'don-vi'}.pub`,
              format: 'pub',
            }}
            value={outPath}
            onChange={(path) => {
              setOutPath(path);
              clearField('outPath');
              useExportKey.setState({ result: null });
            }}
            error={fieldErrors.outPath}
            style={{ flex: 1 }}
          />
          <Button type="submit" variant="default" loading={submitting}>
            {t('exchange.keys.export')}
          </Button>
        </Group>
      </form>
      <FormError error={error} unplaced={unplaced} />
      {result && (
        <Alert color="green" role="status" py={6} data-testid="key-exported">
          {t('exchange.keys.exported')} <Code>{result.path}</Code>
        </Alert>
      )}
    </Stack>
  );
}

/**
 * Trusting a partner's key file: the file (chosen, or its text pasted) and the fingerprint typed from the partner's
 * printed key sheet. The register trusts it only when the two match, so a file swapped on the way is refused.
 */
function TrustForm() {
  const { t } = useTranslation();
  const [publicFile, setPublicFile] = useState('');
  const [fingerprint, setFingerprint] = useState('');
  const [readError, setReadError] = useState<string | null>(null);
  const { submitting, fieldErrors, error, unplaced, failures, result, submit, clearField } = useTrustKey();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, failures);

  const choose = async (file: File | null) => {
    setReadError(null);
    if (!file) return;
    if (file.size > MAX_KEY_FILE) return setReadError(t('exchange.keys.fileTooBig'));
    setPublicFile(await file.text());
    clearField('publicFile');
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby="trust-heading">
      <Title order={2} size="h4" id="trust-heading">
        {t('exchange.keys.trustHeading')}
      </Title>
      <Text size="sm">{t('exchange.keys.trustIntro')}</Text>
      <form
        ref={formRef}
        noValidate
        data-testid="trust-form"
        onSubmit={async (event) => {
          event.preventDefault();
          if (await submit({ publicFile, fingerprint })) {
            setPublicFile('');
            setFingerprint('');
            void useExchange.getState().loadKeys();
          }
        }}
      >
        <Stack gap="xs">
          <Group gap="xs">
            <FileButton onChange={(f) => void choose(f)} accept=".pub,.json,.txt,application/json,text/plain">
              {(props) => (
                <Button variant="default" size="xs" {...props}>
                  {t('exchange.keys.chooseFile')}
                </Button>
              )}
            </FileButton>
            <Text size="xs" c="dimmed">
              {t('exchange.keys.orPaste')}
            </Text>
          </Group>
          <Textarea
            label={t('exchange.keys.publicFile')}
            value={publicFile}
            onChange={(e) => {
              setPublicFile(e.currentTarget.value);
              clearField('publicFile');
              useTrustKey.setState({ result: null });
            }}
            error={readError ?? fieldErrors.publicFile}
            autosize
            minRows={3}
            maxRows={8}
            spellCheck={false}
            className="cxr-mono"
            required
          />
          <TextInput
            label={t('exchange.keys.typedFingerprint')}
            description={t('exchange.keys.typedFingerprintHint')}
            value={fingerprint}
            onChange={(e) => {
              setFingerprint(e.currentTarget.value);
              clearField('fingerprint');
              useTrustKey.setState({ result: null });
            }}
            error={fieldErrors.fingerprint}
            spellCheck={false}
            autoComplete="off"
            className="cxr-mono"
            required
          />
          <FormError error={error} unplaced={unplaced} />
          {result && (
            <Alert color="green" role="status" py={6} data-testid="key-trusted">
              {result.alreadyTrusted
                ? t('exchange.keys.alreadyTrusted', { unit: result.unitName })
                : t('exchange.keys.trusted', { unit: result.unitName })}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={submitting}>
              {t('exchange.keys.trust')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

/** The partners' keys this installation trusts; revoking one refuses its packages from then on. */
function TrustedList({ manage }: { manage: boolean }) {
  const { t, i18n } = useTranslation();
  const keys = useExchange((s) => s.keys);
  const [revoking, setRevoking] = useState<TrustedKey | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiErrorShape | null>(null);
  const trusted = keys?.trusted ?? [];

  return (
    <Stack gap="xs" component="section" aria-labelledby="trusted-heading">
      <Title order={2} size="h4" id="trusted-heading">
        {t('exchange.keys.trustedHeading')}
      </Title>
      {trusted.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('exchange.keys.none')}
        </Text>
      ) : (
        <Table withTableBorder verticalSpacing={4} fz="sm" data-testid="trusted-keys">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('exchange.units.unit')}</Table.Th>
              <Table.Th>{t('exchange.keys.mode')}</Table.Th>
              <Table.Th>{t('exchange.keys.fingerprint')}</Table.Th>
              <Table.Th>{t('exchange.keys.trustedAt')}</Table.Th>
              <Table.Th>{t('exchange.keys.state')}</Table.Th>
              {manage && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {trusted.map((k) => (
              <Table.Tr key={k.fingerprint}>
                <Table.Td>{k.unitName}</Table.Td>
                <Table.Td>{t(`modes.${k.mode as 'unit'}`, { defaultValue: k.mode })}</Table.Td>
                <Table.Td className="cxr-fp">{grouped(k.fingerprint)}</Table.Td>
                <Table.Td>
                  {formatTimestamp(k.trustedAt)} · {k.trustedBy}
                </Table.Td>
                <Table.Td>
                  {k.revokedAt ? (
                    <Badge color="red" variant="light" className="cxr-status">
                      {t('exchange.keys.revokedAt', { at: formatTimestamp(k.revokedAt) })}
                    </Badge>
                  ) : (
                    <Badge color="green" variant="light" className="cxr-status">
                      {t('exchange.keys.active')}
                    </Badge>
                  )}
                </Table.Td>
                {manage && (
                  <Table.Td>
                    {!k.revokedAt && (
                      <Button
                        size="compact-xs"
                        variant="light"
                        color="red"
                        onClick={() => setRevoking(k)}
                        aria-label={t('exchange.keys.revokeOf', { unit: k.unitName })}
                      >
                        {t('exchange.keys.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        title={<Text fw={700}>{t('exchange.keys.revokeTitle', { unit: revoking?.unitName ?? '' })}</Text>}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('exchange.keys.revokeBody')}</Text>
          {error && (
            <Alert color="red" role="alert" py={6}>
              {errorText(t, i18n.language, error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRevoking(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={busy}
              data-autofocus
              onClick={async () => {
                if (!revoking) return;
                setBusy(true);
                setError(null);
                const result = await trackWork(call('keys.revoke', { fingerprint: revoking.fingerprint }));
                setBusy(false);
                if (!result.ok) return setError(result.error);
                setRevoking(null);
                void useExchange.getState().loadKeys();
              }}
            >
              {t('exchange.keys.revokeConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

/** Khóa: this unit's key and the partners' keys, exchanged by hand with the fingerprints compared on paper. */
export function KeysPanel() {
  const { t, i18n } = useTranslation();
  const { keys, keysStatus, keysError, loadKeys } = useExchange();
  const manage = useCan('keys.manage');

  useEffect(() => {
    void loadKeys();
  }, [loadKeys]);

  if (keysStatus === 'failed' && keysError)
    return (
      <Alert color="red" role="alert">
        {errorText(t, i18n.language, keysError)}
      </Alert>
    );
  if (!keys) return <Loader size="sm" aria-label={t('app.loading')} />;
  return (
    <Stack gap="lg" maw={1000}>
      <OwnKey />
      {manage && <TrustForm />}
      <TrustedList manage={manage} />
    </Stack>
  );
}

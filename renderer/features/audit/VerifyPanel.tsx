import { Alert, Button, Code, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAudit, type VerifyReport } from '../../stores/audit.ts';
import { errorText } from '../../ui/errors.ts';
import { groupHash } from './format.ts';

/** "Kiểm tra toàn vẹn" with the optional paper anchor (event number + hash printed after an earlier check). */
export function VerifyPanel() {
  const { t, i18n } = useTranslation();
  const { verifying, report, verifyError, checkedAnchor, verify } = useAudit();
  const [seq, setSeq] = useState('');
  const [hash, setHash] = useState('');
  const [anchorError, setAnchorError] = useState<{ seq?: string; hash?: string }>({});

  const run = () => {
    const cleanHash = hash.replace(/\s+/g, '');
    if (!seq.trim() && !cleanHash) {
      setAnchorError({});
      void verify();
      return;
    }
    const n = Number(seq.trim());
    const errors: { seq?: string; hash?: string } = {};
    if (!seq.trim() || !cleanHash) {
      if (!seq.trim()) errors.seq = t('verify.anchorIncomplete');
      if (!cleanHash) errors.hash = t('verify.anchorIncomplete');
    } else if (!Number.isInteger(n) || n < 1) errors.seq = t('verify.anchorSeqInvalid');
    setAnchorError(errors);
    if (errors.seq || errors.hash) return;
    void verify({ seq: n, hash: cleanHash });
  };

  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="verify-heading">
      <Stack gap="xs">
        <Title order={2} size="h4" id="verify-heading">
          {t('verify.heading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('verify.intro')}
        </Text>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            run();
          }}
        >
          <Group align="flex-start" gap="sm" wrap="wrap">
            <fieldset className="cxr-fieldset">
              <legend>{t('verify.anchor')}</legend>
              <Group gap="sm" align="flex-start">
                <TextInput
                  label={t('verify.anchorSeq')}
                  value={seq}
                  onChange={(e) => setSeq(e.currentTarget.value)}
                  error={anchorError.seq}
                  inputMode="numeric"
                  w={120}
                  autoComplete="off"
                />
                <TextInput
                  label={t('verify.anchorHash')}
                  value={hash}
                  onChange={(e) => setHash(e.currentTarget.value)}
                  error={anchorError.hash}
                  w={520}
                  autoComplete="off"
                  spellCheck={false}
                  styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
                />
              </Group>
            </fieldset>
            <Button type="submit" loading={verifying} mt={26}>
              {t('verify.submit')}
            </Button>
          </Group>
        </form>
        {verifying && (
          <Text size="sm" role="status">
            {t('verify.working')}
          </Text>
        )}
        {verifyError && (
          <Alert color="red" role="alert" py={6}>
            {errorText(t, i18n.language, verifyError)}
          </Alert>
        )}
        {report && <VerifyResult report={report} anchorSeq={checkedAnchor} />}
      </Stack>
    </Paper>
  );
}

function VerifyResult({ report, anchorSeq }: { report: VerifyReport; anchorSeq: number | null }) {
  const { t } = useTranslation();
  if (report.ok) {
    return (
      <Alert color="green" role="status" data-testid="verify-ok" title={t('verify.ok', { count: report.events })}>
        <Stack gap={4}>
          {anchorSeq !== null && <Text size="sm">{t('verify.okAnchor', { seq: anchorSeq })}</Text>}
          <Text size="sm">{t('verify.head', { seq: report.head.seq })}</Text>
          <Code block className="cxr-hash" data-testid="verify-head-hash">
            {groupHash(report.head.hash)}
          </Code>
        </Stack>
      </Alert>
    );
  }
  const first = report.problems[0];
  const place = first
    ? [
        first.seq !== undefined ? t('verify.atEvent', { seq: first.seq }) : null,
        first.table ? t('verify.atRow', { table: first.table, key: first.key ?? '' }) : null,
      ]
        .filter(Boolean)
        .join(', ') || t('verify.atFile')
    : t('verify.atFile');
  const where = place.charAt(0).toLocaleUpperCase('vi') + place.slice(1);
  return (
    <Alert color="red" role="alert" data-testid="verify-broken" title={t('verify.broken')}>
      <Stack gap={4}>
        {first && (
          <Text size="sm" fw={600}>
            {where}: {first.reason}
          </Text>
        )}
        {report.problems.length > 1 && (
          <Text size="sm">{t('verify.others', { count: report.problems.length - 1 })}</Text>
        )}
        <Text size="sm">{t('verify.advice')}</Text>
      </Stack>
    </Alert>
  );
}

import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../stores/session.ts';
import { formatTimestamp } from '../../ui/format.ts';

/**
 * The daily check at unlock found the audit chain broken (core/services/audit-daily.ts). Shown on every screen, to
 * everyone, until a later check passes: a rewritten history is for the security officer to act on at once.
 */
export function AuditCheckWarning() {
  const { t } = useTranslation();
  const check = useSession((s) => s.status?.auditCheck);
  if (!check || check.ok) return null;
  const at = formatTimestamp(check.at);
  return (
    <Alert color="red" variant="light" role="alert" mb="sm" py={6} data-testid="audit-check-warning">
      {check.seq !== undefined
        ? t('frame.auditCheckBrokenAt', { at, seq: check.seq })
        : t('frame.auditCheckBroken', { at })}
    </Alert>
  );
}

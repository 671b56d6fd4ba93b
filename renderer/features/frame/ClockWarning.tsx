import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../stores/session.ts';

/**
 * The register has events newer than this computer's clock: every date written now would be wrong, and the
 * register book's order would break. Shown on every screen until the clock is fixed.
 */
export function ClockWarning() {
  const { t } = useTranslation();
  const behind = useSession((s) => s.status?.clockBehindBy);
  if (!behind) return null;
  return (
    <Alert color="yellow" variant="light" role="alert" mb="sm" py={6} data-testid="clock-warning">
      {t('frame.clockBehind', { by: behind })}
    </Alert>
  );
}

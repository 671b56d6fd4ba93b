import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../stores/session.ts';

/**
 * The register has events newer than this computer's clock: every date written now would be wrong, and the
 * register book's order would break. Shown on every screen until the clock is fixed.
 */
export function ClockWarning() {
  const { t } = useTranslation();
  const minutes = useSession((s) => s.status?.clockBehindMinutes);
  if (!minutes) return null;
  const behind =
    minutes >= 120 ? t('frame.hours', { count: Math.round(minutes / 60) }) : t('frame.minutes', { count: minutes });
  return (
    <Alert color="yellow" variant="light" role="alert" mb="sm" py={6} data-testid="clock-warning">
      {t('frame.clockBehind', { by: behind })}
    </Alert>
  );
}

import { Button, Kbd, Tooltip, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useIncidentForm } from '../../stores/incident-form.ts';
import { useCan, useSession } from '../../stores/session.ts';
import { useKeyboardShortcut } from '../../ui/useKeyboardShortcut.ts';
import { IncidentFlow } from './IncidentFlow.tsx';

/** The shortcut of the incident form, the same on every screen. */
export const INCIDENT_SHORTCUT = 'Ctrl+Shift+B';

/**
 * "Báo cáo sự cố" in the frame header, on every screen of a unit's register (UX moment 3): one obvious button and
 * Ctrl+Shift+B. Someone who may not write reports (administrator, auditor) still finds it, and it tells them whom
 * to tell. The police's register receives reports and does not write them, so it has no such button.
 */
export function IncidentButton() {
  const { t } = useTranslation();
  const mode = useSession((s) => s.status?.mode);
  const canCreate = useCan('incidents.create') && mode === 'unit';
  useKeyboardShortcut(INCIDENT_SHORTCUT, () => useIncidentForm.getState().open(), canCreate);

  if (mode !== 'unit') return null;
  if (!canCreate)
    return (
      <>
        {/* Looks disabled but stays focusable, so keyboard and mouse users both get the explanation. */}
        <Tooltip label={t('frame.reportIncidentNotAllowed')} multiline w={320} withArrow>
          <Button
            className="cxr-incident-button"
            color="red"
            variant="outline"
            size="xs"
            data-disabled
            aria-disabled="true"
            aria-describedby="incident-not-allowed"
            onClick={(event) => event.preventDefault()}
          >
            {t('frame.reportIncident')}
          </Button>
        </Tooltip>
        <VisuallyHidden id="incident-not-allowed">{t('frame.reportIncidentNotAllowed')}</VisuallyHidden>
      </>
    );
  return (
    <>
      <Button
        color="red"
        size="xs"
        onClick={() => useIncidentForm.getState().open()}
        aria-keyshortcuts="Control+Shift+B"
        data-testid="incident-button"
      >
        {t('frame.reportIncident')}
        <Kbd size="xs" ml={6} c="dark">
          Ctrl+Shift+B
        </Kbd>
      </Button>
      <IncidentFlow />
    </>
  );
}

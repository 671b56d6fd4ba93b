import type { AreaId } from '../../features/frame/areas.ts';
import { useFrame } from '../../stores/frame.ts';
import { useIncidentForm } from '../../stores/incident-form.ts';
import { usePrint } from '../../stores/print.ts';
import { useSession } from '../../stores/session.ts';
import { useSetup } from '../../stores/setup.ts';

export type HelpScreen = 'setup' | 'recovery' | 'unlock' | 'print' | 'incidentForm' | AreaId;

/** The screen F1 explains: derived from the same state that chose the screen, so the two never disagree. */
export function useHelpScreen(): HelpScreen | null {
  const phase = useSession((s) => s.phase);
  const recovery = useSetup((s) => s.recovery !== null);
  const area = useFrame((s) => s.area);
  const previewing = usePrint((s) => s.doc !== null);
  const reporting = useIncidentForm((s) => s.opened);
  if (recovery) return 'recovery';
  if (phase === 'uninitialised') return 'setup';
  if (phase === 'locked') return 'unlock';
  if (phase === 'unlocked') return previewing ? 'print' : reporting ? 'incidentForm' : area;
  return null;
}

import { AppShell } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useSession } from '../../stores/session.ts';
import { useFrame } from '../../stores/frame.ts';
import { useKeyboardShortcut } from '../../ui/useKeyboardShortcut.ts';
import { AgreementsScreen } from '../agreements/AgreementsScreen.tsx';
import { AREAS, isBuilt } from './areas.ts';
import { ClockWarning } from './ClockWarning.tsx';
import { FrameHeader } from './FrameHeader.tsx';
import { FrameNav } from './FrameNav.tsx';
import { UnderConstruction } from './UnderConstruction.tsx';

/** The unlocked app: header (who, where, lock), the work areas on the left, the current area in the middle. */
export function Frame() {
  const area = useFrame((s) => s.area);
  const setArea = useFrame((s) => s.setArea);
  const lock = useSession((s) => s.lock);
  const mainRef = useRef<HTMLElement>(null);

  // After unlocking or switching area the cursor goes to the work area, so Tab continues there, not in the header.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on purpose each time the area changes
  useEffect(() => {
    mainRef.current?.focus({ preventScroll: true });
  }, [area]);

  useKeyboardShortcut('Ctrl+L', () => void lock());
  // Alt+1…6 in the order of the navigation list.
  useKeyboardShortcut('Alt+1', () => setArea(AREAS[0]));
  useKeyboardShortcut('Alt+2', () => setArea(AREAS[1]));
  useKeyboardShortcut('Alt+3', () => setArea(AREAS[2]));
  useKeyboardShortcut('Alt+4', () => setArea(AREAS[3]));
  useKeyboardShortcut('Alt+5', () => setArea(AREAS[4]));
  useKeyboardShortcut('Alt+6', () => setArea(AREAS[5]));

  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 210, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <FrameHeader />
      </AppShell.Header>
      <AppShell.Navbar p={6}>
        <FrameNav />
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
        <ClockWarning />
        {isBuilt(area) ? <AgreementsScreen /> : <UnderConstruction area={area} />}
      </AppShell.Main>
    </AppShell>
  );
}

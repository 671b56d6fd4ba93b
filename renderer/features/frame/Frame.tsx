import { AppShell } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';
import { useFrame } from '../../stores/frame.ts';
import { usePermissions, useSession } from '../../stores/session.ts';
import { useKeyboardShortcut } from '../../ui/useKeyboardShortcut.ts';
import { AdminScreen } from '../admin/AdminScreen.tsx';
import { AgreementsScreen } from '../agreements/AgreementsScreen.tsx';
import { AuditScreen } from '../audit/AuditScreen.tsx';
import { ExchangeScreen } from '../exchange/ExchangeScreen.tsx';
import { IncidentsScreen } from '../incidents/IncidentsScreen.tsx';
import { RegisterScreen } from '../register/RegisterScreen.tsx';
import { type AreaId, areaOfShortcut, canOpenArea, DEFAULT_AREA } from './areas.ts';
import { AuditCheckWarning } from './AuditCheckWarning.tsx';
import { ClockWarning } from './ClockWarning.tsx';
import { FrameHeader } from './FrameHeader.tsx';
import { FrameNav } from './FrameNav.tsx';
import { TrainingBanner } from './TrainingBanner.tsx';
import { useIdleLock } from './useIdleLock.ts';

/** One screen per area: a new area cannot be added without its screen (the type says so). */
const AREA_SCREENS: Record<AreaId, () => ReactNode> = {
  register: RegisterScreen,
  incidents: IncidentsScreen,
  handover: ExchangeScreen,
  agreements: AgreementsScreen,
  audit: AuditScreen,
  admin: AdminScreen,
};

function AreaScreen({ area }: { area: AreaId }) {
  const Screen = AREA_SCREENS[area];
  return <Screen />;
}

/** The unlocked app: header (who, where, lock), the work areas on the left, the current area in the middle. */
export function Frame() {
  const area = useFrame((s) => s.area);
  const setArea = useFrame((s) => s.setArea);
  const lock = useSession((s) => s.lock);
  const permissions = usePermissions();
  const mainRef = useRef<HTMLElement>(null);
  const allowed = canOpenArea(area, permissions);

  useIdleLock();

  // An area this user may not open (e.g. after a role change) falls back to the default one.
  useEffect(() => {
    if (!allowed) setArea(DEFAULT_AREA);
  }, [allowed, setArea]);

  // After unlocking or switching area the cursor goes to the work area, so Tab continues there, not in the header.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on purpose each time the area changes
  useEffect(() => {
    mainRef.current?.focus({ preventScroll: true });
  }, [area]);

  const go = (shortcut: number) => {
    const target = areaOfShortcut(shortcut);
    if (target && canOpenArea(target, permissions)) setArea(target);
  };
  useKeyboardShortcut('Ctrl+L', () => void lock());
  // Alt+1…7 are fixed per area (AREA_SHORTCUT in areas.ts); a number with no area for this user does nothing.
  useKeyboardShortcut('Alt+1', () => go(1));
  useKeyboardShortcut('Alt+2', () => go(2));
  useKeyboardShortcut('Alt+3', () => go(3));
  useKeyboardShortcut('Alt+4', () => go(4));
  useKeyboardShortcut('Alt+5', () => go(5));
  useKeyboardShortcut('Alt+6', () => go(6));
  useKeyboardShortcut('Alt+7', () => go(7));

  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 210, breakpoint: 0 }} padding="md" className="cxr-shell">
      <AppShell.Header>
        <FrameHeader />
      </AppShell.Header>
      <AppShell.Navbar p={6} className="cxr-shell-nav">
        <FrameNav />
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0" ref={mainRef} tabIndex={-1} className="cxr-main">
        <TrainingBanner />
        <ClockWarning />
        <AuditCheckWarning />
        <AreaScreen area={allowed ? area : DEFAULT_AREA} />
      </AppShell.Main>
    </AppShell>
  );
}

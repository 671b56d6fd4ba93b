import { AppShell } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useFrame } from '../../stores/frame.ts';
import { usePermissions, useSession } from '../../stores/session.ts';
import { useKeyboardShortcut } from '../../ui/useKeyboardShortcut.ts';
import { AdminScreen } from '../admin/AdminScreen.tsx';
import { AgreementsScreen } from '../agreements/AgreementsScreen.tsx';
import { AuditScreen } from '../audit/AuditScreen.tsx';
import { ExchangeScreen } from '../exchange/ExchangeScreen.tsx';
import { IncidentsScreen } from '../incidents/IncidentsScreen.tsx';
import { RegisterScreen } from '../register/RegisterScreen.tsx';
import { AREAS, type AreaId, canOpenArea, DEFAULT_AREA } from './areas.ts';
import { AuditCheckWarning } from './AuditCheckWarning.tsx';
import { ClockWarning } from './ClockWarning.tsx';
import { FrameHeader } from './FrameHeader.tsx';
import { FrameNav } from './FrameNav.tsx';
import { TrainingBanner } from './TrainingBanner.tsx';
import { UnderConstruction } from './UnderConstruction.tsx';
import { useIdleLock } from './useIdleLock.ts';

function AreaScreen({ area }: { area: AreaId }) {
  if (area === 'register') return <RegisterScreen />;
  if (area === 'agreements') return <AgreementsScreen />;
  if (area === 'audit') return <AuditScreen />;
  if (area === 'admin') return <AdminScreen />;
  if (area === 'incidents') return <IncidentsScreen />;
  if (area === 'handover') return <ExchangeScreen />;
  return <UnderConstruction area={area} />;
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

  const go = (index: number) => {
    const target = AREAS[index];
    if (target && canOpenArea(target, permissions)) setArea(target);
  };
  useKeyboardShortcut('Ctrl+L', () => void lock());
  // Alt+1…7 in the fixed order of AREAS (see areas.ts); an area not offered to this user does nothing.
  useKeyboardShortcut('Alt+1', () => go(0));
  useKeyboardShortcut('Alt+2', () => go(1));
  useKeyboardShortcut('Alt+3', () => go(2));
  useKeyboardShortcut('Alt+4', () => go(3));
  useKeyboardShortcut('Alt+5', () => go(4));
  useKeyboardShortcut('Alt+6', () => go(5));
  useKeyboardShortcut('Alt+7', () => go(6));

  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 210, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <FrameHeader />
      </AppShell.Header>
      <AppShell.Navbar p={6}>
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

import { useEffect, useRef } from 'react';
import { createIdleWatch, type IdleWatch } from '../../stores/idle-watch.ts';
import { idleLockMinutes, useSession } from '../../stores/session.ts';

const ACTIVITY_EVENTS = ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart'] as const;

/**
 * While the frame is shown: lock after the register's idle minutes (settings.idleLockMinutes, default 5) without
 * keyboard or mouse activity. Uses the page's own clock and timers, so a UI test can run it with page.clock.
 */
export function useIdleLock(): void {
  const minutes = useSession((s) => idleLockMinutes(s.status));
  const watch = useRef<IdleWatch | null>(null);

  useEffect(() => {
    const current = createIdleWatch({
      limitMs: idleLockMinutes(useSession.getState().status) * 60_000,
      onIdle: () => void useSession.getState().lock('idle'),
    });
    watch.current = current;
    const onActivity = () => current.activity();
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, { capture: true, passive: true });
    return () => {
      current.stop();
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, { capture: true });
    };
    // The watch is created once per frame; a changed setting adjusts the running one below.
  }, []);

  useEffect(() => {
    watch.current?.setLimit(minutes * 60_000);
  }, [minutes]);
}

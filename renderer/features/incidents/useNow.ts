import { useEffect, useState } from 'react';

/** The current time, refreshed every `everyMs` while the component is shown (the visible clocks tick with it). */
export function useNow(everyMs = 15_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

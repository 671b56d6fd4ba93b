import { useEffect, useRef } from 'react';

/**
 * A window-wide shortcut such as "F1", "Ctrl+L" or "Alt+3". Digits match the physical key (event.code), so a
 * Vietnamese input method that reuses number keys for tones (VNI) does not break Alt+1…6. The browser default
 * (address bar, help page) is suppressed.
 */
export function useKeyboardShortcut(spec: string, handler: () => void, enabled = true): void {
  const latest = useRef(handler);
  latest.current = handler;

  useEffect(() => {
    if (!enabled) return;
    const parts = spec.split('+');
    const key = (parts.pop() ?? '').toLowerCase();
    const ctrl = parts.includes('Ctrl');
    const alt = parts.includes('Alt');
    const shift = parts.includes('Shift');
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey !== ctrl || event.altKey !== alt || event.shiftKey !== shift || event.metaKey) return;
      const pressed = /^\d$/.test(key) ? event.code.replace(/^(Digit|Numpad)/, '') : event.key.toLowerCase();
      if (pressed !== key) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [spec, enabled]);
}

import { create } from 'zustand';
import { onLock } from './session.ts';

/** Whether the F1 help is open; which text it shows follows the current screen. */
interface HelpState {
  open: boolean;
  toggle(): void;
  close(): void;
}

export const useHelp = create<HelpState>()((set) => ({
  open: false,
  toggle: () => set((s) => ({ open: !s.open })),
  close: () => set({ open: false }),
}));

// A help text left open belongs to the screen before the lock; the unlock screen starts clean.
onLock(() => useHelp.getState().close());

import { create } from 'zustand';

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

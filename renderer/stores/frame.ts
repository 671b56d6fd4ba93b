import { create } from 'zustand';
import { type AreaId, DEFAULT_AREA } from '../features/frame/areas.ts';
import { keepDrafts } from './session.ts';

/** Which work area the frame shows. */
interface FrameState {
  area: AreaId;
  setArea(area: AreaId): void;
}

export const useFrame = create<FrameState>()((set) => ({
  area: DEFAULT_AREA,
  setArea: (area) => set({ area }),
}));

// The same person comes back to where they were; someone else starts on the default area.
keepDrafts({ drop: () => useFrame.getState().setArea(DEFAULT_AREA) });

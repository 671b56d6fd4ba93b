/** Register-wide settings with their defaults; stored only when an admin changes them. */
export interface RegisterSettings {
  /** Minutes without keyboard or mouse activity before the app locks itself (UX: default 5). */
  idleLockMinutes: number;
}

export const DEFAULT_SETTINGS: RegisterSettings = { idleLockMinutes: 5 };
export const IDLE_LOCK_RANGE = { min: 1, max: 60 } as const;

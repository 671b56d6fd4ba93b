/** Who may do what is decided by role, never by which screen or transport made the call. */
export const ROLES = ['admin', 'security_officer', 'clerk', 'reporter', 'auditor', 'receiver_officer'] as const;
export type Role = (typeof ROLES)[number];

export const MODES = ['unit', 'receiver'] as const;
export type Mode = (typeof MODES)[number];

/** The first admin also runs the register day to day, so a small unit needs only one account. */
export function rolesOfFirstAdmin(mode: Mode): Role[] {
  return mode === 'unit' ? ['admin', 'security_officer'] : ['admin', 'receiver_officer'];
}

/** Roles that make sense in each mode: a unit has no receiving officer, the police side no clerks or reporters. */
export const ROLES_BY_MODE: Record<Mode, readonly Role[]> = {
  unit: ['admin', 'security_officer', 'clerk', 'reporter', 'auditor'],
  receiver: ['admin', 'receiver_officer', 'auditor'],
};

/** The person behind a call, as established by unlocking; reaches services only through the call context. */
export interface Actor {
  id: string;
  name: string;
  roles: Role[];
  department: string | null;
}

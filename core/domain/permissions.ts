import type { Actor, Role } from './roles.ts';

/**
 * The permission matrix. Every channel of the contract names one permission; the router checks it before any
 * service runs, so a hidden button is never the only guard.
 */
export const PERMISSIONS = {
  'register.status': ['admin', 'security_officer', 'clerk', 'reporter', 'auditor', 'receiver_officer'],
  'agreements.read': ['admin', 'security_officer', 'clerk', 'reporter', 'auditor', 'receiver_officer'],
  'agreements.edit': ['security_officer', 'receiver_officer'],
  'session.self': ['admin', 'security_officer', 'clerk', 'reporter', 'auditor', 'receiver_officer'],
  'users.read': ['admin', 'auditor'],
  'users.manage': ['admin'],
  'keys.rotate': ['admin'],
  'audit.read': ['admin', 'auditor', 'security_officer', 'receiver_officer'],
  'audit.redact': ['admin'],
  'backup.create': ['admin', 'security_officer', 'receiver_officer'],
  'settings.manage': ['admin'],
  /** Who signs and where (place, parent body, "Lưu", signer): the officer who prints the documents, or the admin. */
  'settings.documents': ['admin', 'security_officer', 'receiver_officer'],
  'items.create': ['security_officer', 'clerk'],
  'items.read': ['security_officer', 'clerk', 'reporter', 'auditor'],
  'items.export': ['security_officer'],
  'items.import': ['security_officer'],
  'documents.print': ['security_officer', 'clerk'],
  'documents.printBook': ['security_officer'],
  // Public keys only; a reporter picks the receiver of the package they write.
  'keys.read': ['admin', 'security_officer', 'receiver_officer', 'auditor', 'reporter'],
  'keys.manage': ['security_officer', 'receiver_officer'],
  /** Anyone at the unit who discovers a loss or exposure can start and file a report (UX.md, moment 3). */
  'incidents.create': ['security_officer', 'clerk', 'reporter'],
  // Whoever may write a report may file it, now or from their saved draft; closing is the security officer's.
  'incidents.file': ['security_officer', 'clerk', 'reporter'],
  'incidents.close': ['security_officer'],
  'incidents.read': ['security_officer', 'clerk', 'reporter', 'auditor', 'receiver_officer'],
  'incidents.print': ['security_officer', 'reporter'],
  /** Writing packages for hand-carry and reading them in (receipts at a unit, reports at the police). */
  'packages.export': ['security_officer', 'reporter'],
  'packages.import': ['security_officer', 'receiver_officer'],
  'packages.read': ['security_officer', 'reporter', 'auditor', 'receiver_officer'],
  'packages.acknowledge': ['receiver_officer'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function isAllowed(actor: Actor, permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return actor.roles.some((role) => allowed.includes(role));
}

export function permissionsOf(actor: Actor): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => isAllowed(actor, p));
}

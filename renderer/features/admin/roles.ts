import type { Mode, Role } from '../../../core/domain/roles.ts';

/**
 * Mirrors ROLES_BY_MODE in core/domain/roles.ts (a value the renderer may not import). It only decides which boxes
 * the form offers; the service refuses any other role with a message under the field.
 */
export const ROLES_BY_MODE: Record<Mode, readonly Role[]> = {
  unit: ['admin', 'security_officer', 'clerk', 'reporter', 'auditor'],
  receiver: ['admin', 'receiver_officer', 'auditor'],
};

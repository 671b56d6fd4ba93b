import type { Role } from '../../../core/domain/roles.ts';

/**
 * Mirrors PERMISSIONS['agreements.edit'] in core/domain/permissions.ts (a value the renderer may not import). It
 * only decides whether the editor is offered; the router checks the real permission on every save.
 */
const EDITORS: readonly Role[] = ['security_officer', 'receiver_officer'];

export function canEditAgreements(roles: readonly Role[] | undefined): boolean {
  return (roles ?? []).some((role) => EDITORS.includes(role));
}

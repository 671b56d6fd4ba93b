import type { TFunction } from 'i18next';
import { vi } from '../../ui/i18n/vi.ts';

/** The actions the log records today (core services and db), in the order the filter offers them. */
export const AUDIT_ACTIONS = [
  'session.unlocked',
  'session.locked',
  'session.unlock_failed',
  'session.recovered',
  'user.lockout_cleared',
  'user.created',
  'user.roles_changed',
  'user.password_reset',
  'user.password_changed',
  'user.disabled',
  'item.registered',
  'item.viewed',
  'item.imported',
  'items.imported',
  'items.exported',
  'document.printed',
  'document.exported',
  'agreement.equivalences.replaced',
  'settings.changed',
  'backup.created',
  'key.rotated',
  'audit.redacted',
  'audit.checked',
  'access.denied',
  'register.created',
  'reference.seeded',
  'incident.drafted',
  'incident.edited',
  'incident.filed',
  'incident.exported',
  'incident.acknowledged',
  'incident.closed',
  'keys.generated',
  'keys.trusted',
  'keys.revoked',
  'package.sequenceReserved',
  'package.exported',
  'package.imported',
  'package.rejected',
  'package.receiptIssued',
  'package.acknowledged',
] as const;

/** "user.roles_changed" -> the key under auditActions; unknown (newer) actions show their code. */
export function actionLabel(t: TFunction, action: string): string {
  const key = action.replace(/\./g, '_');
  return Object.hasOwn(vi.auditActions, key) ? t(`auditActions.${key as keyof typeof vi.auditActions}`) : action;
}

export function entityLabel(t: TFunction, entity: string): string {
  return Object.hasOwn(vi.auditEntities, entity)
    ? t(`auditEntities.${entity as keyof typeof vi.auditEntities}`)
    : entity;
}

export function opLabel(t: TFunction, op: string): string {
  return Object.hasOwn(vi.auditOps, op) ? t(`auditOps.${op as keyof typeof vi.auditOps}`) : op;
}

/** A stored value as a person reads it: text as is, nothing as "(trống)", anything else as compact JSON. */
export function valueText(t: TFunction, value: unknown): string {
  if (value === undefined || value === null || value === '') return t('audit.emptyValue');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** Placeholders the log shows instead of a value (already removed, missing, masked for auditors). */
const NOT_A_VALUE = new Set(['[đã xóa]', '[thiếu]', '•••']);

/**
 * Whether to offer "Xóa giá trị nhập nhầm" on a value: text the person typed, not keys, ids or dates. The service
 * makes the real decision (and explains a refusal); this only keeps the button off values it would always refuse.
 */
export function offerRedaction(field: string, value: unknown): boolean {
  return (
    typeof value === 'string' &&
    value !== '' &&
    !NOT_A_VALUE.has(value) &&
    !/(^id$|_id$|_at$|_on$|^position$|^code$|_code$|^key$|_level$)/.test(field)
  );
}

/** 64 hex characters in groups of 8, so a hash can be copied onto paper and read back without slips. */
export function groupHash(hash: string): string {
  return hash.match(/.{1,8}/g)?.join(' ') ?? hash;
}

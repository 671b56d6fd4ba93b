import type { TFunction } from 'i18next';
import {
  AUDIT_ACTION_GROUPS,
  type AuditActionGroup,
  type AuditLanguage,
  auditActionLabel,
  auditEntityLabel,
} from '../../../core/shared/audit-catalogue.ts';
import { vi } from '../../ui/i18n/vi.ts';

/** The chosen interface language as the audit catalogue names it (Vietnamese unless English is chosen). */
function catalogueLanguage(language: string | undefined): AuditLanguage {
  return language?.startsWith('en') ? 'en' : 'vi';
}

/** The action's words from core's catalogue; an unknown (newer) action shows its code. */
export function actionLabel(language: string | undefined, action: string): string {
  return auditActionLabel(action, catalogueLanguage(language));
}

export function entityLabel(language: string | undefined, entity: string): string {
  return auditEntityLabel(entity, catalogueLanguage(language));
}

export function groupLabel(language: string | undefined, group: AuditActionGroup): string {
  return AUDIT_ACTION_GROUPS[group][catalogueLanguage(language)];
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

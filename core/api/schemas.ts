import { z } from 'zod';
import { INCIDENT_TYPES, MAX_EQUIVALENCE_ROWS } from '../domain/agreements.ts';
import { LEVELS } from '../domain/levels.ts';
import { MODES, ROLES } from '../domain/roles.ts';

/** Shared field schemas with Vietnamese messages: the UI shows them next to the field as they are. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Ngày phải có dạng NNNN-TT-NN.' });

export const requiredText = (max: number, what: string) =>
  z
    .string({ error: `${what}: bắt buộc nhập.` })
    .trim()
    .min(1, { error: `${what}: bắt buộc nhập.` })
    .max(max, { error: `${what}: tối đa ${max} ký tự.` });

export const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${what}: tối đa ${max} ký tự.` })
    .nullable()
    .transform((v) => (v === null || v === '' ? null : v));

export const levelSchema = z.enum(LEVELS, { error: 'Độ mật phải là Tuyệt mật, Tối mật hoặc Mật.' });
export const modeSchema = z.enum(MODES, { error: 'Chế độ phải là "unit" (đơn vị) hoặc "receiver" (Công an tỉnh).' });
export const roleSchema = z.enum(ROLES);
export const agreementCode = z.string().regex(/^VN-[A-Z]{2}$/, { error: 'Mã hiệp định có dạng VN-XX (ví dụ VN-LA).' });

export const actorSchema = z.object({
  id: z.string(),
  name: z.string(),
  roles: z.array(roleSchema),
  department: z.string().nullable(),
});

export const equivalenceSchema = z.object({
  foreignMarking: requiredText(80, 'Độ mật của phía đối tác'),
  vnLevel: levelSchema.nullable(),
  sourceClause: requiredText(120, 'Căn cứ (điều, khoản của Hiệp định)'),
  note: optionalText(300, 'Ghi chú').default(null),
});

export const agreementSchema = z.object({
  code: agreementCode,
  counterpartyCountry: z.string(),
  counterpartyNameVi: z.string(),
  counterpartyNameEn: z.string(),
  titleVi: z.string(),
  titleEn: z.string(),
  signedOn: isoDate,
  signedAt: z.string(),
  inForceOn: isoDate,
  duration: z.string().nullable(),
  implementingDecisionNo: z.string(),
  implementingDecisionDate: isoDate,
  competentAuthorityVn: z.string(),
  competentAuthorityForeign: z.string().nullable(),
  incidentTriggers: z.array(z.enum(INCIDENT_TYPES)),
  legalBasis: z.string(),
  equivalences: z.array(equivalenceSchema),
  updatedAt: z.string(),
});

export const equivalenceTableSchema = z
  .array(equivalenceSchema)
  .max(MAX_EQUIVALENCE_ROWS, { error: `Bảng tương đương có tối đa ${MAX_EQUIVALENCE_ROWS} dòng.` });

/** Username rules are shared by set-up and (later) user administration. */
export const userNameSchema = z
  .string()
  .trim()
  .min(2, { error: 'Tên đăng nhập: ít nhất 2 ký tự.' })
  .max(64, { error: 'Tên đăng nhập: tối đa 64 ký tự.' })
  .regex(/^[\p{L}\p{N}._-]+$/u, { error: 'Tên đăng nhập chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới.' });

export const MIN_PASSWORD_LENGTH = 12;
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { error: `Mật khẩu: ít nhất ${MIN_PASSWORD_LENGTH} ký tự.` })
  .max(256, { error: 'Mật khẩu: tối đa 256 ký tự.' });

/** A new password may not contain the login name (checked wherever a password is set). */
export function newPasswordFor<K extends string, P extends string>(userField: K, passwordField: P) {
  return (value: Record<K | P, string>, ctx: z.RefinementCtx) => {
    const name = value[userField]?.trim().toLocaleLowerCase('vi');
    const password = value[passwordField]?.toLocaleLowerCase('vi');
    if (name && password?.includes(name)) {
      ctx.addIssue({ code: 'custom', path: [passwordField], message: 'Mật khẩu không được chứa tên đăng nhập.' });
    }
  };
}

/** 32 Crockford base32 characters (160 bits), typed with or without dashes and spaces. */
export const recoveryCodeSchema = z
  .string()
  .trim()
  .refine((v) => /^[0-9A-Z]{32}$/i.test(v.replace(/[\s-]/g, '')), {
    error: 'Mã khôi phục gồm 32 chữ và số (8 nhóm 4 ký tự).',
  });

export const departmentSchema = optionalText(200, 'Phòng, ban').default(null);

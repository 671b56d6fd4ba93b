import { z } from 'zod';
import { INCIDENT_TYPES, MAX_EQUIVALENCE_ROWS } from '../domain/agreements.ts';
import { LEVELS } from '../shared/levels.ts';
import { MODES, ROLES } from '../domain/roles.ts';
import {
  DOCUMENT_TEXT_LIMITS,
  DOCUMENT_TEXT_SETTINGS,
  type DocumentTextSetting,
  SIGNING_AUTHORITIES,
} from '../domain/settings.ts';

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

/** What each document setting is called in a message next to its field. */
const DOCUMENT_TEXT_NAMES: Record<DocumentTextSetting, string> = {
  placeName: 'Địa danh',
  parentBody: 'Cơ quan chủ quản',
  archiveUnit: 'Chữ viết tắt đơn vị soạn thảo',
  signerHeadTitle: 'Chức vụ người đứng đầu',
  signerTitle: 'Chức vụ người ký',
  signerName: 'Họ tên người ký',
};

/**
 * A document setting's text: one line of a header or a signature block (a line break would break the layout),
 * bounded; empty means "not set" (null). NFC comes from the router, as for every string.
 */
export const documentText = (setting: DocumentTextSetting) => {
  const what = DOCUMENT_TEXT_NAMES[setting];
  const max = DOCUMENT_TEXT_LIMITS[setting];
  return z
    .string({ error: `${what}: phải là chữ.` })
    .trim()
    .max(max, { error: `${what}: tối đa ${max} ký tự.` })
    .regex(/^[^\p{Cc}\p{Zl}\p{Zp}]*$/u, { error: `${what}: chỉ một dòng, không có ký tự điều khiển.` })
    .nullable()
    .transform((v) => (v === null || v === '' ? null : v));
};

export const signingAuthoritySchema = z.enum(SIGNING_AUTHORITIES, {
  error: 'Hình thức ký: direct (ký trực tiếp), KT, TL, TUQ, Q hoặc TM.',
});

/** The settings a printed document needed but found empty (it printed without them, never a placeholder). */
export const missingSettingsSchema = z.array(z.enum(DOCUMENT_TEXT_SETTINGS));

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

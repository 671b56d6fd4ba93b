import { z } from 'zod';
import { ARCHIVE_COPIES_RANGE, IDLE_LOCK_RANGE, INCIDENT_DRAFT_HOURS_RANGE } from '../../domain/settings.ts';
import { channel, noInput } from '../channel-spec.ts';
import { auditProblemSchema } from './audit.ts';
import {
  actorSchema,
  documentText,
  modeSchema,
  newPasswordFor,
  passwordSchema,
  recoveryCodeSchema,
  requiredText,
  roleSchema,
  signingAuthoritySchema,
  userNameSchema,
} from '../schemas.ts';

const settingsSchema = z.object({
  idleLockMinutes: z.number().int(),
  incidentDraftHours: z.number().int(),
  incidentAddressee: z.string(),
  documentSymbol: z.string().nullable(),
  placeName: z.string().nullable(),
  parentBody: z.string().nullable(),
  archiveUnit: z.string().nullable(),
  archiveCopies: z.number().int(),
  signingAuthority: signingAuthoritySchema,
  signerHeadTitle: z.string().nullable(),
  signerTitle: z.string().nullable(),
  signerName: z.string().nullable(),
});

const registerStateSchema = z.enum(['uninitialised', 'locked', 'unlocked']);

export const sessionChannels = {
  'app.status': channel({
    summary: 'Trạng thái ứng dụng và sổ đăng ký (chế độ, phiên bản, phiên bản lược đồ, đường dẫn tệp, đồng hồ).',
    access: 'public',
    input: noInput,
    output: z.object({
      state: registerStateSchema,
      appVersion: z.string(),
      appSchemaVersion: z.number().int(),
      registerSchemaVersion: z.number().int().nullable(),
      dbPath: z.string(),
      mode: modeSchema.nullable(),
      unitName: z.string().nullable(),
      registerId: z.string().nullable(),
      /** A training register: every screen and output shows "DỮ LIỆU MẪU — dùng cho tập huấn". */
      training: z.boolean().nullable(),
      user: actorSchema.nullable(),
      auditHead: z.object({ seq: z.number().int(), hash: z.string() }).nullable(),
      /** What the unlocked user may do (from the permission matrix), so screens need not copy it. */
      permissions: z.array(z.string()),
      /** The roles this register's mode offers (unit or receiver), for the account screens. */
      rolesForMode: z.array(roleSchema),
      settings: settingsSchema.nullable(),
      /** Minutes by which this computer's clock is earlier than the newest audit event (dates would be wrong). */
      clockBehindMinutes: z.number().int().nullable(),
      /** The newest daily check of the audit chain: a failed one is shown on every screen until one passes. */
      auditCheck: z.object({ at: z.string(), ok: z.boolean(), seq: z.number().int().optional() }).nullable(),
    }),
  }),
  'session.setup': channel({
    summary: 'Thiết lập sổ đăng ký mới: chế độ, tên đơn vị, tài khoản quản trị đầu tiên; trả mã khôi phục một lần.',
    access: 'public',
    input: z
      .object({
        mode: modeSchema,
        unitName: requiredText(200, 'Tên đơn vị'),
        adminName: userNameSchema,
        password: passwordSchema,
        /** A training register of fictional examples, marked on every screen and output. */
        training: z.boolean().default(false),
      })
      .strict()
      .superRefine(newPasswordFor('adminName', 'password')),
    output: z.object({ recoveryCode: z.string(), recoveryKit: z.string(), user: actorSchema }),
  }),
  'session.unlock': channel({
    summary: 'Mở khóa sổ đăng ký bằng tên đăng nhập và mật khẩu.',
    access: 'public',
    input: z.object({ userName: userNameSchema, password: z.string().min(1).max(256) }).strict(),
    output: z.object({
      user: actorSchema,
      /** The daily check of the audit chain (from the last sound position); null when today's already passed. */
      auditCheck: z
        .object({
          ok: z.boolean(),
          from: z.number().int(),
          through: z.number().int(),
          events: z.number().int(),
          problem: auditProblemSchema.optional(),
        })
        .nullable(),
    }),
  }),
  'session.lock': channel({
    summary: 'Khóa sổ: đóng cơ sở dữ liệu và xóa khóa khỏi bộ nhớ.',
    access: 'public',
    input: noInput,
    output: z.object({ locked: z.literal(true) }),
  }),
  'session.recover': channel({
    summary:
      'Dùng mã khôi phục (và khối dữ liệu trên phiếu nếu mất tệp khóa) để đặt mật khẩu mới cho một quản trị viên.',
    access: 'public',
    input: z
      .object({
        recoveryCode: recoveryCodeSchema,
        userName: userNameSchema,
        newPassword: passwordSchema,
        recoveryKit: z.string().max(20_000).optional(),
      })
      .strict()
      .superRefine(newPasswordFor('userName', 'newPassword')),
    output: z.object({
      user: actorSchema,
      /** Something to act on after a successful recovery (a sheet's block older than the register's key). */
      notice: z.string().optional(),
    }),
  }),
  'session.changePassword': channel({
    summary: 'Đổi mật khẩu của chính mình (cần mật khẩu hiện tại).',
    access: 'session.self',
    input: z.object({ currentPassword: z.string().min(1).max(256), newPassword: passwordSchema }).strict(),
    output: z.object({ changed: z.literal(true) }),
  }),
  'key.reveal': channel({
    summary:
      'In các lệnh PRAGMA mở tệp sổ bằng công cụ SQLite3MultipleCiphers (chỉ bằng mã khôi phục; được ghi nhật ký).',
    access: 'public',
    input: z.object({ recoveryCode: recoveryCodeSchema }).strict(),
    output: z.object({ pragmas: z.array(z.string()) }),
  }),
  'key.rotate': channel({
    summary:
      'Đổi khóa chính của sổ (PRAGMA rekey) và niêm phong lại mọi ô khóa; in lại khối dữ liệu của phiếu khôi phục.',
    access: 'keys.rotate',
    input: noInput,
    output: z.object({ epoch: z.number().int(), recoveryKit: z.string() }),
  }),
  'settings.update': channel({
    summary:
      'Đổi thiết lập của sổ: số phút không thao tác trước khi tự khóa, số giờ cảnh báo báo cáo sự cố còn nháp, nơi nhận báo cáo sự cố, ký hiệu cơ quan trong số văn bản. Chỉ gửi các mục cần đổi.',
    access: 'settings.manage',
    input: z
      .object({
        idleLockMinutes: z
          .number()
          .int()
          .min(IDLE_LOCK_RANGE.min, { error: `Tự khóa sau ít nhất ${IDLE_LOCK_RANGE.min} phút.` })
          .max(IDLE_LOCK_RANGE.max, { error: `Tự khóa sau nhiều nhất ${IDLE_LOCK_RANGE.max} phút.` })
          .optional(),
        incidentDraftHours: z
          .number()
          .int()
          .min(INCIDENT_DRAFT_HOURS_RANGE.min, { error: 'Cảnh báo bản nháp sau ít nhất 1 giờ.' })
          .max(INCIDENT_DRAFT_HOURS_RANGE.max, { error: 'Cảnh báo bản nháp sau nhiều nhất 168 giờ (7 ngày).' })
          .optional(),
        incidentAddressee: requiredText(300, 'Nơi nhận báo cáo sự cố').optional(),
        documentSymbol: z
          .string()
          .trim()
          .regex(/^[A-ZĐ0-9-]{1,20}$/u, { error: 'Ký hiệu cơ quan: chữ in hoa, số, gạch ngang; tối đa 20 ký tự.' })
          .nullable()
          .optional(),
      })
      .strict(),
    output: settingsSchema,
  }),
  'settings.updateDocuments': channel({
    summary:
      'Đổi thiết lập văn bản của đơn vị: địa danh, cơ quan chủ quản, chữ viết tắt đơn vị trong dòng "Lưu", số bản lưu, người ký mặc định (hình thức ký KT./TL./TUQ./Q./TM., chức vụ, họ tên). Chuỗi rỗng là bỏ trống; chỉ gửi các mục cần đổi; mỗi thay đổi được ghi nhật ký.',
    access: 'settings.documents',
    input: z
      .object({
        placeName: documentText('placeName').optional(),
        parentBody: documentText('parentBody').optional(),
        archiveUnit: documentText('archiveUnit').optional(),
        archiveCopies: z
          .number({ error: 'Số bản lưu phải là số.' })
          .int({ error: 'Số bản lưu phải là số nguyên.' })
          .min(ARCHIVE_COPIES_RANGE.min, { error: `Số bản lưu ít nhất là ${ARCHIVE_COPIES_RANGE.min}.` })
          .max(ARCHIVE_COPIES_RANGE.max, { error: `Số bản lưu nhiều nhất là ${ARCHIVE_COPIES_RANGE.max}.` })
          .optional(),
        signingAuthority: signingAuthoritySchema.optional(),
        signerHeadTitle: documentText('signerHeadTitle').optional(),
        signerTitle: documentText('signerTitle').optional(),
        signerName: documentText('signerName').optional(),
      })
      .strict(),
    output: settingsSchema,
  }),
  'backup.create': channel({
    summary: 'Sao lưu sổ (vẫn mã hóa) và tệp khóa vào một thư mục, rồi kiểm tra bản sao mở được.',
    access: 'backup.create',
    input: z.object({ outDir: requiredText(1000, 'Thư mục sao lưu') }).strict(),
    output: z.object({ path: z.string() }),
  }),
} as const;

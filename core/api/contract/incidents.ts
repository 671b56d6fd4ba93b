import { z } from 'zod';
import { INCIDENT_STATES, INCIDENT_TYPES } from '../../domain/incidents.ts';
import { DIRECTIONS } from '../../domain/items.ts';
import { channel } from '../channel-spec.ts';
import {
  documentText,
  isoDate,
  levelSchema,
  missingSettingsSchema,
  optionalText,
  requiredText,
  signingAuthoritySchema,
} from '../schemas.ts';

const isoTime = z.iso.datetime({
  offset: true,
  error: 'Thời điểm phải có dạng ISO 8601, ví dụ 2026-11-23T08:30:00+07:00.',
});
const id = z.string().min(1).max(120);

/** What a person writes in a report; the items' numbers, levels and agreements are filled in from the register. */
const incidentFields = {
  type: z.enum(INCIDENT_TYPES, {
    error: 'Loại sự cố: "exposed" (bị lộ), "lost" (bị mất) hoặc "at_risk" (có nguy cơ bị xâm phạm).',
  }),
  discoveredAt: isoTime,
  place: requiredText(300, 'Nơi xảy ra'),
  items: z
    .array(id, { error: 'Chọn tài liệu liên quan từ sổ.' })
    .min(1, { error: 'Chọn ít nhất một tài liệu trong sổ.' })
    .max(200, { error: 'Một báo cáo có tối đa 200 tài liệu.' }),
  circumstances: requiredText(5000, 'Diễn biến, hoàn cảnh'),
  personsInvolved: optionalText(2000, 'Người liên quan').default(null),
  measures: requiredText(5000, 'Biện pháp đã xử lý ngay'),
  remedy: optionalText(5000, 'Khắc phục hậu quả, theo dõi tiếp').default(null),
  /** Only raises the level; a report is at least as secret as its most secret item. */
  level: levelSchema.nullable().default(null),
  addressee: optionalText(300, 'Nơi nhận báo cáo').default(null),
  foreignPartyNotice: z.boolean().default(false),
};

export const incidentItemSchema = z
  .object({
    itemId: z.string().max(200),
    book: z.enum(DIRECTIONS),
    registerYear: z.number().int().min(1945).max(2200),
    registerNo: z.number().int().min(1),
    docNumber: z.string().max(100),
    docDate: isoDate,
    level: levelSchema,
    agreement: z.string().max(20).nullable(),
  })
  .strict();

export const incidentSchema = z.object({
  id: z.string(),
  unitFingerprint: z.string().nullable(),
  unitName: z.string(),
  chainId: z.string(),
  version: z.number().int(),
  state: z.enum(INCIDENT_STATES),
  type: z.enum(INCIDENT_TYPES),
  level: levelSchema,
  discoveredAt: z.string(),
  place: z.string(),
  items: z.array(incidentItemSchema),
  circumstances: z.string(),
  personsInvolved: z.string().nullable(),
  measures: z.string(),
  remedy: z.string().nullable(),
  addressee: z.string(),
  foreignPartyNotice: z.boolean(),
  reportItemId: z.string().nullable(),
  reportNumber: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  filedAt: z.string().nullable(),
  filedBy: z.string().nullable(),
  exportedAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  packageId: z.string().nullable(),
  /** Hours since discovery, at the time of the call (the visible clock). */
  hoursSinceDiscovery: z.number(),
  /** An unfiled draft older than the configured number of hours. */
  overdue: z.boolean(),
});

export const incidentChannels = {
  'incidents.add': channel({
    summary:
      'Lập báo cáo đột xuất về tài liệu bị lộ, bị mất hoặc có nguy cơ bị xâm phạm. Mặc định lập ngay (vào sổ đi, đánh dấu tài liệu); "draft": true giữ bản nháp; "followUpOf": báo cáo tiếp theo của một báo cáo đã lập.',
    access: 'incidents.create',
    input: z
      .object({
        ...incidentFields,
        draft: z.boolean().default(false),
        followUpOf: id.nullable().default(null),
      })
      .strict(),
    output: incidentSchema,
  }),
  'incidents.update': channel({
    summary: 'Sửa bản nháp báo cáo sự cố (chỉ khi chưa lập).',
    access: 'incidents.create',
    input: z.object({ id, ...incidentFields }).strict(),
    output: incidentSchema,
  }),
  'incidents.file': channel({
    summary:
      'Lập báo cáo từ bản nháp: vào sổ BMNN đi với số "n/BC-…", đánh dấu các tài liệu bị lộ/mất/có nguy cơ; được ghi nhật ký.',
    access: 'incidents.file',
    input: z.object({ id }).strict(),
    output: incidentSchema,
  }),
  'incidents.close': channel({
    summary: 'Kết thúc theo dõi một báo cáo sự cố đã lập.',
    access: 'incidents.close',
    input: z.object({ id }).strict(),
    output: incidentSchema,
  }),
  'incidents.get': channel({
    summary: 'Một báo cáo sự cố.',
    access: 'incidents.read',
    input: z.object({ id }).strict(),
    output: incidentSchema,
  }),
  'incidents.list': channel({
    summary:
      'Danh sách báo cáo sự cố (mới phát hiện trước): của đơn vị, hoặc ở chế độ Công an tỉnh các báo cáo đã nhập kèm đơn vị gửi.',
    access: 'incidents.read',
    input: z
      .object({
        state: z.enum(INCIDENT_STATES).optional(),
        unit: z.string().max(80).optional(),
      })
      .strict()
      .default({}),
    output: z.object({ incidents: z.array(incidentSchema) }),
  }),
  'incidents.print': channel({
    summary:
      'In báo cáo sự cố theo Nghị định 30/2020 (BÁO CÁO, Về việc…, các mục I–V, bảng tài liệu không có trích yếu, chữ ký, Nơi nhận) ra PDF (số bản đánh số) hoặc DOCX; bản nháp in chữ BẢN NHÁP và để trống số; được ghi nhật ký.',
    access: 'incidents.print',
    input: z
      .object({
        id,
        /** PDF for the official print (numbered copies); DOCX for a copy to edit in Word. */
        format: z.enum(['pdf', 'docx']).default('pdf'),
        copies: z
          .number({ error: 'Số bản phải là số từ 1 đến 20.' })
          .int({ error: 'Số bản phải là số nguyên.' })
          .min(1, { error: 'Số bản ít nhất là 1.' })
          .max(20, { error: 'Số bản nhiều nhất là 20.' })
          .default(1),
        outPath: requiredText(1000, 'Tệp in'),
        /**
         * Ô 7 for this print instead of the settings' signer. Naming any part names the whole signer (authority
         * "direct" unless given), so a name is never printed under another person's title.
         */
        signingAuthority: signingAuthoritySchema.nullable().default(null),
        signerHeadTitle: documentText('signerHeadTitle').default(null),
        signerTitle: documentText('signerTitle').default(null),
        signerName: documentText('signerName').default(null),
        /** Ô 4's place name for this print; the settings' place name when not given. */
        place: documentText('placeName').default(null),
        /** Ô 2's parent body (cơ quan chủ quản) for this print; the settings' when not given. */
        parentBody: documentText('parentBody').default(null),
      })
      .strict()
      .refine((v) => v.outPath.toLowerCase().endsWith(`.${v.format}`), {
        error: 'Đuôi tệp phải khớp định dạng (.pdf hoặc .docx).',
        path: ['outPath'],
      })
      .refine((v) => v.format === 'pdf' || v.copies === 1, {
        error: 'Bản DOCX là một bản để sửa; số bản đánh số chỉ in từ PDF.',
        path: ['copies'],
      }),
    /** `pages` is 0 for DOCX: Word lays the pages out. */
    output: z.object({ path: z.string(), pages: z.number().int(), missingSettings: missingSettingsSchema }),
  }),
} as const;

import { z } from 'zod';
import { CHANNELS_OF_TRANSMISSION, DIRECTIONS, ITEM_STATUSES } from '../../domain/items.ts';
import { channel } from '../channel-spec.ts';
import { agreementCode, isoDate, levelSchema, optionalText, requiredText } from '../schemas.ts';

const approvalSchema = z
  .object({
    approverName: requiredText(200, 'Người quyết định cung cấp'),
    approverTitle: requiredText(200, 'Chức danh người quyết định'),
    legalBasis: requiredText(500, 'Căn cứ pháp lý'),
    decisionNo: requiredText(100, 'Số văn bản quyết định'),
    decisionDate: isoDate,
  })
  .strict();

const handlingSchema = z
  .object({
    namedRecipientOnly: z.boolean().default(false),
    channel: z
      .enum(CHANNELS_OF_TRANSMISSION, {
        error: 'Kênh chuyển: trao tay, giao liên, giao liên ngoại giao hoặc bưu chính.',
      })
      .nullable()
      .default(null),
    storagePlace: optionalText(200, 'Nơi lưu giữ').default(null),
    copyingAllowed: z.boolean().default(false),
    returnBy: isoDate.nullable().default(null),
  })
  .strict();

export const itemInputSchema = z
  .object({
    direction: z.enum(DIRECTIONS, { error: 'Chiều: "outgoing" (đi) hoặc "incoming" (đến).' }),
    agreement: agreementCode.nullable().default(null),
    department: optionalText(200, 'Phòng, ban').default(null),
    foreignBody: optionalText(300, 'Cơ quan phía nước ngoài').default(null),
    docNumber: requiredText(100, 'Số, ký hiệu'),
    docDate: isoDate,
    docType: requiredText(100, 'Loại văn bản'),
    summary: optionalText(1000, 'Trích yếu').default(null),
    level: levelSchema,
    foreignMarking: optionalText(80, 'Độ mật ghi trên tài liệu của phía nước ngoài').default(null),
    originator: requiredText(300, 'Nơi ban hành / người gửi'),
    recipients: optionalText(500, 'Nơi nhận').default(null),
    copies: z.number({ error: 'Số bản phải là số.' }).int().min(1, { error: 'Số bản: ít nhất 1.' }).max(1000),
    pages: z.number().int().min(1, { error: 'Số trang: ít nhất 1.' }).max(100_000).nullable().default(null),
    levelDeterminedOn: isoDate.nullable().default(null),
    protectionYears: z.number().int().min(1).max(100).nullable().default(null),
    protectionReason: optionalText(500, 'Lý do thời hạn bảo vệ ngắn hơn').default(null),
    foreignProtectionNote: optionalText(300, 'Thời hạn bảo vệ ghi trên tài liệu').default(null),
    handling: handlingSchema.default({
      namedRecipientOnly: false,
      channel: null,
      storagePlace: null,
      copyingAllowed: false,
      returnBy: null,
    }),
    approval: approvalSchema.nullable().default(null),
    notes: optionalText(1000, 'Ghi chú').default(null),
  })
  .strict();

export const itemSchema = z.object({
  id: z.string(),
  book: z.enum(DIRECTIONS),
  registerYear: z.number().int(),
  registerNo: z.number().int(),
  direction: z.enum(DIRECTIONS),
  agreement: z.string().nullable(),
  department: z.string().nullable(),
  foreignBody: z.string().nullable(),
  docNumber: z.string(),
  docDate: z.string(),
  docType: z.string(),
  summary: z.string().nullable(),
  level: levelSchema,
  foreignMarking: z.string().nullable(),
  equivalentLevel: levelSchema.nullable(),
  originator: z.string(),
  recipients: z.string().nullable(),
  copies: z.number().int(),
  pages: z.number().int().nullable(),
  levelDeterminedOn: z.string().nullable(),
  protectionYears: z.number().int().nullable(),
  protectionReason: z.string().nullable(),
  protectedUntil: z.string().nullable(),
  foreignProtectionNote: z.string().nullable(),
  envelopes: z.number().int(),
  envelopeLetter: z.string(),
  handling: z.object({
    namedRecipientOnly: z.boolean(),
    channel: z.string().nullable(),
    storagePlace: z.string().nullable(),
    copyingAllowed: z.boolean(),
    returnBy: z.string().nullable(),
  }),
  approval: z
    .object({
      approverName: z.string(),
      approverTitle: z.string(),
      legalBasis: z.string(),
      decisionNo: z.string(),
      decisionDate: z.string(),
    })
    .nullable(),
  status: z.enum(ITEM_STATUSES),
  notes: z.string().nullable(),
  registeredAt: z.string(),
  registeredBy: z.string(),
});

const listFilter = z
  .object({
    book: z.enum(DIRECTIONS).optional(),
    year: z.number().int().min(1900).max(2200).optional(),
    level: levelSchema.optional(),
    agreement: agreementCode.optional(),
    status: z.enum(ITEM_STATUSES).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    limit: z.number().int().min(1).max(1_000_000).optional(),
    offset: z.number().int().min(0).optional(),
  })
  .strict();

export const itemChannels = {
  'items.add': channel({
    summary: 'Vào sổ một tài liệu, vật chứa BMNN đi hoặc đến; số đăng ký được cấp ngay, không đổi, không dùng lại.',
    access: 'items.create',
    input: itemInputSchema,
    output: itemSchema.extend({ warnings: z.array(z.string()) }),
  }),
  'items.get': channel({
    summary: 'Một mục trong sổ theo mã.',
    access: 'items.read',
    input: z.object({ id: z.string().min(1).max(64) }).strict(),
    output: itemSchema,
  }),
  'items.list': channel({
    summary: 'Các mục của sổ theo bộ lọc (sổ đi/đến, năm, độ mật, Hiệp định, trạng thái, ngày), số mới nhất trước.',
    access: 'items.read',
    input: listFilter.default({}),
    output: z.object({ total: z.number().int(), items: z.array(itemSchema) }),
  }),
  'items.search': channel({
    summary:
      'Tìm trong sổ, không phân biệt hoa thường và dấu (kể cả đ/d), theo tiền tố từng từ; mới nhất trước hoặc xếp hạng.',
    access: 'items.read',
    input: z
      .object({
        query: z.string().max(300),
        book: z.enum(DIRECTIONS).optional(),
        year: z.number().int().min(1900).max(2200).optional(),
        level: levelSchema.optional(),
        agreement: agreementCode.optional(),
        status: z.enum(ITEM_STATUSES).optional(),
        from: isoDate.optional(),
        to: isoDate.optional(),
        ranked: z.boolean().default(false),
        limit: z.number().int().min(1).max(1000).default(50),
      })
      .strict(),
    output: z.object({
      terms: z.array(z.string()),
      items: z.array(itemSchema),
      /** Every match of the query and filters, counted up to a cap; `totalCapped`: there are more than `total`. */
      total: z.number().int().min(0),
      totalCapped: z.boolean(),
    }),
  }),
  'training.populate': channel({
    summary: 'Thêm các mục mẫu (hư cấu, ghi rõ DỮ LIỆU MẪU) vào sổ tập huấn; bị từ chối trên sổ thật.',
    access: 'items.create',
    input: z
      .object({ items: z.number().int().min(1).max(20_000).default(200), seed: z.number().int().default(1) })
      .strict(),
    output: z.object({ added: z.number().int() }),
  }),
  'items.exportXlsx': channel({
    summary:
      'Xuất các mục của một sổ (theo bộ lọc) ra tệp Excel .xlsx; độ mật cao nhất ghi ở đầu trang; được ghi nhật ký.',
    access: 'items.export',
    input: z
      .object({
        book: z.enum(DIRECTIONS),
        filter: listFilter.omit({ book: true, limit: true, offset: true }).default({}),
        outPath: requiredText(1000, 'Tệp xuất').refine((p) => p.toLowerCase().endsWith('.xlsx'), {
          error: 'Tên tệp xuất phải có đuôi .xlsx.',
        }),
      })
      .strict(),
    output: z.object({ path: z.string(), count: z.number().int(), level: levelSchema }),
  }),
} as const;

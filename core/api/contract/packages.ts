import { z } from 'zod';
import { INCIDENT_TYPES } from '../../domain/incidents.ts';
import { channel } from '../channel-spec.ts';
import { levelSchema, missingSettingsSchema, requiredText } from '../schemas.ts';
import { incidentItemSchema } from './incidents.ts';

const path = requiredText(1000, 'Đường dẫn');
const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const point = z.object({ seq: z.number().int().min(0), hash: hex64 }).strict();
const text = (max: number) => z.string().max(max);

/**
 * An incident report as it travels to the police: what the unit filed, never its local workflow fields. Every
 * imported record is checked against this schema before anything is written.
 */
export const incidentPackageRecordSchema = z
  .object({
    id: z.uuid(),
    chainId: z.uuid(),
    version: z.number().int().min(1).max(1000),
    type: z.enum(INCIDENT_TYPES),
    level: levelSchema,
    discoveredAt: z.iso.datetime({ offset: true }),
    place: text(300),
    items: z.array(incidentItemSchema).min(1).max(200),
    circumstances: text(5000),
    personsInvolved: text(2000).nullable(),
    measures: text(5000),
    remedy: text(5000).nullable(),
    addressee: text(300),
    foreignPartyNotice: z.boolean(),
    reportNumber: text(60),
    createdAt: z.iso.datetime({ offset: true }),
    createdBy: text(100),
    filedAt: z.iso.datetime({ offset: true }),
    filedBy: text(100),
  })
  .strict();

/** A receipt acknowledges one package: by id, number and hash, with the unit's chain head the receiver saw. */
export const receiptRecordSchema = z
  .object({
    packageId: z.uuid(),
    sequence: z.number().int().min(1),
    hash: hex64,
    incidentIds: z.array(z.uuid()).max(100_000),
    acknowledgedAt: z.iso.datetime({ offset: true }),
    acknowledgedBy: text(100),
    unitHead: point,
  })
  .strict();

const packageSummary = z.object({
  packageId: z.string(),
  kind: z.enum(['incidents', 'receipt']),
  sequence: z.number().int(),
  hash: z.string(),
  senderName: z.string(),
  senderFingerprint: z.string(),
  recipientName: z.string(),
  recipientFingerprint: z.string(),
  createdAt: z.string(),
  training: z.boolean(),
  records: z.number().int(),
  /** Earlier numbers from this sender never seen here: a gap is shown, not hidden. */
  missingSequences: z.array(z.number().int()),
  chainStatus: z.enum(['first', 'continues', 'unverifiable']),
});

const written = z.object({
  path: z.string(),
  packageId: z.string(),
  sequence: z.number().int(),
  hash: z.string(),
  recipientName: z.string(),
  recipientFingerprint: z.string(),
  records: z.number().int(),
  /** The file was read back from where it was written and opened with this unit's own key before "done". */
  verified: z.literal(true),
});

const packageLogSchema = z.object({
  id: z.string(),
  direction: z.enum(['sent', 'received']),
  kind: z.string(),
  peerFingerprint: z.string(),
  peerName: z.string(),
  sequence: z.number().int(),
  hash: z.string(),
  createdAt: z.string(),
  processedAt: z.string(),
  recordCount: z.number().int(),
  headSeq: z.number().int(),
  headHash: z.string(),
  chainStatus: z.string(),
  recordIds: z.array(z.string()),
  acknowledgedAt: z.string().nullable(),
});

export const packageChannels = {
  'packages.export': channel({
    summary:
      'Ghi gói niêm phong mang tay cho Công an tỉnh: các báo cáo sự cố đã lập chưa gửi (hoặc các báo cáo được chọn), mã hóa age cho bên nhận và cho chính đơn vị, ký minisign; ghi vào thư mục (USB), đọc lại và kiểm tra rồi mới báo xong.',
    access: 'packages.export',
    input: z
      .object({
        toDir: path,
        /** The receiving unit's name as in its trusted key file, or its fingerprint. */
        recipient: requiredText(200, 'Nơi nhận gói'),
        incidents: z.array(z.string().min(1).max(120)).max(500).optional(),
      })
      .strict(),
    output: written.extend({ incidentIds: z.array(z.string()) }),
  }),
  'packages.verify': channel({
    summary:
      'Kiểm tra một gói mà không nhập: ai gửi, chữ ký, số thứ tự (còn thiếu số nào), đã nhập chưa. Không ghi gì vào sổ.',
    access: 'packages.read',
    input: z.object({ path }).strict(),
    output: packageSummary.extend({ alreadyImported: z.boolean() }),
  }),
  'packages.import': channel({
    summary:
      'Nhập một gói: kiểm tra chữ ký với khóa tin cậy, giải mã, kiểm tra từng bản ghi, số thứ tự và chuỗi nhật ký của bên gửi; tất cả hoặc không. Gói đã nhập thì không đổi gì. Gói bị từ chối chỉ để lại một sự kiện nhật ký (mã băm, lý do).',
    access: 'packages.import',
    input: z.object({ path }).strict(),
    output: packageSummary.extend({
      alreadyImported: z.boolean(),
      imported: z.number().int(),
      skipped: z.number().int(),
    }),
  }),
  'packages.receipt': channel({
    summary:
      'Xác nhận đã nhận một gói báo cáo (chế độ Công an tỉnh): ghi gói biên nhận có chữ ký về thư mục (USB) để đơn vị nhập lại.',
    access: 'packages.acknowledge',
    input: z.object({ packageId: z.string().min(1).max(64), toDir: path }).strict(),
    output: written,
  }),
  'packages.list': channel({
    summary: 'Các gói đã gửi và đã nhận, và theo từng đơn vị: số thứ tự còn thiếu và lịch sử đỉnh chuỗi nhật ký.',
    access: 'packages.read',
    input: z.object({}).strict().default({}),
    output: z.object({
      packages: z.array(packageLogSchema),
      units: z.array(
        z.object({
          fingerprint: z.string(),
          unitName: z.string(),
          revoked: z.boolean(),
          received: z.number().int(),
          lastSequence: z.number().int(),
          missingSequences: z.array(z.number().int()),
          incidents: z.number().int(),
          heads: z.array(
            z.object({
              packageId: z.string(),
              sequence: z.number().int(),
              seq: z.number().int(),
              hash: z.string(),
              receivedAt: z.string(),
              chainStatus: z.string(),
            }),
          ),
        }),
      ),
    }),
  }),
  'packages.cover': channel({
    summary:
      'In tờ bìa của một gói (mã gói, số thứ tự, mã băm, dấu vân tay bên gửi và bên nhận) để mang kèm gói; không có nội dung mật.',
    access: 'packages.read',
    input: z
      .object({
        packageId: z.string().min(1).max(64),
        outPath: path.refine((p) => p.toLowerCase().endsWith('.pdf'), { error: 'Tên tệp phải có đuôi .pdf.' }),
      })
      .strict(),
    output: z.object({ path: z.string(), pages: z.number().int(), missingSettings: missingSettingsSchema }),
  }),
} as const;

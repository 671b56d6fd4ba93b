import { z } from 'zod';
import { AUDIT_PROBLEM_CODES } from '../../domain/audit.ts';
import { channel } from '../channel-spec.ts';

const hashHex = z.string().regex(/^[0-9a-fA-F]{64}$/, { error: 'Mã băm gồm 64 ký tự hệ 16.' });

export const auditProblemSchema = z.object({
  code: z.enum(AUDIT_PROBLEM_CODES),
  seq: z.number().int().optional(),
  table: z.string().optional(),
  key: z.string().optional(),
  path: z.string().optional(),
  reason: z.string(),
});

const eventViewSchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  rows: z.array(
    z.object({
      table: z.string(),
      key: z.string(),
      op: z.string(),
      fields: z.array(z.object({ field: z.string(), before: z.unknown().optional(), after: z.unknown().optional() })),
    }),
  ),
  info: z.record(z.string(), z.unknown()).nullable(),
  hash: z.string(),
});

export const auditChannels = {
  'audit.verify': channel({
    summary: 'Kiểm tra chuỗi nhật ký (thứ tự, liên kết, mã băm, đầu chuỗi, mốc in trên giấy) và đối chiếu với dữ liệu.',
    access: 'audit.read',
    input: z
      .object({
        anchor: z
          .object({ seq: z.number().int().min(1), hash: hashHex })
          .strict()
          .optional(),
      })
      .strict()
      .default({}),
    output: z.object({
      ok: z.boolean(),
      events: z.number().int(),
      head: z.object({ seq: z.number().int(), hash: z.string() }),
      problems: z.array(auditProblemSchema),
      summary: z.string(),
    }),
  }),
  'audit.list': channel({
    summary: 'Nhật ký, mới nhất trước; lọc theo người dùng, thao tác, đối tượng, ngày.',
    access: 'audit.read',
    input: z
      .object({
        actor: z.string().trim().max(64).optional(),
        action: z.string().trim().max(64).optional(),
        entity: z.string().trim().max(64).optional(),
        from: z.string().max(40).optional(),
        to: z.string().max(40).optional(),
        beforeSeq: z.number().int().min(1).optional(),
        limit: z.number().int().min(1).max(1000).default(200),
      })
      .strict()
      .default({ limit: 200 }),
    output: z.array(eventViewSchema),
  }),
  'audit.redact': channel({
    summary: 'Xóa khỏi lịch sử một giá trị mật nhập nhầm, có lý do; chuỗi nhật ký vẫn kiểm tra được.',
    access: 'audit.redact',
    input: z
      .object({
        seq: z.number().int().min(1),
        path: z.string().regex(/^rows\.\d+\.(before|after)\.[a-z_]+$/),
        reason: z.string().trim().min(10, { error: 'Lý do: ít nhất 10 ký tự.' }).max(500),
      })
      .strict(),
    output: z.object({ removed: z.number().int(), table: z.string(), key: z.string(), field: z.string() }),
  }),
} as const;

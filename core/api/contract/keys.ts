import { z } from 'zod';
import { channel, noInput } from '../channel-spec.ts';
import { missingSettingsSchema, requiredText } from '../schemas.ts';

const fingerprint = z
  .string()
  .trim()
  .refine((v) => /^[0-9a-fA-F]{64}$/.test(v.replace(/\s+/g, '')), {
    error: 'Dấu vân tay gồm 64 chữ số hệ 16 (có thể cách nhau bởi dấu cách).',
  });

const trustedKey = z.object({
  fingerprint: z.string(),
  unitName: z.string(),
  mode: z.string(),
  signingPublic: z.string(),
  ageRecipient: z.string(),
  trustedAt: z.string(),
  trustedBy: z.string(),
  revokedAt: z.string().nullable(),
  revokedBy: z.string().nullable(),
});

export const keyChannels = {
  'keys.show': channel({
    summary:
      'Khóa công khai của đơn vị (ký Ed25519, nhận age X25519), dấu vân tay để in tờ khóa, và các khóa đối tác đã tin cậy.',
    access: 'keys.read',
    input: noInput,
    output: z.object({
      fingerprint: z.string(),
      fingerprintGrouped: z.string(),
      unitName: z.string(),
      mode: z.string(),
      signingKey: z.string(),
      ageRecipient: z.string(),
      publicFile: z.string(),
      trusted: z.array(trustedKey),
    }),
  }),
  'keys.export': channel({
    summary: 'Ghi tệp khóa công khai của đơn vị (để trao tay cho đối tác cùng tờ khóa in).',
    access: 'keys.read',
    input: z.object({ outPath: requiredText(1000, 'Tệp khóa công khai') }).strict(),
    output: z.object({ path: z.string(), fingerprint: z.string() }),
  }),
  'keys.printSheet': channel({
    summary:
      'In tờ khóa công khai (PDF): dấu vân tay chữ lớn, các khóa công khai và khóa minisign, để trao cùng tệp khóa; được ghi nhật ký.',
    access: 'keys.read',
    input: z
      .object({
        outPath: requiredText(1000, 'Tệp PDF').refine((p) => p.toLowerCase().endsWith('.pdf'), {
          error: 'Tên tệp phải có đuôi .pdf.',
        }),
      })
      .strict(),
    output: z.object({ path: z.string(), fingerprint: z.string(), missingSettings: missingSettingsSchema }),
  }),
  'keys.trust': channel({
    summary: 'Tin cậy tệp khóa công khai của đối tác sau khi đối chiếu dấu vân tay với tờ khóa in của họ.',
    access: 'keys.manage',
    input: z.object({ publicFile: z.string().min(1).max(4096), fingerprint }).strict(),
    output: z.object({ fingerprint: z.string(), unitName: z.string(), alreadyTrusted: z.boolean() }),
  }),
  'keys.revoke': channel({
    summary: 'Thu hồi một khóa đối tác đã tin cậy (gói ký bằng khóa này sẽ bị từ chối).',
    access: 'keys.manage',
    input: z.object({ fingerprint }).strict(),
    output: z.object({ fingerprint: z.string(), revoked: z.literal(true) }),
  }),
} as const;

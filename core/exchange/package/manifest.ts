import { z } from 'zod';
import { MAX_AUDIT_EVENTS, MAX_SEQUENCE, MAX_UNIT_NAME } from './limits.ts';
import { KIND_TAGS, type PackageHeader } from './types.ts';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const unitName = z.string().min(1).max(MAX_UNIT_NAME);
const ageRecipient = z.string().regex(/^age1[0-9a-z]{58}$/);
const auditPoint = z.object({ seq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER), hash: hex64 }).strict();

/**
 * The signed manifest (canonical JSON, entry `manifest.json`). It repeats the header, names both units and the
 * signing key, and pins the records by hash, size and count; `audit` carries the sender's chain digests since the
 * head the receiver last acknowledged, so the receiver can check that the chain only ever grows.
 */
export const manifestSchema = z
  .object({
    format: z.literal('cxr-package'),
    formatVersion: z.number().int(),
    kind: z.enum(['incidents', 'receipt']),
    packageId: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
    sequence: z.number().int().min(1).max(MAX_SEQUENCE),
    createdAt: z.iso.datetime({ offset: true }),
    training: z.boolean(),
    sender: z
      .object({
        unitName,
        fingerprint: hex64,
        signingKey: z.string().regex(/^ed25519:[A-Za-z0-9+/]{43}=$/),
        ageRecipient,
      })
      .strict(),
    recipient: z.object({ unitName, fingerprint: hex64, ageRecipient }).strict(),
    records: z
      .object({
        name: z.literal('records.json'),
        sha256: hex64,
        bytes: z.number().int().min(0),
        // No maximum here: records.ts refuses more than MAX_RECORDS as PACKAGE_TOO_LARGE when it reads them.
        count: z.number().int().min(0),
      })
      .strict(),
    audit: z
      .object({
        since: auditPoint.nullable(),
        head: auditPoint,
        events: z.array(auditPoint).max(MAX_AUDIT_EVENTS),
      })
      .strict(),
  })
  .strict();

export type Manifest = z.infer<typeof manifestSchema>;

/**
 * The audit part must describe one unbroken stretch of the chain: events numbered from just after `since` (or from
 * 1) without gaps, ending at `head`; with no events, `head` is `since`. Returns what is wrong, or null.
 */
export function auditProblem(audit: Manifest['audit']): string | null {
  const first = (audit.since?.seq ?? 0) + 1;
  for (const [i, event] of audit.events.entries()) {
    if (event.seq !== first + i) return `sự kiện nhật ký số ${event.seq} không liền mạch (chờ số ${first + i}).`;
  }
  const last = audit.events.at(-1) ?? audit.since;
  if (!last) return 'nhật ký không có sự kiện nào.';
  if (last.seq !== audit.head.seq || last.hash !== audit.head.hash)
    return 'đỉnh chuỗi nhật ký không khớp với sự kiện cuối.';
  return null;
}

/** The minisign trusted comment: signed with the manifest, shown by `minisign -V`, compared exactly on open. */
export function trustedCommentFor(manifest: Manifest): string {
  return [
    KIND_TAGS[manifest.kind],
    `id=${manifest.packageId}`,
    `seq=${manifest.sequence}`,
    `from=${manifest.sender.fingerprint}`,
    `to=${manifest.recipient.fingerprint}`,
    `training=${manifest.training ? 1 : 0}`,
  ].join(' ');
}

/** Which header field, if any, differs from the signed manifest. */
export function headerMismatch(header: PackageHeader, manifest: Manifest): string | null {
  const pairs: [string, unknown, unknown][] = [
    ['phiên bản', header.version, manifest.formatVersion],
    ['loại gói', header.kind, manifest.kind],
    ['cờ tập huấn', header.training, manifest.training],
    ['số thứ tự', header.sequence, manifest.sequence],
    ['nơi nhận', header.recipientFingerprint, manifest.recipient.fingerprint],
    ['mã gói', header.packageId, manifest.packageId],
  ];
  const differing = pairs.find(([, a, b]) => a !== b);
  return differing ? `${differing[0]} ở phần đầu khác với bản kê đã ký.` : null;
}

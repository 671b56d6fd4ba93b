import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { ChannelOutput, ParsedInput } from '../api/contract.ts';
import type { CallContext, Deps } from '../api/context.ts';
import { AppError } from '../domain/errors.ts';
import type { IncidentRecord } from '../domain/incidents.ts';
import {
  openPackage,
  type PackageKind,
  packageFileName,
  packageHash,
  packageLimits,
  sealPackage,
} from '../exchange/package/index.ts';
import type { PackageLogRecord } from '../ports/exchange-store.ts';
import type { TrustedKeyRecord, Workspace } from '../ports/register-host.ts';
import { moveIncident, requireIncident } from './incidents.ts';
import { abandonPackage } from './package-abandon.ts';
import { ownParty, signerLookup, trustedPeer } from './package-parties.ts';

/** What travels for each report: what the unit filed, not its local workflow fields. */
export function incidentPackageRecord(r: IncidentRecord): Record<string, unknown> {
  return {
    id: r.id,
    chainId: r.chainId,
    version: r.version,
    type: r.type,
    level: r.level,
    discoveredAt: r.discoveredAt,
    place: r.place,
    items: r.items,
    circumstances: r.circumstances,
    personsInvolved: r.personsInvolved,
    measures: r.measures,
    remedy: r.remedy,
    addressee: r.addressee,
    foreignPartyNotice: r.foreignPartyNotice,
    reportNumber: r.reportNumber,
    createdAt: r.createdAt,
    createdBy: r.createdBy,
    filedAt: r.filedAt,
    filedBy: r.filedBy,
  };
}

export interface SealedWrite {
  kind: PackageKind;
  peer: TrustedKeyRecord;
  records: Record<string, unknown>[];
  recordIds: string[];
  toDir: string;
}

/**
 * The common path of every package this register writes: reserve the sequence number in its own committed
 * transaction (a crash after it leaves a visible gap, never a reused number), seal, write atomically, read the file
 * back from where it landed and open it with the unit's own key, then log it. Returns what was written. A write that
 * fails (full or read-only stick, bad read-back) removes the file and gives the number back (package-abandon.ts).
 */
export async function writeSealedPackage(ws: Workspace, deps: Deps, ctx: CallContext, job: SealedWrite, at: string) {
  const own = await ownParty(ws, ctx, at);
  const sequence = reserveSequence(ws, ctx, job, at);
  let path: string | null = null;
  try {
    const sealed = await seal(ws, own, job, sequence, at);
    path = deps.files.write(
      join(job.toDir, packageFileName({ kind: job.kind, sequence, packageId: sealed.packageId })),
      sealed.bytes,
    );
    const hash = await readBack(ws, deps, own, path, sealed.bytes);
    return { path, packageId: sealed.packageId, sequence, hash, head: sealed.head, since: sealed.since };
  } catch (error) {
    throw abandonPackage(ws, deps, ctx, job, { sequence, path, error }, at);
  }
}

function reserveSequence(ws: Workspace, ctx: CallContext, job: SealedWrite, at: string): number {
  return ws.transact(() => {
    const { sequence, change } = ws.packages.reserveSequence(job.peer.fingerprint, job.kind);
    ws.audit.append(
      {
        actor: ctx.actor,
        action: 'package.sequenceReserved',
        entity: 'package_sequence',
        entityId: `${job.peer.fingerprint}#${job.kind}`,
        change: { rows: [change], info: { sequence, recipient: job.peer.unitName } },
      },
      at,
    );
    return sequence;
  });
}

type OwnParty = Awaited<ReturnType<typeof ownParty>>;

async function seal(ws: Workspace, own: OwnParty, job: SealedWrite, sequence: number, at: string) {
  // Digests since a head the receiver has seen, so it can check the chain only grew.
  const head = ws.audit.head();
  const { since, events } = carriedDigests(ws.audit, digestsStart(ws, job.peer.fingerprint, job.kind));
  const packageId = randomUUID();
  const bytes = await sealPackage({
    kind: job.kind,
    packageId,
    sequence,
    createdAt: at,
    training: ws.meta().training,
    sender: own,
    recipient: { unitName: job.peer.unitName, fingerprint: job.peer.fingerprint, ageRecipient: job.peer.ageRecipient },
    audit: { since, head, events },
    records: job.records,
  });
  return { bytes, packageId, head, since };
}

/** The file as it landed on the medium, opened with the unit's own key; returns the package hash. */
async function readBack(ws: Workspace, deps: Deps, own: OwnParty, path: string, bytes: Uint8Array): Promise<string> {
  const hash = packageHash(bytes);
  const landed = deps.files.read(path, packageLimits.MAX_FILE_BYTES);
  // Written whole (the writer checked every byte and the size), yet read back different: the medium is failing.
  if (packageHash(landed) !== hash)
    throw new AppError(
      'MEDIA_WRITE_FAILED',
      `Tệp gói đọc lại từ ${path} khác với tệp đã ghi: thiết bị lưu trữ có lỗi; đã xóa tệp hỏng. Ghi lại vào thiết bị khác.`,
    );
  await openPackage(landed, {
    as: 'sender',
    ownFingerprint: own.fingerprint,
    ageIdentity: own.ageIdentity,
    signerKey: signerLookup(ws, own),
  });
  return hash;
}

/** The log row of a package this register wrote. */
export function sentLogRecord(
  job: SealedWrite,
  written: Awaited<ReturnType<typeof writeSealedPackage>>,
  at: string,
): PackageLogRecord {
  return {
    id: written.packageId,
    direction: 'sent',
    kind: job.kind,
    peerFingerprint: job.peer.fingerprint,
    peerName: job.peer.unitName,
    sequence: written.sequence,
    hash: written.hash,
    createdAt: at,
    processedAt: at,
    recordCount: job.records.length,
    headSeq: written.head.seq,
    headHash: written.head.hash,
    chainStatus: 'first',
    recordIds: job.recordIds,
    acknowledgedAt: null,
  };
}

/**
 * A package carries at most this many digests. A long-used register's first package (nothing acknowledged yet)
 * would otherwise carry its whole chain; the window still covers any head the receiver saw recently, and an older
 * one shows as "unverifiable", never as continuous.
 */
const DIGEST_WINDOW = Math.min(100_000, packageLimits.MAX_AUDIT_EVENTS);

export function carriedDigests(
  audit: Pick<Workspace['audit'], 'digestsSince'>,
  start: { seq: number; hash: string } | null,
  window = DIGEST_WINDOW,
) {
  const all = audit.digestsSince(start?.seq ?? 0);
  if (all.length <= window) return { since: start, events: all };
  const cut = all.length - window;
  return { since: all[cut - 1] ?? start, events: all.slice(cut) };
}

/**
 * Where the carried digests start: for reports, the head of the newest package the receiver acknowledged; receipts
 * are never acknowledged back, so they start at the previous receipt to the same unit.
 */
function digestsStart(ws: Workspace, peer: string, kind: PackageKind) {
  const previous = ws.packages
    .list({ direction: 'sent', peer })
    .filter((p) => p.kind === kind && (kind === 'receipt' || p.acknowledgedAt !== null))
    .sort((a, b) => b.headSeq - a.headSeq)[0];
  return previous ? { seq: previous.headSeq, hash: previous.headHash } : null;
}

export async function exportIncidents(
  ws: Workspace,
  deps: Deps,
  ctx: CallContext,
  input: ParsedInput<'packages.export'>,
  at: string,
): Promise<ChannelOutput<'packages.export'>> {
  if (ws.meta().mode !== 'unit')
    throw new AppError('FORBIDDEN', 'Chế độ Công an tỉnh gửi biên nhận, không gửi gói báo cáo.');
  const peer = trustedPeer(ws, input.recipient, 'receiver');
  const chosen = input.incidents
    ? input.incidents.map((id) => requireIncident(ws, id))
    : ws.incidents.list({ unit: 'own', state: 'filed' });
  for (const r of chosen) {
    if (r.unitFingerprint !== null || !['filed', 'exported', 'acknowledged'].includes(r.state))
      throw new AppError('VALIDATION', `Báo cáo ${r.reportNumber ?? r.id} chưa được lập: lập báo cáo trước khi gửi.`);
  }
  if (chosen.length === 0) throw new AppError('VALIDATION', 'Không có báo cáo sự cố nào đã lập mà chưa gửi.');
  const job: SealedWrite = {
    kind: 'incidents',
    peer,
    records: chosen.map(incidentPackageRecord),
    recordIds: chosen.map((r) => r.id),
    toDir: input.toDir,
  };
  const written = await writeSealedPackage(ws, deps, ctx, job, at);
  ws.transact(() => {
    const logged = ws.packages.log(sentLogRecord(job, written, at));
    ws.audit.append(
      {
        actor: ctx.actor,
        action: 'package.exported',
        entity: 'package',
        entityId: written.packageId,
        change: {
          rows: [logged],
          info: { path: written.path, hash: written.hash, sequence: written.sequence, recipient: peer.unitName },
        },
      },
      at,
    );
    for (const r of chosen) {
      if (r.state === 'filed')
        moveIncident(ws, ctx, r, 'exported', at, { exportedAt: at, packageId: written.packageId });
    }
  });
  return {
    path: written.path,
    packageId: written.packageId,
    sequence: written.sequence,
    hash: written.hash,
    recipientName: peer.unitName,
    recipientFingerprint: peer.fingerprint,
    records: chosen.length,
    incidentIds: chosen.map((r) => r.id),
    verified: true,
  };
}

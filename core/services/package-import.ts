import type { z } from 'zod';
import type { ChannelOutput, ParsedInput } from '../api/contract.ts';
import { incidentPackageRecordSchema, receiptRecordSchema } from '../api/contract/packages.ts';
import type { CallContext, Deps } from '../api/context.ts';
import { AppError, isAppError } from '../domain/errors.ts';
import { openPackage, packageHash, packageLimits, readPackageHeader } from '../exchange/package/index.ts';
import type { Workspace } from '../ports/register-host.ts';
import { checkSenderChain } from './package-chain.ts';
import { applyIncidents, applyReceipts, type CheckedPackage } from './package-apply.ts';
import { missingSequences, ownParty, signerLookup } from './package-parties.ts';

type Summary = Omit<ChannelOutput<'packages.verify'>, 'alreadyImported'>;

function validRecords<S extends z.ZodType>(schema: S, records: Record<string, unknown>[]): z.infer<S>[] {
  return records.map((record, i) => {
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AppError(
        'PACKAGE_RECORDS_INVALID',
        `Bản ghi số ${i + 1} trong gói không hợp lệ (${[...(issue?.path ?? [])].join('.') || 'bản ghi'}: ${issue?.message ?? ''}). Không nhập gì.`,
      );
    }
    return parsed.data;
  });
}

/** Everything an import checks, without writing anything: verify shows it, import then applies it. */
async function checkPackage(
  ws: Workspace,
  ctx: CallContext,
  bytes: Uint8Array,
  at: string,
): Promise<CheckedPackage & { summary: Summary }> {
  const meta = ws.meta();
  const own = await ownParty(ws, ctx, at);
  const opened = await openPackage(bytes, {
    as: 'recipient',
    ownFingerprint: own.fingerprint,
    ageIdentity: own.ageIdentity,
    signerKey: signerLookup(ws),
  });
  const { manifest } = opened;
  const expected = meta.mode === 'receiver' ? 'incidents' : 'receipt';
  if (manifest.kind !== expected) throw new AppError('PACKAGE_KIND_UNEXPECTED');
  if (manifest.training !== meta.training)
    throw new AppError(
      'PACKAGE_TRAINING_REFUSED',
      manifest.training
        ? 'Gói này lập từ sổ tập huấn (dữ liệu mẫu): sổ thật không nhận.'
        : 'Sổ tập huấn không nhận gói của sổ thật.',
    );
  const sender = manifest.sender.fingerprint;
  const seen = ws.packages.receivedSequences(sender, manifest.kind);
  if (seen.includes(manifest.sequence))
    throw new AppError(
      'PACKAGE_SEQUENCE_REPLAYED',
      `Gói số ${manifest.sequence} của ${manifest.sender.unitName} đã được nhập trước đây bằng một gói khác: đây có thể là gói cũ bị phát lại hoặc bị thay đổi. Không nhập; đối chiếu với đơn vị gửi.`,
    );
  const incidents = manifest.kind === 'incidents' ? validRecords(incidentPackageRecordSchema, opened.records) : [];
  const receipts = manifest.kind === 'receipt' ? validRecords(receiptRecordSchema, opened.records) : [];
  if (new Set(incidents.map((r) => r.id)).size !== incidents.length)
    throw new AppError('PACKAGE_RECORDS_INVALID', 'Gói có hai bản ghi cùng mã báo cáo. Không nhập gì.');
  const chainStatus = checkSenderChain(manifest.audit, ws.packages.list({ direction: 'received', peer: sender }));
  return {
    opened,
    chainStatus,
    incidents,
    receipts,
    summary: {
      packageId: manifest.packageId,
      kind: manifest.kind,
      sequence: manifest.sequence,
      hash: opened.hash,
      senderName: manifest.sender.unitName,
      senderFingerprint: sender,
      recipientName: manifest.recipient.unitName,
      recipientFingerprint: manifest.recipient.fingerprint,
      createdAt: manifest.createdAt,
      training: manifest.training,
      records: opened.records.length,
      missingSequences: missingSequences([...seen, manifest.sequence]),
      chainStatus,
    },
  };
}

/** A package imported before (same bytes) is described from the log, without opening it again. */
function alreadyImported(ws: Workspace, hash: string): Summary | null {
  const logged = ws.packages.list({ direction: 'received' }).find((p) => p.hash === hash);
  if (!logged) return null;
  const meta = ws.meta();
  return {
    packageId: logged.id,
    kind: logged.kind as Summary['kind'],
    sequence: logged.sequence,
    hash,
    senderName: logged.peerName,
    senderFingerprint: logged.peerFingerprint,
    recipientName: meta.unitName,
    recipientFingerprint: '',
    createdAt: logged.createdAt,
    training: meta.training,
    records: logged.recordCount,
    missingSequences: missingSequences(ws.packages.receivedSequences(logged.peerFingerprint, logged.kind)),
    chainStatus: logged.chainStatus,
  };
}

function readPackageFile(deps: Deps, path: string): Uint8Array {
  return deps.files.read(path, packageLimits.MAX_FILE_BYTES);
}

export async function verifyPackage(
  ws: Workspace,
  deps: Deps,
  ctx: CallContext,
  input: ParsedInput<'packages.verify'>,
  at: string,
): Promise<ChannelOutput<'packages.verify'>> {
  const bytes = readPackageFile(deps, input.path);
  const known = alreadyImported(ws, packageHash(bytes));
  if (known) return { ...known, alreadyImported: true };
  return { ...(await checkPackage(ws, ctx, bytes, at)).summary, alreadyImported: false };
}

/**
 * Imports a package all or nothing. A refused package leaves exactly one audited event (its hash and the reason)
 * and nothing of its content; the same package twice changes nothing and says so.
 */
export async function importPackage(
  ws: Workspace,
  deps: Deps,
  ctx: CallContext,
  input: ParsedInput<'packages.import'>,
  at: string,
): Promise<ChannelOutput<'packages.import'>> {
  let bytes: Uint8Array | null = null;
  try {
    bytes = readPackageFile(deps, input.path);
    const known = alreadyImported(ws, packageHash(bytes));
    if (known) return { ...known, alreadyImported: true, imported: 0, skipped: known.records };
    const checked = await checkPackage(ws, ctx, bytes, at);
    const counts = ws.transact(() =>
      checked.opened.manifest.kind === 'incidents'
        ? applyIncidents(ws, ctx, checked, at)
        : applyReceipts(ws, ctx, checked, at),
    );
    return { ...checked.summary, alreadyImported: false, ...counts };
  } catch (error) {
    if (isAppError(error) && error.code.startsWith('PACKAGE_')) recordRejection(ws, ctx, bytes, input.path, error, at);
    throw error;
  }
}

function recordRejection(
  ws: Workspace,
  ctx: CallContext,
  bytes: Uint8Array | null,
  path: string,
  error: AppError,
  at: string,
) {
  let packageId: string | null = null;
  try {
    packageId = bytes ? readPackageHeader(bytes).packageId : null;
  } catch {
    // The header itself is what was wrong; the hash identifies the file.
  }
  const hash = bytes ? packageHash(bytes) : null;
  ws.transact(() =>
    ws.audit.append(
      {
        actor: ctx.actor,
        action: 'package.rejected',
        entity: 'package',
        entityId: hash ?? 'unreadable',
        change: {
          info: {
            hash,
            packageId,
            bytes: bytes?.length ?? null,
            file: path.split(/[\\/]/).pop() ?? path,
            reason: error.code,
            message: error.message,
          },
        },
      },
      at,
    ),
  );
}

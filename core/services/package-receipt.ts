import type { ChannelOutput, ParsedInput } from '../api/contract.ts';
import type { CallContext, Deps } from '../api/context.ts';
import { AppError } from '../domain/errors.ts';
import type { Workspace } from '../ports/register-host.ts';
import { moveIncident } from './incidents.ts';
import { type SealedWrite, sentLogRecord, writeSealedPackage } from './package-export.ts';

/**
 * Receiver mode: acknowledges a received package with a signed receipt package written back to the stick. The
 * receipt names the package by id, number and hash, and the unit's chain head it carried, which the unit then sends
 * its next digests from.
 */
export async function issueReceipt(
  ws: Workspace,
  deps: Deps,
  ctx: CallContext,
  input: ParsedInput<'packages.receipt'>,
  at: string,
): Promise<ChannelOutput<'packages.receipt'>> {
  const received = ws.packages.get(input.packageId);
  if (received?.direction !== 'received' || received.kind !== 'incidents')
    throw new AppError('NOT_FOUND', `Chưa nhập gói báo cáo ${input.packageId}.`);
  const peer = ws.unitKeys.trusted().find((k) => k.fingerprint === received.peerFingerprint);
  if (!peer) throw new AppError('PACKAGE_SIGNER_UNKNOWN', `Không còn khóa tin cậy của ${received.peerName}.`);
  if (peer.revokedAt) throw new AppError('PACKAGE_SIGNER_REVOKED', `Khóa của ${received.peerName} đã bị thu hồi.`);
  const record = {
    packageId: received.id,
    sequence: received.sequence,
    hash: received.hash,
    incidentIds: received.recordIds.map((id) => id.slice(id.indexOf(':') + 1)),
    acknowledgedAt: at,
    acknowledgedBy: ctx.actor?.name ?? '',
    unitHead: { seq: received.headSeq, hash: received.headHash },
  };
  const job: SealedWrite = { kind: 'receipt', peer, records: [record], recordIds: [received.id], toDir: input.toDir };
  const written = await writeSealedPackage(ws, deps, ctx, job, at);
  ws.transact(() => {
    const logged = ws.packages.log(sentLogRecord(job, written, at));
    const acked = ws.packages.acknowledge(received.id, at);
    ws.audit.append(
      {
        actor: ctx.actor,
        action: 'package.receiptIssued',
        entity: 'package',
        entityId: written.packageId,
        change: {
          rows: acked ? [logged, acked] : [logged],
          info: { path: written.path, hash: written.hash, for: received.id, unit: peer.unitName },
        },
      },
      at,
    );
    for (const id of received.recordIds) {
      const incident = ws.incidents.get(id);
      if (incident?.state === 'received') moveIncident(ws, ctx, incident, 'acknowledged', at, { acknowledgedAt: at });
    }
  });
  return {
    path: written.path,
    packageId: written.packageId,
    sequence: written.sequence,
    hash: written.hash,
    recipientName: peer.unitName,
    recipientFingerprint: peer.fingerprint,
    records: 1,
    verified: true,
  };
}

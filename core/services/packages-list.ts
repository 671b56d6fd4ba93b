import type { ChannelOutput } from '../api/contract.ts';
import type { Workspace } from '../ports/register-host.ts';
import { missingSequences } from './package-parties.ts';

/** Both directions of the package log, and per partner unit what arrived, what is missing and its chain heads. */
export function listPackages(ws: Workspace): ChannelOutput<'packages.list'> {
  const packages = ws.packages.list({});
  const units = ws.unitKeys.trusted().map((key) => {
    const received = packages
      .filter((p) => p.direction === 'received' && p.peerFingerprint === key.fingerprint)
      .sort((a, b) => a.sequence - b.sequence);
    const sequences = received.filter((p) => p.kind === 'incidents').map((p) => p.sequence);
    return {
      fingerprint: key.fingerprint,
      unitName: key.unitName,
      revoked: key.revokedAt !== null,
      received: received.length,
      lastSequence: Math.max(0, ...sequences),
      missingSequences: missingSequences(sequences),
      incidents: ws.incidents.list({ unit: key.fingerprint }).length,
      heads: received.map((p) => ({
        packageId: p.id,
        sequence: p.sequence,
        seq: p.headSeq,
        hash: p.headHash,
        receivedAt: p.processedAt,
        chainStatus: p.chainStatus,
      })),
    };
  });
  return { packages, units };
}

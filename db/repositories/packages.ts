import type { PackageLogRecord, PackagesRepository } from '../../core/ports/exchange-store.ts';
import { deleteChange, insertChange, readRow, updateChange } from '../audit/audited-tables.ts';
import type { Sqlite } from '../connection.ts';

type Row = Record<string, unknown>;

const toRecord = (r: Row): PackageLogRecord => ({
  id: r.id as string,
  direction: r.direction as PackageLogRecord['direction'],
  kind: r.kind as string,
  peerFingerprint: r.peer_fingerprint as string,
  peerName: r.peer_name as string,
  sequence: r.sequence as number,
  hash: r.hash as string,
  createdAt: r.created_at as string,
  processedAt: r.processed_at as string,
  recordCount: r.record_count as number,
  headSeq: r.head_seq as number,
  headHash: r.head_hash as string,
  chainStatus: r.chain_status as PackageLogRecord['chainStatus'],
  recordIds: JSON.parse(r.record_ids_json as string) as string[],
  acknowledgedAt: (r.acknowledged_at as string | null) ?? null,
});

export function packagesRepository(sqlite: Sqlite): PackagesRepository {
  const lastSequence = sqlite.prepare(
    'SELECT last_sequence FROM package_sequences WHERE peer_fingerprint = ? AND kind = ?',
  );
  const upsertSequence = sqlite.prepare(
    `INSERT INTO package_sequences (peer_fingerprint, kind, last_sequence) VALUES (?, ?, ?)
     ON CONFLICT (peer_fingerprint, kind) DO UPDATE SET last_sequence = excluded.last_sequence`,
  );
  const dropSequence = sqlite.prepare('DELETE FROM package_sequences WHERE peer_fingerprint = ? AND kind = ?');
  const insert = sqlite.prepare(
    `INSERT INTO packages (id, direction, kind, peer_fingerprint, peer_name, sequence, hash, created_at, processed_at,
       record_count, head_seq, head_hash, chain_status, record_ids_json, acknowledged_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const byId = sqlite.prepare('SELECT * FROM packages WHERE id = ?');
  // One statement for every filter, prepared once (statements hold native memory the GC does not see).
  const listed = sqlite.prepare(
    `SELECT * FROM packages WHERE (@direction IS NULL OR direction = @direction) AND (@peer IS NULL OR peer_fingerprint = @peer)
     ORDER BY processed_at DESC, sequence DESC`,
  );
  const ack = sqlite.prepare('UPDATE packages SET acknowledged_at = ? WHERE id = ? AND acknowledged_at IS NULL');
  const received = sqlite.prepare(
    `SELECT sequence FROM packages WHERE direction = 'received' AND peer_fingerprint = ? AND kind = ? ORDER BY sequence`,
  );
  return {
    reserveSequence(peer, kind) {
      const before = readRow(sqlite, 'package_sequences', { peer_fingerprint: peer, kind });
      const sequence =
        ((lastSequence.get(peer, kind) as { last_sequence: number } | undefined)?.last_sequence ?? 0) + 1;
      upsertSequence.run(peer, kind, sequence);
      const after = readRow(sqlite, 'package_sequences', { peer_fingerprint: peer, kind }) ?? {};
      const change = before
        ? updateChange('package_sequences', before, after)
        : insertChange('package_sequences', after);
      return { sequence, change: change ?? insertChange('package_sequences', after) };
    },
    releaseSequence(peer, kind, sequence) {
      const before = readRow(sqlite, 'package_sequences', { peer_fingerprint: peer, kind });
      if (!before || before.last_sequence !== sequence) return null;
      // The first number given back leaves no row, exactly as before it was reserved.
      if (sequence === 1) {
        dropSequence.run(peer, kind);
        return deleteChange('package_sequences', before);
      }
      upsertSequence.run(peer, kind, sequence - 1);
      return updateChange(
        'package_sequences',
        before,
        readRow(sqlite, 'package_sequences', { peer_fingerprint: peer, kind }) ?? {},
      );
    },
    log(p) {
      insert.run(
        p.id,
        p.direction,
        p.kind,
        p.peerFingerprint,
        p.peerName,
        p.sequence,
        p.hash,
        p.createdAt,
        p.processedAt,
        p.recordCount,
        p.headSeq,
        p.headHash,
        p.chainStatus,
        JSON.stringify(p.recordIds),
        p.acknowledgedAt,
      );
      return insertChange('packages', readRow(sqlite, 'packages', { id: p.id }) ?? {});
    },
    get(id) {
      const row = byId.get(id) as Row | undefined;
      return row ? toRecord(row) : null;
    },
    list(filter) {
      return (listed.all({ direction: filter.direction ?? null, peer: filter.peer ?? null }) as Row[]).map(toRecord);
    },
    acknowledge(id, at) {
      const before = readRow(sqlite, 'packages', { id });
      if (!before || ack.run(at, id).changes === 0) return null;
      return updateChange('packages', before, readRow(sqlite, 'packages', { id }) ?? {});
    },
    receivedSequences(peer, kind) {
      return (received.all(peer, kind) as { sequence: number }[]).map((r) => r.sequence);
    },
  };
}

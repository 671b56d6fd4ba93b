import type { Sqlite } from '../connection.ts';

/**
 * The chain's (seq, hash) pairs after a point, for a package's manifest: the receiver compares them with the heads
 * it saw before, so a rewritten chain cannot pass as a grown one.
 */
export function auditDigestsReader(sqlite: Sqlite): (afterSeq: number) => { seq: number; hash: string }[] {
  const since = sqlite.prepare('SELECT seq, hash FROM audit_events WHERE seq > ? ORDER BY seq');
  return (afterSeq) => since.all(afterSeq) as { seq: number; hash: string }[];
}

import { hash } from 'node:crypto';
import { chainHash } from '../../core/domain/audit-hash.ts';
import type { Sqlite } from '../connection.ts';

/** Where a walk starts: after this event, whose hash the next one must link to (null: not known, a chunk's edge). */
export interface ChainStart {
  seq: number;
  hash: string | null;
}

/** The first place where the chain does not hold, by seq (for a gap: the seq that is missing). */
export interface ChainBreak {
  seq: number;
  code: 'EVENT_MISSING' | 'LINK_BROKEN' | 'EVENT_EDITED';
}

/** What one walk over a range found: its first and last event and the first break inside it. */
export interface ChainSpan {
  first: { seq: number; prevHash: string } | null;
  last: { seq: number; hash: string } | null;
  broken: ChainBreak | null;
}

/**
 * The canonical JSON of an event body (core/domain/audit-hash.ts) built by SQLite from the stored columns: RFC 8785
 * key order (action, actorId, actorName, at, change, entity, entityId, seq), `change` as the append path stored it
 * (already canonical JSON), json_quote escaping exactly as JSON.stringify does, one format() instead of fifteen
 * concatenations. One string per event crosses into JavaScript instead of eight, and nothing is parsed or
 * re-serialised. An event whose bytes come out differently is judged again by the exact canonical serialisation
 * (`slowCheck`), so this only makes the common case fast. It must never pass what the exact check would not: the
 * rendering is injective for text, numbers and NULL, and a BLOB anywhere (which json_quote refuses, and which must not
 * render like the NULL or text it replaced) makes the whole body NULL, which goes to the exact check.
 */
const QUOTED = ['action', 'actor_id', 'actor_name', 'at', 'entity', 'entity_id'];
export const CANONICAL_BODY = `iif('blob' IN (${QUOTED.map((c) => `typeof(${c})`).join(', ')}), NULL, format(
  '{"action":%s,"actorId":%s,"actorName":%s,"at":%s,"change":%s,"entity":%s,"entityId":%s,"seq":%d}',
  json_quote(action), json_quote(actor_id), json_quote(actor_name), json_quote(at), change,
  json_quote(entity), json_quote(entity_id), seq))`;

const SPAN_SQL = `SELECT seq, ${CANONICAL_BODY}, prev_hash, hash FROM audit_events WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?`;

interface StoredEvent {
  seq: number;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  entity: string;
  entity_id: string;
  change: string;
  prev_hash: string;
  hash: string;
}

/** The hash check exactly as written before the fast path: parse `change`, canonicalise the body, chain it. */
function slowCheck(row: StoredEvent): boolean {
  let change: unknown = {};
  try {
    change = JSON.parse(row.change);
  } catch {
    // The replay names the unreadable event; for the chain it is an edited one.
  }
  const body = {
    seq: row.seq,
    at: row.at,
    actorId: row.actor_id,
    actorName: row.actor_name,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    change,
  };
  return typeof row.prev_hash === 'string' && chainHash(row.prev_hash, body) === row.hash;
}

export interface ChainWalker {
  /** Checks up to `limit` more events; returns how many it read (0 when the range is done or broken). */
  step(limit: number): number;
  span(): ChainSpan;
}

/**
 * Walks events start.seq+1 … to in order, in batches of one prepared statement (raw rows, no objects), and stops at
 * the first break. Each event stores its predecessor's hash, so a range can be walked without the events before
 * it (start.hash null) and joined to its neighbour afterwards (`joinSpans`).
 */
export function chainWalker(sqlite: Sqlite, start: ChainStart, to: number): ChainWalker {
  const rows = sqlite.prepare(SPAN_SQL).raw();
  const fullRow = sqlite.prepare('SELECT * FROM audit_events WHERE seq = ?');
  const lastRow = sqlite.prepare('SELECT seq, hash FROM audit_events WHERE seq <= ? ORDER BY seq DESC LIMIT 1').raw();
  // prev_hash ‖ SHA-256(body) for the link hash, reused for every event.
  const link = Buffer.alloc(64);
  // The last event that held: its seq and hash (the next event must link to it).
  let after = start.seq;
  let prev = start.hash;
  let first: ChainSpan['first'] = null;
  let tail: ChainSpan['last'] = null;
  let broken: ChainBreak | null = null;
  let done = false;

  const stop = (at: ChainBreak) => {
    broken = at;
    done = true;
    // The span still ends where the range ends, so that the head check sees the real last event.
    const row = lastRow.get(to) as [number, string] | undefined;
    if (row && row[0] > after) tail = { seq: row[0], hash: row[1] };
  };

  return {
    step(limit) {
      if (done) return 0;
      let read = 0;
      let suspect = 0;
      for (const row of rows.iterate(after, to, limit) as IterableIterator<[number, string | null, string, string]>) {
        read++;
        const seq = row[0];
        const prevHash = row[2];
        if (first === null) {
          first = { seq, prevHash };
          // A chunk's first event links to an event another walker checks: joinSpans compares the edge.
          if (prev === null) prev = prevHash;
          else if (seq !== after + 1) {
            stop({ seq: after + 1, code: 'EVENT_MISSING' });
            return read;
          }
        } else if (seq !== after + 1) {
          stop({ seq: after + 1, code: 'EVENT_MISSING' });
          return read;
        }
        if (prevHash !== prev) {
          stop({ seq, code: 'LINK_BROKEN' });
          return read;
        }
        const body = row[1];
        if (body === null) {
          suspect = seq;
          break;
        }
        link.write(prevHash, 0, 'hex');
        // The digest as 'binary' (latin1) is its 32 bytes one per character: no hex encoding and decoding on the way.
        link.write(hash('sha256', body, 'binary'), 32, 'binary');
        if (hash('sha256', link, 'hex') !== row[3]) {
          suspect = seq;
          break; // closes the iterator, so the statement below may run on this connection
        }
        prev = row[3];
        after = seq;
      }
      if (suspect !== 0) {
        const row = fullRow.get(suspect) as StoredEvent;
        if (!slowCheck(row)) {
          stop({ seq: suspect, code: 'EVENT_EDITED' });
          return read;
        }
        prev = row.hash;
        after = suspect;
        return read;
      }
      if (read < limit) done = true;
      return read;
    },
    span: () => ({
      first,
      last: tail ?? (after > start.seq && prev !== null ? { seq: after, hash: prev } : null),
      broken,
    }),
  };
}

/** Walks a whole range in one go (small registers, and each worker's share of a large one). */
export function walkChain(
  sqlite: Sqlite,
  start: ChainStart,
  to: number,
  onBatch?: (read: number) => void,
  batch = 16_384,
): ChainSpan {
  const walker = chainWalker(sqlite, start, to);
  for (let read = walker.step(batch); read > 0; read = walker.step(batch)) onBatch?.(read);
  return walker.span();
}

/**
 * Joins spans walked side by side, in seq order, into what one walk from `start` would have found: the first break
 * (inside a span, or at an edge where a span does not follow on from the one before) and the last event.
 */
export function joinSpans(start: { seq: number; hash: string }, spans: ChainSpan[]): ChainSpan {
  let expected = start.seq + 1;
  let prev = start.hash;
  let first: ChainSpan['first'] = null;
  let broken: ChainBreak | null = null;
  let last: ChainSpan['last'] = null;
  for (const span of spans) {
    if (!span.first || !span.last) continue;
    first ??= span.first;
    if (!broken) {
      if (span.first.seq !== expected) broken = { seq: expected, code: 'EVENT_MISSING' };
      else if (span.first.prevHash !== prev) broken = { seq: span.first.seq, code: 'LINK_BROKEN' };
      else if (span.broken) broken = span.broken;
    }
    expected = span.last.seq + 1;
    prev = span.last.hash;
    last = span.last;
  }
  return { first, last, broken };
}

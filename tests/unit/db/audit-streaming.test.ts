import type { AuditAction } from '../../../core/shared/audit-catalogue.ts';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditProgress } from '../../../core/domain/audit.ts';
import { chainHash } from '../../../core/domain/audit-hash.ts';
import { canonicalJson } from '../../../core/domain/canonical-json.ts';
import { CANONICAL_BODY } from '../../../db/audit/chain-walk.ts';
import { checkSinceLastCheckpoint } from '../../../db/audit/checkpoint.ts';
import { type VerifyEnv, verifyAudit } from '../../../db/audit/verify.ts';
import type { Sqlite } from '../../../db/connection.ts';
import { masterKeyOf, openRaw } from '../../support/raw-register.ts';
import { createTestRegister, type TestRegister, VERIFY_WORKERS } from '../../support/temp-register.ts';

/**
 * The streaming chain walk (db/audit/chain-walk.ts): the canonical event SQLite builds must be byte for byte what
 * the app hashed; where it is not, the exact canonicalisation decides, as before; progress and cancel; and the daily
 * check from the last recorded position, which must never hide a rewritten prefix from the full walk.
 */
let r: TestRegister;
let db: Sqlite;
let registerId: string;
let master: Buffer;
afterEach(() => {
  db?.close();
  r?.cleanup();
});

const ODD_NAMES = [
  'dấu "ngoặc" và \\ gạch',
  'xuống\ndòng\tvà\u0001điều khiển\u007f',
  'Nguyễn Văn Ánh'.normalize('NFD'), // the contract normalises input; the chain hashes whatever was stored
  'chữ Hán 漢字 và 😀',
  '\u2028\u2029',
];

async function register(): Promise<void> {
  r = await createTestRegister();
  await r.call('agreements.updateEquivalences', {
    code: 'VN-IT',
    equivalences: [{ foreignMarking: 'SEGRETO', vnLevel: 'toi_mat', sourceClause: 'Điều 4' }],
  });
  const ws = r.host.workspace();
  if (!ws) throw new Error('locked');
  registerId = ws.meta().registerId;
  // Names and info as odd as JSON gets, written through the app's own append path.
  for (const name of ODD_NAMES)
    ws.transact(() =>
      ws.audit.append(
        {
          actor: { id: 'thu-nghiem', name, roles: ['admin'], department: null },
          action: 'test.odd' as AuditAction,
          entity: 'register',
          entityId: name,
          change: { info: { text: name, number: 1.5e-7, big: 2 ** 53, nested: [{ z: 1, a: null }] } },
        },
        r.clock.now().toISOString(),
      ),
    );
  // An event without an actor, as a failed unlock is recorded.
  ws.transact(() =>
    ws.audit.append(
      { actor: null, action: 'test.no_actor' as AuditAction, entity: 'user', entityId: 'ai-do', change: {} },
      r.clock.now().toISOString(),
    ),
  );
  r.host.lock();
  master = await masterKeyOf(r.path, r.recoveryCode);
  db = await openRaw(r.path, r.recoveryCode);
  db.exec('DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete;');
}

const workersEnv = (): VerifyEnv => ({
  registerId,
  workers: {
    parallel: { ...VERIFY_WORKERS, minEvents: 0, chunkEvents: 2, walkHere: false },
    access: { path: r.path, key: () => Buffer.from(master) },
  },
});

/** What someone holding the key does to hide an edit: recompute every hash from there on, and the head. */
function rewriteFrom(seq: number, edit: string): void {
  db.prepare('UPDATE audit_events SET actor_name = ? WHERE seq = ?').run(edit, seq);
  let prev = (db.prepare('SELECT hash FROM audit_events WHERE seq = ?').get(seq - 1) as { hash: string }).hash;
  const rows = db.prepare('SELECT * FROM audit_events WHERE seq >= ? ORDER BY seq').all(seq) as Record<
    string,
    string | number | null
  >[];
  for (const e of rows) {
    const hash = chainHash(prev, {
      seq: e.seq as number,
      at: e.at as string,
      actorId: e.actor_id as string | null,
      actorName: e.actor_name as string | null,
      action: e.action as string,
      entity: e.entity as string,
      entityId: e.entity_id as string,
      change: JSON.parse(e.change as string),
    });
    db.prepare('UPDATE audit_events SET prev_hash = ?, hash = ? WHERE seq = ?').run(prev, hash, e.seq);
    prev = hash;
  }
  db.prepare('UPDATE audit_head SET seq = ?, hash = ?').run(rows.at(-1)?.seq, prev);
}

describe('the canonical event built by SQLite', () => {
  it('is byte for byte the canonical JSON the app hashed, for every event, odd text included', async () => {
    await register();
    const rows = db.prepare(`SELECT *, ${CANONICAL_BODY} AS fast FROM audit_events ORDER BY seq`).all() as Record<
      string,
      string | number | null
    >[];
    expect(rows.length).toBeGreaterThan(ODD_NAMES.length);
    for (const e of rows) {
      const body = {
        seq: e.seq,
        at: e.at,
        actorId: e.actor_id,
        actorName: e.actor_name,
        action: e.action,
        entity: e.entity,
        entityId: e.entity_id,
        change: JSON.parse(e.change as string),
      };
      expect(e.fast).toBe(canonicalJson(body));
    }
    expect((await verifyAudit(db, { registerId })).problems).toEqual([]);
  });

  it('a stored change that is not canonical but means the same is judged by the canonical form, as before', async () => {
    await register();
    db.prepare(`UPDATE audit_events SET change = replace(change, '{"info":', '{ "info" : ') WHERE seq = 2`).run();
    expect((await verifyAudit(db, { registerId })).problems).toEqual([]);
  });

  it('a column turned into a BLOB is named as an edited event, also where NULL was, and does not stop the walk', async () => {
    await register();
    db.prepare('UPDATE audit_events SET at = CAST(at AS BLOB) WHERE seq = 3').run();
    for (const env of [{ registerId }, workersEnv()])
      expect((await verifyAudit(db, env)).problems[0]).toMatchObject({ seq: 3, code: 'EVENT_EDITED' });
    db.prepare('UPDATE audit_events SET at = CAST(at AS TEXT) WHERE seq = 3').run();
    expect((await verifyAudit(db, { registerId })).ok).toBe(true);
    // The setup events have no actor id: a BLOB there must not read as the NULL it replaced.
    const seq = db.prepare('SELECT min(seq) FROM audit_events WHERE actor_id IS NULL').pluck().get() as number;
    expect(seq).toBeGreaterThan(0);
    db.prepare("UPDATE audit_events SET actor_id = x'00' WHERE seq = ?").run(seq);
    for (const env of [{ registerId }, workersEnv()])
      expect((await verifyAudit(db, env)).problems[0]).toMatchObject({ seq, code: 'EVENT_EDITED' });
  });

  it('names a break at the edge between two chunks as one walk would', async () => {
    await register();
    // Chunks of two events (workersEnv): events 1, 3, 5, … each start a chunk, walked here or by a worker.
    const count = db.prepare('SELECT max(seq) FROM audit_events').pluck().get() as number;
    const edge = 2 * Math.floor(count / 4) + 1;
    expect(edge).toBeGreaterThan(2);
    db.prepare('UPDATE audit_events SET entity_id = ? WHERE seq = ?').run('khac', edge);
    expect((await verifyAudit(db, workersEnv())).problems[0]).toMatchObject({ seq: edge, code: 'EVENT_EDITED' });
    db.prepare('DELETE FROM audit_field_values WHERE seq = ?').run(edge);
    db.prepare('DELETE FROM audit_events WHERE seq = ?').run(edge);
    expect((await verifyAudit(db, workersEnv())).problems[0]).toMatchObject({ seq: edge, code: 'EVENT_MISSING' });
  });
});

describe('progress and cancel', () => {
  it('reports the chain and the replay up to every event, in this thread and in worker threads', async () => {
    await register();
    // Also as the CLI runs it: this thread walks chunks beside the worker.
    const mixed = workersEnv();
    if (mixed.workers) mixed.workers.parallel = { ...mixed.workers.parallel, walkHere: true };
    for (const env of [{ registerId }, workersEnv(), mixed]) {
      const seen: AuditProgress[] = [];
      const report = await verifyAudit(db, env, undefined, { onProgress: (p) => seen.push(p) });
      expect(report.ok).toBe(true);
      for (const phase of ['chain', 'replay'] as const)
        expect(seen.filter((p) => p.phase === phase).at(-1)).toEqual({
          phase,
          done: report.events,
          total: report.events,
        });
    }
  });

  it('stops with CANCELLED when the signal aborts, in this thread and in worker threads', async () => {
    await register();
    const controller = new AbortController();
    await expect(
      verifyAudit(db, { registerId }, undefined, { signal: controller.signal, onProgress: () => controller.abort() }),
    ).rejects.toMatchObject({ code: 'CANCELLED' });
    const inWorkers = new AbortController();
    const running = verifyAudit(db, workersEnv(), undefined, { signal: inWorkers.signal });
    inWorkers.abort();
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED' });
    // Nothing was left half-done: the next check runs to the end.
    expect((await verifyAudit(db, workersEnv())).ok).toBe(true);
  });
});

describe('the daily check from the last recorded position', () => {
  /** Records a sound check as the service does (core/services/audit-daily.ts). */
  function record(report: Awaited<ReturnType<typeof checkSinceLastCheckpoint>>): void {
    const head = db.prepare('SELECT seq, hash FROM audit_head').get() as { seq: number; hash: string };
    const seq = head.seq + 1;
    const body = {
      seq,
      at: '2026-11-23T09:00:00.000Z',
      actorId: null,
      actorName: null,
      action: 'audit.checked',
      entity: 'register',
      entityId: registerId,
      change: { info: { scope: 'daily', from: report.from, through: report.through, events: report.events, ok: true } },
    };
    const hash = chainHash(head.hash, body);
    db.prepare(
      'INSERT INTO audit_events (seq, at, actor_id, actor_name, action, entity, entity_id, change, prev_hash, hash) VALUES (?, ?, NULL, NULL, ?, ?, ?, ?, ?, ?)',
    ).run(seq, body.at, body.action, body.entity, body.entityId, canonicalJson(body.change), head.hash, hash);
    db.prepare('UPDATE audit_head SET seq = ?, hash = ?').run(seq, hash);
  }

  it('walks from the start the first time, then only the events since the position it recorded', async () => {
    await register();
    const first = await checkSinceLastCheckpoint(db, { registerId });
    expect(first).toMatchObject({ ok: true, from: { seq: 0 }, problems: [] });
    expect(first.events).toBe(first.through.seq);
    record(first);
    const second = await checkSinceLastCheckpoint(db, workersEnv());
    expect(second).toMatchObject({ ok: true, from: first.through, events: 1, problems: [] });
  });

  it('does not re-walk a prefix, so an edit before the position is the full walk’s to find', async () => {
    await register();
    record(await checkSinceLastCheckpoint(db, { registerId }));
    db.prepare("UPDATE audit_events SET actor_name = 'nguoi-khac' WHERE seq = 2").run();
    expect((await checkSinceLastCheckpoint(db, { registerId })).ok).toBe(true);
    expect((await verifyAudit(db, { registerId })).problems[0]).toMatchObject({ seq: 2, code: 'EVENT_EDITED' });
  });

  it('finds a prefix rewritten with every hash recomputed; so does the full walk, by the recorded position', async () => {
    await register();
    const first = await checkSinceLastCheckpoint(db, { registerId });
    record(first);
    rewriteFrom(2, 'nguoi-khac');
    // The chain itself is consistent again: only the positions recorded earlier show the rewrite.
    const daily = await checkSinceLastCheckpoint(db, { registerId });
    expect(daily.problems[0]).toMatchObject({ seq: first.through.seq, code: 'ANCHOR_MISMATCH' });
    const full = await verifyAudit(db, workersEnv());
    expect(full.problems).toEqual([
      expect.objectContaining({
        seq: first.through.seq,
        code: 'ANCHOR_MISMATCH',
        reason: expect.stringContaining('hằng ngày'),
      }),
    ]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import type { Sqlite } from '../../../db/connection.ts';
import { type VerifyEnv, verifyAudit } from '../../../db/audit/verify.ts';
import { masterKeyOf, openRaw } from '../../support/raw-register.ts';
import { createTestRegister, type TestRegister, VERIFY_WORKERS } from '../../support/temp-register.ts';

/**
 * Tampering through raw SQL with the key, as someone holding it could: every case must make verify fail and name
 * the place (first broken seq, or the table and key of the data row).
 */
let r: TestRegister;
let db: Sqlite;
let registerId: string;
let master: Buffer;

async function tamperable(): Promise<void> {
  r = await createTestRegister();
  await r.call('agreements.updateEquivalences', {
    code: 'VN-IT',
    equivalences: [
      { foreignMarking: 'SEGRETO', vnLevel: 'toi_mat', sourceClause: 'Điều 4' },
      { foreignMarking: 'RISERVATO', vnLevel: null, sourceClause: 'Điều 4' },
    ],
  });
  registerId = r.host.workspace()?.meta().registerId ?? '';
  r.host.lock();
  master = await masterKeyOf(r.path, r.recoveryCode);
  db = await openRaw(r.path, r.recoveryCode);
  // The attacker holds the key, so the append-only triggers are no obstacle.
  db.exec('DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete;');
}

afterEach(() => {
  db?.close();
  r?.cleanup();
});

/**
 * Every case runs twice: walked in this thread, and cut into chunks of two events walked by worker threads beside
 * the integrity and replay workers (minEvents 0 and walkHere false force them on a register of a few events), so the
 * join at every edge is what is tested.
 */
const MODES = ['this thread', 'worker threads'] as const;
type Mode = (typeof MODES)[number];
const envOf = (mode: Mode): VerifyEnv => ({
  registerId,
  workers:
    mode === 'worker threads'
      ? {
          parallel: { ...VERIFY_WORKERS, minEvents: 0, chunkEvents: 2, walkHere: false },
          access: { path: r.path, key: () => Buffer.from(master) },
        }
      : undefined,
});

describe.each(MODES)('audit verify (%s)', (mode) => {
  const verify = (anchor?: { seq: number; hash: string }) => verifyAudit(db, envOf(mode), anchor);

  it('passes on an untouched register, counting every event and giving the head', async () => {
    await tamperable();
    const report = await verify();
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.events).toBe(5);
    expect(report.head.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names an edited event', async () => {
    await tamperable();
    db.prepare("UPDATE audit_events SET actor_name = 'nguoi-khac' WHERE seq = 2").run();
    expect((await verify()).problems[0]).toMatchObject({ seq: 2, reason: expect.stringContaining('bị sửa') });
  });

  it('names a deleted event', async () => {
    await tamperable();
    db.prepare('DELETE FROM audit_field_values WHERE seq = 3').run();
    db.prepare('DELETE FROM audit_events WHERE seq = 3').run();
    expect((await verify()).problems[0]).toMatchObject({
      seq: 3,
      reason: expect.stringContaining('Thiếu sự kiện số 3'),
    });
  });

  it('names an inserted event', async () => {
    await tamperable();
    const e = db.prepare('SELECT * FROM audit_events WHERE seq = 5').get() as Record<string, unknown>;
    db.prepare('UPDATE audit_head SET seq = 6').run();
    db.prepare(
      'INSERT INTO audit_events (seq, at, actor_id, actor_name, action, entity, entity_id, change, prev_hash, hash) VALUES (6, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(e.at, e.actor_id, e.actor_name, 'fake', e.entity, e.entity_id, '{}', 'ab'.repeat(32), 'cd'.repeat(32));
    expect((await verify()).problems[0]).toMatchObject({ seq: 6 });
  });

  it('names reordered events', async () => {
    await tamperable();
    db.exec('PRAGMA foreign_keys = OFF');
    db.prepare('UPDATE audit_events SET seq = 100 WHERE seq = 2').run();
    db.prepare('UPDATE audit_events SET seq = 2 WHERE seq = 3').run();
    db.prepare('UPDATE audit_events SET seq = 3 WHERE seq = 100').run();
    expect((await verify()).problems[0]).toMatchObject({ seq: 2 });
  });

  it('names a cut-off tail (the head row and the last event disagree)', async () => {
    await tamperable();
    db.prepare('DELETE FROM audit_field_values WHERE seq = 5').run();
    db.prepare('DELETE FROM audit_events WHERE seq = 5').run();
    expect((await verify()).problems[0]).toMatchObject({ reason: expect.stringContaining('Đuôi chuỗi') });
  });

  it('names a cut-off tail whose head row was rewritten too, against an anchor printed earlier', async () => {
    await tamperable();
    const printed = (await verify()).head;
    const four = db.prepare('SELECT hash FROM audit_events WHERE seq = 4').get() as { hash: string };
    db.prepare('DELETE FROM audit_field_values WHERE seq = 5').run();
    db.prepare('DELETE FROM audit_events WHERE seq = 5').run();
    db.prepare('UPDATE audit_head SET seq = 4, hash = ?').run(four.hash);
    // Rebuild the data rows the cut events explained, as a careful attacker would.
    db.prepare("DELETE FROM agreement_equivalences WHERE agreement_code = 'VN-IT'").run();
    const seeded = db
      .prepare(
        'SELECT json_extract(fields, \'$."rows.4.after"[1].updated_at\') AS value FROM audit_field_values WHERE seq = 3',
      )
      .get() as { value: string };
    db.prepare("UPDATE agreements SET updated_at = ? WHERE code = 'VN-IT'").run(seeded.value);
    expect((await verify()).ok).toBe(true);
    expect((await verify(printed)).problems[0]).toMatchObject({
      seq: 5,
      reason: expect.stringContaining('mốc'),
    });
  });

  it('names an edited field value in the history (the event and the row image that holds it)', async () => {
    await tamperable();
    db.prepare(
      `UPDATE audit_field_values SET fields = replace(fields, '"SEGRETO"', '"SEGRETISSIMO"') WHERE seq = 5`,
    ).run();
    expect((await verify()).problems).toContainEqual(
      expect.objectContaining({
        seq: 5,
        path: expect.stringMatching(/^rows\.\d+\.after$/),
        table: 'agreement_equivalences',
        key: 'VN-IT#0',
        reason: expect.stringContaining('Giá trị'),
      }),
    );
  });

  it.each([
    ['edited', "UPDATE agreement_equivalences SET vn_level = 'mat' WHERE position = 0", 'bị sửa', 'VN-IT#0'],
    ['deleted', 'DELETE FROM agreement_equivalences WHERE position = 1', 'bị xóa', 'VN-IT#1'],
    [
      'inserted',
      "INSERT INTO agreement_equivalences VALUES ('VN-LA', 0, 'X', 'mat', 'Điều 1', NULL)",
      'bị chèn',
      'VN-LA#0',
    ],
  ])('names a data row %s outside the app', async (_what, sql, reason, key) => {
    await tamperable();
    db.prepare(sql).run();
    expect((await verify()).problems).toEqual([
      expect.objectContaining({ table: 'agreement_equivalences', key, reason: expect.stringContaining(reason) }),
    ]);
  });

  it('names an edited user row (roles raised outside the app)', async () => {
    await tamperable();
    db.prepare(`UPDATE users SET roles = '["admin","security_officer","auditor"]'`).run();
    expect((await verify()).problems).toEqual([
      expect.objectContaining({ table: 'users', reason: expect.stringContaining('cột roles') }),
    ]);
  });
});

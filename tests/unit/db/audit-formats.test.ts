import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { RowChange } from '../../../core/domain/audit.ts';
import { chainHash, saltedDigestOfJson } from '../../../core/domain/audit-hash.ts';
import { canonicalJson } from '../../../core/domain/canonical-json.ts';
import { readRow, updateChange } from '../../../db/audit/audited-tables.ts';
import { verifyAudit } from '../../../db/audit/verify.ts';
import type { Sqlite } from '../../../db/connection.ts';
import { openRaw } from '../../support/raw-register.ts';
import { ADMIN, createTestRegister, type TestRegister } from '../../support/temp-register.ts';

/**
 * Row images are sealed one digest per image (core/domain/audit.ts). Registers written before keep events with one
 * digest per column; both must verify, list and redact, and tampering must be named in both.
 */
let r: TestRegister;
const opened: Sqlite[] = [];
afterEach(() => {
  while (opened.length) opened.pop()?.close();
  r?.cleanup();
});

const AT = '2026-11-23T08:30:00.000Z';
const SECRET = 'MẬT-NHẬP-NHẦM-4711';
const EQ = { agreement_code: 'VN-IT', position: 0 };

async function raw(): Promise<Sqlite> {
  const db = await openRaw(r.path, r.recoveryCode);
  opened.push(db);
  return db;
}

/** Appends an event exactly as the app wrote them before sealed images: a salted digest per column. */
function appendPerColumn(db: Sqlite, rows: RowChange[]): number {
  const head = db.prepare('SELECT seq, hash FROM audit_head WHERE id = 1').get() as { seq: number; hash: string };
  const seq = head.seq + 1;
  const stored: Record<string, [string, string]> = {};
  const digestRows = rows.map((row, i) => {
    const out: Record<string, unknown> = { table: row.table, key: row.key, op: row.op };
    for (const side of ['before', 'after'] as const) {
      const values = row[side];
      if (!values) continue;
      out[side] = Object.fromEntries(
        Object.entries(values).map(([field, value]) => {
          const salt = randomBytes(16).toString('hex');
          const json = canonicalJson(value);
          stored[`rows.${i}.${side}.${field}`] = [salt, json];
          return [field, saltedDigestOfJson(salt, json)];
        }),
      );
    }
    return out;
  });
  const body = {
    seq,
    at: AT,
    actorId: null,
    actorName: 'phien-ban-truoc',
    action: 'agreement.equivalences.replaced',
    entity: 'agreement',
    entityId: 'VN-IT',
    change: { rows: digestRows },
  };
  const hash = chainHash(head.hash, body);
  db.prepare(
    'INSERT INTO audit_events (seq, at, actor_id, actor_name, action, entity, entity_id, change, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(
    seq,
    AT,
    null,
    body.actorName,
    body.action,
    body.entity,
    body.entityId,
    canonicalJson(body.change),
    head.hash,
    hash,
  );
  db.prepare('INSERT INTO audit_field_values (seq, fields) VALUES (?, ?)').run(seq, JSON.stringify(stored));
  db.prepare('UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1').run(seq, hash);
  return seq;
}

/** A register whose VN-IT row 0 got SECRET in its note from an earlier version of the app (a per-column event). */
async function withEarlierEvent(): Promise<{ registerId: string; seq: number }> {
  r = await createTestRegister();
  await r.call('agreements.updateEquivalences', {
    code: 'VN-IT',
    equivalences: [{ foreignMarking: 'SEGRETO', vnLevel: 'toi_mat', sourceClause: 'Điều 4' }],
  });
  const registerId = r.host.workspace()?.meta().registerId ?? '';
  r.host.lock();
  const db = await raw();
  const before = readRow(db, 'agreement_equivalences', EQ) ?? {};
  db.prepare('UPDATE agreement_equivalences SET note = ? WHERE agreement_code = ? AND position = ?').run(
    SECRET,
    'VN-IT',
    0,
  );
  const change = updateChange('agreement_equivalences', before, readRow(db, 'agreement_equivalences', EQ) ?? {});
  if (!change) throw new Error('no change');
  const seq = appendPerColumn(db, [change]);
  expect((await verifyAudit(db, { registerId })).problems).toEqual([]);
  opened.pop()?.close();
  return { registerId, seq };
}

describe('events written before sealed row images', () => {
  it('verify and list as before, and a changed column is named', async () => {
    const { registerId, seq } = await withEarlierEvent();
    await r.host.unlock(ADMIN.name, ADMIN.password, AT);
    const [listed] = await r.call('audit.list', { actor: 'phien-ban-truoc' });
    expect(listed?.rows[0]?.fields).toContainEqual({ field: 'note', before: null, after: SECRET });
    r.host.lock();
    const db = await raw();
    db.exec('DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete;');
    db.prepare('UPDATE audit_field_values SET fields = replace(fields, ?, ?) WHERE seq = ?').run('4711', '4712', seq);
    expect((await verifyAudit(db, { registerId })).problems).toContainEqual(
      expect.objectContaining({ seq, path: 'rows.0.after.note', code: 'VALUE_EDITED' }),
    );
  });

  it('redact together with the sealed images that hold the same value; the chain still verifies', async () => {
    const { seq } = await withEarlierEvent();
    await r.host.unlock(ADMIN.name, ADMIN.password, AT);
    // This version's edit keeps the old note in its sealed "before" image.
    await r.call('agreements.updateEquivalences', {
      code: 'VN-IT',
      equivalences: [{ foreignMarking: 'SEGRETO', vnLevel: 'toi_mat', sourceClause: 'Điều 4', note: 'Ghi chú đúng' }],
    });
    const result = await r.call('audit.redact', {
      seq,
      path: 'rows.0.after.note',
      reason: 'Cán bộ gõ nhầm nội dung mật vào ô ghi chú',
    });
    expect(result).toMatchObject({ removed: 2, table: 'agreement_equivalences', key: 'VN-IT#0', field: 'note' });
    expect((await r.call('audit.verify', {})).problems).toEqual([]);
    const listed = await r.call('audit.list', { limit: 50 });
    expect(JSON.stringify(listed)).not.toContain(SECRET);
    expect(JSON.stringify(listed)).toContain('[đã xóa]');
    r.host.lock();
    const db = await raw();
    const hits = db.prepare('SELECT count(*) AS n FROM audit_field_values WHERE fields LIKE ?').get(`%${SECRET}%`);
    expect(hits).toEqual({ n: 0 });
  });
});

describe('sealed row images', () => {
  async function sealedSecret(): Promise<{ seq: number; path: string }> {
    r = await createTestRegister();
    await r.call('agreements.updateEquivalences', {
      code: 'VN-IT',
      equivalences: [{ foreignMarking: 'SEGRETO', vnLevel: 'toi_mat', sourceClause: 'Điều 4', note: SECRET }],
    });
    const [event] = await r.call('audit.list', { action: 'agreement.equivalences', limit: 1 });
    const index = event?.rows.findIndex((x) => x.table === 'agreement_equivalences') ?? -1;
    return { seq: event?.seq ?? 0, path: `rows.${index}.after` };
  }

  it('are re-sealed by redaction (twice over), and what is left stays tamper-evident', async () => {
    const { seq, path } = await sealedSecret();
    const registerId = r.host.workspace()?.meta().registerId ?? '';
    const reason = 'Cán bộ gõ nhầm nội dung mật vào ô ghi chú';
    await r.call('audit.redact', { seq, path: `${path}.note`, reason });
    await r.call('audit.redact', { seq, path: `${path}.source_clause`, reason });
    expect((await r.call('audit.verify', {})).problems).toEqual([]);
    const [redaction] = await r.call('audit.list', { action: 'audit.redacted', limit: 1 });
    expect(redaction?.info).toMatchObject({
      resealed: [{ seq, path, digest: expect.stringMatching(/^[0-9a-f]{64}$/) }],
    });
    const [event] = await r.call('audit.list', { beforeSeq: seq + 1, limit: 1 });
    const fields = event?.rows.find((x) => x.table === 'agreement_equivalences')?.fields ?? [];
    expect(fields).toContainEqual({ field: 'note', after: '[đã xóa]' });
    expect(fields).toContainEqual({ field: 'source_clause', after: '[đã xóa]' });
    expect(fields).toContainEqual({ field: 'foreign_marking', after: 'SEGRETO' });
    r.host.lock();
    const db = await raw();
    db.prepare(
      `UPDATE audit_field_values SET fields = json_set(fields, '$."${path}"[1].vn_level', 'mat') WHERE seq = ?`,
    ).run(seq);
    expect((await verifyAudit(db, { registerId })).problems).toContainEqual(
      expect.objectContaining({ seq, path, table: 'agreement_equivalences', key: 'VN-IT#0', code: 'VALUE_EDITED' }),
    );
  });

  it('catch a value removed outside the app even behind a forged redaction record', async () => {
    const { seq, path } = await sealedSecret();
    const registerId = r.host.workspace()?.meta().registerId ?? '';
    r.host.lock();
    const db = await raw();
    db.prepare(`UPDATE audit_field_values SET fields = json_remove(fields, '$."${path}"[1].note') WHERE seq = ?`).run(
      seq,
    );
    db.prepare('INSERT INTO audit_redactions (seq, path, redacted_by_seq) VALUES (?, ?, ?)').run(
      seq,
      `${path}.note`,
      seq,
    );
    expect((await verifyAudit(db, { registerId })).problems).toContainEqual(
      expect.objectContaining({ seq, path, code: 'VALUE_EDITED' }),
    );
  });
});

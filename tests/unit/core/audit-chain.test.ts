import { describe, expect, it } from 'vitest';
import { chainHash, genesisHash } from '../../../core/domain/audit-hash.ts';
import { canonicalJson } from '../../../core/domain/canonical-json.ts';
import { openRaw } from '../../support/raw-register.ts';
import { createTestRegister } from '../../support/temp-register.ts';

describe('canonical JSON (RFC 8785)', () => {
  it('sorts keys by UTF-16 code units and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], '€': 0, é: 2 })).toBe('{"a":[true,null,"x"],"b":1,"é":2,"€":0}');
  });
  it('serialises numbers the ECMAScript way', () => {
    expect(canonicalJson([1e21, 1e-7, -0, 0.1, 100])).toBe('[1e+21,1e-7,0,0.1,100]');
  });
  it('escapes strings minimally and keeps Vietnamese as is', () => {
    expect(canonicalJson('Đắk Lắk "\n\u0001')).toBe('"Đắk Lắk \\"\\n\\u0001"');
  });
  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow();
    expect(() => canonicalJson(() => 1)).toThrow();
  });
});

describe('audit chain as written by the register', () => {
  it('links every event to the one before, starting from the register id, and the head row matches', async () => {
    const r = await createTestRegister();
    await r.call('agreements.updateEquivalences', {
      code: 'VN-LA',
      equivalences: [{ foreignMarking: 'ລັບສຸດຍອດ', vnLevel: 'tuyet_mat', sourceClause: 'Điều 3' }],
    });
    const registerId = r.host.workspace()?.meta().registerId ?? '';
    r.host.lock();
    const db = await openRaw(r.path, r.recoveryCode);
    const events = db.prepare('SELECT * FROM audit_events ORDER BY seq').all() as Record<
      string,
      string | number | null
    >[];
    expect(events.map((e) => e.action)).toEqual([
      'register.created',
      'user.created',
      'reference.seeded',
      'keys.generated',
      'agreement.equivalences.replaced',
    ]);
    let prev = genesisHash(registerId);
    for (const e of events) {
      expect(e.prev_hash).toBe(prev);
      const body = {
        seq: e.seq,
        at: e.at,
        actorId: e.actor_id,
        actorName: e.actor_name,
        action: e.action,
        entity: e.entity,
        entityId: e.entity_id,
        change: JSON.parse(String(e.change)),
      };
      expect(e.hash).toBe(chainHash(prev, body as never));
      prev = String(e.hash);
    }
    expect(db.prepare('SELECT seq, hash FROM audit_head').get()).toEqual({ seq: events.length, hash: prev });
    db.close();
    r.cleanup();
  });

  it('cannot be updated or deleted through SQL (append-only triggers)', async () => {
    const r = await createTestRegister();
    r.host.lock();
    const db = await openRaw(r.path, r.recoveryCode);
    expect(() => db.prepare("UPDATE audit_events SET action = 'x' WHERE seq = 1").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_events WHERE seq = 1').run()).toThrow(/append-only/);
    db.close();
    r.cleanup();
  });
});

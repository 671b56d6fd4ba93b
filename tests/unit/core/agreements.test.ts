import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRegister, type TestRegister } from '../../support/temp-register.ts';

let r: TestRegister;
beforeAll(async () => {
  r = await createTestRegister();
});
afterAll(() => r.cleanup());

describe('reference agreements', () => {
  it('seeds VN-LA and VN-IT with the facts of their implementing decisions and empty equivalence tables', async () => {
    const list = await r.call('agreements.list');
    expect(list.map((a) => a.code)).toEqual(['VN-LA', 'VN-IT']);
    const [la, it_] = list;
    expect(la).toMatchObject({
      signedOn: '2023-09-29',
      inForceOn: '2024-04-28',
      implementingDecisionNo: '801/QĐ-TTg',
      implementingDecisionDate: '2024-08-06',
      competentAuthorityVn: 'Bộ Công an',
      incidentTriggers: ['exposed', 'lost', 'at_risk'],
      equivalences: [],
    });
    expect(la?.signedAt).toContain('Viêng Chăn');
    expect(la?.titleVi).toContain('về cùng bảo vệ và trao đổi tin mật');
    expect(it_).toMatchObject({
      signedOn: '2025-06-26',
      inForceOn: '2026-01-04',
      implementingDecisionNo: '460/QĐ-TTg',
      implementingDecisionDate: '2026-03-21',
      incidentTriggers: ['exposed', 'lost'],
      equivalences: [],
    });
    expect(it_?.duration).toContain('Điều 12');
    expect(it_?.titleVi).toContain('về cùng trao đổi và bảo vệ thông tin mật');
  });

  it('answers an unknown agreement with NOT_FOUND', async () => {
    await expect(r.call('agreements.get', { code: 'VN-FR' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('equivalence table', () => {
  it('stores the rows in order, with "no equivalent" allowed, NFC-normalised, and audits before/after', async () => {
    const head = r.host.workspace()?.audit.head().seq ?? 0;
    const rows = [
      { foreignMarking: 'SEGRETISSIMO', vnLevel: 'tuyet_mat', sourceClause: 'Điều 4'.normalize('NFD'), note: null },
      { foreignMarking: 'SEGRETO', vnLevel: 'toi_mat', sourceClause: 'Điều 4', note: '' },
      { foreignMarking: 'RISERVATISSIMO', vnLevel: 'mat', sourceClause: 'Điều 4' },
      { foreignMarking: 'RISERVATO', vnLevel: null, sourceClause: 'Điều 4', note: 'Không có mức tương đương' },
    ];
    const updated = await r.call('agreements.updateEquivalences', { code: 'VN-IT', equivalences: rows });
    expect(updated.equivalences.map((e) => [e.foreignMarking, e.vnLevel])).toEqual([
      ['SEGRETISSIMO', 'tuyet_mat'],
      ['SEGRETO', 'toi_mat'],
      ['RISERVATISSIMO', 'mat'],
      ['RISERVATO', null],
    ]);
    expect(updated.equivalences[0]?.sourceClause).toBe('Điều 4'.normalize('NFC'));
    expect(updated.equivalences[1]?.note).toBeNull();
    const ws = r.host.workspace();
    expect(ws?.audit.head().seq).toBe(head + 1);
    expect((await r.call('agreements.get', { code: 'VN-LA' })).equivalences).toEqual([]);
  });

  it('rejects a marking repeated in another letter case, naming the row, and changes nothing', async () => {
    const before = await r.call('agreements.get', { code: 'VN-IT' });
    const result = await r.router.call(
      'agreements.updateEquivalences',
      {
        code: 'VN-IT',
        equivalences: [
          { foreignMarking: 'SEGRETO', vnLevel: 'toi_mat', sourceClause: 'Điều 4' },
          { foreignMarking: ' segreto ', vnLevel: 'mat', sourceClause: 'Điều 4' },
        ],
      },
      r.ctx(),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'equivalences.1.foreignMarking' }] },
    });
    expect(await r.call('agreements.get', { code: 'VN-IT' })).toEqual(before);
  });

  it('rejects more than 12 rows with a Vietnamese message', async () => {
    const rows = Array.from({ length: 13 }, (_, i) => ({
      foreignMarking: `M${i}`,
      vnLevel: 'mat',
      sourceClause: 'Điều 4',
    }));
    const result = await r.router.call('agreements.updateEquivalences', { code: 'VN-IT', equivalences: rows }, r.ctx());
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!result.ok) expect(result.error.issues?.[0]?.message).toContain('tối đa 12 dòng');
  });
});

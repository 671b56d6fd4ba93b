import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../core/domain/roles.ts';
import { createTestRegister, type TestRegister } from '../../support/temp-register.ts';

let r: TestRegister;
beforeAll(async () => {
  r = await createTestRegister();
});
afterAll(() => r.cleanup());

const officer: Actor = { id: 'so-1', name: 'baomat', roles: ['security_officer'], department: null };
const clerk: Actor = { id: 'vt-1', name: 'vanthu', roles: ['clerk'], department: 'Văn phòng' };

const update = (input: unknown, actor: Actor | null = officer) =>
  r.router.call('settings.updateDocuments', input, { actor });

describe('settings.updateDocuments', () => {
  it('starts empty: nothing set, one copy kept, the head signs directly', async () => {
    const { settings } = await r.call('app.status');
    expect(settings).toMatchObject({
      placeName: null,
      parentBody: null,
      archiveUnit: null,
      archiveCopies: 1,
      signingAuthority: 'direct',
      signerHeadTitle: null,
      signerTitle: null,
      signerName: null,
    });
  });

  it('is the security officer’s and the administrator’s, not a clerk’s; the other settings stay the admin’s', async () => {
    expect(await update({ placeName: 'Đắk Lắk' })).toMatchObject({ ok: true, value: { placeName: 'Đắk Lắk' } });
    expect(await update({ placeName: 'Đắk Lắk' }, r.admin)).toMatchObject({ ok: true });
    expect(await update({ placeName: 'Hà Nội' }, clerk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await r.router.call('settings.update', { idleLockMinutes: 9 }, { actor: officer })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect((await r.call('app.status')).settings?.placeName).toBe('Đắk Lắk');
  });

  it('stores text in NFC, trims it, and takes an empty text as "not set"', async () => {
    const nfd = 'Ủy ban nhân dân tỉnh Đắk Lắk'.normalize('NFD');
    const saved = await update({ parentBody: `  ${nfd} `, signerName: 'Nguyễn Thị Hồng Nhung'.normalize('NFD') });
    expect(saved).toMatchObject({
      ok: true,
      value: { parentBody: 'Ủy ban nhân dân tỉnh Đắk Lắk', signerName: 'Nguyễn Thị Hồng Nhung' },
    });
    if (saved.ok) expect(saved.value.parentBody?.normalize('NFC')).toBe(saved.value.parentBody);
    expect(await update({ signerName: '' })).toMatchObject({ ok: true, value: { signerName: null } });
    expect(await update({ signerName: '   ' })).toMatchObject({ ok: true, value: { signerName: null } });
    expect(await update({ signerName: null })).toMatchObject({ ok: true, value: { signerName: null } });
  });

  it('refuses what would not print on one line or is too long, naming the field', async () => {
    const refused: [Record<string, unknown>, string][] = [
      [{ placeName: 'Đ'.repeat(61) }, 'placeName'],
      [{ parentBody: 'x'.repeat(201) }, 'parentBody'],
      [{ archiveUnit: 'P'.repeat(31) }, 'archiveUnit'],
      [{ signerName: 'x'.repeat(121) }, 'signerName'],
      [{ signerTitle: 'Phó Giám đốc\nSở Ngoại vụ' }, 'signerTitle'],
      [{ signerHeadTitle: 'GIÁM\u0007ĐỐC' }, 'signerHeadTitle'],
      [{ archiveCopies: 0 }, 'archiveCopies'],
      [{ archiveCopies: 21 }, 'archiveCopies'],
      [{ archiveCopies: 1.5 }, 'archiveCopies'],
      [{ signingAuthority: 'KTT' }, 'signingAuthority'],
    ];
    const before = (await r.call('app.status')).settings;
    for (const [input, path] of refused) {
      const result = await update(input);
      expect(result, JSON.stringify(input)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      if (!result.ok) expect(result.error.issues?.map((f) => f.path)).toContain(path);
    }
    expect(await update({ idleLockMinutes: 9 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    // Nothing of a refused call was written.
    expect((await r.call('app.status')).settings).toEqual(before);
  });

  it('audits each changed setting as settings.changed, and nothing when a value is sent again unchanged', async () => {
    const count = async () => (await r.call('audit.list', { action: 'settings.changed', limit: 1000 })).length;
    const start = await count();
    await update({ archiveUnit: 'PA03', archiveCopies: 2, signingAuthority: 'KT', signerHeadTitle: 'Giám đốc' });
    const events = await r.call('audit.list', { action: 'settings.changed', limit: 4 });
    expect(events.map((e) => e.entityId).sort()).toEqual(
      ['archiveCopies', 'archiveUnit', 'signerHeadTitle', 'signingAuthority'].sort(),
    );
    const authority = events.find((e) => e.entityId === 'signingAuthority');
    expect(authority?.actorName).toBe('baomat');
    expect(authority?.rows[0]?.fields).toContainEqual(expect.objectContaining({ field: 'value', after: '"KT"' }));
    await update({ archiveUnit: 'PA03', archiveCopies: 2 });
    expect(await count()).toBe(start + 4);
    expect((await r.call('audit.verify')).ok).toBe(true);
  });
});

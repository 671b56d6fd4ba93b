import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../../core/exchange/public-key-file.ts';
import { createTestRegister, type TestRegister } from '../../support/temp-register.ts';

const made: TestRegister[] = [];
afterEach(() => {
  for (const r of made.splice(0)) r.cleanup();
});
async function register(mode: 'unit' | 'receiver') {
  const r = await createTestRegister(mode);
  made.push(r);
  return r;
}

describe('unit keys and trusted partner keys', () => {
  it('each installation has Ed25519 and age keys; the public file’s fingerprint is the SHA-256 of its bytes', async () => {
    const unit = await register('unit');
    const shown = await unit.call('keys.show');
    expect(shown.signingKey).toMatch(/^ed25519:/);
    expect(shown.ageRecipient).toMatch(/^age1[0-9a-z]{58}$/);
    expect(shown.fingerprint).toBe(fingerprintOf(shown.publicFile));
    expect(shown.fingerprintGrouped.split(' ')).toHaveLength(16);
    // Stable: the keys are made once.
    expect((await unit.call('keys.show')).fingerprint).toBe(shown.fingerprint);
    const path = join(unit.dir, 'khoa-cong-khai.json');
    expect((await unit.call('keys.export', { outPath: path })).fingerprint).toBe(shown.fingerprint);
    expect(fingerprintOf(readFileSync(path, 'utf8'))).toBe(shown.fingerprint);
  });

  it('trusts a partner file only with the matching fingerprint, refuses a swapped file, and revokes', async () => {
    const unit = await register('unit');
    const police = await register('receiver');
    const policeKey = await police.call('keys.show');
    const swapped = policeKey.publicFile.replace('"mode":"receiver"', '"mode":"unit"');
    expect(
      await unit.router.call('keys.trust', { publicFile: swapped, fingerprint: policeKey.fingerprint }, unit.ctx()),
    ).toMatchObject({
      ok: false,
      error: { code: 'INTEGRITY' },
    });
    const trusted = await unit.call('keys.trust', {
      publicFile: policeKey.publicFile,
      fingerprint: policeKey.fingerprintGrouped,
    });
    expect(trusted).toMatchObject({ unitName: 'Sở Ngoại vụ tỉnh Đắk Lắk', alreadyTrusted: false });
    expect(
      (await unit.call('keys.trust', { publicFile: policeKey.publicFile, fingerprint: policeKey.fingerprint }))
        .alreadyTrusted,
    ).toBe(true);
    expect((await unit.call('keys.show')).trusted).toMatchObject([
      { fingerprint: policeKey.fingerprint, mode: 'receiver', revokedAt: null },
    ]);
    await unit.call('keys.revoke', { fingerprint: policeKey.fingerprint });
    expect((await unit.call('keys.show')).trusted[0]?.revokedAt).not.toBeNull();
    expect(
      await unit.router.call(
        'keys.trust',
        { publicFile: policeKey.publicFile, fingerprint: policeKey.fingerprint },
        unit.ctx(),
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect((await unit.call('audit.verify', {})).problems).toEqual([]);
  });

  it('refuses its own key and a file that is not a key file', async () => {
    const unit = await register('unit');
    const own = await unit.call('keys.show');
    expect(
      await unit.router.call('keys.trust', { publicFile: own.publicFile, fingerprint: own.fingerprint }, unit.ctx()),
    ).toMatchObject({ ok: false });
    const junk = '{"format":"something-else"}';
    expect(
      await unit.router.call('keys.trust', { publicFile: junk, fingerprint: fingerprintOf(junk) }, unit.ctx()),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('keeps private keys out of the audit history', async () => {
    const unit = await register('unit');
    await unit.call('keys.show');
    const events = JSON.stringify(await unit.call('audit.list', { limit: 100 }));
    expect(events).toContain('keys.generated');
    expect(events).not.toContain('AGE-SECRET-KEY');
  });
});

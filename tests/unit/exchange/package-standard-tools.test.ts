import { execFileSync, spawnSync } from 'node:child_process';
import { createPublicKey } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER_BYTES, minisignPublicKeyText, sealPackage } from '../../../core/exchange/package/index.ts';
import { verifyMinisign } from '../../../core/exchange/package/minisign.ts';
import { makeUnit, sealInputFor, type TestUnit } from './package-fixtures.ts';

/**
 * The format is the standard tools' format: Debian's `age` 1.1 decrypts the payload and `minisign` 0.11 verifies
 * the manifest's signature, with nothing from this code base in between (the container is read here by hand,
 * following docs/PACKAGE-FORMAT.md). .ci/run installs both (`apt-get install age minisign`).
 */
const AGE = '/usr/bin/age';
const MINISIGN = '/usr/bin/minisign';

let dir: string;
let unit: TestUnit;
let police: TestUnit;
beforeAll(async () => {
  for (const tool of [AGE, MINISIGN])
    if (!existsSync(tool))
      throw new Error(`${tool} is missing: apt-get install -y --no-install-recommends age minisign`);
  dir = mkdtempSync(join(tmpdir(), 'cxr-package-tools-'));
  unit = await makeUnit('Sở Ngoại vụ tỉnh Đắk Lắk');
  police = await makeUnit('Công an tỉnh Đắk Lắk', 'receiver');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** name length (1) · name · data length (4, big-endian) · data — read without the app's parser. */
function entriesByHand(container: Buffer): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  let at = 0;
  while (at < container.length) {
    const nameLength = container.readUInt8(at);
    const name = container.subarray(at + 1, at + 1 + nameLength).toString('ascii');
    const length = container.readUInt32BE(at + 1 + nameLength);
    const start = at + 5 + nameLength;
    found.set(name, container.subarray(start, start + length));
    at = start + length;
  }
  return found;
}

function ageDecrypt(name: string, payload: Uint8Array, identity: string) {
  const payloadPath = join(dir, `${name}.age`);
  const identityPath = join(dir, `${name}.key`);
  writeFileSync(payloadPath, payload);
  writeFileSync(identityPath, `${identity}\n`, { mode: 0o600 });
  return spawnSync(AGE, ['-d', '-i', identityPath, payloadPath]);
}

const minisignVerify = (args: string[]) => spawnSync(MINISIGN, ['-V', ...args], { encoding: 'utf8' });

describe('packages checked with the standard tools', () => {
  it('age -d decrypts the payload for the receiver and for the unit itself; minisign -V verifies the manifest', async () => {
    const input = sealInputFor(unit, police, { sequence: 3, training: true });
    const bytes = await sealPackage(input);
    const payload = bytes.subarray(HEADER_BYTES);

    const asPolice = ageDecrypt('police', payload, police.ageIdentity);
    expect(asPolice.status, asPolice.stderr.toString()).toBe(0);
    const asUnit = ageDecrypt('unit', payload, unit.ageIdentity);
    expect(asUnit.status, asUnit.stderr.toString()).toBe(0);
    expect(asUnit.stdout.equals(asPolice.stdout)).toBe(true);
    const stranger = await makeUnit('Đơn vị khác');
    expect(ageDecrypt('stranger', payload, stranger.ageIdentity).status).not.toBe(0);

    const entries = entriesByHand(asPolice.stdout);
    expect([...entries.keys()]).toEqual(['manifest.json', 'manifest.json.minisig', 'records.json']);
    expect(JSON.parse(entries.get('records.json')?.toString('utf8') ?? '')).toEqual(input.records);
    const manifestPath = join(dir, 'manifest.json');
    const signaturePath = join(dir, 'manifest.json.minisig');
    const publicKeyPath = join(dir, 'unit.pub');
    writeFileSync(manifestPath, entries.get('manifest.json') ?? '');
    writeFileSync(signaturePath, entries.get('manifest.json.minisig') ?? '');
    const publicKeyText = minisignPublicKeyText(unit.signingPublic, unit.fingerprint);
    writeFileSync(publicKeyPath, publicKeyText);

    const byFile = minisignVerify(['-p', publicKeyPath, '-m', manifestPath, '-x', signaturePath]);
    expect(byFile.status, byFile.stderr).toBe(0);
    expect(byFile.stdout).toContain('Signature and comment signature verified');
    expect(byFile.stdout).toContain(
      `Trusted comment: cxr-package-v1 id=${input.packageId} seq=3 from=${unit.fingerprint} to=${police.fingerprint} training=1`,
    );
    const publicKeyLine = publicKeyText.split('\n')[1] ?? '';
    expect(minisignVerify(['-P', publicKeyLine, '-m', manifestPath, '-x', signaturePath]).status).toBe(0);

    // One character of the manifest changed: the standard tool refuses it too.
    writeFileSync(
      manifestPath,
      entries.get('manifest.json')?.toString('utf8').replace('"sequence":3', '"sequence":4') ?? '',
    );
    const modified = minisignVerify(['-p', publicKeyPath, '-m', manifestPath, '-x', signaturePath]);
    expect(modified.status).not.toBe(0);
    expect(modified.stderr).toMatch(/verification failed/i);
    // Another unit's public key: refused (the key id differs).
    const otherKey = join(dir, 'other.pub');
    writeFileSync(otherKey, minisignPublicKeyText(police.signingPublic, police.fingerprint));
    writeFileSync(manifestPath, entries.get('manifest.json') ?? '');
    expect(minisignVerify(['-p', otherKey, '-m', manifestPath, '-x', signaturePath]).status).not.toBe(0);
  });

  it('a signature made by minisign itself verifies with the app’s verifier (same prehashed scheme)', () => {
    const secretPath = join(dir, 'ref.key');
    const publicPath = join(dir, 'ref.pub');
    const messagePath = join(dir, 'message.json');
    execFileSync(MINISIGN, ['-G', '-W', '-f', '-s', secretPath, '-p', publicPath], { stdio: 'pipe' });
    writeFileSync(messagePath, '{"bản kê":"thử"}');
    execFileSync(MINISIGN, ['-S', '-s', secretPath, '-m', messagePath, '-t', 'cxr-package-v1 test'], { stdio: 'pipe' });
    const encoded = Buffer.from(readFileSync(publicPath, 'utf8').split('\n')[1] ?? '', 'base64');
    const keyId = encoded.subarray(2, 10);
    const key = createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: encoded.subarray(10).toString('base64url') },
      format: 'jwk',
    });
    const fingerprint = keyId.toString('hex').padEnd(64, '0');
    const message = readFileSync(messagePath);
    const signature = readFileSync(`${messagePath}.minisig`);
    expect(verifyMinisign(signature, message, key, fingerprint).trustedComment).toBe('cxr-package-v1 test');
    expect(() => verifyMinisign(signature, Buffer.from('{}'), key, fingerprint)).toThrow(/Chữ ký/);
  });
});

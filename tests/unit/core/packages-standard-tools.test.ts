import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeContainer } from '../../../core/exchange/package/container.ts';
import { HEADER_BYTES, minisignPublicKeyText } from '../../../core/exchange/package/index.ts';
import { unitAndPolice } from '../../support/exchange.ts';

let pair: Awaited<ReturnType<typeof unitAndPolice>>;
afterEach(() => pair?.cleanup());

describe('a package written by the export service, opened with Debian’s age and minisign', () => {
  it('age -d with the police key gives the container; minisign -V checks the signed manifest with the unit’s key', async () => {
    pair = await unitAndPolice();
    const report = await pair.fileReport();
    const sent = await pair.unit.call('packages.export', { toDir: pair.usb, recipient: pair.receiverKey.fingerprint });
    const identity = pair.police.host.workspace()?.unitKeys.own()?.ageIdentity;
    if (!identity) throw new Error('police keys missing');
    const payload = join(pair.usb, 'payload.age');
    const key = join(pair.usb, 'police.key');
    writeFileSync(payload, readFileSync(sent.path).subarray(HEADER_BYTES));
    writeFileSync(key, `${identity}\n`, { mode: 0o600 });
    const decrypted = spawnSync('/usr/bin/age', ['-d', '-i', key, payload]);
    expect(decrypted.status, decrypted.stderr.toString()).toBe(0);
    const entries = decodeContainer(decrypted.stdout);
    expect(new TextDecoder().decode(entries['records.json'])).toContain(report.reportNumber ?? 'none');

    const manifest = join(pair.usb, 'manifest.json');
    writeFileSync(manifest, entries['manifest.json']);
    writeFileSync(`${manifest}.minisig`, entries['manifest.json.minisig']);
    const pub = join(pair.usb, 'unit.pub');
    writeFileSync(pub, minisignPublicKeyText(pair.unitKey.signingKey, pair.unitKey.fingerprint));
    const verified = spawnSync('/usr/bin/minisign', ['-V', '-p', pub, '-m', manifest], { encoding: 'utf8' });
    expect(verified.status, verified.stderr).toBe(0);
    expect(verified.stdout).toContain(`cxr-package-v1 id=${sent.packageId} seq=1`);
  });
});

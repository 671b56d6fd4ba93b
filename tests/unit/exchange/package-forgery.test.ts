import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPackage, readPackageHeader, sealPackage } from '../../../core/exchange/package/index.ts';
import { assemblePackage } from '../../../core/exchange/package/seal.ts';
import {
  asRecipient,
  expectRefused,
  makeUnit,
  manifestOf,
  rebuild,
  resigned,
  sealInputFor,
  signedBy,
  type TestUnit,
  unpack,
  withEntries,
} from './package-fixtures.ts';

let unit: TestUnit;
let police: TestUnit;
let stranger: TestUnit;
let genuine: Uint8Array;
beforeAll(async () => {
  unit = await makeUnit('Sở Ngoại vụ tỉnh Đắk Lắk');
  police = await makeUnit('Công an tỉnh Đắk Lắk', 'receiver');
  stranger = await makeUnit('Đơn vị lạ');
  genuine = await sealPackage(sealInputFor(unit, police));
});

const open = (bytes: Uint8Array) => openPackage(bytes, asRecipient(police, [unit]));

describe('signers', () => {
  it('an unknown signer (its key was never trusted) and a revoked one', async () => {
    await expectRefused(openPackage(genuine, asRecipient(police, [])), 'PACKAGE_SIGNER_UNKNOWN');
    await expectRefused(
      openPackage(genuine, asRecipient(police, [unit], [unit.fingerprint])),
      'PACKAGE_SIGNER_REVOKED',
    );
  });

  it('a stranger claiming to be the unit: its own key, the unit’s fingerprint', async () => {
    const input = sealInputFor(stranger, police);
    input.sender.fingerprint = unit.fingerprint;
    const forged = await sealPackage(input);
    const error = await expectRefused(open(forged), 'PACKAGE_SIGNATURE_INVALID');
    expect(error.message).toMatch(/chữ ký không khớp/);
  });

  it('a signature of the trusted key that names another signing key in the manifest', async () => {
    const forged = await rebuild(genuine, {
      opener: police,
      entries: (e) => {
        const manifest = { ...manifestOf(e), sender: { ...manifestOf(e).sender, signingKey: stranger.signingPublic } };
        const { json, signature } = resigned(unit, manifest);
        return withEntries(e, { 'manifest.json': json, 'manifest.json.minisig': signature });
      },
    });
    await expectRefused(open(forged), 'PACKAGE_CONTENT_MISMATCH');
  });
});

describe('signatures', () => {
  it('a valid signature over a modified manifest', async () => {
    const forged = await rebuild(genuine, {
      opener: police,
      entries: (e) => {
        const manifest = { ...manifestOf(e), createdAt: '2026-01-01T00:00:00.000Z' };
        const { json } = resigned(unit, manifest);
        return withEntries(e, { 'manifest.json': json }); // the original, valid signature kept
      },
    });
    await expectRefused(open(forged), 'PACKAGE_SIGNATURE_INVALID');
  });

  it('a changed trusted comment, a wrong key id, the legacy non-prehashed algorithm, a mangled layout', async () => {
    const alter = (edit: (text: string) => string) =>
      rebuild(genuine, {
        opener: police,
        entries: (e) =>
          withEntries(e, {
            'manifest.json.minisig': Buffer.from(edit(Buffer.from(e['manifest.json.minisig']).toString('utf8'))),
          }),
      });
    const sigLine = (text: string) => text.split('\n')[1] ?? '';
    const reencoded = (text: string, change: (raw: Buffer) => void) => {
      const raw = Buffer.from(sigLine(text), 'base64');
      change(raw);
      return text.replace(sigLine(text), raw.toString('base64'));
    };
    await expectRefused(open(await alter((t) => t.replace('training=0', 'training=1'))), 'PACKAGE_SIGNATURE_INVALID');
    // The untrusted comment is not signed by minisign; the app still allows only its own exact text.
    await expectRefused(
      open(await alter((t) => t.replace('cxr signature', 'cxr signaturE'))),
      'PACKAGE_SIGNATURE_INVALID',
    );
    await expectRefused(
      open(await alter((t) => reencoded(t, (raw) => raw.writeUInt8((raw[2] ?? 0) ^ 1, 2)))),
      'PACKAGE_SIGNATURE_INVALID',
    );
    await expectRefused(
      open(await alter((t) => reencoded(t, (raw) => raw.write('Ed', 0, 'ascii')))),
      'PACKAGE_SIGNATURE_INVALID',
    );
    await expectRefused(open(await alter((t) => t.replaceAll('\n', '\r\n'))), 'PACKAGE_SIGNATURE_INVALID');
    await expectRefused(open(await alter((t) => `${t}extra line\n`)), 'PACKAGE_SIGNATURE_INVALID');
    await expectRefused(open(await alter(() => '')), 'PACKAGE_SIGNATURE_INVALID');
  });

  it('a genuine signature whose trusted comment names another kind (a receipt passed off as a package)', async () => {
    const forged = await rebuild(genuine, {
      opener: police,
      entries: (e) => {
        const manifest = manifestOf(e);
        const comment = `cxr-receipt-v1 id=${manifest.packageId} seq=${manifest.sequence}`;
        return withEntries(e, { 'manifest.json.minisig': signedBy(unit, e['manifest.json'], comment) });
      },
    });
    const error = await expectRefused(open(forged), 'PACKAGE_CONTENT_MISMATCH');
    expect(error.message).toMatch(/chú thích tin cậy/);
  });

  it('a signed manifest that disagrees with the header (sequence, training flag)', async () => {
    for (const header of [{ sequence: 8 }, { training: true }]) {
      await expectRefused(
        open(await rebuild(genuine, { opener: police, to: [police], header })),
        'PACKAGE_CONTENT_MISMATCH',
      );
    }
  });
});

describe('manifest and records', () => {
  it('records replaced after signing', async () => {
    const forged = await rebuild(genuine, {
      opener: police,
      entries: (e) => withEntries(e, { 'records.json': Buffer.from('[{"id":"inc-1"}]') }),
    });
    await expectRefused(open(forged), 'PACKAGE_CONTENT_MISMATCH');
  });

  it('a signed manifest that is not canonical JSON, or breaks the schema or the audit stretch', async () => {
    const signedManifest = (json: Buffer) =>
      rebuild(genuine, {
        opener: police,
        entries: (e) =>
          withEntries(e, {
            'manifest.json': json,
            'manifest.json.minisig': signedBy(unit, json, 'cxr-package-v1'),
          }),
      });
    const m = manifestOf(await unpack(genuine, police.ageIdentity));
    await expectRefused(open(await signedManifest(Buffer.from(JSON.stringify(m, null, 2)))), 'PACKAGE_MALFORMED');
    const { json: extraField } = resigned(unit, { ...m, extra: 1 } as typeof m);
    await expectRefused(open(await signedManifest(extraField)), 'PACKAGE_MALFORMED');
    const gap = { ...m, audit: { ...m.audit, events: m.audit.events.slice(1) } };
    const { json, signature } = resigned(unit, gap);
    const forged = await rebuild(genuine, {
      opener: police,
      entries: (e) => withEntries(e, { 'manifest.json': json, 'manifest.json.minisig': signature }),
    });
    await expectRefused(open(forged), 'PACKAGE_MALFORMED');
  });

  /** Records that the unit really signed (hash and count in the manifest match), but that are not acceptable. */
  const withSignedRecords = (records: Buffer, count = 1) =>
    rebuild(genuine, {
      opener: police,
      entries: (e) => {
        const m = manifestOf(e);
        const manifest = {
          ...m,
          records: {
            ...m.records,
            bytes: records.length,
            count,
            sha256: createHash('sha256').update(records).digest('hex'),
          },
        };
        const { json, signature } = resigned(unit, manifest);
        return withEntries(e, { 'manifest.json': json, 'manifest.json.minisig': signature, 'records.json': records });
      },
    });

  it('malformed records, even when signed', async () => {
    for (const text of [
      '{"a":1}',
      '[1]',
      '[[]]',
      '[null]',
      '[{"a":1}',
      '[ {"a":1} ]',
      '[{"a":1,"a":2}]',
      '[{"a":1.0}]',
      '[{"__proto__":{}}]',
    ])
      await expectRefused(open(await withSignedRecords(Buffer.from(text))), 'PACKAGE_RECORDS_INVALID');
    await expectRefused(
      open(await withSignedRecords(Buffer.from([0x5b, 0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d, 0x5d]))),
      'PACKAGE_RECORDS_INVALID',
    );
    await expectRefused(open(await withSignedRecords(Buffer.from('\ufeff[{"a":1}]'))), 'PACKAGE_RECORDS_INVALID');
    await expectRefused(open(await withSignedRecords(Buffer.from('[{"a":1}]'), 2)), 'PACKAGE_CONTENT_MISMATCH');
  });

  it('oversized records, even when signed: a long string, deep nesting, too many records', async () => {
    const long = Buffer.from(JSON.stringify([{ a: 'x'.repeat(1024 * 1024 + 1) }]));
    await expectRefused(open(await withSignedRecords(long)), 'PACKAGE_TOO_LARGE');
    const deep = Buffer.from(`[${'{"a":'.repeat(20)}1${'}'.repeat(20)}]`);
    await expectRefused(open(await withSignedRecords(deep)), 'PACKAGE_TOO_LARGE');
    const many = Buffer.from(`[${Array(100_001).fill('{}').join(',')}]`);
    await expectRefused(open(await withSignedRecords(many, 100_001)), 'PACKAGE_TOO_LARGE');
  });
});

describe('entry names inside the package', () => {
  it('path traversal and every name outside the whitelist, wherever it stands', async () => {
    for (const name of [
      '../x',
      '/etc/passwd',
      '..\\..\\boot.ini',
      'manifest.json/../../x',
      'records.json\u0000',
      'Manifest.json',
      'manifest.json ',
    ]) {
      const first = await rebuild(genuine, {
        opener: police,
        entries: (e) => [{ name, data: e['manifest.json'] }, ...withEntries(e, {}).slice(1)],
      });
      const error = await expectRefused(open(first), 'PACKAGE_ENTRY_NAME_INVALID');
      expect([...error.message].some((c) => c.charCodeAt(0) < 0x20)).toBe(false);
      const appended = await rebuild(genuine, {
        opener: police,
        entries: (e) => [...withEntries(e, {}), { name, data: Buffer.from('pwned') }],
      });
      await expectRefused(open(appended), 'PACKAGE_ENTRY_NAME_INVALID');
    }
  });

  it('known names repeated, out of order or missing; an entry announcing more than its limit', async () => {
    const reorder = (pick: (all: ReturnType<typeof withEntries>) => ReturnType<typeof withEntries>) =>
      rebuild(genuine, { opener: police, entries: (e) => pick(withEntries(e, {})) });
    await expectRefused(
      open(await reorder(([a, b, c]) => [b, a, c].filter((x) => x !== undefined))),
      'PACKAGE_MALFORMED',
    );
    await expectRefused(open(await reorder((all) => [...all, ...all.slice(2)])), 'PACKAGE_MALFORMED');
    await expectRefused(open(await reorder((all) => all.slice(0, 2))), 'PACKAGE_MALFORMED');
    const oversized = Buffer.concat([
      Buffer.from([13]),
      Buffer.from('manifest.json'),
      Buffer.from([0xff, 0xff, 0xff, 0xff]),
    ]);
    const { version: _v, payloadLength: _p, ...header } = readPackageHeader(genuine);
    await expectRefused(open(await assemblePackage(header, oversized, [police.ageRecipient])), 'PACKAGE_TOO_LARGE');
  });
});

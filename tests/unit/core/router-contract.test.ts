import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../../core/api/contract.ts';
import { PERMISSIONS } from '../../../core/domain/permissions.ts';
import { type Actor, ROLES } from '../../../core/domain/roles.ts';
import { fingerprintOf, publicKeyFileText } from '../../../core/exchange/public-key-file.ts';
import { generateUnitKeys } from '../../../core/exchange/unit-keys.ts';
import { introduce } from '../../support/exchange.ts';
import { incidentInput } from '../../support/incidents.ts';
import { outgoingItem } from '../../support/items.ts';
import { importInput, LEGACY_MAPPING } from '../../support/legacy-register.ts';
import { ADMIN, createTestRegister, type TestRegister } from '../../support/temp-register.ts';

let r: TestRegister;
/** The provincial police, for the package channels: keys are exchanged once, packages made per case. */
let police: TestRegister;
beforeAll(async () => {
  r = await createTestRegister();
  police = await createTestRegister('receiver');
  await introduce(r, police);
});
afterAll(() => {
  r.cleanup();
  police.cleanup();
});

const actorWith = (...roles: Actor['roles']): Actor => ({
  id: `test-${roles.join('-')}`,
  name: 'thu',
  roles,
  department: null,
});

let counter = 0;
const fresh = (prefix: string) => `${prefix}${++counter}`;

/** A partner's public key file and its fingerprint, as another installation would hand it over. */
async function partnerKey() {
  const keys = await generateUnitKeys();
  const publicFile = publicKeyFileText({
    format: 'cxr-public-key',
    version: 1,
    unitName: fresh('Công an tỉnh '),
    mode: 'receiver',
    signingKey: keys.signingPublic,
    ageRecipient: keys.ageRecipient,
  });
  return { publicFile, fingerprint: fingerprintOf(publicFile) };
}

/** A fresh USB-stick folder. */
function usb(): string {
  const dir = join(r.dir, fresh('usb-'));
  mkdirSync(dir);
  return dir;
}

/** Files a report at the unit and writes its package; returns what the export said. */
async function exportedPackage() {
  const item = await r.call('items.add', outgoingItem({ docNumber: fresh('P-') }), r.admin);
  await r.call('incidents.add', incidentInput([item.id]), r.admin);
  return r.call('packages.export', { toDir: usb(), recipient: police.host.workspace()?.meta().unitName }, r.admin);
}

/** A receipt package from the police for a fresh package of the unit. */
async function receiptPath(): Promise<string> {
  const sent = await exportedPackage();
  await police.call('packages.import', { path: sent.path });
  return (await police.call('packages.receipt', { packageId: sent.packageId, toDir: usb() })).path;
}

/** A non-admin user to act on, created through the router as the admin. */
async function someUser(): Promise<string> {
  const user = await r.call(
    'users.add',
    { name: fresh('nguoidung'), roles: ['clerk'], department: 'Văn phòng', password: 'mot-mat-khau-dai-du' },
    r.admin,
  );
  return user.id;
}

/** The path of a freshly stored, redactable value (an equivalence marking). */
async function someValue(): Promise<{ seq: number; path: string }> {
  await r.call(
    'agreements.updateEquivalences',
    { code: 'VN-LA', equivalences: [{ foreignMarking: fresh('M'), vnLevel: 'mat', sourceClause: 'Điều 3' }] },
    r.admin,
  );
  const [event] = await r.call('audit.list', { action: 'agreement.equivalences', limit: 1 }, r.admin);
  const row = event?.rows.findIndex((x) => x.table === 'agreement_equivalences') ?? -1;
  return { seq: event?.seq ?? 0, path: `rows.${row}.after.foreign_marking` };
}

/** Valid and invalid input for every channel; a new channel without a row here fails the parity check below. */
const CASES: Record<string, { valid: () => unknown | Promise<unknown>; invalid: unknown[] }> = {
  'app.status': { valid: () => ({}), invalid: [{ extra: 1 }] },
  'session.setup': {
    valid: () => ({ mode: 'unit', unitName: 'X', adminName: 'ab', password: 'x'.repeat(12) }),
    invalid: [
      {},
      { mode: 'other', unitName: 'X', adminName: 'ab', password: 'x'.repeat(12) },
      { mode: 'unit', unitName: 'X', adminName: 'ab', password: 'short' },
      { mode: 'unit', unitName: 'X', adminName: 'quantri', password: 'QuanTri-mat-khau' },
    ],
  },
  'session.unlock': {
    valid: () => ({ userName: 'quantri', password: 'x' }),
    invalid: [{ userName: 'a b', password: 'x' }, { userName: 'quantri' }],
  },
  'session.lock': { valid: () => ({}), invalid: [{ now: true }] },
  'session.recover': {
    valid: () => ({}),
    invalid: [
      { recoveryCode: 'abc', userName: 'quantri', newPassword: 'x'.repeat(12) },
      { recoveryCode: 'A'.repeat(32), userName: 'quantri', newPassword: 'quantri-moi-hoan-toan' },
    ],
  },
  'session.changePassword': {
    valid: () => ({ currentPassword: ADMIN.password, newPassword: ADMIN.password }),
    invalid: [{ currentPassword: 'x' }, { currentPassword: 'x', newPassword: 'ngan' }],
  },
  'key.reveal': { valid: () => ({}), invalid: [{ recoveryCode: '1234' }, {}] },
  'key.rotate': { valid: () => ({}), invalid: [{ now: 1 }] },
  'settings.update': {
    valid: () => ({ idleLockMinutes: 7 }),
    invalid: [{ idleLockMinutes: 0 }, { idleLockMinutes: 61 }, { idleLockMinutes: 'năm' }],
  },
  'settings.updateDocuments': {
    valid: () => ({ placeName: 'Đắk Lắk', signingAuthority: 'KT', archiveCopies: 2 }),
    invalid: [{ placeName: 'Đ'.repeat(61) }, { archiveCopies: 0 }, { signingAuthority: 'ký thay' }, { where: 'x' }],
  },
  'backup.create': { valid: () => ({ outDir: mkdtempSync(join(r.dir, 'backup-')) }), invalid: [{}, { outDir: '' }] },
  'users.list': { valid: () => ({}), invalid: [{ all: true }] },
  'users.add': {
    valid: () => ({ name: fresh('canbo'), roles: ['reporter'], department: null, password: 'mot-mat-khau-dai-du' }),
    invalid: [
      { name: 'a', roles: ['clerk'], password: 'x'.repeat(12) },
      { name: 'hoa', roles: [], password: 'x'.repeat(12) },
      { name: 'hoa', roles: ['king'], password: 'x'.repeat(12) },
      { name: 'hoa', roles: ['clerk'], password: 'mat-khau-cua-hoa' },
    ],
  },
  'users.disable': { valid: async () => ({ userId: await someUser() }), invalid: [{}, { userId: '' }] },
  'users.resetPassword': {
    valid: async () => ({ userId: await someUser(), newPassword: 'mat-khau-moi-dai-du' }),
    invalid: [{ userId: 'x' }, { userId: 'x', newPassword: 'short' }],
  },
  'users.setRoles': {
    valid: async () => ({ userId: await someUser(), roles: ['reporter'], department: null }),
    invalid: [
      { userId: 'x', roles: [] },
      { userId: 'x', roles: ['root'] },
    ],
  },
  'audit.verify': {
    valid: () => ({}),
    invalid: [{ anchor: { seq: 0, hash: 'x' } }, { anchor: { seq: 1, hash: 'zz'.repeat(32) } }],
  },
  'audit.list': { valid: () => ({ limit: 5 }), invalid: [{ limit: 0 }, { limit: 5000 }, { seq: 1 }] },
  'audit.redact': {
    valid: async () => ({ ...(await someValue()), reason: 'Nhập nhầm nội dung mật vào ô ký hiệu' }),
    invalid: [
      { seq: 1, path: 'rows.0.after.name', reason: 'ngắn' },
      { seq: 1, path: 'x; DROP TABLE users', reason: 'đủ dài để hợp lệ' },
    ],
  },
  'items.add': {
    valid: () => outgoingItem({ docNumber: fresh('S-') }),
    invalid: [
      {},
      outgoingItem({ level: 'secret' }),
      outgoingItem({ copies: 0 }),
      outgoingItem({ docDate: '20/11/2026' }),
      outgoingItem({ extra: 1 }),
    ],
  },
  'items.get': {
    valid: async () => ({ id: (await r.call('items.add', outgoingItem({ docNumber: fresh('G-') }), r.admin)).id }),
    invalid: [{}, { id: '' }],
  },
  'items.list': { valid: () => ({ book: 'outgoing', limit: 5 }), invalid: [{ book: 'sideways' }, { year: 'nam' }] },
  'items.search': {
    valid: () => ({ query: 'dak lak' }),
    invalid: [{}, { query: 'x'.repeat(301) }, { query: 'a', limit: 0 }],
  },
  'training.populate': { valid: () => ({ items: 1 }), invalid: [{ items: 0 }, { items: 20_001 }] },
  'items.importPreview': {
    valid: () =>
      importInput([[1, '02/01/2019', fresh('CU-'), '01/01/2019', 'Công văn cũ', 'Mật', 'Bộ An ninh Lào']], {
        ...LEGACY_MAPPING,
        year: 2019,
      }),
    invalid: [{}, { fileName: 'x.xlsx', contentBase64: '', mapping: { book: 'sideways', columns: {} } }],
  },
  'items.importCommit': {
    valid: () =>
      importInput([[1, '02/01/2019', 'CU-1', '01/01/2019', 'Công văn cũ', 'Mật', 'Bộ An ninh Lào']], {
        ...LEGACY_MAPPING,
        year: 1990 + (counter++ % 30),
      }),
    invalid: [{}, { fileName: 'x.xlsx', contentBase64: 'AAAA', mapping: { book: 'incoming', columns: { nope: 'A' } } }],
  },
  'print.register': {
    valid: async () => {
      await r.call('items.add', outgoingItem({ docNumber: fresh('P-') }), r.admin);
      return { book: 'outgoing', year: 2026, outPath: join(r.dir, `${fresh('so-')}.pdf`) };
    },
    invalid: [
      { book: 'outgoing', year: 2026, outPath: 'x.docx' },
      { book: 'outgoing', outPath: 'x.pdf' },
    ],
  },
  'print.envelope': {
    valid: async () => ({
      itemId: (await r.call('items.add', outgoingItem({ docNumber: fresh('B-') }), r.admin)).id,
      outPath: join(r.dir, `${fresh('bi-')}.pdf`),
    }),
    invalid: [{ outPath: 'x.pdf' }],
  },
  'print.receipt': {
    valid: async () => ({
      itemIds: [(await r.call('items.add', outgoingItem({ docNumber: fresh('R-') }), r.admin)).id],
      outPath: join(r.dir, `${fresh('phieu-')}.pdf`),
    }),
    invalid: [{ itemIds: [], outPath: 'x.pdf' }],
  },
  'print.registerPreview': {
    valid: async () => {
      await r.call('items.add', outgoingItem({ docNumber: fresh('XT-') }), r.admin);
      return { book: 'outgoing', year: 2026, copies: 2 };
    },
    invalid: [
      { book: 'outgoing', year: 2026, copies: 21 },
      { book: 'outgoing', year: 2026, outPath: 'x.pdf' },
    ],
  },
  'print.envelopePreview': {
    valid: async () => ({ itemId: (await r.call('items.add', outgoingItem({ docNumber: fresh('XB-') }), r.admin)).id }),
    invalid: [{}, { itemId: 'x', copies: 0 }],
  },
  'print.receiptPreview': {
    valid: async () => ({
      itemIds: [(await r.call('items.add', outgoingItem({ docNumber: fresh('XP-') }), r.admin)).id],
      copies: 2,
    }),
    invalid: [{ itemIds: [] }, { itemIds: ['x'], copies: 1.5 }],
  },
  'print.recordPrinted': {
    valid: async () => {
      const itemId = (await r.call('items.add', outgoingItem({ docNumber: fresh('XR-') }), r.admin)).id;
      return { previewId: (await r.call('print.envelopePreview', { itemId })).previewId };
    },
    invalid: [{}, { previewId: '' }],
  },
  'keys.show': { valid: () => ({}), invalid: [{ all: 1 }] },
  'keys.export': { valid: () => ({ outPath: join(r.dir, `${fresh('khoa-')}.json`) }), invalid: [{}] },
  'keys.printSheet': {
    valid: () => ({ outPath: join(r.dir, `${fresh('to-khoa-')}.pdf`) }),
    invalid: [{}, { outPath: 'x.txt' }],
  },
  'keys.trust': { valid: () => partnerKey(), invalid: [{ publicFile: '{}', fingerprint: 'xyz' }, { publicFile: '' }] },
  'keys.revoke': {
    valid: async () => {
      const key = await partnerKey();
      await r.call('keys.trust', key, r.admin);
      return { fingerprint: key.fingerprint };
    },
    invalid: [{ fingerprint: '12' }],
  },
  'items.exportXlsx': {
    valid: async () => {
      await r.call('items.add', outgoingItem({ docNumber: fresh('E-') }), r.admin);
      return { book: 'outgoing', outPath: join(r.dir, `${fresh('xuat-')}.xlsx`) };
    },
    invalid: [{ book: 'outgoing' }, { book: 'outgoing', outPath: '/tmp/x.csv' }],
  },
  // Items without a department: the clerk stand-in has none, and a clerk may name only their department's items.
  'incidents.add': {
    valid: async () =>
      incidentInput([
        (await r.call('items.add', outgoingItem({ docNumber: fresh('S-'), department: null }), r.admin)).id,
      ]),
    invalid: [{}, incidentInput([]), incidentInput(['x'], { type: 'stolen' }), incidentInput(['x'], { extra: 1 })],
  },
  'incidents.update': {
    valid: async () => {
      const item = await r.call('items.add', outgoingItem({ docNumber: fresh('S-'), department: null }), r.admin);
      const draft = await r.call('incidents.add', incidentInput([item.id], { draft: true }), r.admin);
      return { id: draft.id, ...incidentInput([item.id], { place: 'Kho lưu trữ' }) };
    },
    invalid: [{ id: 'x' }, { id: 'x', ...incidentInput(['x'], { discoveredAt: '23/11/2026' }) }],
  },
  'incidents.file': {
    valid: async () => {
      const item = await r.call('items.add', outgoingItem({ docNumber: fresh('S-') }), r.admin);
      return { id: (await r.call('incidents.add', incidentInput([item.id], { draft: true }), r.admin)).id };
    },
    invalid: [{}, { id: '' }],
  },
  'incidents.close': {
    valid: async () => {
      const item = await r.call('items.add', outgoingItem({ docNumber: fresh('S-') }), r.admin);
      return { id: (await r.call('incidents.add', incidentInput([item.id]), r.admin)).id };
    },
    invalid: [{}],
  },
  'incidents.get': {
    valid: async () => {
      const item = await r.call('items.add', outgoingItem({ docNumber: fresh('S-') }), r.admin);
      return { id: (await r.call('incidents.add', incidentInput([item.id], { draft: true }), r.admin)).id };
    },
    invalid: [{ id: 1 }],
  },
  'incidents.list': { valid: () => ({}), invalid: [{ state: 'lost' }] },
  'incidents.print': {
    valid: async () => {
      const item = await r.call('items.add', outgoingItem({ docNumber: fresh('S-') }), r.admin);
      const report = await r.call('incidents.add', incidentInput([item.id]), r.admin);
      return { id: report.id, copies: 2, outPath: join(r.dir, `${fresh('bao-cao-')}.pdf`) };
    },
    invalid: [
      { id: 'x' },
      { id: 'x', format: 'docx', outPath: 'x.pdf' },
      { id: 'x', format: 'docx', copies: 2, outPath: 'x.docx' },
      { id: 'x', copies: 21, outPath: 'x.pdf' },
      { id: 'x', outPath: 'x.pdf', signer: 'Giám đốc' },
    ],
  },
  'packages.export': {
    valid: async () => {
      const item = await r.call('items.add', outgoingItem({ docNumber: fresh('X-') }), r.admin);
      await r.call('incidents.add', incidentInput([item.id]), r.admin);
      return { toDir: usb(), recipient: police.host.workspace()?.meta().unitName };
    },
    invalid: [{ toDir: '/tmp' }, { toDir: '', recipient: 'x' }, { toDir: '/tmp', recipient: 'x', incidents: 'all' }],
  },
  'packages.verify': { valid: async () => ({ path: await receiptPath() }), invalid: [{}, { path: '' }] },
  'packages.import': { valid: async () => ({ path: await receiptPath() }), invalid: [{ path: 7 }] },
  'packages.receipt': {
    // Receiver mode only: its inputs are checked on a receiver register (tests/unit/core/packages-loop.test.ts),
    // where the permission lets them reach validation.
    valid: async () => ({ packageId: (await exportedPackage()).packageId, toDir: usb() }),
    invalid: [],
  },
  'packages.list': { valid: () => ({}), invalid: [{ unit: 'x' }] },
  'packages.cover': {
    valid: async () => ({
      packageId: (await exportedPackage()).packageId,
      outPath: join(r.dir, `${fresh('bia-')}.pdf`),
    }),
    invalid: [{ packageId: 'x', outPath: 'x.docx' }],
  },
  'agreements.list': { valid: () => ({}), invalid: [{ filter: 'x' }] },
  'agreements.get': { valid: () => ({ code: 'VN-LA' }), invalid: [{}, { code: 'LA' }, { code: 'VN-LA', x: 1 }] },
  'agreements.updateEquivalences': {
    valid: () => ({ code: 'VN-IT', equivalences: [] }),
    invalid: [
      { code: 'VN-IT' },
      { code: 'VN-IT', equivalences: [{ foreignMarking: '', vnLevel: 'mat', sourceClause: 'Điều 4' }] },
      { code: 'VN-IT', equivalences: [{ foreignMarking: 'SEGRETO', vnLevel: 'secret', sourceClause: 'Điều 4' }] },
      { code: 'VN-IT', equivalences: [{ foreignMarking: 'SEGRETO', vnLevel: 'mat', sourceClause: '' }] },
    ],
  },
};

describe('contract', () => {
  it('has a test case for every channel and a permission for every protected one', () => {
    expect(Object.keys(CASES).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) {
      const access = contract[channel].access;
      if (access !== 'public') expect(Object.keys(PERMISSIONS)).toContain(access);
    }
  });

  it.each(CHANNELS.flatMap((c) => (CASES[c]?.invalid ?? []).map((input, i) => [c, i, input] as const)))(
    '%s rejects invalid input #%i with VALIDATION and field paths',
    async (channel, _i, input) => {
      const result = await r.router.handle(channel, input, r.ctx());
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('VALIDATION');
        expect(result.error.issues?.length).toBeGreaterThan(0);
      }
    },
  );

  const isPublic = (c: string) => contract[c as keyof typeof contract].access === 'public';
  it.each(
    CHANNELS.filter(
      (c) => (!isPublic(c) || c === 'app.status') && c !== 'training.populate' && c !== 'packages.receipt',
    ),
  )('%s accepts its valid input', async (channel) => {
    const result = await r.router.handle(channel, await CASES[channel]?.valid(), r.ctx());
    expect(result).toMatchObject({ ok: true });
  });

  it('answers an unknown channel with UNKNOWN_CHANNEL, not an exception', async () => {
    expect(await r.router.handle('items.drop', {}, r.ctx())).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
  });
});

describe('permissions (every role × every protected channel)', () => {
  const protectedChannels = CHANNELS.filter((c) => contract[c].access !== 'public');
  const rows = protectedChannels.flatMap((channel) => ROLES.map((role) => [channel, role] as const));
  it.each(rows)('%s as %s is allowed exactly when the matrix says so', async (channel, role) => {
    const permission = contract[channel].access as keyof typeof PERMISSIONS;
    const allowed = (PERMISSIONS[permission] as readonly string[]).includes(role);
    const input = allowed ? await CASES[channel]?.valid() : {};
    const before = r.host.workspace()?.audit.head().seq ?? 0;
    const result = await r.router.handle(channel, input, { actor: actorWith(role) });
    if (allowed) {
      // Allowed means the permission check let it through; the stand-in actor may still fail later checks
      // (it has no key slot for a password change), but never with FORBIDDEN.
      if (!result.ok) expect(result.error.code, JSON.stringify(result.error)).not.toBe('FORBIDDEN');
      // (and a clerk stand-in has no department, so another department's item is NOT_FOUND to it).
      // A preview can only be recorded as printed by the person who opened it: to a stand-in it is NOT_FOUND.
      // training.populate works only on a training register (tests/unit/core/items-import.test.ts covers it).
      if (
        ![
          'session.changePassword',
          'items.get',
          'print.envelope',
          'print.receipt',
          'print.envelopePreview',
          'print.receiptPreview',
          'print.recordPrinted',
          'training.populate',
          // packages.receipt needs a received report package, which only a receiver register holds.
          'packages.receipt',
          // A clerk files only drafts they wrote; the stand-in did not write the admin's draft.
          'incidents.file',
        ].includes(channel)
      )
        expect(result).toMatchObject({ ok: true });
    } else {
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      // The refused attempt itself is on the record.
      expect(r.host.workspace()?.audit.head().seq).toBe(before + 1);
    }
  });
});

describe('locked register', () => {
  it('answers protected channels with LOCKED and still answers app.status', async () => {
    const other = await createTestRegister();
    other.host.lock();
    expect(await other.router.handle('agreements.list', {}, { actor: null })).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
    const status = await other.router.handle('app.status', {}, { actor: null });
    expect(status).toMatchObject({ ok: true, value: { state: 'locked', mode: null, unitName: null, user: null } });
    other.cleanup();
  });
});

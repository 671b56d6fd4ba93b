import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../../core/api/contract.ts';
import { PERMISSIONS } from '../../../core/domain/permissions.ts';
import { type Actor, ROLES } from '../../../core/domain/roles.ts';
import { createTestRegister, type TestRegister } from '../../support/temp-register.ts';

let r: TestRegister;
beforeAll(async () => {
  r = await createTestRegister();
});
afterAll(() => r.cleanup());

const actorWith = (...roles: Actor['roles']): Actor => ({ id: `test-${roles.join('-')}`, name: 'thu', roles, department: null });

/** Valid and invalid input for every channel; a new channel without a row here fails the parity check below. */
const CASES: Record<string, { valid: unknown; invalid: unknown[] }> = {
  'app.status': { valid: {}, invalid: [{ extra: 1 }] },
  'session.setup': {
    valid: { mode: 'unit', unitName: 'X', adminName: 'ab', password: 'x'.repeat(12) },
    invalid: [{}, { mode: 'other', unitName: 'X', adminName: 'ab', password: 'x'.repeat(12) }, { mode: 'unit', unitName: 'X', adminName: 'ab', password: 'short' }],
  },
  'session.unlock': { valid: { userName: 'quantri', password: 'x' }, invalid: [{ userName: 'a b', password: 'x' }, { userName: 'quantri' }] },
  'session.lock': { valid: {}, invalid: [{ now: true }] },
  'agreements.list': { valid: {}, invalid: [{ filter: 'x' }] },
  'agreements.get': { valid: { code: 'VN-LA' }, invalid: [{}, { code: 'LA' }, { code: 'VN-LA', x: 1 }] },
  'agreements.updateEquivalences': {
    valid: { code: 'VN-IT', equivalences: [] },
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

  it.each(CHANNELS.filter((c) => !c.startsWith('session.')))('%s accepts its valid input', async (channel) => {
    const result = await r.router.handle(channel, CASES[channel]?.valid, r.ctx());
    expect(result).toMatchObject({ ok: true });
  });

  it('answers an unknown channel with UNKNOWN_CHANNEL, not an exception', async () => {
    expect(await r.router.handle('items.drop', {}, r.ctx())).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });
});

describe('permissions (every role × every protected channel)', () => {
  const protectedChannels = CHANNELS.filter((c) => contract[c].access !== 'public');
  const rows = protectedChannels.flatMap((channel) => ROLES.map((role) => [channel, role] as const));
  it.each(rows)('%s as %s is allowed exactly when the matrix says so', async (channel, role) => {
    const permission = contract[channel].access as keyof typeof PERMISSIONS;
    const allowed = (PERMISSIONS[permission] as readonly string[]).includes(role);
    const before = r.host.workspace()?.audit.head().seq ?? 0;
    const result = await r.router.handle(channel, CASES[channel]?.valid, { actor: actorWith(role) });
    if (allowed) {
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
    expect(await other.router.handle('agreements.list', {}, { actor: null })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    const status = await other.router.handle('app.status', {}, { actor: null });
    expect(status).toMatchObject({ ok: true, value: { state: 'locked', mode: null, unitName: null, user: null } });
    other.cleanup();
  });
});

// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../core/api/contract.ts';
import { permissionsOf } from '../../core/domain/permissions.ts';
import { DEFAULT_SETTINGS } from '../../core/domain/settings.ts';
import type { Actor } from '../../core/domain/roles.ts';
import { setApi } from '../../renderer/bridge/api.ts';
import type { Api } from '../../renderer/bridge/api-types.ts';
import { useAgreements } from '../../renderer/stores/agreements.ts';
import { useEquivalences } from '../../renderer/stores/equivalences.ts';
import { useFrame } from '../../renderer/stores/frame.ts';
import { trackWork } from '../../renderer/stores/pending-work.ts';
import { useSession } from '../../renderer/stores/session.ts';
import { agreementFixture } from './support/fake-api.ts';

const AN: Actor = { id: 'u-an', name: 'nguyen.van.an', roles: ['admin', 'security_officer'], department: null };
const BINH: Actor = { id: 'u-binh', name: 'tran.thi.binh', roles: ['security_officer'], department: null };

/** A register with a lock switch: app.status answers as whoever `signedIn` says, session.lock logs out. */
function fakeRegister() {
  const state = { signedIn: AN as Actor | null, calls: [] as string[] };
  const status = (): ChannelOutput<'app.status'> => ({
    state: state.signedIn ? 'unlocked' : 'locked',
    appVersion: '0.1.0',
    appSchemaVersion: 1,
    registerSchemaVersion: 1,
    dbPath: '/tmp/fake.db',
    mode: 'unit',
    unitName: 'Sở Ngoại vụ tỉnh Quảng Trị',
    registerId: 'r1',
    training: false,
    rolesForMode: ['admin', 'security_officer', 'clerk', 'reporter', 'auditor'],
    user: state.signedIn,
    auditHead: null,
    permissions: state.signedIn ? permissionsOf(state.signedIn) : [],
    settings: state.signedIn ? DEFAULT_SETTINGS : null,
    clockBehindMinutes: null,
    auditCheck: null,
  });
  const api = new Proxy(
    {},
    {
      get: (_t, channel: string) => async () => {
        state.calls.push(channel);
        if (channel === 'app.status') return { ok: true, value: status() };
        if (channel === 'session.lock') {
          state.signedIn = null;
          return { ok: true, value: { locked: true } };
        }
        if (channel === 'agreements.list')
          return { ok: true, value: [agreementFixture('VN-LA'), agreementFixture('VN-IT')] };
        return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: '' } };
      },
    },
  ) as Api;
  return { api, state };
}

async function startWithDraft() {
  const fake = fakeRegister();
  setApi(fake.api);
  await useSession.getState().refresh();
  await useAgreements.getState().load();
  const italy = agreementFixture('VN-IT');
  useAgreements.getState().select('VN-IT');
  useFrame.getState().setArea('admin');
  useEquivalences.getState().open(italy);
  useEquivalences.getState().addRow('VN-IT');
  useEquivalences.getState().update('VN-IT', 0, 'foreignMarking', 'SEGRETO');
  // A second agreement opened but not changed: nothing worth keeping.
  useEquivalences.getState().open(agreementFixture('VN-LA'));
  return fake;
}

describe('drafts across a lock', () => {
  beforeEach(() => {
    useEquivalences.getState().reset();
    useAgreements.getState().reset();
    useSession.setState({ phase: 'loading', status: null, lockReason: null, locking: false });
  });

  it('keeps changed drafts, the open agreement and the area for the same person', async () => {
    const fake = await startWithDraft();
    await useSession.getState().lock('idle');
    expect(useSession.getState().phase).toBe('locked');
    expect(useSession.getState().lockReason).toBe('idle');
    expect(useAgreements.getState().list).toEqual([]);
    expect(Object.keys(useEquivalences.getState().drafts)).toEqual(['VN-IT']);

    fake.state.signedIn = AN;
    await useSession.getState().refresh();
    expect(useSession.getState().lockReason).toBeNull();
    expect(useEquivalences.getState().drafts['VN-IT']?.rows[0]?.foreignMarking).toBe('SEGRETO');
    expect(useAgreements.getState().selected).toBe('VN-IT');
    expect(useFrame.getState().area).toBe('admin');
  });

  it('drops them when someone else unlocks', async () => {
    const fake = await startWithDraft();
    await useSession.getState().lock();
    expect(useSession.getState().lockReason).toBe('manual');
    fake.state.signedIn = BINH;
    await useSession.getState().refresh();
    expect(useEquivalences.getState().drafts).toEqual({});
    expect(useAgreements.getState().selected).toBeNull();
    expect(useFrame.getState().area).toBe('agreements');

    // …and they do not come back for their author afterwards.
    await useSession.getState().lock();
    fake.state.signedIn = AN;
    await useSession.getState().refresh();
    expect(useEquivalences.getState().drafts).toEqual({});
  });

  it('waits for a save in flight before locking', async () => {
    const fake = await startWithDraft();
    let finish = () => {};
    void trackWork(new Promise<void>((resolve) => (finish = resolve)));
    const locking = useSession.getState().lock();
    await new Promise((r) => setTimeout(r, 20));
    expect(fake.state.calls).not.toContain('session.lock');
    expect(useSession.getState().locking).toBe(true);
    finish();
    await locking;
    expect(fake.state.calls).toContain('session.lock');
    expect(useSession.getState().phase).toBe('locked');
    expect(useSession.getState().locking).toBe(false);
  });
});

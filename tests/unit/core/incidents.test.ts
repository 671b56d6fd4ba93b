import { afterEach, describe, expect, it } from 'vitest';
import { incidentInput } from '../../support/incidents.ts';
import { incomingItem, outgoingItem } from '../../support/items.ts';
import { createTestRegister, type TestRegister } from '../../support/temp-register.ts';

let r: TestRegister;
afterEach(() => r?.cleanup());

const failure = async (channel: 'incidents.add' | 'incidents.update' | 'incidents.file', input: unknown) => {
  const result = await r.router.call(channel, input, r.ctx());
  if (result.ok) throw new Error('expected a failure');
  return result.error;
};

async function twoItems() {
  const a = await r.call('items.add', outgoingItem());
  const b = await r.call('items.add', incomingItem());
  return [a, b] as const;
}

describe('incident reports', () => {
  it('files a report: highest level of its items, own number in the outgoing book, items marked, audited', async () => {
    r = await createTestRegister();
    const [a, b] = await twoItems();
    const report = await r.call('incidents.add', incidentInput([a.id, b.id]));
    expect(report).toMatchObject({
      state: 'filed',
      type: 'lost',
      level: 'toi_mat',
      version: 1,
      reportNumber: '01/BC-SNVTDL',
      addressee: 'Phòng An ninh chính trị nội bộ, Công an tỉnh',
      filedBy: 'quantri',
      overdue: false,
    });
    expect(report.items.map((i) => [i.book, i.registerNo, i.level, i.agreement])).toEqual([
      ['outgoing', 1, 'mat', 'VN-IT'],
      ['incoming', 1, 'toi_mat', 'VN-LA'],
    ]);
    expect(report.hoursSinceDiscovery).toBeCloseTo(1.5, 1);
    // Registered in the outgoing book as a domestic report to the police.
    const registered = await r.call('items.get', { id: report.reportItemId });
    expect(registered).toMatchObject({
      book: 'outgoing',
      registerNo: 2,
      agreement: null,
      docNumber: report.reportNumber,
      docType: 'Báo cáo đột xuất',
      level: 'toi_mat',
      recipients: 'Phòng An ninh chính trị nội bộ, Công an tỉnh',
    });
    expect((await r.call('items.get', { id: a.id })).status).toBe('lost');
    expect((await r.call('items.get', { id: b.id })).status).toBe('lost');
    const actions = (await r.call('audit.list', { limit: 10 })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['incident.drafted', 'item.registered', 'incident.filed']));
    expect((await r.call('audit.verify', {})).ok).toBe(true);
    // The next report of the year takes the next number.
    const second = await r.call('incidents.add', incidentInput([a.id], { type: 'exposed' }));
    expect(second.reportNumber).toMatch(/^02\/BC-/);
    expect((await r.call('items.get', { id: a.id })).status).toBe('exposed');
  });

  it('keeps a draft, edits it, flags it after the configured hours, then files it', async () => {
    r = await createTestRegister();
    const [a] = await twoItems();
    const draft = await r.call('incidents.add', incidentInput([a.id], { draft: true }));
    expect(draft).toMatchObject({ state: 'draft', reportNumber: null, overdue: false });
    expect((await r.call('items.get', { id: a.id })).status).toBe('registered');
    const fields = incidentInput([a.id], { type: 'at_risk', remedy: 'Theo dõi tiếp.' });
    const edited = await r.call('incidents.update', { id: draft.id, ...fields });
    expect(edited).toMatchObject({ type: 'at_risk', remedy: 'Theo dõi tiếp.', state: 'draft' });
    r.clock.advance(9 * 3600_000);
    expect((await r.call('incidents.get', { id: draft.id })).overdue).toBe(true);
    await r.call('settings.update', { incidentDraftHours: 24 });
    expect((await r.call('incidents.get', { id: draft.id })).overdue).toBe(false);
    const filed = await r.call('incidents.file', { id: draft.id });
    expect(filed).toMatchObject({ state: 'filed', overdue: false });
    expect((await r.call('items.get', { id: a.id })).status).toBe('at_risk');
    expect((await failure('incidents.file', { id: draft.id })).message).toMatch(/đã được lập/);
    expect((await failure('incidents.update', { id: draft.id, ...fields })).message).toMatch(/không sửa được/);
  });

  it('a follow-up is a new version linked to the first; closing ends the chain’s follow-up', async () => {
    r = await createTestRegister();
    const [a] = await twoItems();
    const first = await r.call('incidents.add', incidentInput([a.id]));
    const next = await r.call('incidents.add', incidentInput([a.id], { followUpOf: first.id, remedy: 'Đã tìm thấy.' }));
    expect(next).toMatchObject({ chainId: first.id, version: 2, state: 'filed' });
    const closed = await r.call('incidents.close', { id: first.id });
    expect(closed).toMatchObject({ state: 'closed' });
    expect(closed.closedAt).not.toBeNull();
    const list = await r.call('incidents.list', {});
    expect(list.incidents.map((i) => i.version).sort()).toEqual([1, 2]);
    expect((await r.call('incidents.list', { state: 'closed' })).incidents).toHaveLength(1);
  });

  it('refuses bad reports with specific errors and writes nothing', async () => {
    r = await createTestRegister();
    const [a, b] = await twoItems();
    const before = (await r.call('audit.verify', {})).head.seq;
    const noItems = await failure('incidents.add', incidentInput([]));
    expect(noItems.issues?.[0]).toMatchObject({ path: 'items', message: 'Chọn ít nhất một tài liệu trong sổ.' });
    const unknown = await failure('incidents.add', incidentInput(['khong-co']));
    expect(unknown.issues?.[0]?.message).toMatch(/Không có tài liệu khong-co/);
    const future = await failure('incidents.add', incidentInput([a.id], { discoveredAt: '2026-11-24T08:00:00+07:00' }));
    expect(future.issues?.[0]).toMatchObject({ path: 'discoveredAt' });
    const lower = await failure('incidents.add', incidentInput([b.id], { level: 'mat' }));
    expect(lower.issues?.[0]?.message).toMatch(/không thể thấp hơn .*Tối mật/);
    const badType = await failure('incidents.add', incidentInput([a.id], { type: 'stolen' }));
    expect(badType.issues?.[0]?.message).toMatch(/bị lộ/);
    const badTime = await failure('incidents.add', incidentInput([a.id], { discoveredAt: 'hôm qua' }));
    expect(badTime.issues?.[0]?.message).toMatch(/ISO 8601/);
    expect((await r.call('audit.verify', {})).head.seq).toBe(before);
    expect((await r.call('incidents.list', {})).incidents).toHaveLength(0);
    // The level can be raised, never lowered.
    const raised = await r.call('incidents.add', incidentInput([a.id], { level: 'tuyet_mat' }));
    expect(raised.level).toBe('tuyet_mat');
    expect((await r.call('items.get', { id: raised.reportItemId })).summary).toBeNull();
  });

  it('the receiver side does not write reports of its own', async () => {
    r = await createTestRegister('receiver');
    const error = await failure('incidents.add', incidentInput(['x']));
    expect(error.code).toBe('FORBIDDEN');
  });

  it('a clerk reports only on items of their own department and files only their own drafts', async () => {
    r = await createTestRegister();
    const theirs = await r.call('items.add', outgoingItem({ department: 'Phòng Lãnh sự' }));
    const own = await r.call('items.add', outgoingItem({ docNumber: '77/CV', department: 'Văn phòng' }));
    const clerk = { id: 'clerk-1', name: 'vanthu', roles: ['clerk' as const], department: 'Văn phòng' };
    const refused = await r.router.call('incidents.add', incidentInput([theirs.id]), { actor: clerk });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const drafted = await r.router.call('incidents.add', incidentInput([own.id], { draft: true }), { actor: clerk });
    expect(drafted).toMatchObject({ ok: true, value: { state: 'draft', createdBy: 'vanthu' } });
    if (!drafted.ok) throw new Error('draft refused');
    const otherClerk = { ...clerk, id: 'clerk-2', name: 'vanthu2' };
    expect(await r.router.call('incidents.file', { id: drafted.value.id }, { actor: otherClerk })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await r.router.call('incidents.file', { id: drafted.value.id }, { actor: clerk })).toMatchObject({
      ok: true,
      value: { state: 'filed' },
    });
  });
});

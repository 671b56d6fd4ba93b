import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { outgoingItem } from '../../support/items.ts';
import { deviceWithRoom, fillUp, mountTmpfs, namesIn, readOnlyDevice, SAYS } from '../../support/media.ts';
import { createTestRegister, type TestRegister } from '../../support/temp-register.ts';

/**
 * Every printout and export of the register, written to a full or a read-only medium: a clear Vietnamese error with a
 * stable code, nothing left on the medium (no temp file either), and nothing changed in the register (same chain head).
 */
let r: TestRegister;
beforeAll(async () => {
  r = await createTestRegister();
  for (let i = 0; i < 12; i++)
    await r.call('items.add', outgoingItem({ docNumber: `${300 + i}/CV-SNgV`, summary: `Về việc phối hợp đợt ${i}` }));
});
afterAll(() => r.cleanup());
afterEach(() => vi.restoreAllMocks());

const WRITERS = [
  [
    'the register book (PDF)',
    'print.register',
    (dir: string) => ({ book: 'outgoing', year: 2026, outPath: join(dir, 'so.pdf') }),
  ],
  [
    'the register book (.docx)',
    'print.register',
    (dir: string) => ({ book: 'outgoing', year: 2026, format: 'docx', outPath: join(dir, 'so.docx') }),
  ],
  ['the .xlsx export', 'items.exportXlsx', (dir: string) => ({ book: 'outgoing', outPath: join(dir, 'so.xlsx') })],
  ['the backup (register and keys file)', 'backup.create', (dir: string) => ({ outDir: dir })],
] as const;

async function refusedOn(channel: (typeof WRITERS)[number][1], input: unknown) {
  const head = (await r.call('audit.verify', {})).head;
  const result = await r.router.call(channel, input, r.ctx());
  vi.restoreAllMocks();
  if (result.ok) throw new Error(`${channel} reported success: ${JSON.stringify(result.value)}`);
  const after = await r.call('audit.verify', {});
  expect(after.ok).toBe(true);
  expect(after.head, 'the register changed').toEqual(head);
  return result.error;
}

describe.each(WRITERS)('%s on a failing medium (injected through the writer seam)', (_name, channel, input) => {
  it('a full device: DISK_FULL in words, nothing on the medium, nothing in the register', async () => {
    const dir = mkdtempSync(join(r.dir, 'full-'));
    deviceWithRoom(2048);
    const error = await refusedOn(channel, input(dir));
    expect(error.code).toBe('DISK_FULL');
    expect(error.message).toMatch(SAYS.DISK_FULL);
    expect(namesIn(dir)).toEqual([]);
  });

  it('a read-only device: READ_ONLY_MEDIA in words, nothing on it, nothing in the register', async () => {
    const dir = mkdtempSync(join(r.dir, 'ro-'));
    readOnlyDevice();
    const error = await refusedOn(channel, input(dir));
    expect(error.code).toBe('READ_ONLY_MEDIA');
    expect(error.message).toMatch(SAYS.READ_ONLY_MEDIA);
    expect(namesIn(dir)).toEqual([]);
  });

  it('the same call on a healthy medium succeeds (so the failures above are the medium’s)', async () => {
    const dir = mkdtempSync(join(r.dir, 'ok-'));
    expect((await r.router.call(channel, input(dir), r.ctx())).ok).toBe(true);
    expect(namesIn(dir).length).toBeGreaterThan(0);
  });
});

const stick = mountTmpfs(512);
describe.skipIf('skipped' in stick)(
  `every printout and export on a real 512 KB tmpfs, filled, then read-only${'skipped' in stick ? ` — SKIPPED: ${stick.skipped}` : ''}`,
  () => {
    const mounted = stick as Exclude<typeof stick, { skipped: string }>;
    afterAll(() => mounted.unmount());

    it.each(WRITERS)('%s', async (_name, channel, input) => {
      const dir = join(mounted.dir, channel.replace('.', '-') + (namesIn(mounted.dir).length + 1));
      mkdirSync(dir);
      fillUp(mounted.dir);
      const full = await refusedOn(channel, input(dir));
      expect([full.code, full.message]).toEqual(['DISK_FULL', expect.stringMatching(SAYS.DISK_FULL)]);
      expect(namesIn(dir)).toEqual([]);
    });

    it('read-only after the fact (write-protect switch): every writer says so, nothing written', async () => {
      const before = namesIn(mounted.dir);
      mounted.makeReadOnly();
      for (const [, channel, input] of WRITERS) {
        const error = await refusedOn(channel, input(mounted.dir));
        expect([channel, error.code]).toEqual([channel, 'READ_ONLY_MEDIA']);
      }
      expect(namesIn(mounted.dir)).toEqual(before);
    });
  },
);
if ('skipped' in stick) console.warn(`full-media.test: ${stick.skipped}; the injected-fault tests ran instead.`);

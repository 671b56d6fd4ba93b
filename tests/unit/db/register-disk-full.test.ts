import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outgoingItem } from '../../support/items.ts';
import { fillUp, type MountedMedium, mountTmpfs } from '../../support/media.ts';
import { ADMIN, hostFor, routerFor } from '../../support/temp-register.ts';

/**
 * The register's own disk running full. SQLite's own writes cannot go through the app's writer seam, so this needs a
 * real small tmpfs (root and mount rights, as in CI) and says SKIPPED with the reason where it cannot have one.
 */
const disk = mountTmpfs(3 * 1024);
describe.skipIf('skipped' in disk)(
  `a register on a disk that fills up${'skipped' in disk ? ` — SKIPPED: ${disk.skipped}` : ''}`,
  () => {
    it('answers DISK_FULL in words, not INTERNAL; nothing half-written; after space is freed it goes on', async () => {
      const { dir, unmount } = disk as MountedMedium;
      const host = hostFor(join(dir, 'so.db'));
      try {
        const router = routerFor(host);
        const ctx = () => ({ actor: host.actor() });
        const input = { mode: 'unit', unitName: 'Sở Ngoại vụ', adminName: ADMIN.name, password: ADMIN.password };
        expect((await router.call('session.setup', input, ctx())).ok).toBe(true);
        fillUp(dir);
        let refused = null;
        let added = 0;
        for (; added < 5000 && !refused; added++) {
          const item = outgoingItem({ docNumber: `${added}/CV`, summary: 'Về việc '.padEnd(900, 'x') });
          const result = await router.call('items.add', item, ctx());
          if (!result.ok) refused = result.error;
        }
        expect(refused).toMatchObject({ code: 'DISK_FULL' });
        expect(refused?.message).toMatch(/^Ổ đĩa chứa sổ đăng ký đã đầy: thao tác chưa được ghi vào sổ/);
        rmSync(join(dir, 'filler.bin'));
        const verified = await router.call('audit.verify', {}, ctx());
        expect(verified).toMatchObject({ ok: true, value: { ok: true } });
        const listed = await router.call('items.list', { book: 'outgoing' }, ctx());
        // Every item but the refused one is there, with no gap and no half-written row.
        expect(listed.ok && listed.value.total).toBe(added - 1);
        expect((await router.call('items.add', outgoingItem({ docNumber: 'sau/CV' }), ctx())).ok).toBe(true);
      } finally {
        host.lock();
        unmount();
      }
    });
  },
);
if ('skipped' in disk) console.warn(`register-disk-full.test: ${disk.skipped}`);

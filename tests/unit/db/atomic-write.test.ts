import { mkdtempSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../core/domain/errors.ts';
import { copyFileAtomic, medium, writeFileAtomic } from '../../../db/files/atomic-write.ts';
import { storageError } from '../../../db/files/media-error.ts';
import { deviceStoring, deviceWithRoom, mountTmpfs, namesIn, readOnlyDevice, SAYS } from '../../support/media.ts';
import { ADMIN, createTestRegister, tempDir, type TestRegister } from '../../support/temp-register.ts';

const work = tempDir('cxr-atomic-');
afterAll(work.cleanup);
afterEach(() => vi.restoreAllMocks());

const freshDir = () => mkdtempSync(join(work.dir, 'device-'));

const failureOf = (write: () => void): AppError => {
  try {
    write();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('the write reported success');
};

const MEGABYTE = Buffer.alloc(1 << 20, 0x5a);

describe('the atomic writer on a full device (injected through its seam, always runs)', () => {
  it('keeps writing after a short write, and writes the whole file when it fits', () => {
    // A device that takes at most 1000 bytes per call: the old single writeSync kept only the first 1000.
    const calls = vi.spyOn(medium, 'write').mockImplementation((fd, bytes, offset, length) => {
      return writeSync(fd, bytes, offset, Math.min(length, 1000));
    });
    const path = join(work.dir, 'whole.bin');
    writeFileAtomic(path, MEGABYTE);
    expect(readFileSync(path).equals(MEGABYTE)).toBe(true);
    expect(calls.mock.calls.length).toBe(Math.ceil(MEGABYTE.length / 1000));
  });

  it('fails with DISK_FULL in words, leaves neither the target nor a temp file, and keeps the old content', () => {
    const dir = freshDir();
    const path = join(dir, 'keys.json');
    writeFileSync(path, 'old content');
    deviceWithRoom(64 * 1024);
    const error = failureOf(() => writeFileAtomic(path, MEGABYTE));
    expect(error.code).toBe('DISK_FULL');
    expect(error.message).toMatch(SAYS.DISK_FULL);
    expect(error.message).toContain('(cần 1,0 MB, chỉ ghi được 64 KB)');
    expect(namesIn(dir)).toEqual(['keys.json']);
    expect(readFileSync(path, 'utf8')).toBe('old content');
  });

  it('treats a write that takes nothing and reports no error as a full device', () => {
    const dir = freshDir();
    vi.spyOn(medium, 'write').mockReturnValue(0);
    expect(failureOf(() => writeFileAtomic(join(dir, 'a.pdf'), 'x')).code).toBe('DISK_FULL');
    expect(namesIn(dir)).toEqual([]);
  });

  it('checks the size the file system holds before the rename: a device that lies is a failing device', () => {
    const dir = freshDir();
    deviceStoring((bytes) => bytes.subarray(0, bytes.length - 10));
    const error = failureOf(() => writeFileAtomic(join(dir, 'a.pdf'), MEGABYTE));
    expect(error.code).toBe('MEDIA_WRITE_FAILED');
    expect(error.message).toMatch(/^Thiết bị lưu trữ báo lỗi EIO khi ghi tệp .*a\.pdf/);
    expect(namesIn(dir)).toEqual([]);
  });

  it('copies a file through the same writer, and a copy that does not fit leaves nothing', () => {
    const dir = freshDir();
    const source = join(work.dir, 'register.db');
    writeFileSync(source, Buffer.concat([MEGABYTE, MEGABYTE, Buffer.from('tail')]));
    copyFileAtomic(source, join(dir, 'copy.db'));
    expect(readFileSync(join(dir, 'copy.db')).equals(readFileSync(source))).toBe(true);
    deviceWithRoom(1_500_000);
    expect(failureOf(() => copyFileAtomic(source, join(dir, 'second.db'))).code).toBe('DISK_FULL');
    expect(namesIn(dir)).toEqual(['copy.db']);
  });

  it('says read-only and permission denied in words', () => {
    const dir = freshDir();
    readOnlyDevice();
    const error = failureOf(() => writeFileAtomic(join(dir, 'a.xlsx'), 'x'));
    expect(error.code).toBe('READ_ONLY_MEDIA');
    expect(error.message).toMatch(SAYS.READ_ONLY_MEDIA);
    expect(namesIn(dir)).toEqual([]);
    // Root (these tests' user in CI) may write anywhere, so EACCES cannot be staged here: the mapping is checked.
    const denied = storageError(Object.assign(new Error('EACCES'), { code: 'EACCES' }), '/srv/usb/a.pdf');
    expect(denied).toMatchObject({ code: 'WRITE_DENIED' });
    expect((denied as AppError).message).toBe(
      'Không có quyền ghi vào thư mục /srv/usb: không ghi được tệp /srv/usb/a.pdf. Chọn thư mục khác hoặc nhờ quản trị máy cấp quyền.',
    );
    const bug = new TypeError('not a storage error');
    expect(storageError(bug, '/x')).toBe(bug);
  });
});

describe('the keys file on a full disk', () => {
  let r: TestRegister;
  afterEach(() => r?.cleanup());

  it('a password change that cannot be written leaves the old keys file, the old password and no audit event', async () => {
    r = await createTestRegister();
    const keysBefore = readFileSync(`${r.path}.keys`);
    const head = (await r.call('audit.verify', {})).head;
    deviceWithRoom(200);
    const result = await r.router.call(
      'session.changePassword',
      { currentPassword: ADMIN.password, newPassword: 'mat-khau-moi-rat-dai-2' },
      r.ctx(),
    );
    vi.restoreAllMocks();
    expect(result).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    expect(readFileSync(`${r.path}.keys`).equals(keysBefore)).toBe(true);
    expect(namesIn(r.dir).filter((n) => n.includes('.tmp-'))).toEqual([]);
    expect((await r.call('audit.verify', {})).head).toEqual(head);
    r.host.lock();
    await r.call('session.unlock', { userName: ADMIN.name, password: ADMIN.password }, null);
  });
});

const stick = mountTmpfs(512);
describe.skipIf('skipped' in stick)(
  `the atomic writer on a real 512 KB tmpfs${'skipped' in stick ? ` — SKIPPED: ${stick.skipped}` : ''}`,
  () => {
    const mounted = stick as Exclude<typeof stick, { skipped: string }>;
    afterAll(() => mounted.unmount());

    it('a file larger than the device: DISK_FULL, nothing left; then read-only: READ_ONLY_MEDIA', () => {
      const error = failureOf(() => writeFileAtomic(join(mounted.dir, 'so.pdf'), MEGABYTE));
      expect(error.code).toBe('DISK_FULL');
      expect(error.message).toContain('chỉ ghi được 512 KB');
      expect(namesIn(mounted.dir)).toEqual([]);
      writeFileAtomic(join(mounted.dir, 'small.txt'), 'vừa đủ chỗ');
      mounted.makeReadOnly();
      expect(failureOf(() => writeFileAtomic(join(mounted.dir, 'b.txt'), 'x')).code).toBe('READ_ONLY_MEDIA');
      expect(namesIn(mounted.dir)).toEqual(['small.txt']);
    });
  },
);
if ('skipped' in stick) console.warn(`atomic-write.test: ${stick.skipped}; the injected-fault tests ran instead.`);

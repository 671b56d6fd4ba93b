import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, rmdirSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { medium } from '../../db/files/atomic-write.ts';

/** What a failed call on a full or read-only medium must say (Vietnamese, the words a clerk needs). */
export const SAYS = {
  DISK_FULL: /^Ổ đĩa đã đầy: không ghi được tệp .+; giải phóng chỗ trống hoặc chọn ổ khác/,
  READ_ONLY_MEDIA: /^Ổ đĩa chỉ cho đọc .+: không ghi được tệp .+\. Mở khóa ghi của thiết bị hoặc chọn ổ khác\./,
} as const;

const errno = (code: string, syscall: string, message: string) =>
  Object.assign(new Error(`${code}: ${message}, ${syscall}`), { code, syscall });

/**
 * Acts out a device with `room` bytes free through the writer's seam, the way Linux answers: a write that does not
 * fit takes what fits and returns the count, the next one fails with ENOSPC. Call `.mockRestore()` when done.
 */
export function deviceWithRoom(room: number) {
  let left = room;
  return vi.spyOn(medium, 'write').mockImplementation((fd, bytes, offset, length) => {
    if (left <= 0) throw errno('ENOSPC', 'write', 'no space left on device');
    const n = writeSync(fd, bytes, offset, Math.min(left, length));
    left -= n;
    return n;
  });
}

/** A write-protected stick: creating any file there fails with EROFS, as the kernel says it. */
export function readOnlyDevice() {
  return vi.spyOn(medium, 'create').mockImplementation(() => {
    throw errno('EROFS', 'open', 'read-only file system');
  });
}

/** A failing device that acknowledges every byte but stores `store(bytes)` instead (pulled stick, bad flash). */
export function deviceStoring(store: (bytes: Uint8Array) => Uint8Array) {
  return vi.spyOn(medium, 'write').mockImplementation((fd, bytes, offset, length) => {
    writeSync(fd, store(bytes.subarray(offset, offset + length)));
    return length;
  });
}

export interface MountedMedium {
  dir: string;
  /** Remounts it read-only (a write-protect switch turned after it was plugged in). */
  makeReadOnly(): void;
  unmount(): void;
}

/**
 * A real small tmpfs (needs root and the right to mount; CI runs as root on this kind of machine). Returns the reason
 * instead where mounting is not permitted, so a suite can skip with that reason in its title rather than pass.
 */
export function mountTmpfs(sizeKb: number): MountedMedium | { skipped: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cxr-stick-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k,mode=0700`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    rmdirSync(dir);
    const said = String((error as { stderr?: Buffer }).stderr ?? (error as Error).message).trim();
    return {
      skipped: `mounting a ${sizeKb} KB tmpfs is not permitted here (${said.split('\n')[0] || 'mount failed'})`,
    };
  }
  return {
    dir,
    makeReadOnly: () => execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'pipe' }),
    unmount: () => {
      execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
      rmdirSync(dir);
    },
  };
}

/** Fills a mounted medium to its last byte, so that the next file written there cannot fit. */
export function fillUp(dir: string) {
  const fd = openSync(join(dir, 'filler.bin'), 'w');
  const block = Buffer.alloc(4096, 7);
  try {
    for (;;) writeSync(fd, block);
  } catch {
    // ENOSPC: full.
  } finally {
    closeSync(fd);
  }
}

/** Every name in a folder, temp files included, so "nothing left behind" is checked by listing, not by guessing. */
export const namesIn = (dir: string) => readdirSync(dir).sort();

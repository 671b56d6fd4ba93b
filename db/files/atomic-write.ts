import { closeSync, fstatSync, fsyncSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../core/domain/errors.ts';
import { storageError } from './media-error.ts';

/**
 * The two system calls where the target medium answers: creating the file (a read-only stick refuses here) and
 * writing to it, which may take fewer bytes than asked (a nearly full device takes what fits and says how much).
 * Kept behind this object so a test can act out a full, read-only or failing device where it cannot mount one.
 */
export const medium = {
  create(path: string, mode: number): number {
    return openSync(path, 'wx', mode);
  },
  write(fd: number, bytes: Uint8Array, offset: number, length: number): number {
    return writeSync(fd, bytes, offset, length);
  },
};

const failure = (code: string, message: string) => Object.assign(new Error(message), { code });

/**
 * Fills a new temp file beside `path` through `put`, which writes every byte it is given or throws; checks the file
 * system's size of it against what was written; fsyncs; only then renames it into place and fsyncs the folder. After
 * a crash, a full device or a pulled stick the target holds the old content or the new, never a short file, and the
 * temp file is gone (a short keys file would lock everyone out of the register; a short PDF looks printed). Errors
 * come out as DISK_FULL, READ_ONLY_MEDIA, WRITE_DENIED or MEDIA_WRITE_FAILED (media-error.ts).
 */
function writeAtomically(path: string, mode: number, needed: number, fill: (put: (chunk: Uint8Array) => void) => void) {
  const tmp = `${path}.tmp-${process.pid}-${Date.now()}`;
  let written = 0;
  let fd: number | null = null;
  try {
    fd = medium.create(tmp, mode);
    const out = fd;
    fill((chunk) => {
      for (let done = 0; done < chunk.length; ) {
        const n = medium.write(out, chunk, done, chunk.length - done);
        // No error and nothing taken: POSIX allows it, and it means the device has no room left.
        if (n <= 0) throw failure('ENOSPC', `write took 0 of ${chunk.length - done} bytes`);
        done += n;
        written += n;
      }
    });
    fsyncSync(out);
    const size = fstatSync(out).size;
    // Only a copy can get here short: its source gave fewer bytes than its size said. Not the target's fault.
    if (written !== needed) throw new Error(`the source gave ${written} of ${needed} bytes`);
    // A device that acknowledged every byte but holds fewer is failing, not full.
    if (size !== written) {
      const acknowledged = written;
      written = size;
      throw failure('EIO', `the file holds ${size} of ${acknowledged} bytes written`);
    }
    fd = null;
    closeSync(out);
    renameSync(tmp, path);
  } catch (error) {
    if (fd !== null) closeQuietly(fd);
    try {
      rmSync(tmp, { force: true });
    } catch {
      // The medium is gone or refuses even this; nothing more can be done from here.
    }
    throw storageError(error, path, { needed, written });
  }
  try {
    const folder = openSync(dirname(path), 'r');
    fsyncSync(folder);
    closeSync(folder);
  } catch {
    // Some platforms (Windows) cannot open a folder for fsync; the rename itself is still atomic there.
  }
}

function closeQuietly(fd: number) {
  try {
    closeSync(fd);
  } catch {
    // Already failing; the error that matters is the one being thrown.
  }
}

/** Every file this app writes (keys file, printouts, exports, packages, sheets) goes through here. */
export function writeFileAtomic(path: string, data: string | Uint8Array, mode = 0o600): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  writeAtomically(path, mode, bytes.length, (put) => put(bytes));
}

const COPY_CHUNK = 1 << 20;

/** A file copied in 1 MiB chunks through the same writer (backups and restores of a register of any size). */
export function copyFileAtomic(from: string, to: string, mode = 0o600): void {
  const source = openSync(from, 'r');
  try {
    const needed = fstatSync(source).size;
    const chunk = Buffer.allocUnsafe(COPY_CHUNK);
    writeAtomically(to, mode, needed, (put) => {
      for (let n = readSource(source, chunk, from); n > 0; n = readSource(source, chunk, from))
        put(chunk.subarray(0, n));
    });
  } finally {
    closeSync(source);
  }
}

/** A read error is the source's (the register's own disk), not the target medium's, and must not be blamed on it. */
function readSource(fd: number, chunk: Buffer, from: string): number {
  try {
    return readSync(fd, chunk, 0, chunk.length, null);
  } catch (error) {
    throw new AppError('INTERNAL', `Không đọc được tệp nguồn ${from}: ${(error as Error).message}`);
  }
}

import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AppError } from '../core/domain/errors.ts';
import type { FileOutput } from '../core/ports/file-output.ts';
import { writeFileAtomic } from './files/atomic-write.ts';

/** The file system behind core's FileOutput port, writing through the one atomic writer (db/files/atomic-write.ts). */
export const atomicFileOutput: FileOutput = {
  write(path, data, options = {}) {
    const target = resolve(path);
    if (!existsSync(dirname(target))) throw new AppError('VALIDATION', `Thư mục không tồn tại: ${dirname(target)}`);
    if (!options.overwrite && existsSync(target))
      throw new AppError('VALIDATION', `Tệp đã tồn tại, không ghi đè: ${target}`);
    writeFileAtomic(target, data, 0o600);
    return target;
  },
  read(path, maxBytes) {
    const target = resolve(path);
    let size: number;
    try {
      const stat = statSync(target);
      if (!stat.isFile()) throw new AppError('VALIDATION', `Không phải tệp: ${target}`);
      size = stat.size;
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('NOT_FOUND', `Không đọc được tệp: ${target}`);
    }
    if (size > maxBytes)
      throw new AppError(
        'PACKAGE_TOO_LARGE',
        `Tệp quá lớn (${Math.ceil(size / 1048576)} MiB; tối đa ${Math.floor(maxBytes / 1048576)} MiB): không phải gói hợp lệ.`,
      );
    return readFileSync(target);
  },
  remove(path) {
    const target = resolve(path);
    try {
      rmSync(target, { force: true });
    } catch {
      // Answered below: the file is still there.
    }
    return !existsSync(target);
  },
};

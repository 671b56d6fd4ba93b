import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AppError } from '../core/domain/errors.ts';
import type { FileOutput } from '../core/ports/file-output.ts';
import { writeFileAtomic } from './keys/atomic-write.ts';

/** The file system behind core's FileOutput port (kept here with the one atomic-write implementation). */
export const atomicFileOutput: FileOutput = {
  write(path, data, options = {}) {
    const target = resolve(path);
    if (!existsSync(dirname(target))) throw new AppError('VALIDATION', `Thư mục không tồn tại: ${dirname(target)}`);
    if (!options.overwrite && existsSync(target))
      throw new AppError('VALIDATION', `Tệp đã tồn tại, không ghi đè: ${target}`);
    writeFileAtomic(target, data, 0o600);
    return target;
  },
};

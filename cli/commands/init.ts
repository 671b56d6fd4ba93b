import { existsSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AppError, isAppError } from '../../core/domain/errors.ts';
import { writeFileAtomic } from '../../db/files/atomic-write.ts';
import { keysPathOf } from '../../db/keys/keys-file.ts';
import { composeCli } from '../compose.ts';
import { usageError } from '../exit-codes.ts';
import { dbPath, type Flags, requireFlag } from '../options.ts';
import { readPassword } from '../password.ts';
import { recoverySheet } from '../recovery-sheet.ts';

export async function initCommand(flags: Flags): Promise<unknown> {
  const db = resolve(dbPath(flags));
  const mode = requireFlag(flags, 'mode', 'unit hoặc receiver');
  const unitName = requireFlag(flags, 'unit', 'tên đơn vị');
  const adminName = requireFlag(flags, 'admin', 'tên đăng nhập của quản trị viên đầu tiên');
  const recoveryOut = resolve(requireFlag(flags, 'recovery-out', 'tệp ghi mã khôi phục'));
  // Checked before anything is created: a register whose recovery code was lost must not come into being.
  if (!existsSync(dirname(recoveryOut)))
    throw usageError(`Thư mục của --recovery-out không tồn tại: ${dirname(recoveryOut)}`);
  if (existsSync(recoveryOut)) throw usageError(`Tệp --recovery-out đã tồn tại, không ghi đè: ${recoveryOut}`);
  const password = await readPassword('Mật khẩu quản trị mới: ');
  const cli = composeCli(db);
  try {
    const { recoveryCode, recoveryKit, user } = await cli.call('session.setup', {
      mode,
      unitName,
      adminName,
      password,
    });
    const status = await cli.call('app.status');
    const at = new Date().toISOString();
    const sheet = recoverySheet({
      code: recoveryCode,
      kit: recoveryKit,
      unitName,
      registerId: status.registerId ?? '',
      db,
      at,
    });
    try {
      writeFileAtomic(recoveryOut, sheet);
    } catch (error) {
      cli.close();
      throw withoutNewRegister(db, error);
    }
    return {
      registerId: status.registerId,
      dbPath: db,
      keysPath: keysPathOf(db),
      mode: status.mode,
      unitName: status.unitName,
      schemaVersion: status.registerSchemaVersion,
      admin: user,
      recoveryOut,
    };
  } finally {
    cli.close();
  }
}

/**
 * The sheet could not be written (full or read-only medium): the register just created holds nothing yet, and
 * without its recovery code it must not exist, so it is removed and the command can simply be run again.
 */
function withoutNewRegister(db: string, error: unknown): unknown {
  for (const path of [db, keysPathOf(db), `${db}-wal`, `${db}-shm`]) rmSync(path, { force: true });
  if (!isAppError(error)) return error;
  return new AppError(
    error.code,
    `${error.message} Sổ vừa tạo đã được xóa vì không ghi được phiếu khôi phục; chọn nơi ghi khác rồi chạy lại.`,
  );
}

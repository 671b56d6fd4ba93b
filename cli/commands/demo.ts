import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeFileAtomic } from '../../db/files/atomic-write.ts';
import { composeCli } from '../compose.ts';
import { usageError } from '../exit-codes.ts';
import { dbPath, type Flags, stringFlag } from '../options.ts';
import { readPassword } from '../password.ts';
import { recoverySheet } from '../recovery-sheet.ts';

/**
 * `cxr demo`: a training register (tập huấn) full of fictional entries, marked as sample data everywhere. Creates the
 * register when the file does not exist yet (admin `--admin`, default "taphuan"), then adds `--items` entries.
 */
export async function demoCommand(flags: Flags): Promise<unknown> {
  const db = resolve(dbPath(flags));
  const count = Number(stringFlag(flags, 'items') ?? 200);
  if (!Number.isInteger(count) || count < 1 || count > 20_000) throw usageError('--items phải từ 1 đến 20000.');
  const adminName = stringFlag(flags, 'admin') ?? 'taphuan';
  const password = await readPassword(`Mật khẩu của ${adminName}: `);
  const cli = composeCli(db);
  try {
    if (!existsSync(db)) {
      const unitName = stringFlag(flags, 'unit') ?? 'Đơn vị tập huấn (DỮ LIỆU MẪU)';
      const setup = await cli.call('session.setup', { mode: 'unit', unitName, adminName, password, training: true });
      const sheet = resolve(stringFlag(flags, 'recovery-out') ?? `${db}.phieu-khoi-phuc.txt`);
      const status = await cli.call('app.status');
      writeFileAtomic(
        sheet,
        recoverySheet({
          code: setup.recoveryCode,
          kit: setup.recoveryKit,
          unitName,
          registerId: status.registerId ?? '',
          db,
          at: new Date().toISOString(),
        }),
      );
    } else {
      await cli.call('session.unlock', { userName: adminName, password });
    }
    const { added } = await cli.call('training.populate', { items: count });
    const status = await cli.call('app.status');
    return { dbPath: db, training: status.training, added };
  } finally {
    cli.close();
  }
}

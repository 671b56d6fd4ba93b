import { type CliRegister, composeCli } from '../compose.ts';
import { dbPath, type Flags, requireFlag } from '../options.ts';
import { readPassword } from '../password.ts';

/** Every command that reads a register first unlocks it as --user with CXR_PASSWORD, through the same channel. */
export async function withUnlocked<T>(flags: Flags, run: (cli: CliRegister) => Promise<T>): Promise<T> {
  const db = dbPath(flags);
  const userName = requireFlag(flags, 'user', 'tên đăng nhập');
  const password = await readPassword(`Mật khẩu của ${userName}: `);
  const cli = composeCli(db);
  try {
    await cli.call('session.unlock', { userName, password });
    return await run(cli);
  } finally {
    cli.close();
  }
}

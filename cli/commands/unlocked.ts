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
    const { auditCheck } = await cli.call('session.unlock', { userName, password });
    // The day's check of the audit chain never stops the command; a broken chain is said on every run until fixed.
    if (auditCheck && !auditCheck.ok)
      process.stderr.write(
        `CẢNH BÁO: kiểm tra nhật ký hằng ngày: HỎNG${auditCheck.problem?.seq ? ` tại sự kiện số ${auditCheck.problem.seq}` : ''}: ${auditCheck.problem?.reason ?? ''} Chạy: cxr audit verify\n`,
      );
    return await run(cli);
  } finally {
    cli.close();
  }
}

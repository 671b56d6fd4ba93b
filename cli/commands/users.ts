import type { CliRegister } from '../compose.ts';
import { CliFailure, EXIT, usageError } from '../exit-codes.ts';
import { type Flags, requireFlag, stringFlag } from '../options.ts';
import { readSecret } from '../password.ts';
import { withUnlocked } from './unlocked.ts';

const rolesOf = (flags: Flags) =>
  requireFlag(flags, 'roles', 'danh sách vai trò, cách nhau bởi dấu phẩy')
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);

async function idOf(cli: CliRegister, name: string | undefined): Promise<string> {
  if (!name) throw usageError('Thiếu tên đăng nhập của tài khoản.');
  const user = (await cli.call('users.list')).find(
    (u) => u.name.toLocaleLowerCase('vi') === name.toLocaleLowerCase('vi'),
  );
  if (!user) throw new CliFailure('NOT_FOUND', `Không có tài khoản ${name}.`, EXIT.notFound);
  return user.id;
}

/** New passwords come from CXR_NEW_PASSWORD or a prompt, never from a flag. */
const newPassword = (name: string) => readSecret('CXR_NEW_PASSWORD', `Mật khẩu mới cho ${name}: `);

export function usersCommand(action: string | undefined, args: string[], flags: Flags): Promise<unknown> {
  const name = args[0];
  switch (action) {
    case 'list':
      return withUnlocked(flags, (cli) => cli.call('users.list'));
    case 'add':
      if (!name) throw usageError('Dùng: cxr users add NAME --roles r1,r2 [--department D]');
      return withUnlocked(flags, async (cli) =>
        cli.call('users.add', {
          name,
          roles: rolesOf(flags),
          department: stringFlag(flags, 'department') ?? null,
          password: await newPassword(name),
        }),
      );
    case 'disable':
      return withUnlocked(flags, async (cli) => cli.call('users.disable', { userId: await idOf(cli, name) }));
    case 'reset-password':
      return withUnlocked(flags, async (cli) =>
        cli.call('users.resetPassword', { userId: await idOf(cli, name), newPassword: await newPassword(name ?? '') }),
      );
    case 'set-role':
      return withUnlocked(flags, async (cli) =>
        cli.call('users.setRoles', {
          userId: await idOf(cli, name),
          roles: rolesOf(flags),
          department: stringFlag(flags, 'department') ?? null,
        }),
      );
    default:
      throw usageError('Dùng: cxr users list|add|disable|reset-password|set-role …');
  }
}

import { randomUUID } from 'node:crypto';
import type { ChannelOutput, ParsedInput } from '../api/contract.ts';
import type { CallContext } from '../api/context.ts';
import { AppError } from '../domain/errors.ts';
import { type Actor, ROLES_BY_MODE, type Role } from '../domain/roles.ts';
import type { UserRecord, Workspace } from '../ports/register-host.ts';

type UserOut = ChannelOutput<'users.add'>;

const withSlot = (ws: Workspace, user: UserRecord): UserOut => ({ ...user, hasKeySlot: ws.keys.hasSlot(user.id) });

function requireUser(ws: Workspace, userId: string): UserRecord {
  const user = ws.users.get(userId);
  if (!user) throw new AppError('NOT_FOUND', 'Không có tài khoản này.');
  return user;
}

function checkRoles(ws: Workspace, roles: Role[], department: string | null): void {
  const mode = ws.meta().mode;
  const invalid = roles.filter((r) => !ROLES_BY_MODE[mode].includes(r));
  if (invalid.length) {
    throw new AppError('VALIDATION', undefined, [
      {
        path: 'roles',
        message: `Vai trò không dùng trong chế độ ${mode === 'unit' ? 'đơn vị' : 'Công an tỉnh'}: ${invalid.join(', ')}.`,
      },
    ]);
  }
  if (roles.includes('clerk') && !department) {
    throw new AppError('VALIDATION', undefined, [
      { path: 'department', message: 'Văn thư phải thuộc một phòng, ban.' },
    ]);
  }
}

/** At least one active admin must remain, or nobody could manage accounts again short of the recovery code. */
function keepsAnAdmin(ws: Workspace, changedId: string, stillAdmin: boolean): void {
  if (stillAdmin) return;
  const others = ws.users.list().filter((u) => u.active && u.id !== changedId && u.roles.includes('admin'));
  if (others.length === 0) throw new AppError('LAST_ADMIN');
}

export const listUsers = (ws: Workspace): ChannelOutput<'users.list'> => ws.users.list().map((u) => withSlot(ws, u));

export async function addUser(
  ws: Workspace,
  ctx: CallContext,
  input: ParsedInput<'users.add'>,
  at: string,
): Promise<UserOut> {
  if (ws.users.byName(input.name))
    throw new AppError('USER_NAME_TAKEN', undefined, [
      { path: 'name', message: 'Tên đăng nhập này đã có người dùng.' },
    ]);
  checkRoles(ws, input.roles, input.department);
  const user: Actor = { id: randomUUID(), name: input.name, roles: input.roles, department: input.department };
  ws.transact(() => {
    const row = ws.users.insert(user, at);
    ws.audit.append(
      { actor: ctx.actor, action: 'user.created', entity: 'user', entityId: user.id, change: { rows: [row] } },
      at,
    );
  });
  // The slot is written after the account: should it fail, the account exists without a way in and the admin
  // simply resets the password; never the other way round (a slot without an audited account).
  await ws.keys.setPassword(user, input.password);
  return withSlot(ws, requireUser(ws, user.id));
}

export function disableUser(ws: Workspace, ctx: CallContext, input: ParsedInput<'users.disable'>, at: string): UserOut {
  const user = requireUser(ws, input.userId);
  if (user.id === ctx.actor?.id) throw new AppError('VALIDATION', 'Không thể tự vô hiệu hóa tài khoản của mình.');
  keepsAnAdmin(ws, user.id, false);
  ws.transact(() => {
    const row = ws.users.update(user.id, { active: false });
    ws.audit.append(
      {
        actor: ctx.actor,
        action: 'user.disabled',
        entity: 'user',
        entityId: user.id,
        change: row ? { rows: [row] } : {},
      },
      at,
    );
  });
  ws.keys.removeSlot(user.id);
  return withSlot(ws, requireUser(ws, user.id));
}

export async function resetPassword(
  ws: Workspace,
  ctx: CallContext,
  input: ParsedInput<'users.resetPassword'>,
  at: string,
): Promise<UserOut> {
  const user = requireUser(ws, input.userId);
  if (!user.active) throw new AppError('VALIDATION', 'Tài khoản đã bị vô hiệu hóa; hãy tạo tài khoản mới.');
  if (input.newPassword.toLocaleLowerCase('vi').includes(user.name.toLocaleLowerCase('vi'))) {
    throw new AppError('VALIDATION', undefined, [
      { path: 'newPassword', message: 'Mật khẩu không được chứa tên đăng nhập.' },
    ]);
  }
  await ws.keys.setPassword(user, input.newPassword);
  ws.transact(() =>
    ws.audit.append(
      { actor: ctx.actor, action: 'user.password_reset', entity: 'user', entityId: user.id, change: {} },
      at,
    ),
  );
  return withSlot(ws, user);
}

export function setRoles(ws: Workspace, ctx: CallContext, input: ParsedInput<'users.setRoles'>, at: string): UserOut {
  const user = requireUser(ws, input.userId);
  checkRoles(ws, input.roles, input.department);
  keepsAnAdmin(ws, user.id, input.roles.includes('admin'));
  ws.transact(() => {
    const row = ws.users.update(user.id, { roles: input.roles, department: input.department });
    if (row)
      ws.audit.append(
        { actor: ctx.actor, action: 'user.roles_changed', entity: 'user', entityId: user.id, change: { rows: [row] } },
        at,
      );
  });
  return withSlot(ws, requireUser(ws, user.id));
}

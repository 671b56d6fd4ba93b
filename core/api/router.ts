import { isAllowed } from '../domain/permissions.ts';
import { type Call, handlers, requireWorkspace } from '../services/handlers.ts';
import type { CallContext, Deps } from './context.ts';
import { type Channel, type ChannelOutput, contract, isChannel } from './contract.ts';
import { AppError, isAppError } from '../domain/errors.ts';
import { normalizeDeep } from './normalize.ts';
import { fieldIssuesOf } from './zod-issues.ts';
import { fail, ok, type Result } from './result.ts';

export interface Router {
  handle(channel: string, raw: unknown, ctx: CallContext): Promise<Result<unknown>>;
  call<C extends Channel>(channel: C, raw: unknown, ctx: CallContext): Promise<Result<ChannelOutput<C>>>;
}

export interface RouterOptions {
  /** Where unexpected (non-AppError) failures are reported; never shown to the user. */
  onInternalError?: (channel: string, error: unknown) => void;
}

/** SQLite reports a damaged or tampered page of the encrypted file with these codes, whichever layer read it. */
function isDamage(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
}

/** The register's own disk is full: SQLite rolled the transaction back, so nothing of the call was written. */
const isRegisterDiskFull = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === 'SQLITE_FULL';
const REGISTER_DISK_FULL = new AppError(
  'DISK_FULL',
  'Ổ đĩa chứa sổ đăng ký đã đầy: thao tác chưa được ghi vào sổ (dữ liệu không thay đổi). Giải phóng chỗ trống trên ổ này rồi thử lại.',
);

/**
 * parse -> authorise -> service -> checked output -> Result. The same router serves IPC, the CLI and the UI-test
 * bridge, so every transport gets the same validation, permissions and error codes.
 */
export function createRouter(deps: Deps, options: RouterOptions = {}): Router {
  async function dispatch(channel: string, raw: unknown, ctx: CallContext): Promise<Result<unknown>> {
    if (!isChannel(channel)) return fail(new AppError('UNKNOWN_CHANNEL').toShape());
    const spec = contract[channel];
    try {
      if (spec.access !== 'public') {
        const ws = deps.host.workspace();
        if (!ws || !ctx.actor) throw new AppError('LOCKED');
        if (!isAllowed(ctx.actor, spec.access)) {
          const actor = ctx.actor;
          const at = deps.clock.now().toISOString();
          ws.transact(() =>
            ws.audit.append(
              {
                actor,
                action: 'access.denied',
                entity: 'channel',
                entityId: channel,
                change: { info: { permission: spec.access } },
              },
              at,
            ),
          );
          throw new AppError('FORBIDDEN');
        }
      }
      // reportInput keeps each issue's input, so a missing field (required) is told from a wrong one (wrong_type).
      const parsed = spec.input.safeParse(normalizeDeep(raw ?? {}), { reportInput: true });
      if (!parsed.success) throw new AppError('VALIDATION', undefined, fieldIssuesOf(parsed.error));
      const call: Call = { ctx, deps, at: deps.clock.now().toISOString(), workspace: () => requireWorkspace(deps) };
      const handler = handlers[channel] as (input: unknown, call: Call) => unknown;
      const value = await handler(parsed.data, call);
      const checked = spec.output.safeParse(value);
      if (!checked.success) {
        options.onInternalError?.(channel, checked.error);
        throw new AppError('INTERNAL');
      }
      return ok(checked.data);
    } catch (error) {
      if (isAppError(error)) return fail(error.toShape());
      if (isDamage(error)) return fail(new AppError('REGISTER_DAMAGED').toShape());
      if (isRegisterDiskFull(error)) return fail(REGISTER_DISK_FULL.toShape());
      options.onInternalError?.(channel, error);
      return fail(new AppError('INTERNAL').toShape());
    }
  }
  return {
    handle: dispatch,
    call: (channel, raw, ctx) => dispatch(channel, raw, ctx) as never,
  };
}

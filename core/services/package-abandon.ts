import type { CallContext, Deps } from '../api/context.ts';
import { AppError, isAppError } from '../domain/errors.ts';
import type { Workspace } from '../ports/register-host.ts';
import type { SealedWrite } from './package-export.ts';

/**
 * A package that did not reach the medium whole (full, read-only or failing stick, bad read-back): its file is
 * removed, and the sequence number reserved for it is given back, so the next package takes the same number and the
 * receiver sees no gap. One audited `package.exportFailed` event records it (the reservation's row change undone);
 * the receiver's gap check counts package numbers it received, never the sender's events. When the file cannot be
 * removed, the number stays taken (a file with it may still reach the receiver) and the message says so.
 */
export function abandonPackage(
  ws: Workspace,
  deps: Deps,
  ctx: CallContext,
  job: SealedWrite,
  failed: { sequence: number; path: string | null; error: unknown },
  at: string,
): unknown {
  const { sequence, path, error } = failed;
  const removed = path === null || deps.files.remove(path);
  let released = false;
  try {
    ws.transact(() => {
      const change = removed ? ws.packages.releaseSequence(job.peer.fingerprint, job.kind, sequence) : null;
      released = change !== null;
      ws.audit.append(
        {
          actor: ctx.actor,
          action: 'package.exportFailed',
          entity: 'package_sequence',
          entityId: `${job.peer.fingerprint}#${job.kind}`,
          change: {
            rows: change ? [change] : [],
            info: {
              sequence,
              released,
              recipient: job.peer.unitName,
              reason: isAppError(error) ? error.code : 'INTERNAL',
              file: path?.split(/[\\/]/).pop() ?? null,
            },
          },
        },
        at,
      );
    });
  } catch {
    // The register could not record it (its own disk may be the full one): the reservation stays, a visible gap.
    released = false;
  }
  if (!isAppError(error)) return error;
  const number = released
    ? ` Số thứ tự gói ${sequence} chưa dùng: lần xuất sau dùng lại số này.`
    : ` Số thứ tự gói ${sequence} đã bị chiếm${removed ? '' : ` vì không xóa được tệp ${path}: hãy xóa tệp đó bằng tay`}; nơi nhận sẽ thấy thiếu gói số ${sequence}.`;
  return new AppError(error.code, `${error.message}${number}`, error.issues);
}

import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { copyFileAtomic, writeFileAtomic } from '../../db/files/atomic-write.ts';
import { keysPathOf } from '../../db/keys/keys-file.ts';
import type { AuditProgress } from '../../core/domain/audit.ts';
import { composeCli } from '../compose.ts';
import { CliFailure, EXIT, usageError } from '../exit-codes.ts';
import { dbPath, type Flags, requireFlag, stringFlag } from '../options.ts';
import { readPassword } from '../password.ts';
import { kitBlock, readRecoverySheet } from '../recovery-sheet.ts';
import { withUnlocked } from './unlocked.ts';

/** `cxr key rotate|reveal`. Reveal is authenticated by the recovery code alone, as the sheet is what an inspector gets. */
export async function keyCommand(action: string | undefined, flags: Flags): Promise<unknown> {
  if (action === 'rotate') {
    const out = stringFlag(flags, 'kit-out');
    if (out && existsSync(out)) throw usageError(`Tệp --kit-out đã tồn tại, không ghi đè: ${out}`);
    const result = await withUnlocked(flags, (cli) => cli.call('key.rotate'));
    if (out)
      writeFileAtomic(
        resolve(out),
        `Khối dữ liệu khôi phục mới (kỳ khóa ${result.epoch}) — kẹp vào phiếu khôi phục:\n\n${kitBlock(result.recoveryKit)}\n`,
      );
    return {
      epoch: result.epoch,
      kitOut: out ? resolve(out) : null,
      recoveryKit: out ? undefined : result.recoveryKit,
    };
  }
  if (action === 'reveal') {
    const { code } = readRecoverySheet(requireFlag(flags, 'recovery-code-file', 'phiếu khôi phục hoặc tệp chứa mã'));
    const cli = composeCli(dbPath(flags));
    try {
      return await cli.call('key.reveal', { recoveryCode: code });
    } finally {
      cli.close();
    }
  }
  throw usageError('Dùng: cxr key rotate [--kit-out FILE] | cxr key reveal --recovery-code-file FILE');
}

/** `cxr recover`: the new admin password comes from CXR_PASSWORD or a prompt. */
export async function recoverCommand(flags: Flags): Promise<unknown> {
  const sheet = readRecoverySheet(requireFlag(flags, 'recovery-code-file', 'phiếu khôi phục'));
  const userName = requireFlag(flags, 'user', 'tài khoản quản trị cần đặt lại mật khẩu');
  const newPassword = await readPassword(`Mật khẩu mới cho ${userName}: `);
  const cli = composeCli(dbPath(flags));
  try {
    return await cli.call('session.recover', {
      recoveryCode: sheet.code,
      userName,
      newPassword,
      ...(sheet.kit ? { recoveryKit: sheet.kit } : {}),
    });
  } finally {
    cli.close();
  }
}

export function auditCommand(action: string | undefined, flags: Flags): Promise<{ value: unknown; text?: string }> {
  if (action === 'verify') {
    const anchorText = stringFlag(flags, 'anchor');
    const match = anchorText?.match(/^(\d+):([0-9a-fA-F]{64})$/);
    if (anchorText && !match) throw usageError('--anchor có dạng SỐ:MÃBĂM (ví dụ 1234:ab12…, 64 ký tự hệ 16).');
    const anchor = match ? { seq: Number(match[1]), hash: match[2] } : undefined;
    return withUnlocked(flags, async (cli) => {
      const report = await withCtrlC((signal) =>
        cli.call('audit.verify', anchor ? { anchor } : {}, {
          work: {
            progress: flags.progress ? progressLine() : () => undefined,
            cancelled: () => signal.aborted,
            breathe: () => new Promise<void>((resolve) => setImmediate(resolve)),
            signal,
          },
        }),
      );
      if (!report.ok) {
        const first = report.problems[0];
        throw new CliFailure(
          'INTEGRITY',
          `BROKEN at ${first?.seq ? `seq ${first.seq}` : (first?.table ?? 'file')}${first?.key ? ` ${first.key}` : ''}: ${first?.reason ?? ''}`,
          EXIT.integrity,
        );
      }
      return { value: report, text: `OK ${report.events} events, head ${report.head.hash}` };
    });
  }
  if (action === 'list') {
    const limit = Number(stringFlag(flags, 'limit') ?? 200);
    return withUnlocked(flags, async (cli) => ({
      value: await cli.call('audit.list', { action: stringFlag(flags, 'action'), limit }),
    }));
  }
  throw usageError('Dùng: cxr audit verify [--anchor SEQ:HEX] [--progress] | cxr audit list [--action A] [--limit N]');
}

/** Ctrl+C stops the check (the workers are ended, nothing was written) instead of killing the process mid-way. */
async function withCtrlC<T>(run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  try {
    return await run(controller.signal);
  } finally {
    process.off('SIGINT', stop);
  }
}

const PHASES = { chain: 'chuỗi băm', replay: 'đối chiếu dữ liệu' } as const;

/** `--progress`: one line on stderr per phase and per 5 %, so that stdout keeps only the result. */
function progressLine() {
  const shown = new Map<string, number>();
  return (done: number, total: number, phase = 'chain') => {
    const percent = total ? Math.floor((100 * done) / total) : 100;
    if ((shown.get(phase) ?? -5) + 5 > percent && done < total) return;
    shown.set(phase, percent);
    process.stderr.write(
      `${PHASES[phase as AuditProgress['phase']] ?? phase}: ${done}/${total} sự kiện (${percent} %)\n`,
    );
  };
}

export function backupCommand(flags: Flags): Promise<unknown> {
  const outDir = requireFlag(flags, 'out', 'thư mục đích, ví dụ ổ USB');
  return withUnlocked(flags, (cli) => cli.call('backup.create', { outDir: resolve(outDir) }));
}

/**
 * `cxr restore --from BACKUP --db NEWPATH`: copies a backup and its keys file to a new path (never over an existing
 * register), then proves it by unlocking and verifying the audit chain.
 */
export async function restoreCommand(flags: Flags): Promise<unknown> {
  const from = resolve(requireFlag(flags, 'from', 'tệp sao lưu'));
  const to = resolve(dbPath(flags));
  if (!existsSync(from) || !existsSync(keysPathOf(from)))
    throw usageError(`Không thấy bản sao lưu và tệp khóa của nó: ${from}`);
  if (existsSync(to) || existsSync(keysPathOf(to)))
    throw new CliFailure('REGISTER_EXISTS', `Đã có sổ tại ${to}; khôi phục chỉ vào đường dẫn mới.`, EXIT.validation);
  copyFileAtomic(keysPathOf(from), keysPathOf(to));
  try {
    copyFileAtomic(from, to);
  } catch (error) {
    // A keys file alone at the new path would read as a register whose file was lost.
    rmSync(keysPathOf(to), { force: true });
    throw error;
  }
  const report = await withUnlocked(flags, (cli) => cli.call('audit.verify', {}));
  return { restored: to, audit: { ok: report.ok, events: report.events, head: report.head.hash } };
}

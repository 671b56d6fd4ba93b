import { readFileSync } from 'node:fs';
import { usageError } from './exit-codes.ts';

const BEGIN = '-----BEGIN CXR RECOVERY KIT-----';
const END = '-----END CXR RECOVERY KIT-----';

export function recoverySheet(args: {
  code: string;
  kit: string;
  unitName: string;
  registerId: string;
  db: string;
  at: string;
}): string {
  return [
    'PHIẾU KHÔI PHỤC SỔ TRAO ĐỔI TIN MẬT — cất giữ trong két của đơn vị, không lưu trên máy tính',
    `Đơn vị: ${args.unitName}`,
    `Mã sổ: ${args.registerId}`,
    `Tệp sổ: ${args.db}`,
    `Lập lúc: ${args.at}`,
    '',
    `Mã khôi phục: ${args.code}`,
    '',
    'Mã này đặt lại được mật khẩu quản trị; cùng khối dữ liệu dưới đây, nó mở được sổ kể cả khi mất tệp khóa (.keys).',
    'Ai có mã và tệp sổ đều đọc được toàn bộ sổ. Sau mỗi lần đổi khóa sổ, in lại khối dữ liệu và kẹp vào phiếu này.',
    'RECOVERY SHEET — keep in the unit safe. The code, with the block below, opens the register even without its keys file.',
    '',
    kitBlock(args.kit),
    '',
  ].join('\n');
}

export const kitBlock = (kit: string) => [BEGIN, kit, END].join('\n');

/** Reads the code (and the kit block, if present) from a recovery sheet, or from a file holding just the code. */
export function readRecoverySheet(path: string): { code: string; kit?: string } {
  const text = readFileSync(path, 'utf8');
  const code = text.match(/Mã khôi phục:\s*([0-9A-Za-z -]+)/)?.[1]?.trim() ?? text.trim().split('\n')[0]?.trim() ?? '';
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  const kit = start >= 0 && end > start ? text.slice(start + BEGIN.length, end).trim() : undefined;
  if (!code) throw usageError(`Không đọc được mã khôi phục trong ${path}.`);
  return kit ? { code, kit } : { code };
}

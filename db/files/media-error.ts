import { dirname } from 'node:path';
import { AppError } from '../../core/domain/errors.ts';

/** How far a write got, so "the disk is full" can say how much was needed. */
export interface WriteProgress {
  needed: number;
  written: number;
}

const amount = (bytes: number) =>
  bytes < 1_048_576 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1_048_576).toFixed(1).replace('.', ',')} MB`;

/** SQLite's codes for a file it could not write or create (a damaged page is not a storage error here). */
const SQLITE_STORAGE = /^SQLITE_(FULL|READONLY|IOERR|CANTOPEN)/;

/** An operating-system errno (ENOSPC, EROFS, …) or a SQLite storage code; not Node's own ERR_* programming errors. */
function storageCode(error: unknown): string | null {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return /^E[A-Z0-9]+$/.test(code) || SQLITE_STORAGE.test(code) ? code : null;
}

/**
 * What the medium said about a failed write to `path`, as a stable code and a sentence a clerk can act on. Anything
 * that is not a storage error is returned unchanged, so a bug still shows as one.
 */
export function storageError(error: unknown, path: string, progress?: WriteProgress): unknown {
  if (error instanceof AppError) return error;
  const code = storageCode(error);
  if (!code) return error;
  const folder = dirname(path);
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL') {
    const how = progress ? ` (cần ${amount(progress.needed)}, chỉ ghi được ${amount(progress.written)})` : '';
    return new AppError(
      'DISK_FULL',
      `Ổ đĩa đã đầy: không ghi được tệp ${path}${how}; giải phóng chỗ trống hoặc chọn ổ khác. Không để lại tệp dở dang.`,
    );
  }
  if (code === 'EROFS' || code.startsWith('SQLITE_READONLY'))
    return new AppError(
      'READ_ONLY_MEDIA',
      `Ổ đĩa chỉ cho đọc (đã gạt khóa ghi hoặc được gắn ở chế độ chỉ đọc): không ghi được tệp ${path}. Mở khóa ghi của thiết bị hoặc chọn ổ khác.`,
    );
  if (code === 'EACCES' || code === 'EPERM')
    return new AppError(
      'WRITE_DENIED',
      `Không có quyền ghi vào thư mục ${folder}: không ghi được tệp ${path}. Chọn thư mục khác hoặc nhờ quản trị máy cấp quyền.`,
    );
  if (code === 'ENOENT' || code === 'ENOTDIR') return new AppError('VALIDATION', `Thư mục không tồn tại: ${folder}`);
  if (code === 'EFBIG')
    return new AppError(
      'MEDIA_WRITE_FAILED',
      `Tệp ${path} quá lớn so với hệ thống tệp của thiết bị (ví dụ FAT32 chỉ nhận tệp dưới 4 GB); không để lại tệp dở dang. Chọn thiết bị định dạng khác (exFAT, NTFS, ext4).`,
    );
  const held = progress ? ` (thiết bị giữ ${amount(progress.written)} trên ${amount(progress.needed)})` : '';
  return new AppError(
    'MEDIA_WRITE_FAILED',
    `Thiết bị lưu trữ báo lỗi ${code} khi ghi tệp ${path}${held}: có thể đã bị rút ra hoặc bị hỏng. Không để lại tệp dở dang; cắm lại hoặc chọn thiết bị khác.`,
  );
}

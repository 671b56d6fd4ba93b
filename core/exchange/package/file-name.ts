import { AppError } from '../../domain/errors.ts';
import { isUuid } from './header.ts';
import { MAX_SEQUENCE } from './limits.ts';
import { PACKAGE_KINDS, type PackageKind } from './types.ts';

export interface PackageNameParts {
  kind: PackageKind;
  sequence: number;
  packageId: string;
}

/**
 * The file name a package is saved under, e.g. `cxr-incidents-000007-1b4e28ba.cxrpkg`. Built only from checked
 * parts (a known kind, an integer, hex digits), so it can never hold a path separator or `..`.
 */
export function packageFileName(parts: PackageNameParts): string {
  const id = typeof parts.packageId === 'string' ? parts.packageId.toLowerCase() : '';
  if (
    !PACKAGE_KINDS.includes(parts.kind) ||
    !Number.isInteger(parts.sequence) ||
    parts.sequence < 1 ||
    parts.sequence > MAX_SEQUENCE ||
    !isUuid(id)
  )
    throw new AppError('VALIDATION', 'Không đặt được tên tệp gói: loại, số thứ tự hoặc mã gói không hợp lệ.');
  return `cxr-${parts.kind}-${String(parts.sequence).padStart(6, '0')}-${id.slice(0, 8)}.cxrpkg`;
}

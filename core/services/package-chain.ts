import { AppError } from '../domain/errors.ts';
import type { Manifest } from '../exchange/package/index.ts';
import type { ChainStatus, PackageLogRecord } from '../ports/exchange-store.ts';

/**
 * Checks a unit's audit-chain digests against every head this register has seen from that unit. A head inside the
 * carried stretch must appear there with the same hash, and a head at the same number must be the same: otherwise
 * the unit's chain was rewritten, and the package is refused. With no seen head inside the stretch, the package
 * cannot confirm the chain ("unverifiable"), which is shown, not hidden.
 */
export function checkSenderChain(audit: Manifest['audit'], earlier: PackageLogRecord[]): ChainStatus {
  if (earlier.length === 0) return 'first';
  const carried = new Map<number, string>(audit.events.map((e) => [e.seq, e.hash]));
  if (audit.since) carried.set(audit.since.seq, audit.since.hash);
  carried.set(audit.head.seq, audit.head.hash);
  let confirmed = false;
  for (const seen of earlier) {
    const hash = carried.get(seen.headSeq);
    if (hash === undefined) continue;
    if (hash !== seen.headHash)
      throw new AppError(
        'PACKAGE_CHAIN_REWRITTEN',
        `Nhật ký của đơn vị gửi đã bị viết lại: sự kiện số ${seen.headSeq} khác với đỉnh chuỗi đã nhận trong gói số ${seen.sequence}. Không nhập; báo cáo lãnh đạo và kiểm tra trực tiếp tại đơn vị.`,
      );
    confirmed = true;
  }
  return confirmed ? 'continues' : 'unverifiable';
}

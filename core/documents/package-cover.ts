import { vietnamDate } from '../domain/items.ts';
import type { DocumentAssets } from '../ports/document-assets.ts';
import { datedLine } from './admin-document.ts';
import { drawUnitHeading } from './pdf/admin-header.ts';
import { contentBox, mm } from './pdf/geometry.ts';
import { markPages } from './pdf/marking.ts';
import { drawHandoverSignatures } from './pdf/handover-signatures.ts';
import { addPage, createPdf, FONT, finish } from './pdf/pdf-writer.ts';
import { drawTable } from './pdf/table.ts';

export interface PackageCoverInput {
  packageId: string;
  kind: 'incidents' | 'receipt';
  sequence: number;
  hash: string;
  fileName: string;
  createdAt: string;
  records: number;
  /** The sheet is the sender's: its parent body and place come from the sender's settings (null when unknown). */
  sender: { unitName: string; fingerprint: string; parentBody: string | null; placeName: string | null };
  recipient: { unitName: string; fingerprint: string };
  training: boolean;
}

const grouped = (hex: string) => hex.match(/.{1,16}/g)?.join(' ') ?? hex;

/**
 * The sheet that travels with a package on the USB stick: which file, from whom to whom, its number and hash, so the
 * receiver can match stick and paper before opening anything. It holds nothing classified, so it carries no level.
 */
export async function packageCoverPdf(assets: DocumentAssets, input: PackageCoverInput): Promise<Buffer> {
  const doc = createPdf(assets, `Tờ bìa gói ${input.packageId}`);
  addPage(doc, 'portrait');
  const box = contentBox('portrait');
  drawUnitHeading(doc, input.sender, box.x, box.y, { width: box.width, align: 'left' });
  doc
    .font(FONT.bold)
    .fontSize(15)
    .text(
      input.kind === 'incidents' ? 'TỜ BÌA GÓI BÁO CÁO MANG TAY' : 'TỜ BÌA GÓI BIÊN NHẬN',
      box.x,
      Math.max(doc.y + mm(8), box.y + mm(18)),
      { width: box.width, align: 'center' },
    );
  doc
    .font(FONT.italic)
    .fontSize(13)
    .text(datedLine(input.sender.placeName, vietnamDate(input.createdAt)), box.x, doc.y + mm(2), {
      width: box.width,
      align: 'center',
    });
  drawTable(
    doc,
    {
      orientation: 'portrait',
      fontSize: 12,
      headers: ['Mục', 'Nội dung'],
      widths: [30, 70],
      rows: [
        ['Tệp gói', input.fileName],
        ['Mã gói', input.packageId],
        ['Số thứ tự gửi nơi nhận này', String(input.sequence)],
        ['Số bản ghi', String(input.records)],
        ['Mã băm SHA-256 của tệp', grouped(input.hash)],
        ['Nơi gửi', input.sender.unitName],
        ['Dấu vân tay nơi gửi', grouped(input.sender.fingerprint)],
        ['Nơi nhận', input.recipient.unitName],
        ['Dấu vân tay nơi nhận', grouped(input.recipient.fingerprint)],
      ],
    },
    doc.y + mm(8),
  );
  doc
    .font(FONT.regular)
    .fontSize(12)
    .text(
      'Nơi nhận đối chiếu tên tệp, mã băm và dấu vân tay với màn hình "Kiểm tra gói" (hoặc lệnh cxr package verify) trước khi nhập. Gói được mã hóa: tờ bìa này không chứa nội dung mật.',
      box.x,
      doc.y + mm(8),
      { width: box.width },
    );
  drawHandoverSignatures(doc, box, 'NGƯỜI MANG GÓI', 'NGƯỜI NHẬN GÓI');
  markPages(doc, { kind: 'unclassified', training: input.training });
  return finish(doc);
}

import { vietnamDate } from '../domain/items.ts';
import type { DocumentAssets } from '../ports/document-assets.ts';
import { datedLine } from './admin-document.ts';
import { drawUnitHeading } from './pdf/admin-header.ts';
import { contentBox, mm } from './pdf/geometry.ts';
import { markPages } from './pdf/marking.ts';
import { drawHandoverSignatures } from './pdf/handover-signatures.ts';
import { addPage, createPdf, FONT, finish } from './pdf/pdf-writer.ts';

export interface KeySheetInput {
  unitName: string;
  /** From the settings: the parent body above the unit, the place before the date (each left out when not set). */
  parentBody: string | null;
  placeName: string | null;
  mode: 'unit' | 'receiver';
  fingerprintGrouped: string;
  signingKey: string;
  ageRecipient: string;
  minisignPublicKey: string;
  at: string;
  training: boolean;
}

/**
 * The key sheet handed over with the public key file: the partner types the fingerprint from this paper when
 * trusting the file, so a file swapped on the way (on the USB stick) is caught. Public keys only: unclassified.
 */
export async function keySheetPdf(assets: DocumentAssets, input: KeySheetInput): Promise<Buffer> {
  const doc = createPdf(assets, `Tờ khóa công khai — ${input.unitName}`);
  addPage(doc, 'portrait');
  const box = contentBox('portrait');
  drawUnitHeading(doc, input, box.x, box.y, { width: box.width, align: 'left' });
  doc
    .font(FONT.bold)
    .fontSize(15)
    .text('TỜ KHÓA CÔNG KHAI', box.x, Math.max(doc.y + mm(8), box.y + mm(18)), { width: box.width, align: 'center' });
  doc
    .font(FONT.italic)
    .fontSize(13)
    .text(
      `${input.mode === 'receiver' ? 'Chế độ Công an tỉnh' : 'Chế độ đơn vị'} · ${datedLine(input.placeName, vietnamDate(input.at))}`,
      box.x,
      doc.y + mm(2),
      { width: box.width, align: 'center' },
    );
  doc
    .font(FONT.bold)
    .fontSize(13)
    .text('Dấu vân tay (SHA-256 của tệp khóa công khai):', box.x, doc.y + mm(10));
  // Large and grouped: a person reads it aloud or types it, four digits at a time.
  const groups = input.fingerprintGrouped.split(' ');
  const lines = [groups.slice(0, 8).join('  '), groups.slice(8).join('  ')];
  doc.font(FONT.bold).fontSize(16);
  for (const line of lines) doc.text(line, box.x, doc.y + mm(3), { width: box.width, align: 'center' });
  doc.font(FONT.regular).fontSize(11);
  doc.text(`Khóa ký (Ed25519): ${input.signingKey}`, box.x, doc.y + mm(10), { width: box.width });
  doc.text(`Khóa nhận (age X25519): ${input.ageRecipient}`, box.x, doc.y + mm(3), { width: box.width });
  doc.text('Khóa công khai minisign (để kiểm tra chữ ký gói bằng công cụ chuẩn):', box.x, doc.y + mm(3), {
    width: box.width,
  });
  doc
    .font(FONT.regular)
    .fontSize(10)
    .text(input.minisignPublicKey.trim(), box.x + mm(5), doc.y + mm(1), {
      width: box.width - mm(5),
    });
  doc
    .font(FONT.regular)
    .fontSize(12)
    .text(
      'Bên nhận tệp khóa: khi chọn "Tin cậy khóa", gõ dấu vân tay từ tờ giấy này, không chép từ tệp. Nếu không khớp, không tin cậy tệp và liên hệ đơn vị giao.',
      box.x,
      doc.y + mm(10),
      { width: box.width },
    );
  drawHandoverSignatures(doc, box, 'NGƯỜI GIAO', 'NGƯỜI NHẬN');
  markPages(doc, { kind: 'unclassified', training: input.training });
  return finish(doc);
}

import type { Level } from '../../shared/levels.ts';
import { LEVEL_NAMES } from '../../shared/levels.ts';
import { mm } from './geometry.ts';
import { FONT, fixedText, type Pdf } from './pdf-writer.ts';

/**
 * How a document is marked. Classified outputs carry the highest level of their content on every page (a stamp
 * box, ô 10a) and a control footer; unclassified outputs (outer envelope, courier receipt) carry neither.
 */
export type MarkingProfile =
  | {
      kind: 'classified';
      level: Level;
      copy: { n: number; of: number };
      auditHead: { seq: number; hash: string };
      training: boolean;
    }
  | { kind: 'unclassified'; training: boolean };

export const TRAINING_MARK = 'DỮ LIỆU MẪU — dùng cho tập huấn';

/**
 * Applies the marking to the buffered pages [from, to) — one numbered copy of a document; page numbers top-centre
 * from its page 2 (Decree 30/2020, Phụ lục I).
 */
export function markPages(doc: Pdf, profile: MarkingProfile, from = 0, to = doc.bufferedPageRange().count): void {
  const range = { start: from, count: to - from };
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { width, height, margins } = doc.page;
    const pageNo = i - range.start + 1;
    if (pageNo > 1) {
      doc.font(FONT.regular).fontSize(13);
      fixedText(doc, String(pageNo), 0, mm(8), { width, align: 'center' });
    }
    if (profile.training) {
      doc.font(FONT.bold).fontSize(10).fillColor('#a61e4d');
      fixedText(doc, TRAINING_MARK, margins.left, mm(4), {
        width: width - margins.left - margins.right,
        align: 'center',
      });
      doc.fillColor('black');
    }
    if (profile.kind !== 'classified') continue;
    // The secrecy stamp: the level word in a box, top right of every page.
    const word = LEVEL_NAMES[profile.level].toUpperCase();
    doc.font(FONT.bold).fontSize(13);
    const boxWidth = doc.widthOfString(word) + mm(6);
    const x = width - margins.right - boxWidth;
    const y = mm(9);
    doc.lineWidth(1).rect(x, y, boxWidth, mm(8)).stroke();
    fixedText(doc, word, x, y + mm(2), { width: boxWidth, align: 'center' });
    // The control footer: page, numbered copy, and the audit-chain head printed before this print, with how to check it.
    // Three lines, each kept on one line (shrunk if a portrait page is too narrow), so they never wrap into each other.
    const anchor = `${profile.auditHead.seq}:${profile.auditHead.hash}`;
    drawFooterLines(doc, margins.left, height - margins.bottom + mm(4), width - margins.left - margins.right, [
      `Trang ${pageNo}/${range.count} · Bản số ${profile.copy.n}/${profile.copy.of} · Đầu chuỗi nhật ký trước khi in: ${anchor}`,
      `Kiểm tra: cxr audit verify --anchor ${anchor}`,
      'hoặc trên màn hình Nhật ký: Kiểm tra toàn vẹn với mốc đối chiếu in trên trang này.',
    ]);
  }
}

function drawFooterLines(doc: Pdf, x: number, y: number, width: number, lines: string[]): void {
  doc.font(FONT.regular);
  let size = 8;
  while (size > 5.5 && lines.some((line) => doc.fontSize(size).widthOfString(line) > width)) size -= 0.5;
  doc.fontSize(size);
  lines.forEach((line, i) => {
    fixedText(doc, line, x, y + i * size * 1.25);
  });
}

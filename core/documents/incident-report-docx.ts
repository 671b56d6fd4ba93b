import { AlignmentType, Document, Packer, type Paragraph, Table, TableRow, WidthType } from 'docx';
import { addresseeDocx, adminHeaderDocx, signatureDocx } from './docx/admin-blocks.ts';
import { A4_TWIPS, CONTENT_WIDTH, cell, MARGIN, para, run } from './docx/docx-writer.ts';
import { controlFooter, marksHeader } from './docx/marks.ts';
import { type Block, DRAFT_MARK, type IncidentReportInput, incidentReportContent } from './incident-report-content.ts';

/** Body text as in the PDF (core/documents/pdf/body-text.ts): 14 pt, justified, first line 1 cm, 6 pt after. */
const BODY = { size: 14, firstLine: 10, after: 6 } as const;

function itemsTable(block: Extract<Block, { kind: 'table' }>): Table {
  const total = block.widths.reduce((a, b) => a + b, 0);
  const widths = block.widths.map((w) => Math.round((w / total) * CONTENT_WIDTH));
  const row = (cells: string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map((text, i) =>
        cell(
          [para(text, { size: 12, bold: header, align: header ? AlignmentType.CENTER : AlignmentType.LEFT })],
          widths[i] ?? 0,
          true,
        ),
      ),
    });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [row(block.headers, true), ...block.rows.map((r) => row(r, false))],
  });
}

function blockDocx(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [
        para(block.text, { size: BODY.size, bold: true, firstLine: BODY.firstLine, after: BODY.after, keepNext: true }),
      ];
    case 'para':
      return [
        para(
          [
            ...(block.lead ? [run(block.text ? `${block.lead} ` : block.lead, { size: BODY.size, bold: true })] : []),
            ...(block.text ? [run(block.text, { size: BODY.size })] : []),
          ],
          { align: AlignmentType.JUSTIFIED, firstLine: BODY.firstLine, after: BODY.after },
        ),
      ];
    case 'table':
      // Air under the table before the next heading, as the PDF leaves.
      return [itemsTable(block), para('', { size: 6, after: 3 })];
  }
}

/**
 * The incident report as .docx with the same words and structure as the PDF (core/documents/incident-report.ts):
 * A4 portrait with the Decree 30 margins, ô 1–5, "Kính gửi", sections I–V, the items' table, signature and "Nơi
 * nhận"; the level stamp in every page header, the page number from page 2, the control footer on every page.
 * One copy ("Bản số 1/1"): numbered copies are printed from the PDF.
 */
export async function incidentReportDocx(input: IncidentReportInput): Promise<Buffer> {
  const content = incidentReportContent(input);
  const marks = { level: content.level, draftWord: content.draft ? DRAFT_MARK : null, training: input.training };
  const footer = controlFooter({ n: 1, of: 1 }, input.auditHead);
  const doc = new Document({
    creator: 'Sổ trao đổi tin mật',
    title: content.title,
    sections: [
      {
        properties: { page: { size: A4_TWIPS, margin: MARGIN }, titlePage: true },
        headers: { first: marksHeader(marks, false), default: marksHeader(marks, true) },
        footers: { first: footer, default: footer },
        children: [
          ...adminHeaderDocx(content.header),
          addresseeDocx(content.addressee),
          ...content.blocks.flatMap(blockDocx),
          signatureDocx(content.signature, content.recipients),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

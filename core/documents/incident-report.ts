import type { DocumentAssets } from '../ports/document-assets.ts';
import {
  DRAFT_MARK,
  type IncidentReportInput,
  incidentReportContent,
  type ReportContent,
} from './incident-report-content.ts';
import { drawAddressee, drawAdminHeader } from './pdf/admin-header.ts';
import { drawHeading, drawParagraph, keepLines } from './pdf/body-text.ts';
import { markDraftPages } from './pdf/draft-mark.ts';
import { contentBox, mm } from './pdf/geometry.ts';
import { markPages } from './pdf/marking.ts';
import { addPage, createPdf, finish, type Pdf } from './pdf/pdf-writer.ts';
import { drawSignatureAndRecipients } from './pdf/signature-block.ts';
import { drawTable } from './pdf/table.ts';

/**
 * The printed incident report (báo cáo đột xuất) in the Decree 30/2020 layout: ô 1–5, "Kính gửi", sections I–V with
 * the items' table, signature and "Nơi nhận"; the report's level and control footer on every page; numbered copies
 * printed whole one after another. A draft carries "BẢN NHÁP" on every page and no number or date.
 */
export async function incidentReportPdf(assets: DocumentAssets, input: IncidentReportInput): Promise<Buffer> {
  const content = incidentReportContent(input);
  const doc = createPdf(assets, content.title);
  for (let n = 1; n <= input.copies; n++) {
    const from = doc.bufferedPageRange().count;
    drawReport(doc, content);
    const to = doc.bufferedPageRange().count;
    markPages(
      doc,
      {
        kind: 'classified',
        level: content.level,
        copy: { n, of: input.copies },
        auditHead: input.auditHead,
        training: input.training,
      },
      from,
      to,
    );
    if (content.draft) markDraftPages(doc, DRAFT_MARK, from, to);
  }
  return finish(doc);
}

function drawReport(doc: Pdf, content: ReportContent): void {
  addPage(doc, 'portrait');
  drawAdminHeader(doc, content.header);
  drawAddressee(doc, content.addressee);
  for (const block of content.blocks) {
    if (block.kind === 'heading') drawHeading(doc, block.text);
    else if (block.kind === 'para') drawParagraph(doc, block.text, block.lead);
    else {
      // The header row and two rows at least on this page, or the table starts on the next.
      keepLines(doc, 4);
      drawTable(
        doc,
        { orientation: 'portrait', fontSize: 12, headers: block.headers, widths: block.widths, rows: block.rows },
        doc.y,
      );
      doc.y += mm(3);
      doc.x = contentBox('portrait').x;
    }
  }
  drawSignatureAndRecipients(doc, content.signature, content.recipients);
}

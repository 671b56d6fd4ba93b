import type { ChannelOutput, ParsedInput } from '../api/contract.ts';
import type { CallContext, Deps } from '../api/context.ts';
import { incidentReportPdf } from '../documents/incident-report.ts';
import type { AgreementInfo, IncidentReportInput } from '../documents/incident-report-content.ts';
import { incidentReportDocx } from '../documents/incident-report-docx.ts';
import { missingSettings, type Signer, unitDocumentSettings } from '../domain/document-settings.ts';
import { defaultDocumentSymbol } from '../domain/incidents.ts';
import type { Workspace } from '../ports/register-host.ts';
import { pageCount } from './print.ts';
import { requireIncident } from './incidents.ts';

type PrintInput = ParsedInput<'incidents.print'>;

/**
 * The signer this print names, or null to use the settings'. Naming any part of the signer names all of it (a
 * name from the print under a title from the settings would sign as someone else).
 */
function namedSigner(input: PrintInput): Signer | null {
  const { signingAuthority, signerHeadTitle, signerTitle, signerName } = input;
  if (!signingAuthority && !signerHeadTitle && !signerTitle && !signerName) return null;
  return { authority: signingAuthority ?? 'direct', headTitle: signerHeadTitle, title: signerTitle, name: signerName };
}

/** Gathers what the printed report shows: the record, its agreements, the first report of a follow-up, the signer. */
function reportInput(ws: Workspace, input: PrintInput, at: string): IncidentReportInput {
  const record = requireIncident(ws, input.id);
  const agreements: Record<string, AgreementInfo> = {};
  for (const ref of record.items) {
    const agreement = ref.agreement ? ws.agreements.get(ref.agreement) : null;
    if (agreement) agreements[agreement.code] = agreement;
  }
  const first = record.version > 1 ? ws.incidents.get(record.chainId) : null;
  const meta = ws.meta();
  const settings = ws.settings.get();
  const unit = unitDocumentSettings(settings);
  return {
    record,
    documentSymbol: settings.documentSymbol ?? defaultDocumentSymbol(record.unitName),
    unit: {
      ...unit,
      parentBody: input.parentBody ?? unit.parentBody,
      placeName: input.place ?? unit.placeName,
      signer: namedSigner(input) ?? unit.signer,
    },
    agreements,
    firstReport: first ? { number: first.reportNumber, filedAt: first.filedAt } : null,
    printedAt: at,
    // The head before this print: the print's own audit event comes after it, as on every official output.
    auditHead: ws.audit.head(),
    copies: input.format === 'pdf' ? input.copies : 1,
    training: meta.training,
  };
}

/**
 * Prints an incident report to a file (written atomically, never over an existing one) and records it in the audit
 * chain: `document.printed` for the PDF, `document.exported` for the DOCX. The audit names the report, its number
 * and whether it was a draft — never its content. The answer names the settings the report needed but found empty.
 */
export async function printIncident(
  ws: Workspace,
  deps: Deps,
  ctx: CallContext,
  input: PrintInput,
  at: string,
): Promise<ChannelOutput<'incidents.print'>> {
  const report = reportInput(ws, input, at);
  const bytes =
    input.format === 'pdf' ? await incidentReportPdf(deps.documents, report) : await incidentReportDocx(report);
  const path = deps.files.write(input.outPath, bytes);
  const pages = input.format === 'pdf' ? pageCount(bytes) : 0;
  const info = {
    incidentId: report.record.id,
    reportNumber: report.record.reportNumber,
    draft: report.record.reportNumber === null,
    level: report.record.level,
    format: input.format,
    copies: report.copies,
    via: 'file',
    path,
    pages,
  };
  ws.transact(() =>
    ws.audit.append(
      {
        actor: ctx.actor,
        action: input.format === 'pdf' ? 'document.printed' : 'document.exported',
        entity: 'document',
        entityId: 'incident-report',
        change: { info },
      },
      at,
    ),
  );
  return { path, pages, missingSettings: missingSettings('incident-report', report.unit) };
}

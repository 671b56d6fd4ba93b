import type { CallContext } from '../api/context.ts';
import { itemInputSchema } from '../api/contract/items.ts';
import { AppError } from '../domain/errors.ts';
import { defaultDocumentSymbol, INCIDENT_TYPE_INFO, type IncidentRecord } from '../domain/incidents.ts';
import { type ItemStatus, vietnamDate } from '../domain/items.ts';
import type { Workspace } from '../ports/register-host.ts';
import { addItem } from './items.ts';

/**
 * Filing a report, inside the caller's transaction: the report is registered in the outgoing book as a domestic
 * item to the police (its own number "n/BC-SYMBOL"), and each item it concerns is marked lost, exposed or at risk —
 * all audited, all or nothing.
 */
export function fileIncidentReport(ws: Workspace, ctx: CallContext, draft: IncidentRecord, at: string): IncidentRecord {
  const actor = ctx.actor;
  if (!actor) throw new AppError('LOCKED');
  if (draft.state !== 'draft') throw new AppError('VALIDATION', 'Báo cáo này đã được lập.');
  const settings = ws.settings.get();
  const meta = ws.meta();
  const symbol = settings.documentSymbol ?? defaultDocumentSymbol(meta.unitName);
  // Decree 30/2020: a number below 10 is written with a leading zero ("03/BC-…").
  const reportNumber = `${String(nextReportNumber(ws, at)).padStart(2, '0')}/BC-${symbol}`;
  const typeInfo = INCIDENT_TYPE_INFO[draft.type];
  const registered = addItem(
    ws,
    ctx,
    itemInputSchema.parse({
      direction: 'outgoing',
      agreement: null,
      docNumber: reportNumber,
      docDate: vietnamDate(at),
      docType: 'Báo cáo đột xuất',
      // A Tuyệt mật report gets no summary while the policy forbids it; the others say what it is about, not what.
      summary:
        draft.level === 'tuyet_mat'
          ? null
          : `Báo cáo đột xuất về việc tài liệu mật ${typeInfo.name.toLowerCase()}${draft.version > 1 ? ` (báo cáo tiếp theo lần ${draft.version - 1})` : ''}`,
      level: draft.level,
      originator: meta.unitName,
      recipients: draft.addressee,
      // The copy sent to the addressee ("Như trên") and the copies the unit keeps ("Lưu").
      copies: 1 + settings.archiveCopies,
      handling: { channel: 'hand_carry' },
      notes: `Báo cáo sự cố ${draft.id}`,
    }),
    at,
  );
  const statusRows = draft.items
    .map((ref) => ws.items.setStatus(ref.itemId, typeInfo.itemStatus as ItemStatus))
    .filter((r) => r !== null);
  const filed: IncidentRecord = {
    ...draft,
    state: 'filed',
    reportItemId: registered.id,
    reportNumber,
    filedAt: at,
    filedBy: actor.name,
  };
  const row = ws.incidents.save(filed);
  ws.audit.append(
    {
      actor,
      action: 'incident.filed',
      entity: 'incident',
      entityId: draft.id,
      change: {
        rows: [row, ...statusRows],
        info: {
          reportNumber,
          reportItem: `${registered.registerNo}/${registered.registerYear}`,
          items: draft.items.length,
        },
      },
    },
    at,
  );
  return filed;
}

/** Reports are numbered per calendar year (Vietnam time) in the unit's own series "n/BC-SYMBOL". */
export function nextReportNumber(ws: Workspace, at: string): number {
  const year = vietnamDate(at).slice(0, 4);
  let highest = 0;
  for (const r of ws.incidents.list({ unit: 'own' })) {
    if (!r.reportNumber || !r.filedAt || vietnamDate(r.filedAt).slice(0, 4) !== year) continue;
    highest = Math.max(highest, Number.parseInt(r.reportNumber, 10) || 0);
  }
  return highest + 1;
}

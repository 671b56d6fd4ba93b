import type { CallContext } from '../api/context.ts';
import { AppError } from '../domain/errors.ts';
import type { IncidentRecord } from '../domain/incidents.ts';
import type { RowChange } from '../domain/audit.ts';
import type { z } from 'zod';
import type { incidentPackageRecordSchema, receiptRecordSchema } from '../api/contract/packages.ts';
import type { OpenedPackage } from '../exchange/package/index.ts';
import type { ChainStatus } from '../ports/exchange-store.ts';
import type { Workspace } from '../ports/register-host.ts';
import { moveIncident } from './incidents.ts';

/** A package that passed every check, ready to apply in one transaction. */
export interface CheckedPackage {
  opened: OpenedPackage;
  chainStatus: ChainStatus;
  incidents: z.infer<typeof incidentPackageRecordSchema>[];
  receipts: z.infer<typeof receiptRecordSchema>[];
}

/** Imported records keep their ids, prefixed by the sending unit's fingerprint, so two units never collide. */
export const importedId = (unitFingerprint: string, id: string) => `${unitFingerprint.slice(0, 16)}:${id}`;

function logReceived(ws: Workspace, checked: CheckedPackage, recordIds: string[], at: string): RowChange {
  const { manifest, hash } = checked.opened;
  return ws.packages.log({
    id: manifest.packageId,
    direction: 'received',
    kind: manifest.kind,
    peerFingerprint: manifest.sender.fingerprint,
    peerName: manifest.sender.unitName,
    sequence: manifest.sequence,
    hash,
    createdAt: manifest.createdAt,
    processedAt: at,
    recordCount: checked.opened.records.length,
    headSeq: manifest.audit.head.seq,
    headHash: manifest.audit.head.hash,
    chainStatus: checked.chainStatus,
    recordIds,
    acknowledgedAt: null,
  });
}

/** Receiver mode: the unit's reports, inside the caller's transaction. A report already here is kept as it is. */
export function applyIncidents(ws: Workspace, ctx: CallContext, checked: CheckedPackage, at: string) {
  const { manifest } = checked.opened;
  const unit = manifest.sender.fingerprint;
  const rows: RowChange[] = [];
  const ids: string[] = [];
  let skipped = 0;
  for (const r of checked.incidents) {
    const id = importedId(unit, r.id);
    ids.push(id);
    if (ws.incidents.get(id)) {
      skipped++;
      continue;
    }
    const record: IncidentRecord = {
      ...r,
      id,
      chainId: importedId(unit, r.chainId),
      unitFingerprint: unit,
      unitName: manifest.sender.unitName,
      state: 'received',
      reportItemId: null,
      exportedAt: null,
      acknowledgedAt: null,
      closedAt: null,
      packageId: manifest.packageId,
    };
    rows.push(ws.incidents.save(record));
  }
  rows.unshift(logReceived(ws, checked, ids, at));
  ws.audit.append(
    {
      actor: ctx.actor,
      action: 'package.imported',
      entity: 'package',
      entityId: manifest.packageId,
      change: {
        rows,
        info: {
          hash: checked.opened.hash,
          sender: manifest.sender.unitName,
          sequence: manifest.sequence,
          chain: checked.chainStatus,
          head: `${manifest.audit.head.seq}:${manifest.audit.head.hash}`,
        },
      },
    },
    at,
  );
  return { imported: ids.length - skipped, skipped };
}

/** Unit mode: the police acknowledged packages this unit sent; their reports become acknowledged. */
export function applyReceipts(ws: Workspace, ctx: CallContext, checked: CheckedPackage, at: string) {
  const { manifest } = checked.opened;
  const rows: RowChange[] = [];
  let imported = 0;
  let skipped = 0;
  for (const receipt of checked.receipts) {
    const sent = ws.packages.get(receipt.packageId);
    if (
      sent?.direction !== 'sent' ||
      sent.peerFingerprint !== manifest.sender.fingerprint ||
      sent.hash !== receipt.hash ||
      sent.sequence !== receipt.sequence
    )
      throw new AppError(
        'PACKAGE_RECORDS_INVALID',
        `Biên nhận cho gói ${receipt.packageId} không khớp gói nào đơn vị đã gửi cho ${manifest.sender.unitName}. Không nhập gì.`,
      );
    const acked = ws.packages.acknowledge(sent.id, receipt.acknowledgedAt);
    if (!acked) {
      skipped++;
      continue;
    }
    rows.push(acked);
    imported++;
    ws.audit.append(
      {
        actor: ctx.actor,
        action: 'package.acknowledged',
        entity: 'package',
        entityId: sent.id,
        change: { rows: [acked], info: { by: receipt.acknowledgedBy, unitHead: receipt.unitHead } },
      },
      at,
    );
    for (const id of sent.recordIds) {
      const incident = ws.incidents.get(id);
      if (incident?.state === 'exported')
        moveIncident(ws, ctx, incident, 'acknowledged', at, { acknowledgedAt: receipt.acknowledgedAt });
    }
  }
  const logged = logReceived(
    ws,
    checked,
    checked.receipts.map((r) => r.packageId),
    at,
  );
  ws.audit.append(
    {
      actor: ctx.actor,
      action: 'package.imported',
      entity: 'package',
      entityId: manifest.packageId,
      change: {
        rows: [logged],
        info: { hash: checked.opened.hash, sender: manifest.sender.unitName, kind: 'receipt' },
      },
    },
    at,
  );
  return { imported, skipped };
}

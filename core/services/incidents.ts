import { randomUUID } from 'node:crypto';
import type { ChannelOutput, ParsedInput } from '../api/contract.ts';
import type { CallContext } from '../api/context.ts';
import { AppError } from '../domain/errors.ts';
import {
  canMove,
  hoursSince,
  INCIDENT_STATE_NAMES,
  type IncidentItemRef,
  type IncidentRecord,
  type IncidentState,
} from '../domain/incidents.ts';
import { highestLevel, LEVEL_NAMES, LEVEL_RANK } from '../shared/levels.ts';
import type { Actor } from '../domain/roles.ts';
import type { Workspace } from '../ports/register-host.ts';
import { fileIncidentReport } from './incident-filing.ts';

type IncidentView = ChannelOutput<'incidents.get'>;
type Fields = Omit<ParsedInput<'incidents.update'>, 'id'>;

/** The report as shown: with the clock since discovery and the stale-draft flag. */
export function incidentView(ws: Workspace, record: IncidentRecord, at: string): IncidentView {
  const hours = Math.max(0, hoursSince(record.discoveredAt, at));
  return {
    ...record,
    hoursSinceDiscovery: Math.round(hours * 10) / 10,
    overdue: record.state === 'draft' && hours > ws.settings.get().incidentDraftHours,
  };
}

const isClerkOnly = (actor: Actor) => actor.roles.includes('clerk') && !actor.roles.includes('security_officer');

function requireActor(ctx: CallContext) {
  if (!ctx.actor) throw new AppError('LOCKED');
  return ctx.actor;
}

export function requireIncident(ws: Workspace, id: string): IncidentRecord {
  const record = ws.incidents.get(id);
  if (!record) throw new AppError('NOT_FOUND', `Không có báo cáo sự cố ${id}.`);
  return record;
}

/** Fills in each picked item from the register; the report's level is the highest of them, raised if asked. */
function resolveFields(ws: Workspace, actor: Actor, fields: Fields, at: string) {
  if (ws.meta().mode !== 'unit')
    throw new AppError('FORBIDDEN', 'Chế độ Công an tỉnh chỉ nhận báo cáo sự cố từ đơn vị, không tự lập.');
  if (Date.parse(fields.discoveredAt) > Date.parse(at) + 5 * 60_000)
    throw new AppError('VALIDATION', undefined, [
      { path: 'discoveredAt', message: 'Thời điểm phát hiện không thể ở tương lai.' },
    ]);
  const unique = [...new Set(fields.items)];
  const items: IncidentItemRef[] = unique.map((itemId, i) => {
    const item = ws.items.get(itemId);
    // A clerk reports on their own department's items, the only ones they can see.
    const hidden = item && isClerkOnly(actor) && item.department !== actor.department;
    if (!item || hidden)
      throw new AppError('VALIDATION', undefined, [
        { path: `items.${i}`, message: `Không có tài liệu ${itemId} trong sổ.` },
      ]);
    return {
      itemId,
      book: item.book,
      registerYear: item.registerYear,
      registerNo: item.registerNo,
      docNumber: item.docNumber,
      docDate: item.docDate,
      level: item.level,
      agreement: item.agreement,
    };
  });
  const highest = highestLevel(items.map((i) => i.level)) ?? 'mat';
  if (fields.level && LEVEL_RANK[fields.level] < LEVEL_RANK[highest])
    throw new AppError('VALIDATION', undefined, [
      {
        path: 'level',
        message: `Độ mật của báo cáo không thể thấp hơn độ mật cao nhất của tài liệu liên quan (${LEVEL_NAMES[highest]}).`,
      },
    ]);
  return {
    type: fields.type,
    level: fields.level ?? highest,
    discoveredAt: new Date(fields.discoveredAt).toISOString(),
    place: fields.place,
    items,
    circumstances: fields.circumstances,
    personsInvolved: fields.personsInvolved,
    measures: fields.measures,
    remedy: fields.remedy,
    addressee: fields.addressee ?? ws.settings.get().incidentAddressee,
    foreignPartyNotice: fields.foreignPartyNotice,
  };
}

export function addIncident(
  ws: Workspace,
  ctx: CallContext,
  input: ParsedInput<'incidents.add'>,
  at: string,
): IncidentView {
  const actor = requireActor(ctx);
  const { draft, followUpOf, ...fields } = input;
  const resolved = resolveFields(ws, actor, fields, at);
  const id: string = randomUUID();
  const saved = ws.transact(() => {
    let chainId = id;
    let version = 1;
    if (followUpOf) {
      const first = requireIncident(ws, followUpOf);
      if (first.unitFingerprint !== null || first.state === 'draft')
        throw new AppError('VALIDATION', undefined, [
          { path: 'followUpOf', message: 'Chỉ lập báo cáo tiếp theo cho một báo cáo đã lập của đơn vị.' },
        ]);
      chainId = first.chainId;
      version = ws.incidents.latestVersion(chainId) + 1;
    }
    const record: IncidentRecord = {
      id,
      unitFingerprint: null,
      unitName: ws.meta().unitName,
      chainId,
      version,
      state: 'draft',
      ...resolved,
      reportItemId: null,
      reportNumber: null,
      createdAt: at,
      createdBy: actor.name,
      filedAt: null,
      filedBy: null,
      exportedAt: null,
      acknowledgedAt: null,
      closedAt: null,
      packageId: null,
    };
    const row = ws.incidents.save(record);
    ws.audit.append(
      {
        actor,
        action: 'incident.drafted',
        entity: 'incident',
        entityId: id,
        change: { rows: [row], info: { type: record.type, items: record.items.length, version, chainId } },
      },
      at,
    );
    return draft ? record : fileIncidentReport(ws, ctx, record, at);
  });
  return incidentView(ws, saved, at);
}

export function updateIncident(
  ws: Workspace,
  ctx: CallContext,
  input: ParsedInput<'incidents.update'>,
  at: string,
): IncidentView {
  const actor = requireActor(ctx);
  const { id, ...fields } = input;
  const resolved = resolveFields(ws, actor, fields, at);
  const saved = ws.transact(() => {
    const current = requireIncident(ws, id);
    if (current.state !== 'draft')
      throw new AppError(
        'VALIDATION',
        `Báo cáo đã ${INCIDENT_STATE_NAMES[current.state].toLowerCase()}: không sửa được; hãy lập báo cáo tiếp theo.`,
      );
    const record = { ...current, ...resolved };
    const row = ws.incidents.save(record);
    ws.audit.append(
      { actor, action: 'incident.edited', entity: 'incident', entityId: id, change: { rows: [row] } },
      at,
    );
    return record;
  });
  return incidentView(ws, saved, at);
}

export function fileIncident(ws: Workspace, ctx: CallContext, id: string, at: string): IncidentView {
  const saved = ws.transact(() => {
    const current = requireIncident(ws, id);
    if (current.unitFingerprint !== null)
      throw new AppError('VALIDATION', 'Báo cáo nhập từ đơn vị khác: không lập lại.');
    // A clerk files the drafts they wrote; another person's draft is the security officer's to file.
    const actor = ctx.actor;
    if (actor && isClerkOnly(actor) && current.createdBy !== actor.name)
      throw new AppError('NOT_FOUND', 'Không có bản nháp này trong các báo cáo bạn đã viết (cán bộ bảo mật lập được).');
    return fileIncidentReport(ws, ctx, current, at);
  });
  return incidentView(ws, saved, at);
}

/** Moves a report to a later state (close; the package services move to exported and acknowledged). */
export function moveIncident(
  ws: Workspace,
  ctx: CallContext,
  record: IncidentRecord,
  to: Exclude<IncidentState, 'draft' | 'received'>,
  at: string,
  extra: Partial<IncidentRecord> = {},
): IncidentRecord {
  if (!canMove(record.state, to))
    throw new AppError(
      'VALIDATION',
      `Báo cáo đang ở trạng thái "${INCIDENT_STATE_NAMES[record.state]}": không chuyển sang "${INCIDENT_STATE_NAMES[to]}" được.`,
    );
  const next: IncidentRecord = { ...record, ...extra, state: to };
  const row = ws.incidents.save(next);
  ws.audit.append(
    { actor: ctx.actor, action: `incident.${to}`, entity: 'incident', entityId: record.id, change: { rows: [row] } },
    at,
  );
  return next;
}

export function closeIncident(ws: Workspace, ctx: CallContext, id: string, at: string): IncidentView {
  requireActor(ctx);
  const saved = ws.transact(() => {
    const current = requireIncident(ws, id);
    if (current.unitFingerprint !== null)
      throw new AppError('VALIDATION', 'Báo cáo của đơn vị khác: đơn vị đó kết thúc.');
    return moveIncident(ws, ctx, current, 'closed', at, { closedAt: at });
  });
  return incidentView(ws, saved, at);
}

export function getIncident(ws: Workspace, id: string, at: string): IncidentView {
  return incidentView(ws, requireIncident(ws, id), at);
}

export function listIncidents(ws: Workspace, input: ParsedInput<'incidents.list'>, at: string) {
  return { incidents: ws.incidents.list(input).map((r) => incidentView(ws, r, at)) };
}

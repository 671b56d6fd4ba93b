import type { ChannelOutput, ParsedInput } from '../api/contract.ts';
import type { CallContext } from '../api/context.ts';
import { markingKey } from '../domain/agreements.ts';
import { timeOrderedUuid } from '../domain/ids.ts';
import { AppError, type FieldIssue } from '../domain/errors.ts';
import { searchTerms } from '../domain/vietnamese-fold.ts';
import {
  APPROVER_TITLE_POLICY,
  approverTitleRecognised,
  ITEM_RULES,
  TUYET_MAT_SUMMARY_ALLOWED,
} from '../domain/item-rules.ts';
import { bookOf, type ItemRecord, protectedUntil, registerYearOf, vietnamDate } from '../domain/items.ts';
import { DEFAULT_PROTECTION_YEARS, ENVELOPE_LETTER, envelopesFor, LEVEL_NAMES, type Level } from '../shared/levels.ts';
import type { Actor } from '../domain/roles.ts';
import type { Workspace } from '../ports/register-host.ts';

type ItemInput = ParsedInput<'items.add'>;

/**
 * A search with more matches than it returns counts them up to this many, then says "more than". Each counted match
 * costs a row lookup through the join with the filters (about 10 µs encrypted at 1,000,000 items: +6–9 ms at 1,000,
 * +230 ms at 10,000, 1.4 s at 100,000; docs/PERFORMANCE.md); past twice the screen's 500 rows the exact figure does
 * not change what the person does next (type another word or set a filter).
 */
export const MATCH_COUNT_CAP = 1_000;

/** A clerk registers items of their own department only; officers may register for any department. */
const isDepartmentBound = (actor: Actor) => actor.roles.includes('clerk') && !actor.roles.includes('security_officer');

function validate(input: ItemInput, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const issue = (path: string, message: string) => issues.push({ path, message });
  if (input.docDate > today) issue('docDate', 'Ngày văn bản không thể sau ngày hôm nay.');
  if (input.level === 'tuyet_mat' && !TUYET_MAT_SUMMARY_ALLOWED && input.summary) {
    issue('summary', `Không ghi trích yếu cho tài liệu Tuyệt mật. (${ITEM_RULES.tuyetMatSummary.legalBasis})`);
  }
  if ((input.level !== 'tuyet_mat' || TUYET_MAT_SUMMARY_ALLOWED) && !input.summary)
    issue('summary', 'Trích yếu: bắt buộc nhập.');
  if (input.direction === 'incoming') {
    if (!input.agreement) issue('agreement', 'Tài liệu nhận của phía nước ngoài phải ghi theo Hiệp định nào.');
    if (!input.foreignMarking) issue('foreignMarking', 'Ghi độ mật đúng như trên tài liệu của phía nước ngoài.');
    if (input.protectionYears !== null) {
      issue(
        'protectionYears',
        'Thời hạn bảo vệ của tài liệu nhận do bên gửi quyết định: ghi lại theo tài liệu ở ô "thời hạn ghi trên tài liệu".',
      );
    }
  }
  if (input.direction === 'outgoing' && input.agreement) {
    if (!input.approval)
      issue(
        'approval',
        'Cung cấp cho phía nước ngoài phải có quyết định của người có thẩm quyền (Điều 16 Luật 117/2025/QH15).',
      );
    if (!input.foreignBody) issue('foreignBody', 'Ghi cơ quan phía nước ngoài nhận tài liệu.');
  }
  if (input.approval && input.approval.decisionDate > today)
    issue('approval.decisionDate', 'Ngày quyết định không thể sau ngày hôm nay.');
  if (input.direction === 'outgoing' && input.protectionYears !== null) {
    const standard = DEFAULT_PROTECTION_YEARS[input.level];
    if (input.protectionYears > standard)
      issue('protectionYears', `Thời hạn bảo vệ của độ ${LEVEL_NAMES[input.level]} tối đa ${standard} năm.`);
    if (input.protectionYears < standard && !input.protectionReason)
      issue('protectionReason', 'Thời hạn ngắn hơn mặc định phải ghi lý do.');
  }
  if (input.levelDeterminedOn && input.levelDeterminedOn > today)
    issue('levelDeterminedOn', 'Ngày xác định độ mật không thể sau ngày hôm nay.');
  return issues;
}

export function addItem(ws: Workspace, ctx: CallContext, input: ItemInput, at: string): ChannelOutput<'items.add'> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('LOCKED');
  const today = vietnamDate(at);
  const issues = validate(input, today);
  if (issues.length) throw new AppError('VALIDATION', undefined, issues);
  const warnings: string[] = [];

  let equivalentLevel: Level | null = null;
  if (input.agreement) {
    const agreement = ws.agreements.get(input.agreement);
    if (!agreement)
      throw new AppError('VALIDATION', undefined, [
        { path: 'agreement', message: `Không có Hiệp định ${input.agreement}.` },
      ]);
    if (input.foreignMarking) {
      const row = agreement.equivalences.find(
        (e) => markingKey(e.foreignMarking) === markingKey(input.foreignMarking ?? ''),
      );
      if (!row)
        warnings.push(`Bảng tương đương của Hiệp định ${agreement.code} chưa có mức "${input.foreignMarking}".`);
      else if (row.vnLevel === null)
        warnings.push(`Theo bảng tương đương, "${input.foreignMarking}" không có mức tương đương của Việt Nam.`);
      else {
        equivalentLevel = row.vnLevel;
        if (row.vnLevel !== input.level) {
          warnings.push(
            `Độ mật đã chọn (${LEVEL_NAMES[input.level]}) khác mức tương đương của "${input.foreignMarking}" (${LEVEL_NAMES[row.vnLevel]}).`,
          );
        }
      }
    }
  }
  if (input.approval && !approverTitleRecognised(input.level, input.approval.approverTitle)) {
    const message = `Chức danh "${input.approval.approverTitle}" không có trong danh sách người có thẩm quyền quyết định cung cấp tài liệu ${LEVEL_NAMES[input.level]} đã cấu hình (Điều 16 Luật 117/2025/QH15).`;
    if (APPROVER_TITLE_POLICY === 'block')
      throw new AppError('VALIDATION', undefined, [{ path: 'approval.approverTitle', message }]);
    warnings.push(message);
  }
  const department = isDepartmentBound(actor) ? actor.department : input.department;
  const determinedOn = input.levelDeterminedOn ?? input.docDate;
  const years =
    input.direction === 'outgoing' ? (input.protectionYears ?? DEFAULT_PROTECTION_YEARS[input.level]) : null;
  const book = bookOf(input.direction);
  const registerYear = registerYearOf(at);

  return ws.transact(() => {
    const earlier = ws.items.sameDocument(input.docNumber, input.docDate, input.foreignBody);
    for (const e of earlier) {
      warnings.push(
        `Văn bản số ${input.docNumber} ngày ${input.docDate} đã vào sổ ${e.book === 'outgoing' ? 'đi' : 'đến'} số ${e.registerNo}/${e.registerYear}.`,
      );
    }
    const { registerNo, counterChange } = ws.items.nextNumber(book, registerYear);
    const item: ItemRecord = {
      id: timeOrderedUuid(at),
      book,
      registerYear,
      registerNo,
      direction: input.direction,
      agreement: input.agreement,
      department,
      foreignBody: input.foreignBody,
      docNumber: input.docNumber,
      docDate: input.docDate,
      docType: input.docType,
      summary: input.summary,
      level: input.level,
      foreignMarking: input.foreignMarking,
      equivalentLevel,
      originator: input.originator,
      recipients: input.recipients,
      copies: input.copies,
      pages: input.pages,
      levelDeterminedOn: determinedOn,
      protectionYears: years,
      protectionReason: input.protectionReason,
      protectedUntil: years === null ? null : protectedUntil(determinedOn, years),
      foreignProtectionNote: input.direction === 'incoming' ? input.foreignProtectionNote : null,
      envelopes: envelopesFor(input.level),
      envelopeLetter: ENVELOPE_LETTER[input.level],
      handling: input.handling,
      approval: input.approval,
      status: 'registered',
      notes: input.notes,
      registeredAt: at,
      registeredBy: actor.name,
    };
    const row = ws.items.insert(item);
    ws.audit.append(
      {
        actor,
        action: 'item.registered',
        entity: 'item',
        entityId: item.id,
        change: { rows: [row, counterChange], info: { book, registerYear, registerNo } },
      },
      at,
    );
    return { ...item, warnings };
  });
}

export function getItem(ws: Workspace, ctx: CallContext, id: string, at: string): ChannelOutput<'items.get'> {
  const item = ws.items.get(id);
  const actor = ctx.actor;
  if (!item || (actor && isDepartmentBound(actor) && item.department !== actor.department))
    throw new AppError('NOT_FOUND', 'Không có mục này trong sổ.');
  if (item.level === 'tuyet_mat' && actor) {
    // Every opening of a Tuyệt mật item's details is on the record.
    ws.transact(() => ws.audit.append({ actor, action: 'item.viewed', entity: 'item', entityId: id, change: {} }, at));
  }
  return item;
}

export function listItems(
  ws: Workspace,
  ctx: CallContext,
  input: ParsedInput<'items.list'>,
): ChannelOutput<'items.list'> {
  const actor = ctx.actor;
  return ws.items.list({
    ...input,
    department: actor && isDepartmentBound(actor) ? (actor.department ?? '') : undefined,
  });
}

export function searchItems(
  ws: Workspace,
  ctx: CallContext,
  input: ParsedInput<'items.search'>,
): ChannelOutput<'items.search'> {
  const terms = searchTerms(input.query);
  const actor = ctx.actor;
  const department = actor && isDepartmentBound(actor) ? (actor.department ?? '') : undefined;
  const { query: _query, ranked, limit, ...rest } = input;
  const filter = { ...rest, department };
  const items = ws.items.search(terms, { ranked, limit, filter });
  // Fewer than the limit: these are all the matches. Otherwise count them with the same filter, up to a cap.
  const { count, more } =
    items.length < limit ? { count: items.length, more: false } : ws.items.countMatches(terms, filter, MATCH_COUNT_CAP);
  return { terms, items, total: count, totalCapped: more };
}

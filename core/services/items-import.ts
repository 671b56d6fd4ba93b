import { createHash } from 'node:crypto';
import { timeOrderedUuid } from '../domain/ids.ts';
import type { ChannelOutput, ParsedInput } from '../api/contract.ts';
import type { CallContext } from '../api/context.ts';
import { readSpreadsheet } from '../documents/spreadsheet.ts';
import { AppError } from '../domain/errors.ts';
import {
  type CellValue,
  cellString,
  columnLetterIndex,
  parseCellDate,
  parseCellInteger,
  parseCellLevel,
} from '../domain/import-cells.ts';
import { TUYET_MAT_SUMMARY_ALLOWED } from '../domain/item-rules.ts';
import {
  type Book,
  ENVELOPE_LETTER,
  envelopesFor,
  type ItemRecord,
  protectedUntil,
  vietnamDate,
} from '../domain/items.ts';
import { convertText, detectEncoding, type LegacyEncoding } from '../domain/legacy-encoding.ts';
import type { Workspace } from '../ports/register-host.ts';

type ImportInput = ParsedInput<'items.importPreview'>;
type Mapping = ImportInput['mapping'];
type Field = keyof Mapping['columns'];

const DEFAULT_TERM = { tuyet_mat: 30, toi_mat: 20, mat: 10 } as const;

interface ParsedRow {
  row: number;
  item: ItemRecord;
  errors: string[];
}

/** Finds each mapped column by its header text (case, tone and spacing ignored) or by its letter. */
function resolveColumns(header: CellValue[], mapping: Mapping, convert: (s: string) => string): Map<Field, number> {
  const norm = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
  const headers = header.map((h) => norm(convert(cellString(h))));
  const out = new Map<Field, number>();
  const missing: string[] = [];
  for (const [field, spec] of Object.entries(mapping.columns) as [Field, string][]) {
    // A header text first ("STT" is a header, not column STT); a bare letter (A, B, AA) only when no header matches.
    const byHeader = headers.indexOf(norm(spec));
    const index = byHeader >= 0 ? byHeader : (columnLetterIndex(spec) ?? -1);
    if (index < 0) missing.push(`"${spec}"`);
    else out.set(field, index);
  }
  if (missing.length)
    throw new AppError('VALIDATION', `Không thấy cột ${missing.join(', ')} ở dòng tiêu đề số ${mapping.headerRow}.`);
  return out;
}

function parseRows(
  rows: CellValue[][],
  mapping: Mapping,
  encoding: LegacyEncoding,
  today: string,
  actorName: string,
  at: string,
): ParsedRow[] {
  const convert = (s: string) => convertText(s, encoding);
  const columns = resolveColumns(rows[mapping.headerRow - 1] ?? [], mapping, convert);
  const book: Book = mapping.book;
  const parsed: ParsedRow[] = [];
  const seen = new Map<string, number>();
  rows.slice(mapping.headerRow).forEach((cells, i) => {
    const row = mapping.headerRow + i + 1;
    const raw = (field: Field): CellValue => {
      const index = columns.get(field);
      return index === undefined ? undefined : cells[index];
    };
    const text = (field: Field) => {
      const value = raw(field);
      return typeof value === 'string' ? convert(value).trim() : cellString(value);
    };
    if (cells.every((c) => cellString(c as CellValue) === '')) return;
    const errors: string[] = [];
    const registerNo = parseCellInteger(raw('registerNo'));
    if (registerNo === null) errors.push('số thứ tự (số đăng ký) không phải số nguyên dương');
    const docDate = parseCellDate(raw('docDate'));
    if (!docDate) errors.push(`ngày văn bản "${cellString(raw('docDate'))}" không đọc được (dùng dd/mm/yyyy)`);
    else if (docDate > today) errors.push('ngày văn bản sau ngày hôm nay');
    const received = columns.has('receivedDate') ? parseCellDate(raw('receivedDate')) : null;
    if (columns.has('receivedDate') && text('receivedDate') && !received) errors.push('ngày đến không đọc được');
    const registerYear =
      parseCellInteger(raw('registerYear')) ?? mapping.year ?? Number((received ?? docDate ?? '').slice(0, 4)) ?? null;
    if (!registerYear) errors.push('không xác định được năm của sổ');
    const level = columns.has('level')
      ? parseCellLevel(convert(cellString(raw('level'))))
      : (mapping.defaults.level ?? null);
    if (!level) errors.push(`độ mật "${text('level')}" không phải Tuyệt mật, Tối mật hoặc Mật`);
    const docNumber = text('docNumber');
    if (!docNumber) errors.push('thiếu số, ký hiệu văn bản');
    const summary = text('summary') || null;
    if (level === 'tuyet_mat' && summary && !TUYET_MAT_SUMMARY_ALLOWED) {
      errors.push('tài liệu Tuyệt mật có trích yếu: không được lưu; xóa trích yếu trong tệp rồi nhập lại');
    }
    const originator = text('originator') || mapping.defaults.originator || '';
    if (!originator) errors.push('thiếu nơi ban hành / người ký');
    const copies =
      columns.has('copies') && text('copies') ? parseCellInteger(raw('copies')) : (mapping.defaults.copies ?? 1);
    if (copies === null) errors.push('số bản không phải số nguyên dương');
    const key = `${registerYear}#${registerNo}`;
    if (registerNo !== null && seen.has(key))
      errors.push(`trùng số ${registerNo}/${registerYear} với dòng ${seen.get(key)}`);
    seen.set(key, row);
    const lvl = level ?? 'mat';
    const determined = docDate ?? today;
    const agreement = text('agreement') || mapping.defaults.agreement || null;
    parsed.push({
      row,
      errors,
      item: {
        // Ids count up from the import's time, one millisecond per row, so the id index grows at its edge.
        id: timeOrderedUuid(Date.parse(at) + i),
        book,
        registerYear: registerYear || 0,
        registerNo: registerNo ?? 0,
        direction: book,
        agreement,
        department: text('department') || mapping.defaults.department || null,
        foreignBody: text('foreignBody') || null,
        docNumber,
        docDate: docDate ?? '',
        docType: text('docType') || mapping.defaults.docType || 'Văn bản',
        summary: lvl === 'tuyet_mat' && !TUYET_MAT_SUMMARY_ALLOWED ? null : summary,
        level: lvl,
        foreignMarking: text('foreignMarking') || null,
        equivalentLevel: null,
        originator,
        recipients: text('recipients') || null,
        copies: copies ?? 1,
        pages: columns.has('pages') ? parseCellInteger(raw('pages')) : null,
        levelDeterminedOn: book === 'outgoing' ? determined : null,
        protectionYears: book === 'outgoing' ? DEFAULT_TERM[lvl] : null,
        protectionReason: null,
        protectedUntil: book === 'outgoing' ? protectedUntil(determined, DEFAULT_TERM[lvl]) : null,
        foreignProtectionNote: null,
        envelopes: envelopesFor(lvl),
        envelopeLetter: ENVELOPE_LETTER[lvl],
        handling: {
          namedRecipientOnly: false,
          channel: null,
          storagePlace: null,
          copyingAllowed: false,
          returnBy: null,
        },
        approval: null,
        status: 'registered',
        notes: text('notes') || null,
        // The date the paper register records the entry, at midnight in Hà Nội.
        registeredAt: `${received ?? docDate ?? today}T00:00:00.000+07:00`,
        registeredBy: `${actorName} (nhập từ sổ cũ)`,
      },
    });
  });
  return parsed;
}

async function analyse(ws: Workspace, ctx: CallContext, input: ImportInput, at: string) {
  const content = Buffer.from(input.contentBase64, 'base64');
  const rows = (await readSpreadsheet(content, input.mapping.sheet)) as CellValue[][];
  const texts = rows.flat().filter((c): c is string => typeof c === 'string');
  const encoding: LegacyEncoding =
    input.mapping.encoding === 'auto' ? detectEncoding(texts).encoding : input.mapping.encoding;
  const parsed = parseRows(rows, input.mapping, encoding, vietnamDate(at), ctx.actor?.name ?? '', at);
  // Numbers already used in the register are errors too: an import never renumbers or overwrites.
  const byYear = new Map<number, ParsedRow[]>();
  for (const p of parsed) byYear.set(p.item.registerYear, [...(byYear.get(p.item.registerYear) ?? []), p]);
  for (const [year, group] of byYear) {
    const taken = new Set(
      ws.items.takenNumbers(
        input.mapping.book,
        year,
        group.map((p) => p.item.registerNo),
      ),
    );
    for (const p of group)
      if (taken.has(p.item.registerNo)) p.errors.push(`số ${p.item.registerNo}/${year} đã có trong sổ`);
  }
  return { encoding, parsed, sha256: createHash('sha256').update(content).digest('hex') };
}

export async function previewImport(
  ws: Workspace,
  ctx: CallContext,
  input: ImportInput,
  at: string,
): Promise<ChannelOutput<'items.importPreview'>> {
  const { encoding, parsed } = await analyse(ws, ctx, input, at);
  const invalid = parsed.filter((p) => p.errors.length > 0).length;
  return {
    encoding,
    total: parsed.length,
    valid: parsed.length - invalid,
    invalid,
    rows: parsed.map((p) => ({
      row: p.row,
      registerYear: p.item.registerYear || null,
      registerNo: p.item.registerNo || null,
      docNumber: p.item.docNumber,
      docDate: p.item.docDate || null,
      level: p.errors.some((e) => e.startsWith('độ mật')) ? null : p.item.level,
      summary: p.item.summary,
      originator: p.item.originator,
      errors: p.errors,
    })),
  };
}

/** All or nothing: any row with an error, and nothing is written. */
export async function commitImport(
  ws: Workspace,
  ctx: CallContext,
  input: ImportInput,
  at: string,
): Promise<ChannelOutput<'items.importCommit'>> {
  const { encoding, parsed, sha256 } = await analyse(ws, ctx, input, at);
  const bad = parsed.filter((p) => p.errors.length > 0);
  if (bad.length) {
    throw new AppError(
      'VALIDATION',
      `Có ${bad.length} dòng lỗi; chưa nhập dòng nào. Sửa tệp rồi nhập lại.`,
      bad.slice(0, 200).map((p) => ({ path: `row.${p.row}`, message: `Dòng ${p.row}: ${p.errors.join('; ')}.` })),
    );
  }
  if (parsed.length === 0) throw new AppError('VALIDATION', 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.');
  const actor = ctx.actor;
  return ws.transact(() => {
    const highest = new Map<number, number>();
    for (const { item } of parsed) {
      const row = ws.items.insert(item);
      ws.audit.append(
        { actor, action: 'item.imported', entity: 'item', entityId: item.id, change: { rows: [row] } },
        at,
      );
      highest.set(item.registerYear, Math.max(highest.get(item.registerYear) ?? 0, item.registerNo));
    }
    const books = [...highest].map(([year, lastNo]) => ({ book: input.mapping.book, year, lastNo }));
    const counterRows = books.map((b) => ws.items.raiseCounter(b.book, b.year, b.lastNo)).filter((r) => r !== null);
    ws.audit.append(
      {
        actor,
        action: 'items.imported',
        entity: 'register',
        entityId: input.mapping.book,
        change: { rows: counterRows, info: { fileName: input.fileName, sha256, rows: parsed.length, encoding } },
      },
      at,
    );
    return { imported: parsed.length, encoding, books };
  });
}

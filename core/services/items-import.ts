import { createHash } from 'node:crypto';
import type { ChannelOutput, ParsedInput } from '../api/contract.ts';
import type { CallContext } from '../api/context.ts';
import { readSpreadsheet } from '../documents/spreadsheet.ts';
import { AppError } from '../domain/errors.ts';
import type { CellValue } from '../domain/import-cells.ts';
import { vietnamDate } from '../domain/items.ts';
import { detectEncoding, type LegacyEncoding } from '../domain/legacy-encoding.ts';
import type { Workspace } from '../ports/register-host.ts';
import { throwIfCancelled } from '../ports/work-control.ts';
import { detectOwnExport, ownExportAsMapped } from './items-import-own-layout.ts';
import { type ImportMapping, type ParsedRow, parseRows } from './items-import-rows.ts';

type ImportInput = ParsedInput<'items.importPreview'>;

/**
 * The rows to read and how: the mapping given, or, without one, the app's own export recognised by its title and
 * header rows. A file that is neither is refused with a code the CLI and the import screen answer by asking for one.
 */
function layoutOf(sheet: CellValue[][], mapping: ImportMapping | undefined) {
  if (mapping) return { rows: sheet, mapping, layout: 'mapping' as const };
  const own = detectOwnExport(sheet);
  if (!own) throw new AppError('IMPORT_MAPPING_REQUIRED');
  return { ...ownExportAsMapped(sheet, own), layout: 'app' as const };
}

async function analyse(ws: Workspace, ctx: CallContext, input: ImportInput, at: string) {
  const content = Buffer.from(input.contentBase64, 'base64');
  const sheet = (await readSpreadsheet(content, input.mapping?.sheet)) as CellValue[][];
  const { rows, mapping, layout } = layoutOf(sheet, input.mapping);
  const texts = rows.flat().filter((c): c is string => typeof c === 'string');
  const encoding: LegacyEncoding = mapping.encoding === 'auto' ? detectEncoding(texts).encoding : mapping.encoding;
  const parsed = parseRows(rows, mapping, {
    encoding,
    today: vietnamDate(at),
    at,
    registeredBy: `${ctx.actor?.name ?? ''} (${layout === 'app' ? 'nhập từ tệp Excel xuất từ phần mềm' : 'nhập từ sổ cũ'})`,
    agreements: new Set(ws.agreements.list().map((a) => a.code)),
  });
  // Numbers already used in the register are errors too: an import never renumbers or overwrites.
  const byYear = new Map<number, ParsedRow[]>();
  for (const p of parsed) byYear.set(p.item.registerYear, [...(byYear.get(p.item.registerYear) ?? []), p]);
  for (const [year, group] of byYear) {
    const taken = new Set(
      ws.items.takenNumbers(
        mapping.book,
        year,
        group.map((p) => p.item.registerNo),
      ),
    );
    for (const p of group)
      if (taken.has(p.item.registerNo)) p.errors.push(`số ${p.item.registerNo}/${year} đã có trong sổ`);
  }
  return { encoding, parsed, book: mapping.book, layout, sha256: createHash('sha256').update(content).digest('hex') };
}

export async function previewImport(
  ws: Workspace,
  ctx: CallContext,
  input: ImportInput,
  at: string,
): Promise<ChannelOutput<'items.importPreview'>> {
  const { encoding, parsed, book, layout } = await analyse(ws, ctx, input, at);
  const invalid = parsed.filter((p) => p.errors.length > 0).length;
  return {
    layout,
    book,
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

const PROGRESS_EVERY = 100;

/** All or nothing: any row with an error, and nothing is written. */
export async function commitImport(
  ws: Workspace,
  ctx: CallContext,
  input: ImportInput,
  at: string,
): Promise<ChannelOutput<'items.importCommit'>> {
  const { encoding, parsed, book, layout, sha256 } = await analyse(ws, ctx, input, at);
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
    // One transaction: a cancel between rows (or any failure) rolls every row back, so nothing is half-imported.
    for (const [index, { item }] of parsed.entries()) {
      if (index % PROGRESS_EVERY === 0) {
        ctx.work?.progress(index, parsed.length);
        throwIfCancelled(ctx.work);
      }
      const row = ws.items.insert(item);
      ws.audit.append(
        { actor, action: 'item.imported', entity: 'item', entityId: item.id, change: { rows: [row] } },
        at,
      );
      highest.set(item.registerYear, Math.max(highest.get(item.registerYear) ?? 0, item.registerNo));
    }
    const books = [...highest].map(([year, lastNo]) => ({ book, year, lastNo }));
    const counterRows = books.map((b) => ws.items.raiseCounter(b.book, b.year, b.lastNo)).filter((r) => r !== null);
    ws.audit.append(
      {
        actor,
        action: 'items.imported',
        entity: 'register',
        entityId: book,
        change: {
          rows: counterRows,
          info: { fileName: input.fileName, sha256, rows: parsed.length, encoding, layout },
        },
      },
      at,
    );
    return { imported: parsed.length, encoding, books };
  });
}

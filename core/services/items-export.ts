import type { ChannelOutput, ParsedInput } from '../api/contract.ts';
import type { CallContext, Deps } from '../api/context.ts';
import { writeSpreadsheet } from '../documents/spreadsheet.ts';
import { AppError } from '../domain/errors.ts';
import { vietnamDate } from '../domain/items.ts';
import { LEVEL_NAMES, LEVEL_RANK } from '../shared/levels.ts';
import { bookTitle, cellText, exportColumnsOf } from '../domain/register-layout.ts';
import type { Workspace } from '../ports/register-host.ts';

/**
 * The filtered view of one register book as .xlsx. The file is classified like its most secret row: the level word
 * heads the sheet, and the audit-chain head at the time of export is written under the title.
 */
export async function exportItemsXlsx(
  ws: Workspace,
  deps: Deps,
  ctx: CallContext,
  input: ParsedInput<'items.exportXlsx'>,
  at: string,
): Promise<ChannelOutput<'items.exportXlsx'>> {
  const { items } = ws.items.list({ ...input.filter, book: input.book });
  if (items.length === 0) throw new AppError('VALIDATION', 'Không có mục nào khớp bộ lọc để xuất.');
  const highest = items.reduce(
    (top, i) => (LEVEL_RANK[i.level] > LEVEL_RANK[top] ? i.level : top),
    items[0]?.level ?? 'mat',
  );
  const columns = exportColumnsOf(input.book);
  const head = ws.audit.head();
  const meta = ws.meta();
  const buffer = await writeSpreadsheet({
    sheetName: input.book === 'outgoing' ? 'So BMNN di' : 'So BMNN den',
    banner: [
      LEVEL_NAMES[highest].toUpperCase(),
      `${bookTitle(input.book)} — ${meta.unitName}`,
      `Xuất ngày ${vietnamDate(at).split('-').reverse().join('/')} bởi ${ctx.actor?.name ?? ''}; ${items.length} mục; đầu chuỗi nhật ký ${head.seq}:${head.hash}`,
    ],
    headers: columns.map((c) => c.header),
    widths: columns.map((c) => c.width),
    rows: items.map((item) => columns.map((c) => cellText(item, c.key))),
  });
  const path = deps.files.write(input.outPath, buffer);
  ws.transact(() =>
    ws.audit.append(
      {
        actor: ctx.actor,
        action: 'items.exported',
        entity: 'register',
        entityId: input.book,
        change: { info: { path, count: items.length, level: highest, filter: input.filter ?? {} } },
      },
      at,
    ),
  );
  return { path, count: items.length, level: highest };
}

import { type Book, DIRECTIONS, type ItemFilter, type ItemRecord } from '../../core/domain/items.ts';
import type { ItemsRepository } from '../../core/ports/register-host.ts';
import { insertChange, readRow, updateChange } from '../audit/audited-tables.ts';
import type { Sqlite } from '../connection.ts';
import { searchQuery } from './items-search-sql.ts';
import { yearRidRanges } from './year-rids.ts';

type Row = Record<string, unknown>;
type Statement = ReturnType<Sqlite['prepare']>;

const COLUMNS = `id, book, register_year, register_no, direction, agreement_code, department, foreign_body, doc_number, doc_date,
  doc_type, summary, level, foreign_marking, equivalent_level, originator, recipients, copies, pages, level_determined_on,
  protection_years, protection_reason, protected_until, foreign_protection_note, envelopes, envelope_letter,
  named_recipient_only, transmission_channel, storage_place, copying_allowed, return_by, approver_name, approver_title,
  approval_legal_basis, decision_no, decision_date, status, notes, registered_at, registered_by`;

export function toItem(r: Row): ItemRecord {
  const s = (k: string) => r[k] as string;
  const n = (k: string) => r[k] as string | null;
  return {
    id: s('id'),
    book: s('book') as Book,
    registerYear: r.register_year as number,
    registerNo: r.register_no as number,
    direction: s('direction') as ItemRecord['direction'],
    agreement: n('agreement_code'),
    department: n('department'),
    foreignBody: n('foreign_body'),
    docNumber: s('doc_number'),
    docDate: s('doc_date'),
    docType: s('doc_type'),
    summary: n('summary'),
    level: s('level') as ItemRecord['level'],
    foreignMarking: n('foreign_marking'),
    equivalentLevel: n('equivalent_level') as ItemRecord['equivalentLevel'],
    originator: s('originator'),
    recipients: n('recipients'),
    copies: r.copies as number,
    pages: r.pages as number | null,
    levelDeterminedOn: n('level_determined_on'),
    protectionYears: r.protection_years as number | null,
    protectionReason: n('protection_reason'),
    protectedUntil: n('protected_until'),
    foreignProtectionNote: n('foreign_protection_note'),
    envelopes: r.envelopes as number,
    envelopeLetter: s('envelope_letter'),
    handling: {
      namedRecipientOnly: r.named_recipient_only === 1,
      channel: n('transmission_channel') as ItemRecord['handling']['channel'],
      storagePlace: n('storage_place'),
      copyingAllowed: r.copying_allowed === 1,
      returnBy: n('return_by'),
    },
    approval: r.approver_name
      ? {
          approverName: s('approver_name'),
          approverTitle: s('approver_title'),
          legalBasis: s('approval_legal_basis'),
          decisionNo: s('decision_no'),
          decisionDate: s('decision_date'),
        }
      : null,
    status: s('status') as ItemRecord['status'],
    notes: n('notes'),
    registeredAt: s('registered_at'),
    registeredBy: s('registered_by'),
  };
}

function toRow(i: ItemRecord): unknown[] {
  return [
    i.id,
    i.book,
    i.registerYear,
    i.registerNo,
    i.direction,
    i.agreement,
    i.department,
    i.foreignBody,
    i.docNumber,
    i.docDate,
    i.docType,
    i.summary,
    i.level,
    i.foreignMarking,
    i.equivalentLevel,
    i.originator,
    i.recipients,
    i.copies,
    i.pages,
    i.levelDeterminedOn,
    i.protectionYears,
    i.protectionReason,
    i.protectedUntil,
    i.foreignProtectionNote,
    i.envelopes,
    i.envelopeLetter,
    i.handling.namedRecipientOnly ? 1 : 0,
    i.handling.channel,
    i.handling.storagePlace,
    i.handling.copyingAllowed ? 1 : 0,
    i.handling.returnBy,
    i.approval?.approverName ?? null,
    i.approval?.approverTitle ?? null,
    i.approval?.legalBasis ?? null,
    i.approval?.decisionNo ?? null,
    i.approval?.decisionDate ?? null,
    i.status,
    i.notes,
    i.registeredAt,
    i.registeredBy,
  ];
}

function filterSql(filter: ItemFilter): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    clauses.push(sql);
    params.push(value);
  };
  if (filter.book) add('book = ?', filter.book);
  if (filter.year) add('register_year = ?', filter.year);
  if (filter.level) add('level = ?', filter.level);
  if (filter.agreement) add('agreement_code = ?', filter.agreement);
  if (filter.status) add('status = ?', filter.status);
  if (filter.from) add('doc_date >= ?', filter.from);
  if (filter.to) add('doc_date <= ?', filter.to);
  if (filter.department) add('department = ?', filter.department);
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** Write and per-row paths use statements prepared once per connection (docs/ARCHITECTURE.md). */
export function itemsRepository(sqlite: Sqlite): ItemsRepository {
  const placeholders = COLUMNS.split(',')
    .map(() => '?')
    .join(', ');
  // RETURNING gives the row as stored (affinity applied, defaults filled) without reading it back by id.
  const insert = sqlite.prepare(`INSERT INTO items (${COLUMNS}) VALUES (${placeholders}) RETURNING *`);
  const byId = sqlite.prepare(`SELECT ${COLUMNS} FROM items WHERE id = ?`);
  const counter = sqlite.prepare('SELECT last_no, start_no FROM register_counters WHERE book = ? AND year = ?');
  const upsertCounter = sqlite.prepare(
    'INSERT INTO register_counters (book, year, last_no) VALUES (?, ?, ?) ON CONFLICT (book, year) DO UPDATE SET last_no = excluded.last_no',
  );
  const sameDoc = sqlite.prepare(
    "SELECT book, register_year, register_no FROM items WHERE doc_number = ? AND doc_date = ? AND coalesce(foreign_body, '') = coalesce(?, '') ORDER BY rid",
  );
  const taken = sqlite.prepare('SELECT 1 FROM items WHERE book = ? AND register_year = ? AND register_no = ?');
  // A year filter bounds the walk by the year's rid range (year-rids.ts): an old year no longer reads newer matches.
  const yearRange = yearRidRanges(sqlite);
  /**
   * The list filters as SQL over the join (index alias f, items alias i), with the year's rid range on the index's
   * own rowid; null when nothing can match (a year with no items).
   */
  const searchFilter = (filter: ItemFilter): { where: string; params: unknown[] } | null => {
    const { where, params } = filterSql(filter);
    if (!filter.year) return { where, params };
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const book of filter.book ? [filter.book] : DIRECTIONS) {
      const range = yearRange(book, filter.year);
      if (range) [lo, hi] = [Math.min(lo, range.lo), Math.max(hi, range.hi)];
    }
    if (lo > hi) return null;
    return { where: `${where} AND f.rowid BETWEEN ? AND ?`, params: [...params, lo, hi] };
  };
  // The type-ahead's statements, prepared on first use and kept (the trigram ones need migration 0011's table);
  // the filtered ones vary only by which filters are set (a few dozen shapes), so they are kept too.
  const reusable = new Map<string, Statement>();
  const statementFor = (sql: string) => {
    const known = reusable.get(sql);
    if (known) return known;
    const statement = sqlite.prepare(sql);
    reusable.set(sql, statement);
    return statement;
  };

  return {
    nextNumber(book, year) {
      const before = readRow(sqlite, 'register_counters', { book, year });
      const registerNo = ((before?.last_no as number | undefined) ?? 0) + 1;
      upsertCounter.run(book, year, registerNo);
      const after = readRow(sqlite, 'register_counters', { book, year }) ?? {};
      const counterChange = before
        ? (updateChange('register_counters', before, after) ?? insertChange('register_counters', after))
        : insertChange('register_counters', after);
      return { registerNo, counterChange };
    },
    raiseCounter(book, year, atLeast) {
      const before = readRow(sqlite, 'register_counters', { book, year });
      const current = (counter.get(book, year) as { last_no: number } | undefined)?.last_no ?? 0;
      if (current >= atLeast) return null;
      upsertCounter.run(book, year, atLeast);
      const after = readRow(sqlite, 'register_counters', { book, year }) ?? {};
      return before ? updateChange('register_counters', before, after) : insertChange('register_counters', after);
    },
    takenNumbers(book, year, numbers) {
      return numbers.filter((n) => taken.get(book, year, n) !== undefined);
    },
    insert(item) {
      return insertChange('items', insert.get(...toRow(item)) as Row);
    },
    get(id) {
      const row = byId.get(id) as Row | undefined;
      return row ? toItem(row) : null;
    },
    list(filter) {
      const { where, params } = filterSql(filter);
      const total = (sqlite.prepare(`SELECT count(*) AS n FROM items ${where}`).get(...params) as { n: number }).n;
      const page = filter.limit ? `LIMIT ${Number(filter.limit)} OFFSET ${Number(filter.offset ?? 0)}` : '';
      const rows = sqlite
        .prepare(`SELECT ${COLUMNS} FROM items ${where} ORDER BY register_year DESC, register_no DESC, book ${page}`)
        .all(...params) as Row[];
      return { total, items: rows.map(toItem) };
    },
    search(terms, options) {
      if (terms.length === 0) return [];
      // Filter columns (book, year, level, …) exist only in items, so the same WHERE reads them from the join.
      const filter = searchFilter(options.filter);
      if (!filter) return [];
      const query = searchQuery(COLUMNS, terms, { ranked: options.ranked, limit: options.limit, ...filter });
      return (statementFor(query.sql).all(...query.args) as Row[]).map(toItem);
    },
    countMatches(terms, filter, cap) {
      if (terms.length === 0) return { count: 0, more: false };
      const where = searchFilter(filter);
      if (!where) return { count: 0, more: false };
      // The same search, unranked, stopped at cap + 1: the count stops reading doclists once it knows there are more.
      const query = searchQuery('rid', terms, { ranked: false, limit: cap + 1, ...where });
      const n = (statementFor(`SELECT count(*) AS n FROM (${query.sql})`).get(...query.args) as { n: number }).n;
      return n > cap ? { count: cap, more: true } : { count: n, more: false };
    },
    sameDocument(docNumber, docDate, foreignBody) {
      return (sameDoc.all(docNumber, docDate, foreignBody) as Row[]).map((r) => ({
        book: r.book as Book,
        registerYear: r.register_year as number,
        registerNo: r.register_no as number,
      }));
    },
  };
}

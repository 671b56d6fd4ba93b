import { asc, eq, sql } from 'drizzle-orm';
import type { Agreement, Equivalence, IncidentType } from '../../core/domain/agreements.ts';
import type { Level } from '../../core/shared/levels.ts';
import type { RowChange } from '../../core/domain/audit.ts';
import type { AgreementsRepository } from '../../core/ports/register-host.ts';
import { deleteChange, insertChange, readRow, rowKey, updateChange } from '../audit/audited-tables.ts';
import { agreementEquivalences, agreements } from '../schema/reference.ts';
import type { Db } from './drizzle.ts';

export function agreementsRepository(db: Db): AgreementsRepository {
  // Write paths use statements prepared once (see db/repositories/audit.ts for why).
  const sqlite = db.$client;
  const equivalenceRows = sqlite.prepare(
    'SELECT * FROM agreement_equivalences WHERE agreement_code = ? ORDER BY position',
  );
  const deleteEquivalences = sqlite.prepare('DELETE FROM agreement_equivalences WHERE agreement_code = ?');
  const insertEquivalence = sqlite.prepare(
    'INSERT INTO agreement_equivalences (agreement_code, position, foreign_marking, vn_level, source_clause, note) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const touchAgreement = sqlite.prepare('UPDATE agreements SET updated_at = ? WHERE code = ?');
  // Reads are prepared once too: registering every item looks its agreement up.
  const equivalencesQuery = db
    .select()
    .from(agreementEquivalences)
    .where(eq(agreementEquivalences.agreementCode, sql.placeholder('code')))
    .orderBy(asc(agreementEquivalences.position))
    .prepare();
  const agreementQuery = db
    .select()
    .from(agreements)
    .where(eq(agreements.code, sql.placeholder('code')))
    .prepare();
  const allQuery = db.select().from(agreements).orderBy(asc(agreements.inForceOn)).prepare();
  function equivalencesOf(code: string): Equivalence[] {
    return equivalencesQuery.all({ code }).map((row) => ({
      foreignMarking: row.foreignMarking,
      vnLevel: row.vnLevel as Level | null,
      sourceClause: row.sourceClause,
      note: row.note,
    }));
  }

  function toAgreement(row: typeof agreements.$inferSelect): Agreement {
    return {
      ...row,
      incidentTriggers: row.incidentTriggers as IncidentType[],
      equivalences: equivalencesOf(row.code),
    };
  }

  return {
    list: () => allQuery.all().map(toAgreement),
    get: (code) => {
      const row = agreementQuery.get({ code });
      return row ? toAgreement(row) : null;
    },
    replaceEquivalences: (code, rows, at) => {
      const table = 'agreement_equivalences';
      const rowsOf = () => equivalenceRows.all(code) as Record<string, unknown>[];
      const before = new Map(rowsOf().map((r) => [rowKey(table, r), r]));
      const agreementBefore = readRow(sqlite, 'agreements', { code });
      deleteEquivalences.run(code);
      rows.forEach((row, position) => {
        insertEquivalence.run(code, position, row.foreignMarking, row.vnLevel, row.sourceClause, row.note);
      });
      touchAgreement.run(at, code);
      const changes: RowChange[] = [];
      const after = rowsOf();
      for (const row of after) {
        const old = before.get(rowKey(table, row));
        before.delete(rowKey(table, row));
        const change = old ? updateChange(table, old, row) : insertChange(table, row);
        if (change) changes.push(change);
      }
      for (const old of before.values()) changes.push(deleteChange(table, old));
      const agreementAfter = readRow(sqlite, 'agreements', { code });
      const touched = agreementBefore && agreementAfter && updateChange('agreements', agreementBefore, agreementAfter);
      if (touched) changes.push(touched);
      return changes;
    },
  };
}

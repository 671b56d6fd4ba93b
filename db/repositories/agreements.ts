import { asc, eq } from 'drizzle-orm';
import type { Agreement, Equivalence, IncidentType } from '../../core/domain/agreements.ts';
import type { Level } from '../../core/domain/levels.ts';
import type { AgreementsRepository } from '../../core/ports/register-host.ts';
import { agreementEquivalences, agreements } from '../schema/reference.ts';
import type { Db } from './drizzle.ts';

export function agreementsRepository(db: Db): AgreementsRepository {
  function equivalencesOf(code: string): Equivalence[] {
    return db
      .select()
      .from(agreementEquivalences)
      .where(eq(agreementEquivalences.agreementCode, code))
      .orderBy(asc(agreementEquivalences.position))
      .all()
      .map((row) => ({
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
    list: () => db.select().from(agreements).orderBy(asc(agreements.inForceOn)).all().map(toAgreement),
    get: (code) => {
      const row = db.select().from(agreements).where(eq(agreements.code, code)).get();
      return row ? toAgreement(row) : null;
    },
    replaceEquivalences: (code, rows, at) => {
      db.delete(agreementEquivalences).where(eq(agreementEquivalences.agreementCode, code)).run();
      rows.forEach((row, position) => {
        db.insert(agreementEquivalences)
          .values({ agreementCode: code, position, ...row })
          .run();
      });
      db.update(agreements).set({ updatedAt: at }).where(eq(agreements.code, code)).run();
    },
  };
}

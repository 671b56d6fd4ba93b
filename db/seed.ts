import agreementsData from '../resources/reference/agreements.json' with { type: 'json' };
import levelsData from '../resources/reference/levels.json' with { type: 'json' };
import type { Actor } from '../core/domain/roles.ts';
import type { AuditLog } from '../core/ports/register-host.ts';
import { insertChange, readRow } from './audit/audited-tables.ts';
import type { Db } from './repositories/drizzle.ts';
import { agreements, classificationLevels } from './schema/reference.ts';

/**
 * First-run reference data: the three levels and the two agreements of the seed plans, each with its legal basis.
 * Equivalence tables stay empty: only the officer, from the official agreement text, may fill them.
 */
export function seedReferenceData(db: Db, audit: AuditLog, actor: Actor, at: string): void {
  for (const level of levelsData.levels) {
    db.insert(classificationLevels)
      .values({
        ...level,
        code: level.code as 'tuyet_mat' | 'toi_mat' | 'mat',
        legalBasis: levelsData.legalBasis,
        validFrom: levelsData.validFrom,
      })
      .run();
  }
  for (const agreement of agreementsData.agreements) {
    db.insert(agreements)
      .values({ ...agreement, updatedAt: at })
      .run();
  }
  const sqlite = db.$client;
  const rows = [
    ...levelsData.levels.map((l) =>
      insertChange('classification_levels', readRow(sqlite, 'classification_levels', { code: l.code }) ?? {}),
    ),
    ...agreementsData.agreements.map((a) =>
      insertChange('agreements', readRow(sqlite, 'agreements', { code: a.code }) ?? {}),
    ),
  ];
  audit.append(
    {
      actor,
      action: 'reference.seeded',
      entity: 'reference',
      entityId: 'initial',
      change: { rows, info: { levelsVersion: levelsData.version, agreementsVersion: agreementsData.version } },
    },
    at,
  );
}

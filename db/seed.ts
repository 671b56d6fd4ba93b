import agreementsData from '../resources/reference/agreements.json' with { type: 'json' };
import levelsData from '../resources/reference/levels.json' with { type: 'json' };
import type { Actor } from '../core/domain/roles.ts';
import type { AuditLog } from '../core/ports/register-host.ts';
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
  audit.append(
    {
      actor,
      action: 'reference.seeded',
      entity: 'reference',
      entityId: 'initial',
      change: {
        levels: { version: levelsData.version, codes: levelsData.levels.map((l) => l.code) },
        agreements: { version: agreementsData.version, codes: agreementsData.agreements.map((a) => a.code) },
      },
    },
    at,
  );
}

import { eq } from 'drizzle-orm';
import type { Mode } from '../core/domain/roles.ts';
import type { KeyManager, RegisterMeta, Workspace } from '../core/ports/register-host.ts';
import { asDamageError, type Sqlite } from './connection.ts';
import { schemaVersionOf } from './migrate.ts';
import { agreementsRepository } from './repositories/agreements.ts';
import { auditDigestsReader } from './audit/digests.ts';
import { auditLog } from './repositories/audit.ts';
import type { VerifyEnv } from './audit/verify.ts';
import { incidentsRepository } from './repositories/incidents.ts';
import { itemStatusUpdater } from './repositories/item-status.ts';
import { itemsRepository } from './repositories/items.ts';
import { packagesRepository } from './repositories/packages.ts';
import { keysRepository } from './repositories/keys.ts';
import { settingsRepository } from './repositories/settings.ts';
import { usersRepository } from './repositories/users.ts';
import type { Db } from './repositories/drizzle.ts';
import { registerMeta } from './schema/register-meta.ts';

export function readRegisterMeta(db: Db, sqlite: Sqlite): RegisterMeta | null {
  const row = db.select().from(registerMeta).where(eq(registerMeta.id, 1)).get();
  if (!row) return null;
  return {
    registerId: row.registerId,
    mode: row.mode as Mode,
    unitName: row.unitName,
    createdAt: row.createdAt,
    schemaVersion: schemaVersionOf(sqlite),
    training: row.training,
  };
}

export function createWorkspace(
  sqlite: Sqlite,
  db: Db,
  meta: RegisterMeta,
  keys: KeyManager,
  backup: (outDir: string, at: string) => string,
  verifyWorkers?: VerifyEnv['workers'],
): Workspace {
  return {
    meta: () => meta,
    keys,
    users: usersRepository(db),
    settings: settingsRepository(db),
    items: { ...itemsRepository(sqlite), setStatus: itemStatusUpdater(sqlite) },
    incidents: incidentsRepository(sqlite),
    packages: packagesRepository(sqlite),
    unitKeys: keysRepository(sqlite),
    backup,
    agreements: agreementsRepository(db),
    audit: { ...auditLog(db, meta.registerId, verifyWorkers), digestsSince: auditDigestsReader(sqlite) },
    transact: (fn) => {
      try {
        // IMMEDIATE takes the write lock up front, so two writers queue instead of failing half-way.
        return sqlite.transaction(fn).immediate();
      } catch (error) {
        throw asDamageError(error);
      }
    },
  };
}

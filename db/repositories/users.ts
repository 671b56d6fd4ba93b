import { asc, eq } from 'drizzle-orm';
import type { Actor, Role } from '../../core/domain/roles.ts';
import type { UserRecord, UsersRepository } from '../../core/ports/register-host.ts';
import { insertChange, readRow, updateChange } from '../audit/audited-tables.ts';
import { userKeyOf } from '../keys/keys-file.ts';
import { users } from '../schema/users.ts';
import type { Db } from './drizzle.ts';

const toRecord = (row: typeof users.$inferSelect): UserRecord => ({
  id: row.id,
  name: row.name,
  roles: row.roles as Role[],
  department: row.department,
  active: row.active,
  createdAt: row.createdAt,
});

const toActor = ({ id, name, roles, department }: UserRecord): Actor => ({ id, name, roles, department });

export function insertUser(db: Db, user: Actor, at: string): void {
  db.insert(users)
    .values({
      id: user.id,
      name: user.name,
      nameKey: userKeyOf(user.name),
      roles: user.roles,
      department: user.department,
      active: true,
      createdAt: at,
    })
    .run();
}

/** The active user with this id, as an actor; null when disabled or unknown. */
export function activeUserById(db: Db, id: string): Actor | null {
  const row = db.select().from(users).where(eq(users.id, id)).get();
  return row?.active ? toActor(toRecord(row)) : null;
}

export function activeUserByName(db: Db, name: string): Actor | null {
  const row = db
    .select()
    .from(users)
    .where(eq(users.nameKey, userKeyOf(name)))
    .get();
  return row?.active ? toActor(toRecord(row)) : null;
}

export function usersRepository(db: Db): UsersRepository {
  const get = (id: string) => {
    const row = db.select().from(users).where(eq(users.id, id)).get();
    return row ? toRecord(row) : null;
  };
  return {
    list: () => db.select().from(users).orderBy(asc(users.nameKey)).all().map(toRecord),
    get,
    byName: (name) => {
      const row = db
        .select()
        .from(users)
        .where(eq(users.nameKey, userKeyOf(name)))
        .get();
      return row ? toRecord(row) : null;
    },
    insert: (user, at) => {
      insertUser(db, user, at);
      return insertChange('users', readRow(db.$client, 'users', { id: user.id }) ?? {});
    },
    update: (id, patch) => {
      const before = readRow(db.$client, 'users', { id });
      if (!before) return null;
      db.update(users).set(patch).where(eq(users.id, id)).run();
      const after = readRow(db.$client, 'users', { id });
      return after ? updateChange('users', before, after) : null;
    },
  };
}

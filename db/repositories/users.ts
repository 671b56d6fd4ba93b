import { eq } from 'drizzle-orm';
import type { Actor, Role } from '../../core/domain/roles.ts';
import { userKeyOf } from '../keys/keys-file.ts';
import { users } from '../schema/users.ts';
import type { Db } from './drizzle.ts';

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

const toActor = (row: typeof users.$inferSelect): Actor => ({
  id: row.id,
  name: row.name,
  roles: row.roles as Role[],
  department: row.department,
});

/** The active user with this id, as an actor; null when disabled or unknown. */
export function activeUserById(db: Db, id: string): Actor | null {
  const row = db.select().from(users).where(eq(users.id, id)).get();
  return row?.active ? toActor(row) : null;
}

export function activeUserByName(db: Db, name: string): Actor | null {
  const row = db.select().from(users).where(eq(users.nameKey, userKeyOf(name))).get();
  return row?.active ? toActor(row) : null;
}

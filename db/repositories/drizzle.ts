import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Sqlite } from '../connection.ts';
import * as schema from '../schema/index.ts';

export function drizzleOf(sqlite: Sqlite) {
  return drizzle(sqlite, { schema });
}

export type Db = ReturnType<typeof drizzleOf>;

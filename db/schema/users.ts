import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  /** Login name, NFC; unique case-insensitively through name_key. */
  name: text('name').notNull(),
  nameKey: text('name_key').notNull().unique(),
  roles: text('roles', { mode: 'json' }).$type<string[]>().notNull(),
  department: text('department'),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: text('created_at').notNull(),
});

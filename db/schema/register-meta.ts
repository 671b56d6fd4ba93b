import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Exactly one row: who this register belongs to and in which mode it runs. */
export const registerMeta = sqliteTable(
  'register_meta',
  {
    id: integer('id').primaryKey(),
    registerId: text('register_id').notNull(),
    mode: text('mode', { enum: ['unit', 'receiver'] }).notNull(),
    unitName: text('unit_name').notNull(),
    createdAt: text('created_at').notNull(),
    createdByAppVersion: text('created_by_app_version').notNull(),
    /** A training register of fictional examples (tập huấn): marked on every screen and output, refused by receivers. */
    training: integer('training', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [check('register_meta_single_row', sql`${t.id} = 1`)],
);

/** Register-wide settings an admin may change (each change audited); read after unlock. */
export const registerSettings = sqliteTable('register_settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
});

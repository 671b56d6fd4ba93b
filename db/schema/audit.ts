import { sql } from 'drizzle-orm';
import { check, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Append-only hash chain: hash = SHA-256(prev_hash || SHA-256(canonical event)). */
export const auditEvents = sqliteTable('audit_events', {
  seq: integer('seq').primaryKey(),
  at: text('at').notNull(),
  actorId: text('actor_id'),
  actorName: text('actor_name'),
  action: text('action').notNull(),
  entity: text('entity').notNull(),
  entityId: text('entity_id').notNull(),
  change: text('change').notNull(),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
});

/** Updated in the same transaction as every append, so a cut-off tail is detectable. */
export const auditHead = sqliteTable(
  'audit_head',
  {
    id: integer('id').primaryKey(),
    seq: integer('seq').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [check('audit_head_single_row', sql`${t.id} = 1`)],
);

/**
 * The field values of audited changes, kept apart from the append-only events: the event holds only
 * SHA-256(salt ‖ value), so redaction can delete a value and its salt without breaking the chain. One row per event,
 * `fields` = JSON object {path: [salt hex, canonical JSON of the value]}: one write per event, not one per field.
 */
export const auditFieldValues = sqliteTable('audit_field_values', {
  seq: integer('seq')
    .primaryKey()
    .references(() => auditEvents.seq),
  fields: text('fields').notNull(),
});

/** Why and by whom a value was removed from the history (the removal itself is also an audit event). */
export const auditRedactions = sqliteTable(
  'audit_redactions',
  {
    seq: integer('seq')
      .notNull()
      .references(() => auditEvents.seq),
    path: text('path').notNull(),
    redactedBySeq: integer('redacted_by_seq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.seq, t.path] })],
);

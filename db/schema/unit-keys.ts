import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * This installation's own keys (issue 6): Ed25519 to sign packages, X25519 (age) to receive them. The private halves
 * exist only here, inside the encrypted register; they are not audited row by row (the audit would copy them), only
 * their generation is, with the public fingerprint.
 */
export const unitKeys = sqliteTable(
  'unit_keys',
  {
    id: integer('id').primaryKey(),
    signingPrivate: text('signing_private').notNull(),
    signingPublic: text('signing_public').notNull(),
    ageIdentity: text('age_identity').notNull(),
    ageRecipient: text('age_recipient').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [check('unit_keys_single_row', sql`${t.id} = 1`)],
);

/** Partners' public keys, trusted only after the fingerprint was compared with their printed key sheet. */
export const trustedKeys = sqliteTable('trusted_keys', {
  fingerprint: text('fingerprint').primaryKey(),
  unitName: text('unit_name').notNull(),
  mode: text('mode').notNull(),
  signingPublic: text('signing_public').notNull(),
  ageRecipient: text('age_recipient').notNull(),
  publicFile: text('public_file').notNull(),
  trustedAt: text('trusted_at').notNull(),
  trustedBy: text('trusted_by').notNull(),
  revokedAt: text('revoked_at'),
  revokedBy: text('revoked_by'),
});

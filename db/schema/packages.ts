import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * Per-destination sequence numbers of the packages this register sends. A number is reserved in a committed
 * transaction before the file is written, so a crash can leave a gap (shown by the receiver) but never a reuse. A
 * write known to have failed (the file removed from the medium) gives the number back (core/services/package-abandon).
 */
export const packageSequences = sqliteTable(
  'package_sequences',
  {
    peerFingerprint: text('peer_fingerprint').notNull(),
    kind: text('kind').notNull(),
    lastSequence: integer('last_sequence').notNull(),
  },
  (t) => [primaryKey({ columns: [t.peerFingerprint, t.kind] })],
);

/**
 * Every package sent or received, with the sender's audit chain head it carried. For received packages the
 * (peer, kind, sequence) triple is unique: an already-imported number is refused.
 */
export const packages = sqliteTable(
  'packages',
  {
    id: text('id').primaryKey(),
    direction: text('direction', { enum: ['sent', 'received'] }).notNull(),
    kind: text('kind').notNull(),
    peerFingerprint: text('peer_fingerprint').notNull(),
    peerName: text('peer_name').notNull(),
    sequence: integer('sequence').notNull(),
    hash: text('hash').notNull(),
    createdAt: text('created_at').notNull(),
    processedAt: text('processed_at').notNull(),
    recordCount: integer('record_count').notNull(),
    /** The sender's chain head carried in the package, and how it relates to what this register knew before. */
    headSeq: integer('head_seq').notNull(),
    headHash: text('head_hash').notNull(),
    chainStatus: text('chain_status').notNull(),
    /** For sent packages: the records' ids (incident ids, or the acknowledged package id for a receipt). */
    recordIdsJson: text('record_ids_json').notNull(),
    acknowledgedAt: text('acknowledged_at'),
  },
  (t) => [
    uniqueIndex('packages_peer_sequence').on(t.direction, t.peerFingerprint, t.kind, t.sequence),
    index('packages_peer').on(t.peerFingerprint),
  ],
);

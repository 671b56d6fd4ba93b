import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Incident reports (báo cáo đột xuất): this unit's own, and in receiver mode those imported from units, whose ids are
 * prefixed with the sending unit's fingerprint. The items a report concerns are stored as a snapshot (numbers,
 * levels, agreement; never a summary) because an imported report's items live in another unit's register.
 */
export const incidents = sqliteTable(
  'incidents',
  {
    id: text('id').primaryKey(),
    /** Null for this unit's own reports; the sending unit's fingerprint for imported ones. */
    unitFingerprint: text('unit_fingerprint'),
    unitName: text('unit_name').notNull(),
    /** The first report of a chain of follow-ups (itself for a first report), and this one's place in it. */
    chainId: text('chain_id').notNull(),
    version: integer('version').notNull(),
    state: text('state').notNull(),
    type: text('type').notNull(),
    level: text('level').notNull(),
    discoveredAt: text('discovered_at').notNull(),
    place: text('place').notNull(),
    itemsJson: text('items_json').notNull(),
    circumstances: text('circumstances').notNull(),
    personsInvolved: text('persons_involved'),
    measures: text('measures').notNull(),
    remedy: text('remedy'),
    addressee: text('addressee').notNull(),
    foreignPartyNotice: integer('foreign_party_notice', { mode: 'boolean' }).notNull(),
    /** The outgoing-book item that registers the filed report, and its number "Số: n/BC-…". */
    reportItemId: text('report_item_id'),
    reportNumber: text('report_number'),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
    filedAt: text('filed_at'),
    filedBy: text('filed_by'),
    exportedAt: text('exported_at'),
    acknowledgedAt: text('acknowledged_at'),
    closedAt: text('closed_at'),
    /** Receiver mode: the package it came in. */
    packageId: text('package_id'),
  },
  (t) => [
    index('incidents_state').on(t.state),
    index('incidents_unit').on(t.unitFingerprint),
    check('incidents_version_positive', sql`${t.version} >= 1`),
  ],
);

import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { agreements, classificationLevels } from './reference.ts';

/** One classified item sent to or received from a foreign party (or a domestic report to the police). */
export const items = sqliteTable(
  'items',
  {
    /**
     * An explicit INTEGER PRIMARY KEY: the search index refers to rows by rowid, and VACUUM may renumber the rowids of
     * a table without one.
     */
    rid: integer('rid').primaryKey({ autoIncrement: true }),
    id: text('id').notNull().unique(),
    book: text('book', { enum: ['outgoing', 'incoming'] }).notNull(),
    registerYear: integer('register_year').notNull(),
    registerNo: integer('register_no').notNull(),
    direction: text('direction', { enum: ['outgoing', 'incoming'] }).notNull(),
    agreementCode: text('agreement_code').references(() => agreements.code),
    department: text('department'),
    foreignBody: text('foreign_body'),
    docNumber: text('doc_number').notNull(),
    docDate: text('doc_date').notNull(),
    docType: text('doc_type').notNull(),
    /** Never stored for Tuyệt mật while the policy forbids it (resources/rules/items.json). */
    summary: text('summary'),
    level: text('level')
      .notNull()
      .references(() => classificationLevels.code),
    foreignMarking: text('foreign_marking'),
    /** The Vietnamese equivalent found in the agreement's table when the item was registered (null: none there). */
    equivalentLevel: text('equivalent_level'),
    originator: text('originator').notNull(),
    recipients: text('recipients'),
    copies: integer('copies').notNull(),
    pages: integer('pages'),
    levelDeterminedOn: text('level_determined_on'),
    protectionYears: integer('protection_years'),
    protectionReason: text('protection_reason'),
    protectedUntil: text('protected_until'),
    foreignProtectionNote: text('foreign_protection_note'),
    envelopes: integer('envelopes').notNull(),
    envelopeLetter: text('envelope_letter').notNull(),
    namedRecipientOnly: integer('named_recipient_only', { mode: 'boolean' }).notNull(),
    transmissionChannel: text('transmission_channel'),
    storagePlace: text('storage_place'),
    copyingAllowed: integer('copying_allowed', { mode: 'boolean' }).notNull(),
    returnBy: text('return_by'),
    approverName: text('approver_name'),
    approverTitle: text('approver_title'),
    approvalLegalBasis: text('approval_legal_basis'),
    decisionNo: text('decision_no'),
    decisionDate: text('decision_date'),
    status: text('status').notNull(),
    notes: text('notes'),
    registeredAt: text('registered_at').notNull(),
    registeredBy: text('registered_by').notNull(),
  },
  (t) => [
    uniqueIndex('items_book_year_no').on(t.book, t.registerYear, t.registerNo),
    index('items_doc').on(t.docNumber, t.docDate),
    check('items_copies_positive', sql`${t.copies} >= 1`),
    check('items_register_no_positive', sql`${t.registerNo} >= 1`),
  ],
);

/** The last number issued per book and year; a legacy register's start number is set once, audited. */
export const registerCounters = sqliteTable(
  'register_counters',
  {
    book: text('book', { enum: ['outgoing', 'incoming'] }).notNull(),
    year: integer('year').notNull(),
    lastNo: integer('last_no').notNull(),
    startNo: integer('start_no'),
  },
  (t) => [primaryKey({ columns: [t.book, t.year] })],
);

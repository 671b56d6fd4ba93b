import { sql } from 'drizzle-orm';
import { check, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Reference data, seeded at set-up from resources/reference with its legal basis. */
export const classificationLevels = sqliteTable('classification_levels', {
  code: text('code', { enum: ['tuyet_mat', 'toi_mat', 'mat'] }).primaryKey(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  rank: integer('rank').notNull(),
  envelopeLetter: text('envelope_letter').notNull(),
  defaultProtectionYears: integer('default_protection_years').notNull(),
  legalBasis: text('legal_basis').notNull(),
  validFrom: text('valid_from').notNull(),
});

export const agreements = sqliteTable('agreements', {
  code: text('code').primaryKey(),
  counterpartyCountry: text('counterparty_country').notNull(),
  counterpartyNameVi: text('counterparty_name_vi').notNull(),
  counterpartyNameEn: text('counterparty_name_en').notNull(),
  titleVi: text('title_vi').notNull(),
  titleEn: text('title_en').notNull(),
  signedOn: text('signed_on').notNull(),
  signedAt: text('signed_at').notNull(),
  inForceOn: text('in_force_on').notNull(),
  duration: text('duration'),
  implementingDecisionNo: text('implementing_decision_no').notNull(),
  implementingDecisionDate: text('implementing_decision_date').notNull(),
  competentAuthorityVn: text('competent_authority_vn').notNull(),
  competentAuthorityForeign: text('competent_authority_foreign'),
  incidentTriggers: text('incident_triggers', { mode: 'json' }).$type<string[]>().notNull(),
  legalBasis: text('legal_basis').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** Starts empty: typed by the officer from the official agreement text, never invented by the app. */
export const agreementEquivalences = sqliteTable(
  'agreement_equivalences',
  {
    agreementCode: text('agreement_code')
      .notNull()
      .references(() => agreements.code),
    position: integer('position').notNull(),
    foreignMarking: text('foreign_marking').notNull(),
    vnLevel: text('vn_level').references(() => classificationLevels.code),
    sourceClause: text('source_clause').notNull(),
    note: text('note'),
  },
  (t) => [
    primaryKey({ columns: [t.agreementCode, t.position] }),
    check('agreement_equivalences_position', sql`${t.position} >= 0`),
  ],
);

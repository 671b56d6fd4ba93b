/** Register rows for the benchmarks: the sample entries (core/domain/sample-items.ts) as the service stores them. */
import { type ItemRecord, protectedUntil } from '../../core/domain/items.ts';
import { ENVELOPE_LETTER, envelopesFor } from '../../core/shared/levels.ts';
import { timeOrderedUuid } from '../../core/domain/ids.ts';
import { sampleItem } from '../../core/domain/sample-items.ts';

export const TODAY = '2026-11-23';
const now = () => new Date().toISOString();

export function recordOf(i: number, random: () => number): ItemRecord {
  const s = sampleItem(i, random, TODAY);
  const book = s.direction;
  return {
    id: timeOrderedUuid(Date.now()), // as the service makes them (core/services/items.ts)
    book,
    registerYear: 2026,
    registerNo: i + 1,
    direction: s.direction,
    agreement: s.agreement,
    department: null,
    foreignBody: s.foreignBody,
    docNumber: s.docNumber,
    docDate: s.docDate,
    docType: s.docType,
    summary: s.summary,
    level: s.level,
    foreignMarking: null,
    equivalentLevel: null,
    originator: s.originator,
    recipients: s.recipients,
    copies: s.copies,
    pages: s.pages,
    levelDeterminedOn: s.docDate,
    protectionYears: book === 'outgoing' ? 10 : null,
    protectionReason: null,
    protectedUntil: book === 'outgoing' ? protectedUntil(s.docDate, 10) : null,
    foreignProtectionNote: null,
    envelopes: envelopesFor(s.level),
    envelopeLetter: ENVELOPE_LETTER[s.level],
    handling: { namedRecipientOnly: false, channel: null, storagePlace: null, copyingAllowed: false, returnBy: null },
    approval: null,
    status: 'registered',
    notes: s.notes,
    registeredAt: now(),
    registeredBy: 'bench',
  };
}

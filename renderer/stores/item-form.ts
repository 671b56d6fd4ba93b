import { create } from 'zustand';
import type { ChannelInput } from '../../core/api/contract.ts';
import type { Direction, TransmissionChannel } from '../../core/domain/items.ts';
import type { Level } from '../../core/shared/levels.ts';
import { call } from '../bridge/call.ts';
import type { SavedItem } from '../features/register/model.ts';
import { parseVnDate } from '../ui/format.ts';
import { createFormAction } from './form-action.ts';
import { keepDrafts } from './session.ts';

/** The new-entry form as typed: plain strings (dates dd/mm/yyyy), two check boxes. */
export interface ItemDraft {
  direction: Direction;
  agreement: string;
  department: string;
  foreignBody: string;
  docNumber: string;
  docDate: string;
  docType: string;
  summary: string;
  level: Level | '';
  foreignMarking: string;
  originator: string;
  recipients: string;
  copies: string;
  pages: string;
  levelDeterminedOn: string;
  protectionYears: string;
  protectionReason: string;
  foreignProtectionNote: string;
  namedRecipientOnly: boolean;
  channel: string;
  storagePlace: string;
  copyingAllowed: boolean;
  returnBy: string;
  approverName: string;
  approverTitle: string;
  legalBasis: string;
  decisionNo: string;
  decisionDate: string;
  notes: string;
}

export type DraftField = keyof ItemDraft;

export function emptyDraft(direction: Direction): ItemDraft {
  return {
    direction,
    agreement: '',
    department: '',
    foreignBody: '',
    docNumber: '',
    docDate: '',
    docType: '',
    summary: '',
    level: '',
    foreignMarking: '',
    originator: '',
    recipients: '',
    copies: '1',
    pages: '',
    levelDeterminedOn: '',
    protectionYears: '',
    protectionReason: '',
    foreignProtectionNote: '',
    namedRecipientOnly: false,
    channel: '',
    storagePlace: '',
    copyingAllowed: false,
    returnBy: '',
    approverName: '',
    approverTitle: '',
    legalBasis: '',
    decisionNo: '',
    decisionDate: '',
    notes: '',
  };
}

/** The error path the service uses for each form field (items.add issues), so messages land next to it. */
export const FIELD_PATHS: Record<DraftField, string> = {
  direction: 'direction',
  agreement: 'agreement',
  department: 'department',
  foreignBody: 'foreignBody',
  docNumber: 'docNumber',
  docDate: 'docDate',
  docType: 'docType',
  summary: 'summary',
  level: 'level',
  foreignMarking: 'foreignMarking',
  originator: 'originator',
  recipients: 'recipients',
  copies: 'copies',
  pages: 'pages',
  levelDeterminedOn: 'levelDeterminedOn',
  protectionYears: 'protectionYears',
  protectionReason: 'protectionReason',
  foreignProtectionNote: 'foreignProtectionNote',
  namedRecipientOnly: 'handling.namedRecipientOnly',
  channel: 'handling.channel',
  storagePlace: 'handling.storagePlace',
  copyingAllowed: 'handling.copyingAllowed',
  returnBy: 'handling.returnBy',
  approverName: 'approval.approverName',
  approverTitle: 'approval.approverTitle',
  legalBasis: 'approval.legalBasis',
  decisionNo: 'approval.decisionNo',
  decisionDate: 'approval.decisionDate',
  notes: 'notes',
};

const text = (s: string) => (s.trim() === '' ? null : s.trim());
/** A typed date as YYYY-MM-DD; text that is no date goes as typed, so the service names the problem. */
const date = (s: string) => (s.trim() === '' ? null : (parseVnDate(s) ?? s.trim()));
/** A whole number, or the typed text (the service answers "Số bản phải là số."). */
const count = (s: string): number | null => {
  const v = s.trim();
  if (v === '') return null;
  return /^\d+$/.test(v) ? Number(v) : (v as unknown as number);
};

/** Whether the approval block applies: outgoing to a foreign party under an agreement. */
export const needsApproval = (d: ItemDraft) => d.direction === 'outgoing' && d.agreement !== '';

export type ItemInput = NonNullable<ChannelInput<'items.add'>>;

/** The draft as items.add takes it; fields that do not apply to the direction are left out. */
export function toItemInput(d: ItemDraft): ItemInput {
  const outgoing = d.direction === 'outgoing';
  const tuyetMatNoSummary = d.level === 'tuyet_mat';
  return {
    direction: d.direction,
    agreement: text(d.agreement),
    department: text(d.department),
    foreignBody: text(d.foreignBody),
    docNumber: d.docNumber.trim(),
    docDate: date(d.docDate) ?? '',
    docType: d.docType.trim(),
    summary: tuyetMatNoSummary ? null : text(d.summary),
    level: (d.level || undefined) as Level,
    foreignMarking: outgoing ? null : text(d.foreignMarking),
    originator: d.originator.trim(),
    recipients: text(d.recipients),
    copies: count(d.copies) ?? (undefined as unknown as number),
    pages: count(d.pages),
    levelDeterminedOn: date(d.levelDeterminedOn),
    protectionYears: outgoing ? count(d.protectionYears) : null,
    protectionReason: outgoing ? text(d.protectionReason) : null,
    foreignProtectionNote: outgoing ? null : text(d.foreignProtectionNote),
    handling: {
      namedRecipientOnly: d.namedRecipientOnly,
      channel: text(d.channel) as TransmissionChannel | null,
      storagePlace: text(d.storagePlace),
      copyingAllowed: d.copyingAllowed,
      returnBy: date(d.returnBy),
    },
    approval: needsApproval(d)
      ? {
          approverName: d.approverName.trim(),
          approverTitle: d.approverTitle.trim(),
          legalBasis: d.legalBasis.trim(),
          decisionNo: d.decisionNo.trim(),
          decisionDate: date(d.decisionDate) ?? '',
        }
      : null,
    notes: text(d.notes),
  };
}

export function isDirty(d: ItemDraft): boolean {
  const empty = emptyDraft(d.direction);
  return (Object.keys(empty) as DraftField[]).some((k) => k !== 'direction' && d[k] !== empty[k]);
}

export const useAddItem = createFormAction(
  (input: ItemInput) => call('items.add', input),
  [...Object.values(FIELD_PATHS), 'approval'],
);

interface ItemFormState {
  opened: boolean;
  draft: ItemDraft;
  /** The last item saved in this session: its number and the service's warnings stay on screen. */
  lastSaved: SavedItem | null;
  open(direction: Direction): void;
  close(): void;
  change<K extends DraftField>(field: K, value: ItemDraft[K]): void;
  saved(item: SavedItem): void;
  dismissSaved(): void;
  /** At lock: an open form with typing stays (for the same person); an untouched one closes. */
  hold(): void;
  reset(): void;
}

export const useItemForm = create<ItemFormState>()((set, get) => ({
  opened: false,
  draft: emptyDraft('incoming'),
  lastSaved: null,

  open(direction) {
    const { opened, draft } = get();
    if (opened) return;
    // A draft kept from before (same person, e.g. after a lock) is continued, not thrown away.
    set({ opened: true, draft: isDirty(draft) ? draft : emptyDraft(direction) });
  },

  close() {
    set({ opened: false, draft: emptyDraft(get().draft.direction) });
    useAddItem.getState().reset();
  },

  change(field, value) {
    set((s) => ({ draft: { ...s.draft, [field]: value } }));
    useAddItem.getState().clearField(FIELD_PATHS[field]);
    if (field === 'agreement') useAddItem.getState().clearField('approval');
  },

  saved(item) {
    set({ opened: false, draft: emptyDraft(item.direction), lastSaved: item });
  },

  dismissSaved: () => set({ lastSaved: null }),

  hold() {
    const { opened, draft } = get();
    if (!opened || !isDirty(draft)) set({ opened: false, draft: emptyDraft(draft.direction) });
    set({ lastSaved: null });
  },

  reset: () => set({ opened: false, draft: emptyDraft('incoming'), lastSaved: null }),
}));

keepDrafts({ hold: () => useItemForm.getState().hold(), drop: () => useItemForm.getState().reset() });

import { create } from 'zustand';
import type { IncidentType } from '../../core/domain/incidents.ts';
import type { Level } from '../../core/shared/levels.ts';
import { call } from '../bridge/call.ts';
import {
  type FoundItem,
  type Incident,
  type IncidentInput,
  isoWithOffset,
  localMoment,
  reportLevel,
  splitLocal,
} from '../features/incidents/model.ts';
import { createFormAction } from './form-action.ts';
import { keepDrafts, useSession } from './session.ts';

/** An item chosen for the report: what the register says about it (the summary only when the search gave it). */
export interface ChosenItem {
  itemId: string;
  book: 'outgoing' | 'incoming';
  registerNo: number;
  registerYear: number;
  docNumber: string;
  level: Level;
  agreement: string | null;
  summary: string | null;
}

/** The report as typed: plain strings (date dd/mm/yyyy, time HH:mm), the chosen items, the raised level. */
export interface IncidentDraft {
  type: IncidentType | '';
  date: string;
  time: string;
  place: string;
  items: ChosenItem[];
  /** A level the person raised the report to; never below the items' highest (reportLevel decides). */
  raisedLevel: Level | null;
  circumstances: string;
  personsInvolved: string;
  measures: string;
  remedy: string;
  addressee: string;
  foreignPartyNotice: boolean;
}

export type DraftField = keyof IncidentDraft;

/** The fields the form shows, by the path the service names in its messages. */
export const INCIDENT_FIELD_PATHS = [
  'type',
  'discoveredAt',
  'place',
  'items',
  'circumstances',
  'personsInvolved',
  'measures',
  'remedy',
  'level',
  'addressee',
  'foreignPartyNotice',
  'followUpOf',
] as const;

const PATH_OF: Partial<Record<DraftField, string>> = {
  date: 'discoveredAt',
  time: 'discoveredAt',
  raisedLevel: 'level',
};
export const pathOf = (field: DraftField): string => PATH_OF[field] ?? field;

const defaultAddressee = () => useSession.getState().status?.settings?.incidentAddressee ?? '';

export function emptyIncidentDraft(now = Date.now()): IncidentDraft {
  const { date, time } = splitLocal(now);
  return {
    type: '',
    date,
    time,
    place: '',
    items: [],
    raisedLevel: null,
    circumstances: '',
    personsInvolved: '',
    measures: '',
    remedy: '',
    addressee: defaultAddressee(),
    foreignPartyNotice: false,
  };
}

export const chosenFromFound = (i: FoundItem): ChosenItem => ({
  itemId: i.id,
  book: i.book,
  registerNo: i.registerNo,
  registerYear: i.registerYear,
  docNumber: i.docNumber,
  level: i.level,
  agreement: i.agreement,
  summary: i.summary,
});

/** A saved report back in the form (to edit a draft, or as the start of a follow-up report). */
export function draftFromIncident(i: Incident): IncidentDraft {
  const { date, time } = splitLocal(Date.parse(i.discoveredAt));
  const highest = reportLevel(
    i.items.map((x) => x.level),
    null,
  );
  return {
    type: i.type,
    date,
    time,
    place: i.place,
    items: i.items.map((x) => ({ ...x, summary: null })),
    raisedLevel: i.level !== highest ? i.level : null,
    circumstances: i.circumstances,
    personsInvolved: i.personsInvolved ?? '',
    measures: i.measures,
    remedy: i.remedy ?? '',
    addressee: i.addressee,
    foreignPartyNotice: i.foreignPartyNotice,
  };
}

const text = (s: string) => (s.trim() === '' ? null : s.trim());

type Fields = Omit<IncidentInput, 'draft' | 'followUpOf'>;

/** The draft as the channels take it; the level goes only when raised above the items' highest. */
export function toIncidentFields(d: IncidentDraft): Fields {
  const moment = localMoment(d.date, d.time);
  const levels = d.items.map((i) => i.level);
  const level = reportLevel(levels, d.raisedLevel);
  const highest = reportLevel(levels, null);
  return {
    type: d.type as IncidentType,
    discoveredAt: moment === null ? '' : isoWithOffset(moment),
    place: d.place.trim(),
    items: d.items.map((i) => i.itemId),
    circumstances: d.circumstances.trim(),
    personsInvolved: text(d.personsInvolved),
    measures: d.measures.trim(),
    remedy: text(d.remedy),
    level: level !== highest ? level : null,
    addressee: text(d.addressee),
    foreignPartyNotice: d.foreignPartyNotice,
  };
}

/** Problems the page can name before asking the register (the service checks everything again). */
export function localProblems(d: IncidentDraft, messages: { type: string; when: string }): Record<string, string> {
  const out: Record<string, string> = {};
  if (!d.type) out.type = messages.type;
  if (localMoment(d.date, d.time) === null) out.discoveredAt = messages.when;
  return out;
}

export function isDirty(d: IncidentDraft): boolean {
  return (
    d.type !== '' ||
    d.place.trim() !== '' ||
    d.items.length > 0 ||
    d.circumstances.trim() !== '' ||
    d.personsInvolved.trim() !== '' ||
    d.measures.trim() !== '' ||
    d.remedy.trim() !== ''
  );
}

/** One channel per way of saving: a new report (filed or draft, maybe a follow-up), or a draft edited. */
type SaveRequest =
  | { kind: 'add'; input: IncidentInput }
  | { kind: 'update'; id: string; fields: Fields }
  | { kind: 'updateAndFile'; id: string; fields: Fields };

async function save(request: SaveRequest) {
  if (request.kind === 'add') return call('incidents.add', request.input);
  const updated = await call('incidents.update', { id: request.id, ...request.fields });
  if (!updated.ok || request.kind === 'update') return updated;
  return call('incidents.file', { id: request.id });
}

export const useSaveIncident = createFormAction(save, INCIDENT_FIELD_PATHS);

/** What the form is for: a new report, a draft being finished, or the next report on a filed one. */
export type FormPurpose = { kind: 'new' } | { kind: 'edit'; id: string } | { kind: 'followUp'; of: Incident };

interface IncidentFormState {
  opened: boolean;
  purpose: FormPurpose;
  draft: IncidentDraft;
  /** The form reopened with typing kept from before (it says so, and offers to start over). */
  continued: boolean;
  /** The report just filed (the guided flow: print, then write the package), or a draft just saved. */
  done: { incident: Incident; filed: boolean } | null;
  /** Opens the form: a new report continues an unsaved one kept from before (e.g. closed by mistake). */
  open(purpose?: FormPurpose, from?: Incident): void;
  /** Closes the window; typing in a new report is kept until it is saved or thrown away. */
  close(): void;
  /** Starts again with an empty form (the person chose to throw the typing away). */
  discard(): void;
  change<K extends DraftField>(field: K, value: IncidentDraft[K]): void;
  addItem(item: ChosenItem): void;
  removeItem(itemId: string): void;
  saved(incident: Incident, filed: boolean): void;
  /** Opens the guided flow (print, write the package) for a report already filed. */
  continueFiled(incident: Incident): void;
  /** At lock: typing is kept for the same person; the guided flow closes (it holds register data). */
  hold(): void;
  reset(): void;
}

export const useIncidentForm = create<IncidentFormState>()((set, get) => ({
  opened: false,
  purpose: { kind: 'new' },
  draft: emptyIncidentDraft(),
  continued: false,
  done: null,

  open(purpose = { kind: 'new' }, from) {
    if (get().opened && get().done === null) return;
    useSaveIncident.getState().reset();
    if (purpose.kind === 'new') {
      const kept = get().purpose.kind === 'new' && isDirty(get().draft) ? get().draft : null;
      set({ opened: true, purpose, done: null, draft: kept ?? emptyIncidentDraft(), continued: kept !== null });
      return;
    }
    const source = purpose.kind === 'followUp' ? purpose.of : from;
    set({
      opened: true,
      purpose,
      done: null,
      continued: false,
      draft: source ? draftFromIncident(source) : emptyIncidentDraft(),
    });
  },

  close() {
    // An edit or follow-up starts from the saved report next time; a new report's typing waits for its author.
    if (get().purpose.kind !== 'new') set({ draft: emptyIncidentDraft(), purpose: { kind: 'new' } });
    set({ opened: false, done: null });
    useSaveIncident.getState().reset();
  },

  discard() {
    set({ draft: emptyIncidentDraft(), continued: false });
    useSaveIncident.getState().reset();
  },

  change(field, value) {
    set((s) => ({ draft: { ...s.draft, [field]: value } }));
    useSaveIncident.getState().clearField(pathOf(field));
  },

  addItem(item) {
    if (get().draft.items.some((i) => i.itemId === item.itemId)) return;
    set((s) => ({ draft: { ...s.draft, items: [...s.draft.items, item] } }));
    useSaveIncident.getState().clearField('items');
    useSaveIncident.getState().clearField('level');
  },

  removeItem(itemId) {
    set((s) => ({ draft: { ...s.draft, items: s.draft.items.filter((i) => i.itemId !== itemId) } }));
  },

  saved(incident, filed) {
    set({ done: { incident, filed }, draft: emptyIncidentDraft(), purpose: { kind: 'new' } });
  },

  continueFiled(incident) {
    useSaveIncident.getState().reset();
    // A new report being typed stays kept; only the window shows the filed one.
    set({ opened: true, done: { incident, filed: true } });
  },

  hold() {
    const { draft, purpose } = get();
    set({ opened: false, done: null });
    if (purpose.kind !== 'new' || !isDirty(draft)) set({ draft: emptyIncidentDraft(), purpose: { kind: 'new' } });
  },

  reset: () =>
    set({ opened: false, purpose: { kind: 'new' }, draft: emptyIncidentDraft(), continued: false, done: null }),
}));

keepDrafts({ hold: () => useIncidentForm.getState().hold(), drop: () => useIncidentForm.getState().reset() });

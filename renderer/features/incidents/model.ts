import type { ChannelInput, ChannelOutput } from '../../../core/api/contract.ts';
import type { IncidentState, IncidentType } from '../../../core/domain/incidents.ts';
import { highestLevel, LEVEL_RANK, LEVELS, type Level } from '../../../core/shared/levels.ts';
import { parseVnDate } from '../../ui/format.ts';

/** An incident report as the register returns it (incidents.get / incidents.list). */
export type Incident = ChannelOutput<'incidents.get'>;
export type IncidentInput = NonNullable<ChannelInput<'incidents.add'>>;
/** An item offered by the picker (items.search). */
export type FoundItem = ChannelOutput<'items.search'>['items'][number];

/**
 * Values repeated from core/domain/incidents.ts (the page may import only types from core/domain: zod's feature
 * check calls eval, which the CSP blocks). tests/unit/renderer-copies.test.ts keeps them equal; the levels come from
 * core/shared, as values.
 */
export const INCIDENT_TYPES: readonly IncidentType[] = ['exposed', 'lost', 'at_risk'];
export const INCIDENT_STATES: readonly IncidentState[] = [
  'draft',
  'filed',
  'exported',
  'acknowledged',
  'closed',
  'received',
];

/** The levels the report may be given: the items' highest or above (raising only), most secret first. */
export function levelChoices(items: readonly Level[]): Level[] {
  const floor = highestLevel(items) ?? 'mat';
  return LEVELS.filter((l) => LEVEL_RANK[l] >= LEVEL_RANK[floor]);
}

/**
 * The report's level: the raised level when one was chosen and it is still at least the items' highest, else the
 * highest (adding a Tuyệt mật item after raising to Tối mật lifts the report with it). Null with no item chosen.
 */
export function reportLevel(items: readonly Level[], raised: Level | null): Level | null {
  const floor = highestLevel(items);
  if (floor === null) return raised;
  if (raised && LEVEL_RANK[raised] > LEVEL_RANK[floor]) return raised;
  return floor;
}

/** The parts of the time since discovery, for "Đã 1 giờ 25 phút kể từ khi phát hiện". */
export interface Elapsed {
  days: number;
  hours: number;
  minutes: number;
  /** Discovery is later than now (a typing slip, or a wrong clock). */
  future: boolean;
}

export function elapsedSince(fromMs: number, nowMs: number): Elapsed {
  const diff = nowMs - fromMs;
  const future = diff < -60_000;
  const totalMinutes = Math.max(0, Math.floor(diff / 60_000));
  return {
    days: Math.floor(totalMinutes / 1440),
    hours: Math.floor((totalMinutes % 1440) / 60),
    minutes: totalMinutes % 60,
    future,
  };
}

/**
 * The elapsed time in words, as a person reads a clock: "1 giờ 25 phút", "2 ngày 3 giờ" (minutes stop mattering
 * after a day), "dưới 1 phút". `words` gives the unit words of the interface language.
 */
export function elapsedWords(
  e: Elapsed,
  words: {
    day: (n: number) => string;
    hour: (n: number) => string;
    minute: (n: number) => string;
    lessThanMinute: string;
  },
): string {
  if (e.days > 0) return [words.day(e.days), e.hours > 0 ? words.hour(e.hours) : ''].filter(Boolean).join(' ');
  if (e.hours > 0) return [words.hour(e.hours), e.minutes > 0 ? words.minute(e.minutes) : ''].filter(Boolean).join(' ');
  if (e.minutes > 0) return words.minute(e.minutes);
  return words.lessThanMinute;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A local moment as the form shows it: date dd/mm/yyyy and time HH:mm. */
export function splitLocal(ms: number): { date: string; time: string } {
  const d = new Date(ms);
  return {
    date: `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`,
    time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
  };
}

/** "13:30", "13h30", "13.30", "9:05" → minutes of the day; null when it is no time of day. */
export function parseTime(text: string): { hours: number; minutes: number } | null {
  const m = /^(\d{1,2})\s*[:hH.]\s*(\d{2})$/.exec(text.trim()) ?? /^(\d{1,2})\s*[hH]$/.exec(text.trim());
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = m[2] === undefined ? 0 : Number(m[2]);
  if (hours > 23 || minutes > 59) return null;
  return { hours, minutes };
}

/** Date and time as typed → the moment, in this computer's time zone; null when either does not parse. */
export function localMoment(date: string, time: string): number | null {
  const day = parseVnDate(date);
  const clock = parseTime(time);
  if (!day || !clock) return null;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, clock.hours, clock.minutes).getTime();
}

/** ISO 8601 with this computer's offset ("2026-11-23T13:30:00+07:00"), as the contract asks for. */
export function isoWithOffset(ms: number): string {
  const d = new Date(ms);
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:00` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** The report as the person sees its number: "Số: 3/BC-SNV", with "(lần 2)" for a follow-up version. */
export const isOwnReport = (i: Incident) => i.unitFingerprint === null;

/** States in which the clock since discovery still matters (nothing has reached the police yet). */
export const CLOCK_STATES: readonly IncidentState[] = ['draft', 'filed'];

/** What can be done with a report in its state, by whom (the router checks the permission again). */
export function actionsFor(i: Incident, permissions: readonly string[], mode: 'unit' | 'receiver' | null) {
  const own = isOwnReport(i) && mode === 'unit';
  const can = (p: string) => permissions.includes(p);
  return {
    edit: own && i.state === 'draft' && can('incidents.create'),
    file: own && i.state === 'draft' && can('incidents.file'),
    followUp: own && ['filed', 'exported', 'acknowledged'].includes(i.state) && can('incidents.create'),
    close: own && ['filed', 'exported', 'acknowledged'].includes(i.state) && can('incidents.close'),
    print: own && i.state !== 'draft' && can('incidents.print'),
    export: own && i.state === 'filed' && can('packages.export'),
  };
}

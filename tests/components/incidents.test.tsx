// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ElapsedClock } from '../../renderer/features/incidents/ElapsedClock.tsx';
import {
  elapsedSince,
  isoWithOffset,
  levelChoices,
  localMoment,
  parseTime,
  reportLevel,
  splitLocal,
} from '../../renderer/features/incidents/model.ts';
import { folderOf, grouped, sequenceRanges } from '../../renderer/features/exchange/format.ts';
import {
  emptyIncidentDraft,
  type IncidentDraft,
  localProblems,
  toIncidentFields,
} from '../../renderer/stores/incident-form.ts';
import { renderUi } from './support/render.tsx';

const MINUTE = 60_000;

describe('the clock since discovery', () => {
  afterEach(() => vi.useRealTimers());

  it('reads as a person says it, in Vietnamese', () => {
    const start = Date.parse('2026-11-23T13:30:00+07:00');
    vi.useFakeTimers({ now: start + 85 * MINUTE });
    renderUi(<ElapsedClock from={start} />);
    expect(screen.getByRole('timer')).toHaveProperty('textContent', 'Đã 1 giờ 25 phút kể từ khi phát hiện');
  });

  it('ticks while the form is open', () => {
    const start = Date.parse('2026-11-23T13:30:00+07:00');
    vi.useFakeTimers({ now: start + 30_000 });
    renderUi(<ElapsedClock from={start} />);
    expect(screen.getByRole('timer').textContent).toBe('Vừa phát hiện (chưa đến 1 phút)');
    act(() => vi.advanceTimersByTime(2 * MINUTE));
    expect(screen.getByRole('timer').textContent).toBe('Đã 2 phút kể từ khi phát hiện');
    act(() => vi.advanceTimersByTime(60 * MINUTE));
    expect(screen.getByRole('timer').textContent).toBe('Đã 1 giờ 2 phút kể từ khi phát hiện');
  });

  it('drops the minutes after a day and says plainly when the time is in the future', () => {
    const start = Date.parse('2026-11-20T08:00:00+07:00');
    vi.useFakeTimers({ now: start + (2 * 24 * 60 + 3 * 60 + 17) * MINUTE });
    renderUi(<ElapsedClock from={start} />);
    expect(screen.getByRole('timer').textContent).toBe('Đã 2 ngày 3 giờ kể từ khi phát hiện');
    expect(elapsedSince(start + 10 * MINUTE, start).future).toBe(true);
    // Half a minute ahead is a slow clock, not a typing slip.
    expect(elapsedSince(start + 30_000, start).future).toBe(false);
  });

  it('speaks English with plurals when the interface is English', () => {
    const start = Date.parse('2026-11-23T13:30:00+07:00');
    vi.useFakeTimers({ now: start + 61 * MINUTE });
    renderUi(<ElapsedClock from={start} />, 'en');
    expect(screen.getByRole('timer').textContent).toBe('1 hour 1 minute since discovery');
  });
});

describe('the level of a report', () => {
  it('is the highest level of its items', () => {
    expect(reportLevel(['mat', 'toi_mat', 'mat'], null)).toBe('toi_mat');
    expect(reportLevel([], null)).toBeNull();
  });

  it('can only be raised: the choices start at the items’ highest', () => {
    expect(levelChoices(['mat'])).toEqual(['tuyet_mat', 'toi_mat', 'mat']);
    expect(levelChoices(['toi_mat', 'mat'])).toEqual(['tuyet_mat', 'toi_mat']);
    expect(levelChoices(['tuyet_mat'])).toEqual(['tuyet_mat']);
    expect(reportLevel(['mat'], 'toi_mat')).toBe('toi_mat');
  });

  it('follows a more secret item added after raising, never stays below it', () => {
    expect(reportLevel(['mat', 'tuyet_mat'], 'toi_mat')).toBe('tuyet_mat');
    expect(reportLevel(['toi_mat'], 'mat')).toBe('toi_mat');
  });

  it('is sent to the register only when raised above the items', () => {
    const item = (level: 'mat' | 'toi_mat') => ({
      itemId: `i-${level}`,
      book: 'incoming' as const,
      registerNo: 1,
      registerYear: 2026,
      docNumber: '0457/BAN',
      level,
      agreement: 'VN-LA',
      summary: null,
    });
    const draft: IncidentDraft = {
      ...emptyIncidentDraft(Date.parse('2026-11-23T13:30:00+07:00')),
      type: 'lost',
      items: [item('mat'), item('toi_mat')],
    };
    expect(toIncidentFields(draft).level).toBeNull();
    expect(toIncidentFields({ ...draft, raisedLevel: 'toi_mat' }).level).toBeNull();
    expect(toIncidentFields({ ...draft, raisedLevel: 'tuyet_mat' }).level).toBe('tuyet_mat');
    expect(toIncidentFields(draft).items).toEqual(['i-mat', 'i-toi_mat']);
  });
});

describe('when the incident was discovered', () => {
  it('takes the time as Vietnamese offices write it', () => {
    expect(parseTime('13:30')).toEqual({ hours: 13, minutes: 30 });
    expect(parseTime('9h05')).toEqual({ hours: 9, minutes: 5 });
    expect(parseTime('7h')).toEqual({ hours: 7, minutes: 0 });
    expect(parseTime('24:00')).toBeNull();
    expect(parseTime('13:3')).toBeNull();
  });

  it('turns date and time into ISO 8601 with this computer’s offset, and back', () => {
    const at = localMoment('23/11/2026', '13:30');
    expect(at).not.toBeNull();
    const iso = isoWithOffset(at as number);
    expect(iso).toMatch(/^2026-11-23T13:30:00[+-]\d{2}:\d{2}$/);
    expect(Date.parse(iso)).toBe(at);
    expect(splitLocal(at as number)).toEqual({ date: '23/11/2026', time: '13:30' });
    expect(localMoment('31/02/2026', '13:30')).toBeNull();
  });

  it('names a missing type and an unreadable time before asking the register', () => {
    const draft = { ...emptyIncidentDraft(), time: '25:00' };
    expect(localProblems(draft, { type: 'T', when: 'W' })).toEqual({ type: 'T', discoveredAt: 'W' });
    expect(localProblems({ ...draft, type: 'exposed', time: '08:15' }, { type: 'T', when: 'W' })).toEqual({});
  });
});

describe('package details as people read them', () => {
  it('shows missing numbers as ranges, so a gap of many is still one line', () => {
    expect(sequenceRanges([3])).toBe('3');
    expect(sequenceRanges([7, 5, 6, 3, 9, 10])).toBe('3, 5–7, 9, 10');
  });

  it('groups fingerprints by four, as on the printed key sheet', () => {
    expect(grouped('3f2a9c01abcd')).toBe('3f2a 9c01 abcd');
  });

  it('writes the receipt next to the package it answers', () => {
    expect(folderOf('/media/usb/goi-1.cxrp')).toBe('/media/usb');
    expect(folderOf('E:\\goi-1.cxrp')).toBe('E:\\');
    expect(folderOf('E:\\USB\\goi-1.cxrp')).toBe('E:\\USB');
  });
});

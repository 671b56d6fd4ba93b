// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/ui/i18n/en.ts';
import { vi } from '../../renderer/ui/i18n/vi.ts';
import { formatIsoDate, formatTimestamp } from '../../renderer/ui/format.ts';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

describe('translations', () => {
  const viLeaves = leaves(vi as unknown as Tree);
  const enLeaves = leaves(en as unknown as Tree);

  it('English has exactly the Vietnamese keys', () => {
    expect(enLeaves.map(([k]) => k).sort()).toEqual(viLeaves.map(([k]) => k).sort());
  });

  it('Vietnamese texts are non-empty, precomposed (NFC) and use the same placeholders as English', () => {
    const enByKey = new Map(enLeaves);
    for (const [key, text] of viLeaves) {
      expect(text.trim(), key).not.toBe('');
      expect(text, key).toBe(text.normalize('NFC'));
      const placeholders = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
      expect(placeholders(enByKey.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('names the levels and incident triggers with their legal Vietnamese words', () => {
    expect(vi.levels).toMatchObject({ tuyet_mat: 'Tuyệt mật', toi_mat: 'Tối mật', mat: 'Mật' });
    expect(vi.agreements.triggers).toEqual({ exposed: 'bị lộ', lost: 'bị mất', at_risk: 'có nguy cơ bị xâm phạm' });
  });
});

describe('dates', () => {
  it('writes calendar dates as dd/mm/yyyy without going through a time zone', () => {
    expect(formatIsoDate('2023-09-29')).toBe('29/09/2023');
    expect(formatIsoDate('2026-01-04')).toBe('04/01/2026');
    expect(formatIsoDate(null)).toBe('');
    expect(formatIsoDate('not a date')).toBe('not a date');
  });

  it('writes moments as dd/mm/yyyy HH:mm in local time', () => {
    expect(formatTimestamp('2026-04-01T03:05:00')).toBe('01/04/2026 03:05');
  });
});

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { timeOrderedUuid } from '../../../core/domain/ids.ts';

describe('item ids (UUID version 7)', () => {
  it('are valid UUIDs of version 7 with the RFC 9562 variant, unique', () => {
    const ids = Array.from({ length: 1000 }, () => timeOrderedUuid('2026-11-23T08:00:00.000Z'));
    for (const id of ids.slice(0, 20)) {
      expect(z.uuid().parse(id)).toBe(id);
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('sort by their time, so the id index grows at its edge', () => {
    const start = Date.parse('2026-11-23T08:00:00.000Z');
    const ids = Array.from({ length: 500 }, (_, i) => timeOrderedUuid(start + i));
    expect([...ids].sort()).toEqual(ids);
    expect(timeOrderedUuid('2026-11-23T08:00:00.000Z').slice(0, 13)).toBe(
      `${start.toString(16).padStart(12, '0').slice(0, 8)}-${start.toString(16).padStart(12, '0').slice(8)}`,
    );
  });
});

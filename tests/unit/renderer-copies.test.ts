import { describe, expect, it } from 'vitest';
import { IMPORT_FIELDS } from '../../core/api/contract/items-import.ts';
import { IMPORT_FIELDS as RENDERER_IMPORT_FIELDS } from '../../renderer/features/register/import-mapping.ts';

/**
 * The page may not load zod (its feature check calls eval, which the CSP blocks), so a few lists are copied into
 * renderer/. These tests keep each copy equal to the contract it mirrors.
 */
describe('values the renderer copies from core', () => {
  it('the import field list', () => {
    expect([...RENDERER_IMPORT_FIELDS]).toEqual([...IMPORT_FIELDS]);
  });
});

import { describe, expect, it } from 'vitest';
import { IMPORT_FIELDS } from '../../core/api/contract/items-import.ts';
import {
  INCIDENT_STATE_NAMES,
  INCIDENT_STATES,
  INCIDENT_TYPE_INFO,
  INCIDENT_TYPES,
} from '../../core/domain/incidents.ts';
import { LEVEL_RANK } from '../../core/domain/levels.ts';
import {
  INCIDENT_STATES as RENDERER_INCIDENT_STATES,
  INCIDENT_TYPES as RENDERER_INCIDENT_TYPES,
  LEVEL_RANK as RENDERER_LEVEL_RANK,
} from '../../renderer/features/incidents/model.ts';
import { incidentsVi } from '../../renderer/features/incidents/texts.vi.ts';
import { IMPORT_FIELDS as RENDERER_IMPORT_FIELDS } from '../../renderer/features/register/import-mapping.ts';

/**
 * The page may not load zod (its feature check calls eval, which the CSP blocks), so a few lists are copied into
 * renderer/. These tests keep each copy equal to the contract it mirrors.
 */
describe('values the renderer copies from core', () => {
  it('the import field list', () => {
    expect([...RENDERER_IMPORT_FIELDS]).toEqual([...IMPORT_FIELDS]);
  });

  it('the incident types and states, and the level ranks the report level is raised by', () => {
    expect([...RENDERER_INCIDENT_TYPES]).toEqual([...INCIDENT_TYPES]);
    expect([...RENDERER_INCIDENT_STATES]).toEqual([...INCIDENT_STATES]);
    expect(RENDERER_LEVEL_RANK).toEqual(LEVEL_RANK);
  });

  it('the legal names and definitions of the incident types, and the state names, word for word', () => {
    for (const type of INCIDENT_TYPES) {
      expect(incidentsVi.types[type]).toBe(INCIDENT_TYPE_INFO[type].name);
      expect(incidentsVi.definitions[type]).toBe(INCIDENT_TYPE_INFO[type].definition);
    }
    expect(incidentsVi.states).toEqual(INCIDENT_STATE_NAMES);
  });
});

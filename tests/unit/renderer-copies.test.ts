import { describe, expect, it } from 'vitest';
import { IMPORT_FIELDS } from '../../core/api/contract/items-import.ts';
import { MISSING_SETTING_WARNINGS, missingSettings, signerTitlesNeeded } from '../../core/domain/document-settings.ts';
import {
  INCIDENT_STATE_NAMES,
  INCIDENT_STATES,
  INCIDENT_TYPE_INFO,
  INCIDENT_TYPES,
} from '../../core/domain/incidents.ts';
import { SIGNING_AUTHORITIES } from '../../core/domain/settings.ts';
import {
  incidentReportGaps,
  SIGNING_AUTHORITIES as RENDERER_SIGNING_AUTHORITIES,
  signerTitlesNeeded as rendererSignerTitlesNeeded,
} from '../../renderer/features/admin/document-settings.ts';
import { documentSettingsVi } from '../../renderer/features/admin/document-texts.vi.ts';
import {
  INCIDENT_STATES as RENDERER_INCIDENT_STATES,
  INCIDENT_TYPES as RENDERER_INCIDENT_TYPES,
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

  it('the incident types and states', () => {
    expect([...RENDERER_INCIDENT_TYPES]).toEqual([...INCIDENT_TYPES]);
    expect([...RENDERER_INCIDENT_STATES]).toEqual([...INCIDENT_STATES]);
  });

  it('the legal names and definitions of the incident types, and the state names, word for word', () => {
    for (const type of INCIDENT_TYPES) {
      expect(incidentsVi.types[type]).toBe(INCIDENT_TYPE_INFO[type].name);
      expect(incidentsVi.definitions[type]).toBe(INCIDENT_TYPE_INFO[type].definition);
    }
    expect(incidentsVi.states).toEqual(INCIDENT_STATE_NAMES);
  });

  it('the signing authorities, the titles each prints, and what an incident report lacks without a setting', () => {
    expect([...RENDERER_SIGNING_AUTHORITIES]).toEqual([...SIGNING_AUTHORITIES]);
    for (const authority of SIGNING_AUTHORITIES) {
      expect(rendererSignerTitlesNeeded(authority)).toEqual(signerTitlesNeeded(authority));
      // Every combination of set and empty texts, for every authority.
      for (let mask = 0; mask < 64; mask++) {
        const text = (bit: number, value: string) => (mask & (1 << bit) ? value : null);
        const values = {
          placeName: text(0, 'Đắk Lắk'),
          parentBody: text(1, 'Ủy ban nhân dân tỉnh Đắk Lắk'),
          archiveUnit: text(2, 'PA03'),
          signerHeadTitle: text(3, 'Giám đốc'),
          signerTitle: text(4, 'Phó Giám đốc'),
          signerName: text(5, 'Nguyễn Thị Hồng Nhung'),
        };
        const core = missingSettings('incident-report', {
          placeName: values.placeName,
          parentBody: values.parentBody,
          archiveUnit: values.archiveUnit,
          archiveCopies: 1,
          signer: {
            authority,
            headTitle: values.signerHeadTitle,
            title: values.signerTitle,
            name: values.signerName,
          },
        });
        expect(incidentReportGaps({ ...values, signingAuthority: authority }), `${authority} ${mask}`).toEqual(core);
      }
    }
  });

  it('the warnings for an empty setting, as the CLI prints them', () => {
    expect(documentSettingsVi.missing).toEqual(MISSING_SETTING_WARNINGS);
  });
});

import type { DocumentTextSetting, SigningAuthority } from '../../../core/domain/settings.ts';

/**
 * Copies of core/domain/settings.ts and core/domain/document-settings.ts for the settings screen and the incident
 * print step (the page loads no core values; tests/unit/renderer-copies.test.ts keeps them equal).
 */
export const SIGNING_AUTHORITIES = [
  'direct',
  'KT',
  'TL',
  'TUQ',
  'Q',
  'TM',
] as const satisfies readonly SigningAuthority[];

/** The titles a signing authority prints (core: signerTitlesNeeded). */
export function signerTitlesNeeded(authority: SigningAuthority): ('signerHeadTitle' | 'signerTitle')[] {
  if (authority === 'direct') return ['signerTitle'];
  if (authority === 'Q') return ['signerHeadTitle'];
  return ['signerHeadTitle', 'signerTitle'];
}

export interface ReportSettings {
  placeName: string | null;
  parentBody: string | null;
  archiveUnit: string | null;
  signingAuthority: SigningAuthority;
  signerHeadTitle: string | null;
  signerTitle: string | null;
  signerName: string | null;
}

/** What an incident report would print without (core: missingSettings('incident-report', …)), in its order. */
export function incidentReportGaps(s: ReportSettings): DocumentTextSetting[] {
  const gaps: DocumentTextSetting[] = [];
  if (!s.parentBody) gaps.push('parentBody');
  if (!s.placeName) gaps.push('placeName');
  for (const title of signerTitlesNeeded(s.signingAuthority)) if (!s[title]) gaps.push(title);
  if (!s.signerName) gaps.push('signerName');
  if (!s.archiveUnit) gaps.push('archiveUnit');
  return gaps;
}

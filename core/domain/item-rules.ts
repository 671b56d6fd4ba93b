import rules from '../../resources/rules/items.json' with { type: 'json' };
import { foldVietnamese } from './vietnamese-fold.ts';
import type { Level } from '../shared/levels.ts';

/** Rules that follow the law are data (resources/rules/items.json), each with its legal basis and valid-from. */
export const ITEM_RULES = rules;

export const TUYET_MAT_SUMMARY_ALLOWED: boolean = rules.tuyetMatSummary.allowed;

const titleKey = (title: string) => foldVietnamese(title).replace(/\s+/g, ' ').trim();

/**
 * Whether the approver's title is one the configured list recognises for this level. Titles are free text, so the
 * default policy only warns (Law 117/2025 Art. 16); "block" makes it an error.
 */
export function approverTitleRecognised(level: Level, title: string): boolean {
  const key = titleKey(title);
  return listedTitleKeys[level].some((t) => key === t || key.startsWith(`${t} `));
}

/** The configured titles per level, folded once (folding every listed title on every registration showed in profiles). */
const listedTitleKeys: Record<Level, string[]> = {
  tuyet_mat: rules.foreignRelease.approverTitles.tuyet_mat.map(titleKey),
  toi_mat: [...rules.foreignRelease.approverTitles.toi_mat, ...rules.foreignRelease.otherTitles.toi_mat].map(titleKey),
  mat: [...rules.foreignRelease.approverTitles.mat, ...rules.foreignRelease.otherTitles.mat].map(titleKey),
};

export const APPROVER_TITLE_POLICY = rules.foreignRelease.policy as 'warn' | 'block';

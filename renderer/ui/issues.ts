import i18next from 'i18next';
import type { FieldIssue } from '../../core/domain/errors.ts';
import { fieldIssueText } from '../../core/shared/field-issues.ts';

/** Field path (e.g. "equivalences.0.foreignMarking") -> first message for it; later duplicates add nothing. */
export type FieldErrors = Record<string, string>;

/** An issue in the page's language: worded from its code (a schema's own sentence stays as it is). */
export function issueText(issue: FieldIssue, language: string = i18next.language ?? 'vi'): string {
  return fieldIssueText(issue, language?.startsWith('en') ? 'en' : 'vi');
}

export function issuesByPath(issues: readonly FieldIssue[] | undefined): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues ?? []) {
    if (!(issue.path in out)) out[issue.path] = issueText(issue);
  }
  return out;
}

/** Issues whose path no field on the screen shows: they go to the form-level message so none is lost. */
export function unplacedIssues(errors: FieldErrors, placed: (path: string) => boolean): string[] {
  return Object.entries(errors)
    .filter(([path]) => !placed(path))
    .map(([, message]) => message);
}

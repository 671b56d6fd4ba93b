import type { FieldIssue } from '../../core/domain/errors.ts';

/** Field path (e.g. "equivalences.0.foreignMarking") -> first message for it; later duplicates add nothing. */
export type FieldErrors = Record<string, string>;

export function issuesByPath(issues: readonly FieldIssue[] | undefined): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues ?? []) {
    if (!(issue.path in out)) out[issue.path] = issue.message;
  }
  return out;
}

/** Issues whose path no field on the screen shows: they go to the form-level message so none is lost. */
export function unplacedIssues(errors: FieldErrors, placed: (path: string) => boolean): string[] {
  return Object.entries(errors)
    .filter(([path]) => !placed(path))
    .map(([, message]) => message);
}

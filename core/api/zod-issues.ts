import { z } from 'zod';
import type { FieldIssue } from '../domain/errors.ts';
import { type FieldIssueCode, type FieldIssueParams, fieldIssueText } from '../shared/field-issues.ts';

type RawIssue = z.core.$ZodRawIssue | z.core.$ZodIssue;

/** zod's issue as the project's code and parameters (never zod's own English sentence). */
export function classify(issue: RawIssue): { code: Exclude<FieldIssueCode, 'custom'>; params: FieldIssueParams } {
  const i = issue as Record<string, unknown> & { code: string };
  const bound = (v: unknown) => (typeof v === 'bigint' ? Number(v) : (v as number));
  const unit = i.origin === 'array' || i.origin === 'set' ? 'entries' : 'characters';
  switch (i.code) {
    case 'invalid_type':
      return i.input === undefined
        ? { code: 'required', params: {} }
        : { code: 'wrong_type', params: { expected: String(i.expected) } };
    case 'too_small':
      return i.origin === 'string' || i.origin === 'array' || i.origin === 'set'
        ? bound(i.minimum) <= 1 && i.origin === 'string'
          ? { code: 'required', params: {} }
          : { code: 'too_short', params: { minimum: bound(i.minimum), unit } }
        : { code: 'too_small', params: { minimum: bound(i.minimum) } };
    case 'too_big':
      return i.origin === 'string' || i.origin === 'array' || i.origin === 'set'
        ? { code: 'too_long', params: { maximum: bound(i.maximum), unit } }
        : { code: 'too_big', params: { maximum: bound(i.maximum) } };
    case 'invalid_value':
      return { code: 'invalid_choice', params: { options: (i.values as unknown[]).map(String) } };
    case 'invalid_format':
      return { code: 'invalid_format', params: {} };
    case 'unrecognized_keys':
      return { code: 'unknown_field', params: { keys: (i.keys as string[]) ?? [] } };
    case 'not_multiple_of':
      return { code: 'not_integer', params: {} };
    default:
      return { code: 'invalid', params: {} };
  }
}

/**
 * The project's wording for every issue a schema did not word itself: installed once as zod's locale, so no
 * library sentence ("Invalid input: expected string…") can reach a user through any schema of ours.
 */
export function projectMessage(issue: RawIssue): string {
  const { code, params } = classify(issue);
  return fieldIssueText({ code, params, message: '' }, 'vi');
}

z.config({ localeError: (issue) => projectMessage(issue) });

/**
 * A failed parse as field issues: code and parameters for the page, Vietnamese words for the CLI. Parse with
 * `reportInput: true`, or a missing field cannot be told from a wrong one. The input itself is not passed on.
 */
export function fieldIssuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const { code, params } = classify(issue);
    // A schema's own sentence (e.g. "Tên đơn vị: bắt buộc nhập.") differs from the generic words: keep it.
    const generic = fieldIssueText({ code, params, message: '' }, 'vi');
    const worded: FieldIssue =
      issue.message === generic
        ? { path, code, params, message: generic }
        : { path, code: 'custom', message: issue.message };
    return worded;
  });
}

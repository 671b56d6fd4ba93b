/**
 * What is wrong with one field, as a stable code with parameters, and its words in Vietnamese and English. The
 * contract's validator produces the codes (core/api/zod-issues.ts); the CLI prints the Vietnamese words, the page
 * words the code in the chosen language. `custom` carries a schema's own sentence, shown as it is.
 * Pure values, no I/O: the renderer imports this module.
 */
export const FIELD_ISSUE_CODES = [
  'required',
  'wrong_type',
  'too_short',
  'too_long',
  'too_small',
  'too_big',
  'not_integer',
  'invalid_choice',
  'invalid_format',
  'unknown_field',
  'invalid',
  'custom',
] as const;
export type FieldIssueCode = (typeof FIELD_ISSUE_CODES)[number];

export interface FieldIssueParams {
  /** The kind of value expected: text, number, boolean, object, array, date. */
  expected?: string;
  minimum?: number;
  maximum?: number;
  /** The unit of a length limit: characters of text, entries of a list. */
  unit?: 'characters' | 'entries';
  options?: string[];
  keys?: string[];
}

type Language = 'vi' | 'en';
type Wording = (p: FieldIssueParams) => string;

const KINDS: Record<string, Record<Language, string>> = {
  string: { vi: 'chữ', en: 'text' },
  number: { vi: 'một số', en: 'a number' },
  int: { vi: 'một số nguyên', en: 'a whole number' },
  boolean: { vi: 'có hoặc không', en: 'yes or no' },
  object: { vi: 'một nhóm dữ liệu', en: 'a group of fields' },
  array: { vi: 'một danh sách', en: 'a list' },
  date: { vi: 'một ngày', en: 'a date' },
};
const kind = (p: FieldIssueParams, lang: Language) =>
  KINDS[p.expected ?? '']?.[lang] ?? (lang === 'vi' ? 'giá trị khác' : 'another kind of value');
const unitOf = (p: FieldIssueParams, lang: Language) =>
  p.unit === 'entries' ? (lang === 'vi' ? 'mục' : 'entries') : lang === 'vi' ? 'ký tự' : 'characters';
const list = (values: string[] | undefined) => (values ?? []).join(', ');

const TEXTS: Record<Exclude<FieldIssueCode, 'custom'>, Record<Language, Wording>> = {
  required: { vi: () => 'Bắt buộc nhập.', en: () => 'Required.' },
  wrong_type: {
    vi: (p) => `Sai loại dữ liệu: cần ${kind(p, 'vi')}.`,
    en: (p) => `Wrong kind of value: ${kind(p, 'en')} is expected.`,
  },
  too_short: {
    vi: (p) => `Ít nhất ${p.minimum} ${unitOf(p, 'vi')}.`,
    en: (p) => `At least ${p.minimum} ${unitOf(p, 'en')}.`,
  },
  too_long: {
    vi: (p) => `Tối đa ${p.maximum} ${unitOf(p, 'vi')}.`,
    en: (p) => `At most ${p.maximum} ${unitOf(p, 'en')}.`,
  },
  too_small: { vi: (p) => `Không được nhỏ hơn ${p.minimum}.`, en: (p) => `Must not be less than ${p.minimum}.` },
  too_big: { vi: (p) => `Không được lớn hơn ${p.maximum}.`, en: (p) => `Must not be more than ${p.maximum}.` },
  not_integer: { vi: () => 'Phải là số nguyên.', en: () => 'Must be a whole number.' },
  invalid_choice: {
    vi: (p) => `Chỉ được chọn một trong: ${list(p.options)}.`,
    en: (p) => `Choose one of: ${list(p.options)}.`,
  },
  invalid_format: { vi: () => 'Sai định dạng.', en: () => 'Wrong format.' },
  unknown_field: {
    vi: (p) => `Trường không được hỗ trợ: ${list(p.keys)}.`,
    en: (p) => `Fields not supported: ${list(p.keys)}.`,
  },
  invalid: { vi: () => 'Giá trị không hợp lệ.', en: () => 'Invalid value.' },
};

/** The words for an issue; a `custom` issue (a schema's own sentence) keeps its message. */
export function fieldIssueText(
  issue: { code?: FieldIssueCode; params?: FieldIssueParams; message: string },
  lang: Language,
): string {
  if (!issue.code || issue.code === 'custom') return issue.message;
  return TEXTS[issue.code][lang](issue.params ?? {});
}

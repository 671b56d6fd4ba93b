import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../../core/api/contract.ts';
import type { FieldIssue } from '../../../core/domain/errors.ts';
import { FIELD_ISSUE_CODES, fieldIssueText } from '../../../core/shared/field-issues.ts';
import { createTestRegister, type TestRegister } from '../../support/temp-register.ts';

/** Fragments of zod's own (English) sentences: none may reach a user. */
const LIBRARY_WORDS =
  /Invalid (input|option|string|element|key)|expected |received |Too (small|big)|Unrecognized key|must (be|have|match)/;

/** A value of the wrong type for nearly every field: a list holding a list. */
const WRONG = [[]];

function topLevelKeys(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

describe('field messages are the project’s own, in Vietnamese and English', () => {
  const registers: TestRegister[] = [];
  const seen: { channel: string; issue: FieldIssue }[] = [];
  let checked = 0;

  beforeAll(async () => {
    registers.push(await createTestRegister('unit'), await createTestRegister('receiver'));
    // Locking would end the session that every other call needs; its input is empty anyway.
    for (const channel of CHANNELS.filter((c) => c !== 'session.lock')) {
      const inputs = [{}, 42, Object.fromEntries(topLevelKeys(contract[channel].input).map((k) => [k, WRONG]))];
      for (const r of registers) {
        for (const input of inputs) {
          const result = await r.router.handle(channel, input, r.ctx());
          if (result.ok || result.error.code !== 'VALIDATION') continue;
          checked += 1;
          for (const issue of result.error.issues ?? []) seen.push({ channel, issue });
        }
      }
    }
  }, 120_000);
  afterAll(() => {
    for (const r of registers) r.cleanup();
  });

  it('reaches validation on nearly every channel, with issues', () => {
    expect(checked).toBeGreaterThan(CHANNELS.length);
    expect(seen.length).toBeGreaterThan(100);
  });

  it('never passes on a library sentence', () => {
    const leaks = seen.filter(({ issue }) => LIBRARY_WORDS.test(issue.message));
    expect(leaks.map(({ channel, issue }) => `${channel} ${issue.path}: ${issue.message}`)).toEqual([]);
  });

  it('gives each generic issue a code the page words in both languages', () => {
    for (const { channel, issue } of seen) {
      expect(FIELD_ISSUE_CODES, `${channel} ${issue.path}`).toContain(issue.code);
      const vi = fieldIssueText(issue, 'vi');
      const en = fieldIssueText(issue, 'en');
      expect(vi, `${channel} ${issue.path}`).toBe(issue.message);
      expect(LIBRARY_WORDS.test(en), `${channel} ${issue.path}: ${en}`).toBe(false);
      if (issue.code !== 'custom') expect(en, `${channel} ${issue.path}`).not.toBe(vi);
    }
  });

  it('says "required" for a missing field and names the expected kind for a wrong one', () => {
    const required = seen.find(({ channel, issue }) => channel === 'items.add' && issue.code === 'required');
    expect(required && fieldIssueText(required.issue, 'en')).toBe('Required.');
    const wrong = seen.find(({ issue }) => issue.code === 'wrong_type' && issue.params?.expected === 'string');
    expect(wrong && fieldIssueText(wrong.issue, 'vi')).toBe('Sai loại dữ liệu: cần chữ.');
    expect(wrong && fieldIssueText(wrong.issue, 'en')).toBe('Wrong kind of value: text is expected.');
  });
});

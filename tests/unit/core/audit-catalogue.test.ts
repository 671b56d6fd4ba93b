import { resolve } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AUDIT_ACTION_CODES,
  AUDIT_ACTION_GROUP_CODES,
  AUDIT_ACTIONS,
  AUDIT_ENTITIES,
  AUDIT_ENTITY_CODES,
  type AuditLabel,
} from '../../../core/shared/audit-catalogue.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const WRITERS = /^(core|db|cli|electron)\//;

/**
 * The codes the program can write, read from the code itself by the type checker: every string or template literal
 * whose contextual type is AuditAction or AuditEntity (an event's `action:`, an argument passed on to one), expanded
 * to the literal types it can take (`incident.${to}` gives one code per state `to` may hold).
 */
function writtenCodes(): { actions: Set<string>; entities: Set<string>; sites: number } {
  const config = ts.getParsedCommandLineOfConfigFile(
    resolve(ROOT, 'tsconfig.node.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('tsconfig.node.json not readable');
  const rootNames = config.fileNames.filter((f) => WRITERS.test(f.slice(ROOT.length + 1)));
  const program = ts.createProgram({ rootNames, options: { ...config.options, noEmit: true } });
  const checker = program.getTypeChecker();
  const actions = new Set<string>();
  const entities = new Set<string>();
  let sites = 0;
  const literalsOf = (type: ts.Type): string[] =>
    type.isUnion() ? type.types.flatMap(literalsOf) : type.isStringLiteral() ? [type.value] : [];
  // The checker does not keep the alias name on a contextual type, so compare the sets of codes instead.
  const sameCodes = (type: ts.Type | undefined, codes: readonly string[]) => {
    const got = type ? literalsOf(type) : [];
    return got.length === codes.length && codes.every((c) => got.includes(c));
  };
  const kindOf = (type: ts.Type | undefined) =>
    sameCodes(type, AUDIT_ACTION_CODES) ? 'AuditAction' : sameCodes(type, AUDIT_ENTITY_CODES) ? 'AuditEntity' : null;

  for (const file of program.getSourceFiles()) {
    const rel = file.fileName.startsWith(ROOT) ? file.fileName.slice(ROOT.length + 1) : file.fileName;
    if (!WRITERS.test(rel) || file.isDeclarationFile) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
        const expected = kindOf(checker.getContextualType(node));
        if (expected) {
          sites += 1;
          const codes = literalsOf(checker.getTypeAtLocation(node));
          const into = expected === 'AuditAction' ? actions : entities;
          // A literal the checker cannot narrow (a plain `string`) would hide a code: fail loudly instead.
          if (!codes.length) throw new Error(`${rel}: an audit ${expected} the checker cannot enumerate`);
          for (const code of codes) into.add(code);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { actions, entities, sites };
}

function expectWorded(label: AuditLabel, code: string) {
  expect(label.vi.trim(), code).not.toBe('');
  expect(label.en.trim(), code).not.toBe('');
  expect(label.vi.normalize('NFC'), code).toBe(label.vi);
  // Vietnamese words carry letters outside ASCII almost always; an English text pasted into vi would not.
  expect(label.vi, `${code}: the Vietnamese label looks untranslated`).not.toBe(label.en);
}

describe('the audit catalogue (every code the log can hold, with its words)', () => {
  let written: ReturnType<typeof writtenCodes>;
  beforeAll(() => {
    written = writtenCodes();
  }, 120_000);

  it('finds the audit writes in the code (the scan itself works)', () => {
    expect(written.sites).toBeGreaterThan(40);
    expect(written.actions).toContain('key.revealed');
    expect(written.actions).toContain('incident.closed'); // only written as `incident.${to}`
    expect(written.entities).toContain('trusted_key');
  });

  it('labels every action the code can write, in Vietnamese and English, and lists no action nobody writes', () => {
    expect([...written.actions].filter((a) => !Object.hasOwn(AUDIT_ACTIONS, a))).toEqual([]);
    expect(AUDIT_ACTION_CODES.filter((a) => !written.actions.has(a))).toEqual([]);
    for (const code of AUDIT_ACTION_CODES) expectWorded(AUDIT_ACTIONS[code], code);
  });

  it('labels every entity the code can write, in Vietnamese and English, and lists no entity nobody writes', () => {
    expect([...written.entities].filter((e) => !Object.hasOwn(AUDIT_ENTITIES, e))).toEqual([]);
    expect(AUDIT_ENTITY_CODES.filter((e) => !written.entities.has(e))).toEqual([]);
    for (const code of AUDIT_ENTITY_CODES) expectWorded(AUDIT_ENTITIES[code], code);
  });

  it('gives every action a family in the filter, and no two actions the same words', () => {
    for (const code of AUDIT_ACTION_CODES) expect(AUDIT_ACTION_GROUP_CODES, code).toContain(code.split('.')[0]);
    for (const lang of ['vi', 'en'] as const) {
      const words = AUDIT_ACTION_CODES.map((c) => AUDIT_ACTIONS[c][lang]);
      expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
    }
  });
});

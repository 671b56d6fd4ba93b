import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/run-cli.ts';
import { tempDir } from '../support/temp-register.ts';

/**
 * Proves each architecture rule in .dependency-cruiser.cjs can fail: a miniature tree with one planted violation
 * per rule is cruised with the project's own config, and every rule must report it.
 */
const work = tempDir('cxr-boundaries-');
afterAll(work.cleanup);

const files: Record<string, string> = {
  'core/domain/ok.ts': 'export const ok = 1;\n',
  'core/ports/port.ts': 'export interface Port { x: number }\n',
  'db/conn.ts': "import { ok } from '../core/domain/ok.ts';\nexport const conn = ok;\n",
  'core/services/bad-core.ts': "import { conn } from '../../db/conn.ts';\nexport const x = conn;\n",
  'db/bad-db.ts': "import { router } from '../core/api/router.ts';\nexport const y = router;\n",
  'core/api/router.ts': 'export const router = 1;\n',
  'renderer/bad-node.ts': "import { readFileSync } from 'node:fs';\nexport const z = readFileSync;\n",
  'renderer/bad-value.ts': "import { ok } from '../core/domain/ok.ts';\nexport const w = ok;\n",
  'renderer/good-type.ts': "import type { Port } from '../core/ports/port.ts';\nexport type P = Port;\n",
  'renderer/bad-db.ts': "import { conn } from '../db/conn.ts';\nexport const v = conn;\n",
  'cli/bad-electron.ts': "import { app } from 'electron';\nexport const u = app;\n",
  'electron/preload/bad.ts': "import { conn } from '../../db/conn.ts';\nexport const t = conn;\n",
  'core/shared/values.ts': 'export const LEVELS = 3;\n',
  'core/shared/bad-io.ts': "import { readFileSync } from 'node:fs';\nexport const s = readFileSync;\n",
  'core/shared/bad-domain.ts': "import { ok } from '../domain/ok.ts';\nexport const d = ok;\n",
  'renderer/good-shared.ts': "import { LEVELS } from '../core/shared/values.ts';\nexport const l = LEVELS;\n",
  'electron/main/index.ts': 'export const main = 1;\n',
  'electron/browser/bad-electron.ts': "import { app } from 'electron';\nexport const s = app;\n",
  'electron/browser/bad-entry.ts': "import { main } from '../main/index.ts';\nexport const r = main;\n",
};

function cruise() {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(work.dir, path)), { recursive: true });
    writeFileSync(join(work.dir, path), text);
  }
  copyFileSync(join(REPO_ROOT, '.dependency-cruiser.cjs'), join(work.dir, '.dependency-cruiser.cjs'));
  writeFileSync(
    join(work.dir, 'tsconfig.node.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'nodenext',
        moduleResolution: 'nodenext',
        allowImportingTsExtensions: true,
        noEmit: true,
      },
    }),
  );
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(work.dir, 'node_modules'));
  const bin = join(REPO_ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruiser.mjs');
  const run = spawnSync(
    process.execPath,
    [bin, '--config', '.dependency-cruiser.cjs', '--output-type', 'json', 'core', 'db', 'renderer', 'cli', 'electron'],
    {
      cwd: work.dir,
      encoding: 'utf8',
    },
  );
  const report = JSON.parse(run.stdout) as {
    summary: { violations: { rule: { name: string }; from: string; to: string }[] };
  };
  return report.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
}

describe('architecture boundaries (lint errors)', () => {
  const violations = cruise();
  it.each([
    'core-is-plain-node: core/services/bad-core.ts -> db/conn.ts',
    'db-uses-core-ports-and-domain-only: db/bad-db.ts -> core/api/router.ts',
    'renderer-has-no-node: renderer/bad-node.ts -> fs',
    'renderer-imports-only-types-from-core: renderer/bad-value.ts -> core/domain/ok.ts',
    'renderer-no-electron-db-cli: renderer/bad-db.ts -> db/conn.ts',
    'only-composition-roots-wire-core-to-db: electron/preload/bad.ts -> db/conn.ts',
    'shared-is-pure: core/shared/bad-io.ts -> fs',
    'shared-is-pure: core/shared/bad-domain.ts -> core/domain/ok.ts',
    'browser-fallback-runs-without-electron: electron/browser/bad-entry.ts -> electron/main/index.ts',
  ])('reports %s', (expected) => {
    expect(violations).toContain(expected);
  });

  it("reports an 'electron' import in the browser fallback", () => {
    expect(
      violations.some((v) => v.startsWith('browser-fallback-runs-without-electron: electron/browser/bad-electron.ts')),
    ).toBe(true);
  });

  it("reports an 'electron' import outside electron/", () => {
    expect(violations.some((v) => v.startsWith('electron-only-in-electron: cli/bad-electron.ts'))).toBe(true);
  });

  it('accepts type-only imports from core in the renderer and db using core/domain', () => {
    expect(violations.filter((v) => v.includes('good-type.ts') || v.includes('db/conn.ts ->'))).toEqual([]);
  });

  it('accepts values from core/shared in the renderer', () => {
    expect(violations.filter((v) => v.includes('good-shared.ts'))).toEqual([]);
  });
});

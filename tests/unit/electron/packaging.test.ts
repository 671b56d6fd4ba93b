import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { thirdPartyNotices } from '../../../scripts/licenses/notices.ts';
import { REPO_ROOT } from '../../support/run-cli.ts';

const builder = readFileSync(join(REPO_ROOT, 'electron-builder.yml'), 'utf8');
const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));

describe('packaging', () => {
  it.each([
    'runAsNode: false',
    'enableNodeOptionsEnvironmentVariable: false',
    'enableNodeCliInspectArguments: false',
    'enableEmbeddedAsarIntegrityValidation: true',
    'onlyLoadAppFromAsar: true',
    'grantFileProtocolExtraPrivileges: false',
  ])('sets the Electron fuse %s', (line) => {
    expect(builder).toMatch(new RegExp(`^\\s+${line}$`, 'm'));
  });

  it('ships the third-party notices, up to date with the installed packages (npm run notices rewrites them)', () => {
    expect(builder).toContain('- resources/licenses/**');
    const shipped = readFileSync(join(REPO_ROOT, 'resources', 'licenses', 'THIRD-PARTY-NOTICES.txt'), 'utf8');
    expect(shipped).toBe(thirdPartyNotices(REPO_ROOT));
    for (const name of ['pdfjs-dist', 'react', '@mantine/core', 'age-encryption', 'better-sqlite3-multiple-ciphers'])
      expect(shipped).toMatch(new RegExp(`^${name} \\d+\\.\\d+\\.\\d+ — `, 'm'));
    expect(shipped).toContain('Apache License');
  });

  it('ships the migrations, never rebuilds the native binding and has no update feed', () => {
    expect(builder).toContain('- db/migrations/**');
    expect(builder).toMatch(/^npmRebuild: false$/m);
    expect(builder).toMatch(/^publish: null$/m);
  });

  it('pins every dependency to an exact version and runs scripts on Node 22', () => {
    const all = { ...pkg.dependencies, ...pkg.devDependencies } as Record<string, string>;
    for (const [name, range] of Object.entries(all)) expect(range, name).toMatch(/^(npm:[\w@./-]+@)?\d+\.\d+\.\d+$/);
    expect(pkg.devDependencies.node).toMatch(/^22\./);
    expect(pkg.dependencies['better-sqlite3']).toBe('npm:better-sqlite3-multiple-ciphers@13.0.3');
  });

  it('has no install-time script that would download or compile anything', () => {
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare'])
      expect(pkg.scripts[hook], hook).toBeUndefined();
  });
});

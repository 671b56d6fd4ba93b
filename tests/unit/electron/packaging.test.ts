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

  it('builds a Debian package and a per-machine, non-one-click NSIS installer, with the app in an asar', () => {
    expect(builder).toMatch(/^linux:\n(?:\s.*\n)*?\s+target: \[deb\]$/m);
    expect(builder).toMatch(/^win:\n\s+target: nsis$/m);
    expect(builder).toMatch(/^nsis:\n(?:\s.*\n)*?\s+perMachine: true$/m);
    expect(builder).toMatch(/^nsis:\n(?:\s.*\n)*?\s+oneClick: false$/m);
    expect(builder).toMatch(/^asar: true$/m);
    // The native SQLite binding cannot load from inside an asar: it is unpacked (and still N-API, never rebuilt).
    expect(builder).toMatch(/^asarUnpack:\n\s+- node_modules\/better-sqlite3\/\*\*\/\*\.node$/m);
    expect(builder).toMatch(/^buildDependenciesFromSource: false$/m);
    // The built main bundle includes the register worker; both come from out/**.
    expect(builder).toMatch(/^files:\n(?:\s.*\n)*?\s+- out\/\*\*$/m);
  });

  it('has no update channel, download mirror or auto-updater anywhere', () => {
    for (const key of ['electronDownload', 'electronUpdaterCompatibility', 'generateUpdatesFilesForAllChannels'])
      expect(builder).not.toMatch(new RegExp(`^\\s*${key}:`, 'm'));
    expect(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })).not.toContain('electron-updater');
    expect(builder).not.toMatch(/https?:\/\//);
  });

  it('documents how to build on a connected machine, carry in and check the SHA-256 sums', () => {
    const release = readFileSync(join(REPO_ROOT, 'docs', 'RELEASE.md'), 'utf8');
    for (const step of [
      'npx electron-builder --linux deb',
      'npx electron-builder --win nsis',
      'sha256sum',
      'Get-FileHash',
    ])
      expect(release).toContain(step);
  });

  it('has no install-time script that would download or compile anything', () => {
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare'])
      expect(pkg.scripts[hook], hook).toBeUndefined();
  });
});

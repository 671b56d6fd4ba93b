import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const REPO_ROOT = join(import.meta.dirname, '..', '..');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `cxr` entry point in a child Node (the test's own Node 22), as a user's shell would. */
export function runCli(args: string[], env: Record<string, string | undefined> = {}, input?: string): CliRun {
  const result = spawnSync(process.execPath, ['--no-warnings', join(REPO_ROOT, 'cli', 'main.ts'), ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, CXR_PASSWORD: undefined, CXR_DB: undefined, ...env },
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The arguments of `cxr init` for a test register (one place, so the CLI tests set up registers alike). */
export function initArgs(options: {
  db: string;
  sheet: string;
  admin?: string;
  unit?: string;
  mode?: string;
}): string[] {
  return [
    'init',
    '--db',
    options.db,
    '--mode',
    options.mode ?? 'unit',
    '--unit',
    options.unit ?? 'Sở Ngoại vụ tỉnh Đắk Lắk',
    '--admin',
    options.admin ?? 'baomat',
    '--recovery-out',
    options.sheet,
  ];
}

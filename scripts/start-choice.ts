import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What `npm start` opens (scripts/start.ts): Electron where its binary was installed, else the same app in the
 * system Chromium (electron/browser), else a plain sentence saying what to install. Pure, so each case is tested.
 */
export interface Machine {
  /** The Electron executable under node_modules/electron, or null where its binary was never fetched. */
  electronBinary: string | null;
  /** A screen to open a window on: $DISPLAY or $WAYLAND_DISPLAY (always there on Windows and macOS). */
  hasDisplay: boolean;
  /** The system Chromium, or null. */
  chromium: string | null;
}

export type ShellChoice =
  | { shell: 'electron' }
  | { shell: 'browser'; chromium: string; notice: string }
  | { shell: 'none'; exitCode: number; message: string };

/** Debian's Chromium (`apt-get install chromium`), which the UI tests drive too; nothing is downloaded. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

const OPTIONS = ['--electron'];

export function chooseShell(args: readonly string[], machine: Machine): ShellChoice {
  const unknown = args.filter((arg) => !OPTIONS.includes(arg));
  if (unknown.length > 0) {
    const message = `npm start: unknown option ${unknown.join(' ')} (the only one is --electron: npm start -- --electron).`;
    return { shell: 'none', exitCode: 2, message };
  }
  // --electron insists: Electron's own launcher then fails with its own error where the binary is missing.
  if (machine.electronBinary || args.includes('--electron')) return { shell: 'electron' };
  const absent = "Electron's binary is not installed (node_modules/electron/dist is missing)";
  if (machine.chromium && machine.hasDisplay) {
    const notice = `${absent}, so the app opens in Chromium (${machine.chromium}) instead; npm start -- --electron insists on Electron.`;
    return { shell: 'browser', chromium: machine.chromium, notice };
  }
  const lacking: string[] = [];
  const remedies: string[] = [];
  if (!machine.chromium) {
    lacking.push(`there is no Chromium at ${SYSTEM_CHROMIUM} to open it in instead`);
    remedies.push('install it with `sudo apt-get install chromium`');
  }
  if (!machine.hasDisplay) {
    lacking.push('there is no display to show a window on ($DISPLAY and $WAYLAND_DISPLAY are unset)');
    remedies.push('run npm start in a desktop session, or under a virtual display: `xvfb-run npm start`');
  }
  const message = `Cannot open the app: ${absent}, and ${lacking.join(', and ')}. To open it, ${remedies.join(', and ')}.`;
  return { shell: 'none', exitCode: 1, message };
}

/**
 * Where Electron's npm package put its binary, read the way its own index.js reads it (path.txt, then dist/, or
 * ELECTRON_OVERRIDE_DIST_PATH) without loading it: loading 'electron' tries to download a missing binary.
 */
export function electronBinary(electronDir: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const pathFile = join(electronDir, 'path.txt');
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) return join(env.ELECTRON_OVERRIDE_DIST_PATH, name || 'electron');
  if (!name) return null;
  const binary = join(electronDir, 'dist', name);
  return existsSync(binary) ? binary : null;
}

export function machineFacts(
  repoRoot: string,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): Machine {
  return {
    electronBinary: electronBinary(join(repoRoot, 'node_modules', 'electron'), env),
    hasDisplay: platform === 'win32' || platform === 'darwin' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY),
    chromium: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : null,
  };
}

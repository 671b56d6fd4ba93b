import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder Electron's app.getPath('userData') names for `electron .` (its appData folder, then the app's name,
 * which is package.json's productName), so the fallback opens the very register the Electron app would:
 * `<this folder>/register/register.db` (electron/main/paths.ts), or CXR_DB.
 */
export function electronUserDataDir(
  productName: string,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), productName);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', productName);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), productName);
}

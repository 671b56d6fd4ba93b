import { join } from 'node:path';

/** Where the register lives: CXR_DB when set (training rooms, tests), else the user's data folder. */
export function defaultRegisterPath(userDataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.CXR_DB && env.CXR_DB.length > 0 ? env.CXR_DB : join(userDataDir, 'register', 'register.db');
}

/** Built files sit next to each other in the app folder (or app.asar): out/main, out/preload, out/renderer. */
export function appFiles(appPath: string) {
  return {
    preload: join(appPath, 'out', 'preload', 'index.cjs'),
    registerWorker: join(appPath, 'out', 'main', 'register-worker.js'),
    verifyWorker: join(appPath, 'out', 'main', 'verify-worker.js'),
    renderer: join(appPath, 'out', 'renderer'),
    migrations: join(appPath, 'db', 'migrations'),
    fonts: join(appPath, 'resources', 'fonts'),
  };
}

import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { CHANNELS } from '../../core/api/contract.ts';
import { createRegisterWorkerClient } from '../worker/register-client.ts';
import { bindHostIpc, createHostHandlers } from './host.ts';
import { bindIpc } from './ipc.ts';
import { bindWorkIpc } from './work-ipc.ts';
import { appFiles, defaultRegisterPath } from './paths.ts';
import { createAppProtocolHandler } from './protocol.ts';
import { applySessionPolicy, guardWebContents } from './security-policy.ts';
import { APP_ENTRY_URL, APP_SCHEME, mainWindowOptions } from './window-options.ts';

// app:// must be registered as a standard, secure scheme before 'ready' so the page gets a real origin.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false } },
]);

// One running copy per computer: two processes writing one register would fight over its lock.
if (!app.requestSingleInstanceLock()) app.quit();

let mainWindow: BrowserWindow | null = null;

app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
});

app.on('web-contents-created', (_event, contents) => guardWebContents(contents, app.isPackaged));

app.whenReady().then(() => {
  // No application menu: Electron's default one brings Ctrl+R (reload, which would drop unsaved typing) and the
  // developer-tools accelerators; the app's own shortcuts live in the page.
  Menu.setApplicationMenu(null);
  const files = appFiles(app.getAppPath());
  applySessionPolicy(session.defaultSession, app.isPackaged);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(files.renderer));

  // The register (router, SQLite, PDF building) runs in a worker thread; this thread only forwards calls.
  const register = createRegisterWorkerClient(files.registerWorker, {
    registerPath: defaultRegisterPath(app.getPath('userData')),
    migrationsFolder: files.migrations,
    fontsFolder: files.fonts,
    appVersion: app.getVersion(),
    verifyWorkerScript: files.verifyWorker,
  });
  bindIpc(ipcMain, CHANNELS, (channel, input) => register.call(channel, input));
  // Long calls with progress and cancel (window.work), behind the same sender check.
  bindWorkIpc(ipcMain, (channel, input, options) => register.call(channel, input, options));
  // The OS save and print dialogs (electron/main/host.ts), only ever for the main window's own page.
  bindHostIpc(
    ipcMain,
    createHostHandlers({
      dialog,
      windowOf: (contents) => (mainWindow && contents === mainWindow.webContents ? mainWindow : null),
      documentsDir: () => app.getPath('documents'),
      unlocked: () => register.unlocked(),
    }),
  );
  // Quit waits for the worker to lock the register (database closed, key dropped) before the process ends.
  let registerStopped = false;
  app.on('before-quit', (event) => {
    if (registerStopped) return;
    event.preventDefault();
    void register.stop().finally(() => {
      registerStopped = true;
      app.quit();
    });
  });

  // The scanner cannot see options built by a function; mainWindowOptions() is pinned by unit tests instead.
  const options = mainWindowOptions(files.preload, app.isPackaged);
  // biome-ignore format: electronegativity reads its suppression only on the line of the finding.
  /* eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK @preserve */ mainWindow = new BrowserWindow(options);
  mainWindow.setContentProtection(true);
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(APP_ENTRY_URL);
});

app.on('window-all-closed', () => app.quit());

import type { Session, WebContents } from 'electron';
import { APP_ORIGIN } from './window-options.ts';

/** The page may load only itself (and inline data/blob images); every other scheme is refused at the session. */
export function isAllowedUrl(url: string, isPackaged: boolean): boolean {
  if (url.startsWith(`${APP_ORIGIN}/`)) return true;
  if (url.startsWith('data:') || url.startsWith('blob:app://')) return true;
  return !isPackaged && url.startsWith('devtools://');
}

const deny = () => new Response('Refused: the register opens no files or network addresses.', { status: 403 });

/**
 * Session-wide refusals: no permission is ever granted (camera, notifications, USB, HID, serial…), no request
 * leaves the app's own origin, file:// cannot be read, and nothing downloads behind the user's back.
 */
export function applySessionPolicy(session: Session, isPackaged: boolean): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedUrl(details.url, isPackaged) }),
  );
  session.protocol.handle('file', deny);
  session.on('will-download', (event) => event.preventDefault());
}

/** Per-page refusals: the single-page app never navigates, opens windows or hosts webviews. */
export function guardWebContents(contents: WebContents, isPackaged: boolean): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  if (isPackaged) contents.on('devtools-opened', () => contents.closeDevTools());
}

import type { Api } from './api-types.ts';

/**
 * The one way the renderer reaches the register. In the app, window.api comes from the preload (one function per
 * contract channel); the UI tests install the same shape over the real router; component tests call setApi() with
 * a small fake. Nothing else in the renderer touches window.api.
 */
let installed: Api | null = null;

export function setApi(api: Api | null): void {
  installed = api;
}

export function getApi(): Api {
  if (installed) return installed;
  const fromPreload = (globalThis as { api?: Api }).api;
  if (!fromPreload) throw new Error('window.api is not available');
  return fromPreload;
}

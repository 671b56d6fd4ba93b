import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from './electron/main/csp.ts';

/** Writes the app's CSP into the built index.html from the one constant, so header and meta never drift apart. */
const cspMeta = (): Plugin => ({
  name: 'cxr-csp-meta',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META },
      injectTo: 'head-prepend',
    },
  ],
});

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: resolve(import.meta.dirname, 'electron/main/index.ts'),
          // The register runs in this worker thread (electron/worker): SQL and PDF work off the window's thread.
          'register-worker': resolve(import.meta.dirname, 'electron/worker/register-worker.ts'),
          // The audit check's worker threads (db/audit/verify-workers.ts), started by the register worker.
          'verify-worker': resolve(import.meta.dirname, 'db/audit/verify-worker.ts'),
        },
        // The native SQLite binding is loaded from node_modules at run time (N-API, one binary for Node and Electron).
        external: ['better-sqlite3', 'electron'],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        // A sandboxed preload must be CommonJS while package.json says "type": "module".
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react(), cspMeta()],
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      emptyOutDir: true,
      minify: true,
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'renderer/index.html') } },
    },
  },
});

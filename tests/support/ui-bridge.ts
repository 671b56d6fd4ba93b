import { exposePageWork } from '../../electron/browser/page-work.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { CHANNELS, type Channel, type ChannelInput, type ChannelOutput } from '../../core/api/contract.ts';
import { HOST_CHANNEL_NAMES } from '../../core/api/host-channels.ts';
import { type HostChannel, hostContract } from '../../core/api/host-contract.ts';
import { createRouter, type Router } from '../../core/api/router.ts';
import { fontsFrom } from '../../core/documents/font-files.ts';
import { fail, ok, type Result } from '../../core/api/result.ts';
import { AppError } from '../../core/domain/errors.ts';
import { type Clock, systemClock } from '../../core/ports/clock.ts';
import type { RegisterHost } from '../../core/ports/register-host.ts';
import { loadMigrations } from '../../db/migrate.ts';
import { atomicFileOutput } from '../../db/file-output.ts';
import { createRegisterHost } from '../../db/register-host.ts';
import type { PageGlobals } from './ui-page-types.ts';

/**
 * A real encrypted register in a temp folder, behind the real router and services: the UI tests exercise the
 * same validation, permissions and storage as the app. Only the transport differs (a Playwright binding instead
 * of IPC); the actor is taken from the host on every call, never from the page, exactly as electron/main does.
 */
export interface UiRegister {
  dir: string;
  dbPath: string;
  host: RegisterHost;
  router: Router;
  /** Calls a channel from the test process as the currently unlocked user (or as nobody). */
  call<C extends Channel>(channel: C, input?: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  /** Like call, but returns the value and throws with the error code when the call failed. */
  value<C extends Channel>(channel: C, input?: ChannelInput<C>): Promise<ChannelOutput<C>>;
  /**
   * Channels whose page calls fail on the way, before the router: the binding throws, as a broken IPC or a main
   * process that could not answer would, and the page's call() turns that into INTERNAL. For the screens that must
   * say a call failed where the register itself cannot be made to fail on demand.
   */
  brokenChannels: Set<Channel>;
  close(): void;
}

const MIGRATIONS = resolve(import.meta.dirname, '../../db/migrations');
const APP_VERSION = '0.0.0-ui-test';
/** Cheap scrypt so each test's set-up and unlock take milliseconds; the cost is recorded in the key slot. */
const TEST_KDF = { name: 'scrypt', N: 2 ** 14, r: 8, p: 1 } as const;

/** `clock` lets a test move time by hand (e.g. past the failed-unlock delay) instead of sleeping. */
export function createUiRegister(options: { clock?: Clock } = {}): UiRegister {
  const dir = mkdtempSync(join(tmpdir(), 'cxr-ui-'));
  const dbPath = join(dir, 'register.db');
  const migrations = loadMigrations(MIGRATIONS);
  const host = createRegisterHost({ path: dbPath, migrations, appVersion: APP_VERSION, kdf: TEST_KDF });
  const internalErrors: string[] = [];
  const router = createRouter(
    {
      host,
      clock: options.clock ?? systemClock,
      app: { version: APP_VERSION, schemaVersion: migrations.length },
      files: atomicFileOutput,
      documents: fontsFrom(resolve(import.meta.dirname, '..', '..', 'resources', 'fonts')),
    },
    { onInternalError: (channel, error) => internalErrors.push(`[${channel}] ${String(error)}`) },
  );
  const call = <C extends Channel>(channel: C, input?: ChannelInput<C>) =>
    router.call(channel, input ?? {}, { actor: host.actor() });
  return {
    dir,
    dbPath,
    host,
    router,
    call,
    brokenChannels: new Set(),
    async value(channel, input) {
      const result = await call(channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
    close() {
      host.lock();
      rmSync(dir, { recursive: true, force: true });
      // An INTERNAL error is a bug even when the page showed it politely.
      if (internalErrors.length > 0) throw new Error(`Router reported internal errors:\n${internalErrors.join('\n')}`);
    },
  };
}

/**
 * A test double for the host channels (electron/main/host.ts): the operating system's file and print dialogs
 * cannot run here, so the test says in advance what the person will answer, and the double records every call.
 * It parses input with the same schemas as electron/main.
 */
export interface HostDouble {
  /** The save dialog's answers, in order; null means the person cancelled. No answer left: cancelled. */
  savePaths: (string | null)[];
  /** The open dialog's answers (a file to read), the same way. */
  openPaths: (string | null)[];
  /** The folder dialog's answers, the same way. */
  folders: (string | null)[];
  /** How the print dialog ends. */
  printAnswer: 'printed' | 'cancelled' | 'failed';
  /**
   * Keeps the print dialog "open": called with a function that closes it. Meanwhile the test can print the page
   * through Chromium (page.pdf, which cannot run inside the binding itself) to see the sheets the printer would get.
   */
  holdPrint: ((close: () => void) => void) | null;
  calls: { channel: HostChannel; input: unknown; sheets?: number }[];
}

export function createHostDouble(): HostDouble {
  return { savePaths: [], openPaths: [], folders: [], printAnswer: 'printed', holdPrint: null, calls: [] };
}

async function answerHost(double: HostDouble, page: Page, channel: string, input: unknown): Promise<Result<unknown>> {
  if (!Object.hasOwn(hostContract, channel)) return fail(new AppError('UNKNOWN_CHANNEL').toShape());
  const name = channel as HostChannel;
  const parsed = hostContract[name].input.safeParse(input ?? {});
  if (!parsed.success) return fail(new AppError('VALIDATION').toShape());
  const answers = {
    'host.chooseSavePath': double.savePaths,
    'host.chooseOpenPath': double.openPaths,
    'host.chooseFolder': double.folders,
  } as const;
  if (name !== 'host.print') {
    double.calls.push({ channel: name, input: parsed.data });
    return ok({ path: answers[name].shift() ?? null });
  }
  const sheets = await page.locator('.cxr-print-pages .cxr-print-sheet-page').count();
  double.calls.push({ channel: name, input: parsed.data, sheets });
  // Held open like a real dialog: the test can look at the page while the print is "on screen".
  if (double.holdPrint) await new Promise<void>((resolve) => double.holdPrint?.(resolve));
  const printed = double.printAnswer === 'printed';
  return ok({ printed, reason: printed ? null : double.printAnswer });
}

/**
 * Installs window.api in the page before any page script runs: one function per contract channel (the same list
 * the preload uses), each forwarding to the router through one exposed binding, plus the host channels answered
 * by the double.
 */
export async function installBridge(
  page: Page,
  register: UiRegister,
  host: HostDouble = createHostDouble(),
): Promise<void> {
  await page.exposeBinding('__cxrInvoke', (_source, channel: string, input: unknown) => {
    if (register.brokenChannels.has(channel as Channel)) throw new Error(`the transport of ${channel} broke (test)`);
    return register.router.handle(channel, input, { actor: register.host.actor() });
  });
  await page.exposeBinding('__cxrHost', (source, channel: string, input: unknown) =>
    answerHost(host, source.page, channel, input),
  );
  // window.work as the app has it: long calls get the same progress and cancel as through the register worker.
  await exposePageWork(
    page,
    () => true,
    (channel, input, { signal, onProgress }) =>
      register.router.handle(channel, input, {
        actor: register.host.actor(),
        work: {
          progress: onProgress,
          cancelled: () => signal.aborted,
          breathe: () => new Promise<void>((resolve) => setImmediate(resolve)),
          signal,
        },
      }),
  );
  await page.addInitScript(
    ({ channels, hostChannels }: { channels: string[]; hostChannels: string[] }) => {
      // Looked up per call: the bindings are installed by Playwright, not by this script.
      const bound = globalThis as unknown as PageGlobals;
      const api: Record<string, (input?: unknown) => Promise<unknown>> = {};
      for (const channel of channels) api[channel] = (input) => bound.__cxrInvoke(channel, input ?? {});
      for (const channel of hostChannels) api[channel] = (input) => bound.__cxrHost(channel, input ?? {});
      Object.defineProperty(globalThis, 'api', { value: Object.freeze(api), enumerable: true });
    },
    { channels: CHANNELS as string[], hostChannels: [...HOST_CHANNEL_NAMES] },
  );
}

/** Standard accounts for the tests (a unit register whose first admin is also the security officer). */
export const ADMIN = { name: 'nguyen.van.an', password: 'mat-khau-thu-nghiem-2026' } as const;
export const UNIT_NAME = 'Sở Ngoại vụ tỉnh Quảng Trị';

/**
 * Creates the register through the router, as the set-up screen would; leaves it unlocked unless asked. Returns
 * what set-up returns (the recovery code and data block), for the recovery and tamper tests.
 */
export async function setUpRegister(
  register: UiRegister,
  options: { lock?: boolean } = {},
): Promise<ChannelOutput<'session.setup'>> {
  const setup = await register.value('session.setup', {
    mode: 'unit',
    unitName: UNIT_NAME,
    adminName: ADMIN.name,
    password: ADMIN.password,
  });
  if (options.lock) await register.value('session.lock', {});
  return setup;
}

/** A second account for the tests: a security officer who may edit agreements but not administer. */
export const OFFICER = { name: 'tran.thi.binh', password: 'mat-khau-can-bo-2026' } as const;

/**
 * Audit chain benchmark (issue 16 item 1). Builds BENCH_EVENTS events (default 300,000) through the repositories, as
 * the app writes them, then times, on the same encrypted file:
 * - the chain walk of verify (order, links, hashes from the start of the chain) in worker threads on every core, and
 *   in one thread;
 * - raw SHA-256 over the same bytes, in memory and on one core: the chain of one-shot hashes the definition needs
 *   (SHA-256 of each canonical event, then of prev ‖ digest), and one hash over all the bytes;
 * - the replay part of verify (salted values, replay against every audited table, integrity check) on its own;
 * - the full verify (both side by side, what `cxr audit verify` runs) and a daily check after 1,000 new events.
 * CPU milliseconds are printed next to wall time: on a shared machine the difference is other people's load.
 */
import { hash } from 'node:crypto';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { CANONICAL_BODY } from '../../db/audit/chain-walk.ts';
import { integrityProblems, replayAudit } from '../../db/audit/replay.ts';
import { chainBounds, genesisOf, type VerifyEnv, verifyAudit, walkFrom } from '../../db/audit/verify.ts';
import type { ParallelVerify } from '../../db/audit/verify-workers.ts';
import { openEncrypted } from '../../db/connection.ts';
import { keysPathOf, readKeysFile } from '../../db/keys/keys-file.ts';
import { normalizeRecoveryCode } from '../../db/keys/recovery-code.ts';
import { openRecoverySlot, recoverySlotOf } from '../../db/keys/vault.ts';
import { loadMigrations } from '../../db/migrate.ts';
import { createRegisterHost } from '../../db/register-host.ts';
import { dailyAuditCheck } from '../../core/services/audit-daily.ts';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 300_000);
const TARGET = 500_000;
const dir = mkdtempSync(join(tmpdir(), 'cxr-bench-audit-'));
const migrations = loadMigrations(fileURLToPath(new URL('../../db/migrations', import.meta.url)));
const path = join(dir, 'audit.db');
const now = () => new Date().toISOString();
const workers: ParallelVerify = {
  script: new URL('../../db/audit/verify-worker.ts', import.meta.url),
  threads: availableParallelism(),
  minEvents: 50_000,
};

async function timed<T>(run: () => T | Promise<T>): Promise<{ value: T; ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const value = await run();
  const used = process.cpuUsage(cpu);
  return { value, ms: performance.now() - t, cpuMs: Math.round((used.user + used.system) / 1000) };
}
const perSecond = (events: number, ms: number) => Math.round((events / ms) * 1000);
const round2 = (x: number) => Math.round(x * 100) / 100;

/** The events the trust bench always wrote: an agreement's equivalence table replaced, one row changed. */
function appendEvents(ws: NonNullable<ReturnType<ReturnType<typeof createRegisterHost>['workspace']>>, n: number) {
  const actor = { id: 'bench', name: 'quantri', roles: ['admin' as const], department: null };
  for (let done = 0; done < n; done += 1000) {
    ws.transact(() => {
      for (let i = done; i < Math.min(n, done + 1000); i++) {
        const at = now();
        const rows = ws.agreements.replaceEquivalences(
          'VN-IT',
          [{ foreignMarking: 'SEGRETO', vnLevel: 'toi_mat', sourceClause: 'Điều 4', note: `lần ${i}` }],
          at,
        );
        ws.audit.append(
          {
            actor,
            action: 'agreement.equivalences.replaced',
            entity: 'agreement',
            entityId: 'VN-IT',
            change: { rows },
          },
          at,
        );
      }
    });
  }
}

try {
  const host = createRegisterHost({
    path,
    migrations,
    appVersion: 'bench',
    kdf: { name: 'scrypt', N: 2 ** 14, r: 8, p: 1 },
    verifyWorkers: workers,
  });
  const { recoveryCode } = await host.create(
    { mode: 'unit', unitName: 'Đơn vị đo hiệu năng', adminName: 'quantri', password: 'mat-khau-do-hieu-nang' },
    now(),
  );
  const ws = host.workspace();
  if (!ws) throw new Error('not unlocked');
  const registerId = ws.meta().registerId;
  const append = await timed(() => appendEvents(ws, EVENTS));
  host.lock();

  const keys = readKeysFile(keysPathOf(path));
  const slot = recoverySlotOf(keys);
  const [master] = (slot && (await openRecoverySlot(keys, slot, normalizeRecoveryCode(recoveryCode)))) || [];
  if (!master) throw new Error('no key');
  const sqlite = openEncrypted(path, master, { create: false });
  const env: VerifyEnv = {
    registerId,
    workers: { parallel: workers, access: { path, key: () => Buffer.from(master) } },
  };
  const inline: VerifyEnv = { registerId };
  const { maxSeq } = chainBounds(sqlite);
  const genesis = genesisOf(registerId);
  const loadBefore = loadavg()[0] ?? 0;

  // The chain walk of verify, alone: side by side on every core, then in this thread.
  const parallel = await timed(() => walkFrom(sqlite, env, genesis, maxSeq, {}));
  const oneThread = await timed(() => walkFrom(sqlite, inline, genesis, maxSeq, {}));
  if (parallel.value.broken || oneThread.value.broken) throw new Error('the bench chain does not verify');

  // Raw SHA-256 over the same bytes: the canonical events as the walk hashes them, read into memory first.
  const rows = sqlite
    .prepare(`SELECT ${CANONICAL_BODY}, prev_hash, hash FROM audit_events ORDER BY seq`)
    .raw()
    .all() as [string, string, string][];
  const bodies = rows.map((r) => r[0]);
  const bytes = bodies.reduce((n, b) => n + Buffer.byteLength(b), 0);
  const rawChain = await timed(() => {
    const link = Buffer.alloc(64);
    let prev = genesis.hash;
    for (const body of bodies) {
      link.write(prev, 0, 'hex');
      link.write(hash('sha256', body, 'binary'), 32, 'binary');
      prev = hash('sha256', link, 'hex');
    }
    return prev;
  });
  if (rawChain.value !== rows.at(-1)?.[2]) throw new Error('raw chain differs from the stored head');
  const all = Buffer.from(bodies.join(''));
  rows.length = 0;
  bodies.length = 0;
  const rawOne = await timed(() => hash('sha256', all, 'hex'));

  // The replay part alone (one thread), then the full verify as `cxr audit verify` runs it.
  const integrity = await timed(() => integrityProblems(sqlite));
  const replay = await timed(() => replayAudit(sqlite, maxSeq));
  const full = await timed(() => verifyAudit(sqlite, env));
  if (!full.value.ok) throw new Error(`full verify failed: ${JSON.stringify(full.value.problems[0])}`);
  sqlite.close();

  // The daily check at unlock: the first walks from the start of the chain; after 1,000 more events, the next
  // walks from the position the first recorded.
  const actor = await host.unlock('quantri', 'mat-khau-do-hieu-nang', now());
  const open = host.workspace();
  if (!open) throw new Error('not unlocked');
  const first = await timed(() => dailyAuditCheck(open, actor, new Date()));
  appendEvents(open, 1000);
  const daily = await timed(() => open.audit.checkIncremental());
  host.lock();

  const chainPerSecond = perSecond(maxSeq, parallel.ms);
  const rawChainPerSecond = perSecond(maxSeq, rawChain.ms);
  console.log(
    JSON.stringify(
      {
        events: maxSeq,
        bytesPerEvent: Math.round(bytes / maxSeq),
        appendPerSecond: perSecond(EVENTS, append.ms),
        load1mBefore: round2(loadBefore),
        load1mAfter: round2(loadavg()[0] ?? 0),
        chainVerify: {
          threads: workers.threads,
          ms: Math.round(parallel.ms),
          cpuMs: parallel.cpuMs,
          eventsPerSecond: chainPerSecond,
          oneThreadEventsPerSecond: perSecond(maxSeq, oneThread.ms),
          oneThreadCpuMs: oneThread.cpuMs,
          // Work per event whatever the machine's load: events per second of CPU used (all threads together).
          eventsPerCpuSecond: perSecond(maxSeq, parallel.cpuMs),
        },
        rawSha256SameBytes: {
          chainOfOneShotHashesPerSecond: rawChainPerSecond,
          chainOfOneShotHashesCpuMs: rawChain.cpuMs,
          oneHashOverAllBytesPerSecond: perSecond(maxSeq, rawOne.ms),
          megabytesPerSecond: Math.round(bytes / 1e6 / (rawOne.ms / 1000)),
        },
        chainToRawChain: round2(chainPerSecond / rawChainPerSecond),
        chainToRawChainCpu: round2(rawChain.cpuMs / Math.max(1, parallel.cpuMs)),
        chainToOneHash: round2(parallel.ms > 0 ? rawOne.ms / parallel.ms : 0),
        replayAndValues: {
          ms: Math.round(replay.ms),
          cpuMs: replay.cpuMs,
          eventsPerSecond: perSecond(maxSeq, replay.ms),
          problems: replay.value.events.length + replay.value.rows.length,
        },
        integrityCheck: { ms: Math.round(integrity.ms), cpuMs: integrity.cpuMs, ok: integrity.value.length === 0 },
        fullVerify: { ms: Math.round(full.ms), cpuMs: full.cpuMs, eventsPerSecond: perSecond(maxSeq, full.ms) },
        dailyCheck: {
          fromStartMs: Math.round(first.ms),
          fromStartOk: first.value?.ok ?? null,
          after1000EventsMs: round2(daily.ms),
          events: daily.value.events,
          ok: daily.value.ok,
        },
        targets: { chainEventsPerSecond: TARGET, chainToRawAtLeast: 0.5 },
        met: {
          chainEventsPerSecond: chainPerSecond >= TARGET,
          chainToRawChain: chainPerSecond / rawChainPerSecond >= 0.5,
        },
        peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
      },
      null,
      2,
    ),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

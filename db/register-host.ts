import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AuditChange } from '../core/domain/audit.ts';
import { AppError } from '../core/domain/errors.ts';
import { type Actor, rolesOfFirstAdmin } from '../core/domain/roles.ts';
import type {
  AuditEventInput,
  RecoveryInput,
  RegisterHost,
  RegisterSetup,
  Workspace,
} from '../core/ports/register-host.ts';
import type { AuditAction } from '../core/shared/audit-catalogue.ts';
import { insertChange, readRow } from './audit/audited-tables.ts';
import type { ParallelVerify } from './audit/verify-workers.ts';
import { backupBeforeMigration, backupTo } from './backup.ts';
import { asDamageError, openEncrypted, type Sqlite } from './connection.ts';
import { keyManager, pragmasFor } from './key-manager.ts';
import { DEFAULT_KDF, type KdfParams } from './keys/key-slots.ts';
import { type KeysFile, keysPathOf, readKeysFile, userKeyOf, writeKeysFile } from './keys/keys-file.ts';
import { generateRecoveryCode, normalizeRecoveryCode } from './keys/recovery-code.ts';
import { parseRecoveryKit, recoveryKitOf } from './keys/recovery-kit.ts';
import { clearFailures, recordFailure, throttle } from './keys/unlock-throttle.ts';
import {
  findUserSlot,
  newKeysFile,
  openRecoverySlot,
  openUserSlot,
  recoverySlotOf,
  withUserSlot,
} from './keys/vault.ts';
import { applyMigrations, type Migration, pendingMigrations } from './migrate.ts';
import { type Db, drizzleOf } from './repositories/drizzle.ts';
import { activeUserById, activeUserByName, insertUser } from './repositories/users.ts';
import { registerMeta } from './schema/register-meta.ts';
import { seedReferenceData } from './seed.ts';
import { createWorkspace, readRegisterMeta } from './workspace.ts';

export interface RegisterHostOptions {
  path: string;
  migrations: Migration[];
  appVersion: string;
  /** Tests lower the scrypt cost to stay fast; the cost used is recorded in each slot. */
  kdf?: KdfParams;
  /** Worker threads for audit checks of large registers; without them the calling thread checks alone. */
  verifyWorkers?: ParallelVerify;
}

interface OpenRegister {
  sqlite: Sqlite;
  db: Db;
  workspace: Workspace;
  actor: Actor;
  master: Buffer;
}

const RECOVERY_THROTTLE_KEY = '#recovery';

export function createRegisterHost(options: RegisterHostOptions): RegisterHost {
  const { path, migrations, appVersion } = options;
  const kdf = options.kdf ?? DEFAULT_KDF;
  const keysPath = keysPathOf(path);
  let current: OpenRegister | null = null;

  function close(): void {
    if (!current) return;
    current.sqlite.close();
    current.master.fill(0);
    current = null;
  }

  const requireOpen = () => {
    if (!current) throw new AppError('LOCKED');
    return current;
  };

  /** Tries each candidate key; upgrades the schema (after a backup); checks the register matches the keys file. */
  function openWithKeys(candidates: Buffer[], registerId: string, at: string) {
    let sqlite: Sqlite | null = null;
    let master: Buffer | null = null;
    for (const candidate of candidates) {
      try {
        sqlite = openEncrypted(path, candidate, { create: false });
        master = candidate;
        break;
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'KEYS_FILE_INVALID') || candidate === candidates.at(-1))
          throw error;
      }
    }
    if (!sqlite || !master) throw new AppError('KEYS_FILE_INVALID');
    try {
      const pending = pendingMigrations(sqlite, migrations);
      if (pending.length > 0) {
        backupBeforeMigration(sqlite, path, migrations.length - pending.length, at);
        applyMigrations(sqlite, pending, at);
      }
      const db = drizzleOf(sqlite);
      const meta = readRegisterMeta(db, sqlite);
      if (!meta || meta.registerId !== registerId) throw new AppError('KEYS_FILE_INVALID');
      for (const other of candidates) if (other !== master) other.fill(0);
      return { sqlite, db, master, meta };
    } catch (error) {
      sqlite.close();
      throw asDamageError(error);
    }
  }

  function activate(opened: ReturnType<typeof openWithKeys>, actor: Actor): Actor {
    const backup = (outDir: string, at: string) =>
      backupTo(requireOpen().sqlite, requireOpen().master, path, outDir, at);
    // A worker opens the register with a copy of the key of the moment (a key rotation replaces it in place).
    const workers = options.verifyWorkers && {
      parallel: options.verifyWorkers,
      access: { path, key: () => Buffer.from(requireOpen().master) },
    };
    const workspace = createWorkspace(
      opened.sqlite,
      opened.db,
      opened.meta,
      keyManager(keysPath, kdf, requireOpen),
      backup,
      workers,
    );
    current = { sqlite: opened.sqlite, db: opened.db, workspace, actor, master: opened.master };
    return actor;
  }

  /** Failed attempts recorded in the keys file go into the audit chain as soon as the register is open. */
  function auditUnlock(
    keys: KeysFile,
    actor: Actor | null,
    action: AuditAction,
    at: string,
    change: AuditChange,
    after: AuditEventInput[] = [],
  ) {
    const ws = requireOpen().workspace;
    ws.transact(() => {
      for (const failure of keys.failures.unaudited) {
        ws.audit.append(
          {
            actor: null,
            action: 'session.unlock_failed',
            entity: 'user',
            entityId: failure.userName,
            change: { info: { at: failure.at } },
          },
          at,
        );
      }
      ws.audit.append({ actor, action, entity: 'user', entityId: actor?.id ?? 'recovery', change }, at);
      for (const event of after) ws.audit.append(event, at);
    });
  }

  /** The sheet's block names the register it was printed for; another register's block is said to be that. */
  function kitOfAnotherRegister(kit: { registerId: string }, keys: KeysFile): AppError {
    return new AppError(
      'VALIDATION',
      `Khối dữ liệu trên phiếu khôi phục thuộc một sổ khác (mã sổ ${kit.registerId}), không phải sổ của tệp khóa này (mã sổ ${keys.registerId}). Hãy dùng phiếu của sổ này, hoặc chỉ nhập mã khôi phục.`,
      [{ path: 'recoveryKit', message: 'Khối dữ liệu này thuộc một sổ khác.' }],
    );
  }

  return {
    path,
    exists: () => existsSync(path) || existsSync(keysPath),
    actor: () => current?.actor ?? null,
    workspace: () => current?.workspace ?? null,
    lock: close,

    async create(setup: RegisterSetup, at: string) {
      if (existsSync(path) || existsSync(keysPath)) throw new AppError('REGISTER_EXISTS');
      close();
      mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
      const registerId = randomUUID();
      const master = randomBytes(32);
      const admin: Actor = {
        id: randomUUID(),
        name: setup.adminName,
        roles: rolesOfFirstAdmin(setup.mode),
        department: null,
      };
      const recoveryCode = generateRecoveryCode();
      const keys = await newKeysFile({
        registerId,
        master,
        admin: { id: admin.id, name: admin.name, password: setup.password },
        recoveryCode: normalizeRecoveryCode(recoveryCode),
        kdf,
      });
      let sqlite: Sqlite | null = null;
      try {
        sqlite = openEncrypted(path, master, { create: true });
        applyMigrations(sqlite, migrations, at);
        const db = drizzleOf(sqlite);
        const meta = {
          registerId,
          mode: setup.mode,
          unitName: setup.unitName,
          createdAt: at,
          training: setup.training ?? false,
        };
        const opened = { sqlite, db, master, meta: { ...meta, schemaVersion: migrations.length } };
        activate(opened, admin);
        const ws = requireOpen().workspace;
        ws.transact(() => {
          db.insert(registerMeta)
            .values({ id: 1, ...meta, createdByAppVersion: appVersion })
            .run();
          insertUser(db, admin, at);
          const metaRow = readRow(sqlite as Sqlite, 'register_meta', { id: 1 }) ?? {};
          const adminRow = readRow(sqlite as Sqlite, 'users', { id: admin.id }) ?? {};
          ws.audit.append(
            {
              actor: admin,
              action: 'register.created',
              entity: 'register',
              entityId: registerId,
              change: { rows: [insertChange('register_meta', metaRow)] },
            },
            at,
          );
          ws.audit.append(
            {
              actor: admin,
              action: 'user.created',
              entity: 'user',
              entityId: admin.id,
              change: { rows: [insertChange('users', adminRow)] },
            },
            at,
          );
          seedReferenceData(db, ws.audit, admin, at);
        });
        writeKeysFile(keysPath, keys);
        return { recoveryCode, recoveryKit: recoveryKitOf(keys), actor: admin };
      } catch (error) {
        // Nothing half-made is left behind: a register without its keys file could never be opened.
        current = null;
        sqlite?.close();
        master.fill(0);
        for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
        rmSync(keysPath, { force: true });
        throw error;
      }
    },

    async unlock(userName: string, password: string, at: string) {
      const keys = readKeysFile(keysPath);
      throttle(keys, userName, at);
      const slot = findUserSlot(keys, userName);
      const candidates = slot ? await openUserSlot(keys, slot, password) : null;
      if (!slot || !candidates) {
        writeKeysFile(keysPath, recordFailure(keys, userName, at));
        throw new AppError('WRONG_CREDENTIALS');
      }
      close();
      const opened = openWithKeys(candidates, keys.registerId, at);
      const actor = activeUserById(opened.db, slot.userId);
      if (!actor) {
        opened.sqlite.close();
        opened.master.fill(0);
        writeKeysFile(keysPath, recordFailure(keys, userName, at));
        throw new AppError('WRONG_CREDENTIALS');
      }
      activate(opened, actor);
      auditUnlock(keys, actor, 'session.unlocked', at, {});
      writeKeysFile(keysPath, clearFailures(readKeysFile(keysPath), userName));
      return actor;
    },

    async recover(input: RecoveryInput, at: string) {
      const kit = input.recoveryKit ? parseRecoveryKit(input.recoveryKit) : null;
      const onDisk = existsSync(keysPath) ? readKeysFile(keysPath) : null;
      if (onDisk && kit && kit.registerId !== onDisk.registerId) throw kitOfAnotherRegister(kit, onDisk);
      let keys: KeysFile;
      if (onDisk) keys = onDisk;
      else if (kit)
        keys = {
          format: 'cxr-keys',
          version: 1,
          registerId: kit.registerId,
          epoch: kit.epoch,
          slots: [kit.slot],
          failures: { streaks: {}, unaudited: [] },
        };
      else throw new AppError('KEYS_FILE_MISSING');
      throttle(keys, RECOVERY_THROTTLE_KEY, at);
      // A block printed before a key rotation seals a key the register no longer has; the code is unchanged and the
      // keys file's own recovery slot was re-sealed by the rotation, so the code opens that one instead.
      const staleKit = kit && onDisk && kit.epoch < onDisk.epoch ? kit : null;
      const fromKit = kit && !staleKit ? kit : null;
      const slot = fromKit?.slot ?? recoverySlotOf(keys);
      const candidates = slot
        ? await openRecoverySlot(
            fromKit ? { ...keys, registerId: fromKit.registerId, epoch: fromKit.epoch } : keys,
            slot,
            normalizeRecoveryCode(input.recoveryCode),
          )
        : null;
      if (!candidates) {
        if (onDisk) writeKeysFile(keysPath, recordFailure(keys, RECOVERY_THROTTLE_KEY, at));
        throw new AppError('WRONG_RECOVERY_CODE');
      }
      close();
      let opened: ReturnType<typeof openWithKeys>;
      try {
        opened = openWithKeys(candidates, keys.registerId, at);
      } catch (error) {
        // Without the keys file only the block speaks for the key: say which epoch it is from.
        if (!onDisk && kit && error instanceof AppError && error.code === 'KEYS_FILE_INVALID')
          throw new AppError(
            'KEYS_FILE_INVALID',
            `Khối dữ liệu trên phiếu (kỳ khóa ${kit.epoch}) không mở được tệp sổ này: sổ có thể đã đổi khóa sau khi in phiếu (hãy dùng khối in lúc đổi khóa gần nhất), hoặc tệp sổ bị hỏng.`,
          );
        throw error;
      }
      const actor = activeUserByName(opened.db, input.userName);
      if (!actor?.roles.includes('admin')) {
        opened.sqlite.close();
        opened.master.fill(0);
        throw new AppError(
          'VALIDATION',
          'Khôi phục chỉ đặt lại mật khẩu cho một tài khoản quản trị (admin) đang hoạt động.',
        );
      }
      // The recovery code is the stronger credential: the lockout that wrong passwords earned ends with it.
      const failedAttempts = keys.failures.streaks[userKeyOf(actor.name)]?.count ?? 0;
      const rewritten = await withUserSlot(keys, opened.master, actor, input.newPassword, kdf);
      writeKeysFile(keysPath, clearFailures(clearFailures(rewritten, RECOVERY_THROTTLE_KEY), actor.name));
      activate(opened, actor);
      const lockout: AuditEventInput[] = failedAttempts
        ? [
            {
              actor,
              action: 'user.lockout_cleared',
              entity: 'user',
              entityId: actor.id,
              change: { info: { failedAttempts, by: 'recovery-code' } },
            },
          ]
        : [];
      auditUnlock(
        keys,
        actor,
        'session.recovered',
        at,
        {
          info: {
            fromRecoverySheet: !!fromKit,
            ...(staleKit ? { kitEpoch: staleKit.epoch, registerEpoch: keys.epoch } : {}),
          },
        },
        lockout,
      );
      const notice = staleKit
        ? `Khối dữ liệu trên phiếu khôi phục được in ở kỳ khóa ${staleKit.epoch}; sổ đã đổi khóa và nay ở kỳ khóa ${keys.epoch}. Mã khôi phục không đổi khi đổi khóa nên đã khôi phục bằng mã với tệp khóa. Khối cũ không còn mở được sổ: hãy kẹp khối in lúc đổi khóa (cxr key rotate --kit-out TỆP) vào phiếu.`
        : null;
      return { actor, notice };
    },

    async revealKey(recoveryCode: string, at: string) {
      const keys = readKeysFile(keysPath);
      throttle(keys, RECOVERY_THROTTLE_KEY, at);
      const slot = recoverySlotOf(keys);
      const candidates = slot ? await openRecoverySlot(keys, slot, normalizeRecoveryCode(recoveryCode)) : null;
      if (!candidates) {
        writeKeysFile(keysPath, recordFailure(keys, RECOVERY_THROTTLE_KEY, at));
        throw new AppError('WRONG_RECOVERY_CODE');
      }
      close();
      const opened = openWithKeys(candidates, keys.registerId, at);
      const pragmas = pragmasFor(opened.master);
      const recovery: Actor = { id: 'recovery-code', name: 'Mã khôi phục', roles: ['admin'], department: null };
      activate(opened, recovery);
      auditUnlock(keys, null, 'key.revealed', at, { info: { by: 'recovery-code' } });
      close();
      return pragmas;
    },
  };
}

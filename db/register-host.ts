import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../core/domain/errors.ts';
import { type Actor, rolesOfFirstAdmin } from '../core/domain/roles.ts';
import type { RegisterHost, RegisterSetup, Workspace } from '../core/ports/register-host.ts';
import { backupBeforeMigration } from './backup.ts';
import { openEncrypted, type Sqlite } from './connection.ts';
import { type KdfParams, DEFAULT_KDF, recoverySlotAad, unwrapKey, userSlotAad, wrapKey } from './keys/key-slots.ts';
import { keysPathOf, readKeysFile, userKeyOf, writeKeysFile } from './keys/keys-file.ts';
import { generateRecoveryCode, normalizeRecoveryCode } from './keys/recovery-code.ts';
import { applyMigrations, type Migration, pendingMigrations } from './migrate.ts';
import { drizzleOf } from './repositories/drizzle.ts';
import { activeUserById, insertUser } from './repositories/users.ts';
import { registerMeta } from './schema/register-meta.ts';
import { seedReferenceData } from './seed.ts';
import { createWorkspace, readRegisterMeta } from './workspace.ts';

export interface RegisterHostOptions {
  path: string;
  migrations: Migration[];
  appVersion: string;
  /** Tests lower the scrypt cost to stay fast; the cost used is recorded in each slot. */
  kdf?: KdfParams;
}

interface OpenRegister {
  sqlite: Sqlite;
  workspace: Workspace;
  actor: Actor;
}

export function createRegisterHost(options: RegisterHostOptions): RegisterHost {
  const { path, migrations, appVersion } = options;
  const kdf = options.kdf ?? DEFAULT_KDF;
  const keysPath = keysPathOf(path);
  let current: OpenRegister | null = null;

  function close(): void {
    if (!current) return;
    current.sqlite.close();
    current = null;
  }

  /** Opens with the unwrapped master key, upgrades the schema (after a backup) and checks the keys file matches. */
  function openWithKey(masterKey: Buffer, registerId: string, at: string) {
    const sqlite = openEncrypted(path, masterKey, { create: false });
    masterKey.fill(0);
    try {
      const pending = pendingMigrations(sqlite, migrations);
      const fromVersion = migrations.length - pending.length;
      if (pending.length > 0) {
        backupBeforeMigration(sqlite, path, fromVersion, at);
        applyMigrations(sqlite, pending, at);
      }
      const db = drizzleOf(sqlite);
      const meta = readRegisterMeta(db, sqlite);
      if (!meta || meta.registerId !== registerId) throw new AppError('KEYS_FILE_INVALID');
      return { sqlite, db, workspace: createWorkspace(sqlite, db, meta) };
    } catch (error) {
      sqlite.close();
      throw error;
    }
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
      const masterKey = randomBytes(32);
      const admin: Actor = {
        id: randomUUID(),
        name: setup.adminName,
        roles: rolesOfFirstAdmin(setup.mode),
        department: null,
      };
      const recoveryCode = generateRecoveryCode();
      const userSlot = await wrapKey(masterKey, setup.password, userSlotAad(registerId, admin.id), kdf);
      const recoverySlot = await wrapKey(
        masterKey,
        normalizeRecoveryCode(recoveryCode),
        recoverySlotAad(registerId),
        kdf,
      );
      let sqlite: Sqlite | null = null;
      try {
        sqlite = openEncrypted(path, Buffer.from(masterKey), { create: true });
        applyMigrations(sqlite, migrations, at);
        const db = drizzleOf(sqlite);
        const meta = { registerId, mode: setup.mode, unitName: setup.unitName, createdAt: at };
        const workspace = createWorkspace(sqlite, db, { ...meta, schemaVersion: migrations.length });
        workspace.transact(() => {
          db.insert(registerMeta)
            .values({ id: 1, ...meta, createdByAppVersion: appVersion })
            .run();
          insertUser(db, admin, at);
          workspace.audit.append(
            {
              actor: admin,
              action: 'register.created',
              entity: 'register',
              entityId: registerId,
              change: { ...meta, appVersion },
            },
            at,
          );
          workspace.audit.append(
            {
              actor: admin,
              action: 'user.created',
              entity: 'user',
              entityId: admin.id,
              change: { name: admin.name, roles: admin.roles },
            },
            at,
          );
          seedReferenceData(db, workspace.audit, admin, at);
        });
        writeKeysFile(keysPath, {
          format: 'cxr-keys',
          version: 1,
          registerId,
          slots: [
            { kind: 'user', userId: admin.id, userKey: userKeyOf(admin.name), ...userSlot },
            { kind: 'recovery', ...recoverySlot },
          ],
        });
        current = { sqlite, workspace, actor: admin };
        return { recoveryCode, actor: admin };
      } catch (error) {
        // Nothing half-made is left behind: a register without its keys file could never be opened.
        sqlite?.close();
        for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
        rmSync(keysPath, { force: true });
        throw error;
      } finally {
        masterKey.fill(0);
      }
    },

    async unlock(userName: string, password: string, at: string) {
      const keys = readKeysFile(keysPath);
      const slot = keys.slots.find((s) => s.kind === 'user' && s.userKey === userKeyOf(userName));
      if (slot?.kind !== 'user') throw new AppError('WRONG_CREDENTIALS');
      const masterKey = await unwrapKey(slot, password, userSlotAad(keys.registerId, slot.userId));
      if (!masterKey) throw new AppError('WRONG_CREDENTIALS');
      close();
      const opened = openWithKey(masterKey, keys.registerId, at);
      const actor = activeUserById(opened.db, slot.userId);
      if (!actor) {
        opened.sqlite.close();
        throw new AppError('WRONG_CREDENTIALS');
      }
      opened.workspace.transact(() =>
        opened.workspace.audit.append(
          { actor, action: 'session.unlocked', entity: 'user', entityId: actor.id, change: null },
          at,
        ),
      );
      current = { sqlite: opened.sqlite, workspace: opened.workspace, actor };
      return actor;
    },
  };
}

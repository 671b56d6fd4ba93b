import type { Agreement, Equivalence } from '../domain/agreements.ts';
import type { AuditChange, RowChange } from '../domain/audit.ts';
import type { Actor, Mode } from '../domain/roles.ts';

export interface RegisterSetup {
  mode: Mode;
  unitName: string;
  adminName: string;
  password: string;
}

export interface RecoveryInput {
  recoveryCode: string;
  userName: string;
  newPassword: string;
  recoveryKit?: string | undefined;
}

export interface RegisterMeta {
  registerId: string;
  mode: Mode;
  unitName: string;
  createdAt: string;
  schemaVersion: number;
}

export interface AgreementsRepository {
  list(): Agreement[];
  get(code: string): Agreement | null;
  /** Returns the changed rows as stored, for the audit event of the same transaction. */
  replaceEquivalences(code: string, rows: Equivalence[], at: string): RowChange[];
}

/** One audited change: written in the same transaction as the data it describes. */
export interface AuditEventInput {
  actor: Actor | null;
  action: string;
  entity: string;
  entityId: string;
  change: AuditChange;
}

export interface AuditLog {
  append(event: AuditEventInput, at: string): { seq: number; hash: string };
  head(): { seq: number; hash: string };
}

/** The unlocked register's key slots (the master key stays inside the db layer). */
export interface KeyManager {
  /** Gives the user a fresh key slot for this password (new user, reset, change); the old slot stops working. */
  setPassword(user: { id: string; name: string }, password: string): Promise<void>;
  /** Deletes the user's slot; the account stays so the audit keeps its actor. */
  removeSlot(userId: string): void;
  hasSlot(userId: string): boolean;
  /** Re-keys the register and re-seals every slot; returns the new recovery kit to print. */
  rotate(): Promise<{ epoch: number; recoveryKit: string }>;
}

/** An unlocked register: repositories over one open encrypted connection. */
export interface Workspace {
  meta(): RegisterMeta;
  keys: KeyManager;
  agreements: AgreementsRepository;
  audit: AuditLog;
  /** Runs fn in one write transaction; a throw rolls back data and audit together. */
  transact<T>(fn: () => T): T;
}

/**
 * The register file on this computer and its unlocked state. Implemented in db/; the composition root (electron
 * main or the CLI) owns the one instance and derives each call's actor from it, never from channel input.
 */
export interface RegisterHost {
  readonly path: string;
  exists(): boolean;
  create(setup: RegisterSetup, at: string): Promise<{ recoveryCode: string; recoveryKit: string; actor: Actor }>;
  unlock(userName: string, password: string, at: string): Promise<Actor>;
  /**
   * Opens with the recovery code (and, if the keys file is lost, the block printed on the recovery sheet), gives
   * the named active admin a new password, and unlocks as that admin.
   */
  recover(input: RecoveryInput, at: string): Promise<Actor>;
  /** The ordered PRAGMAs that open the file with standard SQLite3MultipleCiphers tools; audited. */
  revealKey(recoveryCode: string, at: string): Promise<string[]>;
  lock(): void;
  /** The open workspace, or null when locked. */
  workspace(): Workspace | null;
  actor(): Actor | null;
}

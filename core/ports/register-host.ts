import type { Agreement, Equivalence } from '../domain/agreements.ts';
import type { Actor, Mode } from '../domain/roles.ts';

export interface RegisterSetup {
  mode: Mode;
  unitName: string;
  adminName: string;
  password: string;
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
  replaceEquivalences(code: string, rows: Equivalence[], at: string): void;
}

/** One audited change: written in the same transaction as the data it describes. */
export interface AuditEventInput {
  actor: Actor | null;
  action: string;
  entity: string;
  entityId: string;
  change: unknown;
}

export interface AuditLog {
  append(event: AuditEventInput, at: string): { seq: number; hash: string };
  head(): { seq: number; hash: string };
}

/** An unlocked register: repositories over one open encrypted connection. */
export interface Workspace {
  meta(): RegisterMeta;
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
  create(setup: RegisterSetup, at: string): Promise<{ recoveryCode: string; actor: Actor }>;
  unlock(userName: string, password: string, at: string): Promise<Actor>;
  lock(): void;
  /** The open workspace, or null when locked. */
  workspace(): Workspace | null;
  actor(): Actor | null;
}

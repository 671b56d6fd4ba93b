import type { Agreement, Equivalence } from '../domain/agreements.ts';
import type {
  AuditChange,
  AuditEventView,
  AuditFilter,
  AuditIncrementalReport,
  AuditReport,
  AuditRunOptions,
  RowChange,
} from '../domain/audit.ts';
import type { Actor, Mode, Role } from '../domain/roles.ts';
import type { AuditAction, AuditEntity } from '../shared/audit-catalogue.ts';
import type { RegisterSettings } from '../domain/settings.ts';
import type { Book, ItemFilter, ItemRecord, ItemStatus } from '../domain/items.ts';
import type { IncidentsRepository, PackagesRepository } from './exchange-store.ts';

export interface RegisterSetup {
  mode: Mode;
  unitName: string;
  adminName: string;
  password: string;
  /** A training register of fictional examples (tập huấn). */
  training?: boolean;
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
  training: boolean;
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
  action: AuditAction;
  entity: AuditEntity;
  entityId: string;
  change: AuditChange;
}

export interface AuditLog {
  append(event: AuditEventInput, at: string): { seq: number; hash: string };
  head(): { seq: number; hash: string };
  /** Walks and replays the whole chain from its start; with an anchor, also checks a head printed earlier. */
  verify(anchor?: { seq: number; hash: string }, options?: AuditRunOptions): Promise<AuditReport>;
  /** The chain from the position the last sound daily check recorded to the head (no replay). */
  checkIncremental(options?: AuditRunOptions): Promise<AuditIncrementalReport>;
  /** When the newest daily check ran, whether it found the chain sound and else where it broke; null before the first. */
  lastCheck(): { at: string; ok: boolean; seq?: number } | null;
  list(filter: AuditFilter, maskClassified: boolean): AuditEventView[];
  /** Removes a value (all its stored occurrences and the live copy); the caller appends the redaction event. */
  redact(target: { seq: number; path: string }): {
    targets: { seq: number; path: string }[];
    /** Sealed row images that lost the value, with the digest of what is left: the redaction event records them. */
    resealed: { seq: number; path: string; digest: string }[];
    table: string;
    key: string;
    field: string;
    /** The entity of the event the value was found in; the redaction event names the same one. */
    entity: AuditEntity;
    liveChange: RowChange | null;
  };
  /** Time of the newest event, to warn when the computer's clock is behind it. */
  newestAt(): string | null;
}

export interface AuditDigests {
  /** The (seq, hash) of every event after seq, oldest first: a package carries them to the receiver. */
  digestsSince(seq: number): { seq: number; hash: string }[];
}

export interface ItemsRepository {
  /** The next register number of a book and year, reserved inside the caller's transaction. */
  nextNumber(book: Book, year: number): { registerNo: number; counterChange: RowChange };
  insert(item: ItemRecord): RowChange;
  /** Imported legacy numbers: the counter continues after the highest. Null when it is already past it. */
  raiseCounter(book: Book, year: number, atLeast: number): RowChange | null;
  /** Which of these numbers a book and year already uses. */
  takenNumbers(book: Book, year: number, numbers: number[]): number[];
  get(id: string): ItemRecord | null;
  list(filter: ItemFilter): { total: number; items: ItemRecord[] };
  /**
   * Items that match every term: a folded word term as a prefix of a word, a non-Latin term (Lao, Thai…) anywhere in
   * a run of its script, or at its start when shorter than three characters; newest first unless ranked.
   */
  search(terms: string[], options: { ranked: boolean; limit: number; filter: ItemFilter }): ItemRecord[];
  /** How many items the same terms and filter match, counted up to `cap`; `more` when there are more than that. */
  countMatches(terms: string[], filter: ItemFilter, cap: number): { count: number; more: boolean };
  /** Earlier entries of the same document (same number, date and counterparty), for the duplicate warning. */
  sameDocument(
    docNumber: string,
    docDate: string,
    foreignBody: string | null,
  ): { book: Book; registerYear: number; registerNo: number }[];
}

export interface ItemStatusWriter {
  /** Changes an item's status (an incident marks it lost, exposed or at risk); null when it already had it. */
  setStatus(id: string, status: ItemStatus): RowChange | null;
}

export interface UnitKeysRecord {
  signingPrivate: string;
  signingPublic: string;
  ageIdentity: string;
  ageRecipient: string;
  createdAt: string;
}

export interface TrustedKeyRecord {
  fingerprint: string;
  unitName: string;
  mode: string;
  signingPublic: string;
  ageRecipient: string;
  publicFile: string;
  trustedAt: string;
  trustedBy: string;
  revokedAt: string | null;
  revokedBy: string | null;
}

export interface KeysRepository {
  own(): UnitKeysRecord | null;
  storeOwn(keys: UnitKeysRecord): void;
  trusted(): TrustedKeyRecord[];
  trust(key: TrustedKeyRecord): RowChange;
  revoke(fingerprint: string, at: string, by: string): RowChange | null;
}

export interface SettingsRepository {
  get(): RegisterSettings;
  /** Returns the changed row for the audit event, or null when the value is unchanged. */
  set<K extends keyof RegisterSettings>(key: K, value: RegisterSettings[K]): RowChange | null;
}

export interface UserRecord {
  id: string;
  name: string;
  roles: Role[];
  department: string | null;
  active: boolean;
  createdAt: string;
}

export interface UsersRepository {
  list(): UserRecord[];
  get(id: string): UserRecord | null;
  byName(name: string): UserRecord | null;
  insert(user: Actor, at: string): RowChange;
  update(id: string, patch: { roles?: Role[]; department?: string | null; active?: boolean }): RowChange | null;
}

/** The unlocked register's key slots (the master key stays inside the db layer). */
export interface KeyManager {
  /** Gives the user a fresh key slot for this password (new user, reset, change); the old slot stops working. */
  setPassword(user: { id: string; name: string }, password: string): Promise<void>;
  /** Deletes the user's slot; the account stays so the audit keeps its actor. */
  removeSlot(userId: string): void;
  hasSlot(userId: string): boolean;
  /** True when the password opens this user's slot (a password change asks for the current one). */
  checkPassword(userId: string, password: string): Promise<boolean>;
  /** Re-keys the register and re-seals every slot; returns the new recovery kit to print. */
  rotate(): Promise<{ epoch: number; recoveryKit: string }>;
}

/** An unlocked register: repositories over one open encrypted connection. */
export interface Workspace {
  meta(): RegisterMeta;
  keys: KeyManager;
  users: UsersRepository;
  settings: SettingsRepository;
  items: ItemsRepository & ItemStatusWriter;
  unitKeys: KeysRepository;
  agreements: AgreementsRepository;
  incidents: IncidentsRepository;
  packages: PackagesRepository;
  /** Copies the encrypted register and its keys file into outDir and proves the copy opens; returns its path. */
  backup(outDir: string, at: string): string;
  audit: AuditLog & AuditDigests;
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
   * the named active admin a new password, clears that account's lockout, and unlocks as that admin. The notice
   * says what a person should know (a block older than the register's key, which the code replaced).
   */
  recover(input: RecoveryInput, at: string): Promise<{ actor: Actor; notice: string | null }>;
  /** The ordered PRAGMAs that open the file with standard SQLite3MultipleCiphers tools; audited. */
  revealKey(recoveryCode: string, at: string): Promise<string[]>;
  lock(): void;
  /** The open workspace, or null when locked. */
  workspace(): Workspace | null;
  actor(): Actor | null;
}

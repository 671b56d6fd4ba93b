import type { RowChange } from '../domain/audit.ts';
import type { IncidentRecord, IncidentState } from '../domain/incidents.ts';

export interface IncidentFilter {
  state?: IncidentState | undefined;
  /** 'own': this unit's reports; a fingerprint: those imported from that unit; undefined: all. */
  unit?: 'own' | string | undefined;
}

export interface IncidentsRepository {
  get(id: string): IncidentRecord | null;
  list(filter: IncidentFilter): IncidentRecord[];
  /** Inserts or replaces the whole report; returns the row change for the audit event. */
  save(record: IncidentRecord): RowChange;
  /** The highest version in a chain of follow-ups. */
  latestVersion(chainId: string): number;
}

export type PackageDirection = 'sent' | 'received';
export type ChainStatus = 'first' | 'continues' | 'unverifiable';

export interface PackageLogRecord {
  id: string;
  direction: PackageDirection;
  kind: string;
  peerFingerprint: string;
  peerName: string;
  sequence: number;
  hash: string;
  createdAt: string;
  processedAt: string;
  recordCount: number;
  headSeq: number;
  headHash: string;
  chainStatus: ChainStatus;
  recordIds: string[];
  acknowledgedAt: string | null;
}

export interface PackagesRepository {
  /** Reserves the next sequence number to a peer for a kind; the caller commits it before writing the file. */
  reserveSequence(peerFingerprint: string, kind: string): { sequence: number; change: RowChange };
  /**
   * Gives back a reserved number whose package never reached the medium, if it is still the last one reserved;
   * returns the row change, or null when a later number was reserved meanwhile (then it stays taken).
   */
  releaseSequence(peerFingerprint: string, kind: string, sequence: number): RowChange | null;
  log(record: PackageLogRecord): RowChange;
  get(id: string): PackageLogRecord | null;
  list(filter: { direction?: PackageDirection; peer?: string }): PackageLogRecord[];
  acknowledge(id: string, at: string): RowChange | null;
  /** Sequence numbers already received from a peer for a kind, ascending. */
  receivedSequences(peerFingerprint: string, kind: string): number[];
}

import type { AuditProgress } from '../domain/audit.ts';
import type { Actor } from '../domain/roles.ts';
import type { AppInfo } from '../ports/app-info.ts';
import type { Clock } from '../ports/clock.ts';
import type { DocumentAssets } from '../ports/document-assets.ts';
import type { FileOutput } from '../ports/file-output.ts';
import type { RegisterHost } from '../ports/register-host.ts';

/** Long-lived dependencies, wired once by the composition root. */
export interface Deps {
  host: RegisterHost;
  clock: Clock;
  app: AppInfo;
  files: FileOutput;
  documents: DocumentAssets;
}

/** Per-call facts established by the composition root, never read from channel input. */
export interface CallContext {
  actor: Actor | null;
  /** Where a long call (audit.verify) reports how far it got; the CLI prints it with --progress. */
  onProgress?: (progress: AuditProgress) => void;
  /** Stops a long call (Ctrl+C in the CLI); it then fails with CANCELLED having written nothing. */
  signal?: AbortSignal;
}

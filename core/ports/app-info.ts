export interface AppInfo {
  version: string;
  /** Number of migrations this build knows; a register with more was written by a newer app. */
  schemaVersion: number;
}

/** Where exports and printouts are written: atomically (temp file + rename), never half a file. */
export interface FileOutput {
  /** Writes the file; refuses to overwrite unless asked. Returns the absolute path written. */
  write(path: string, data: Uint8Array, options?: { overwrite?: boolean }): string;
}

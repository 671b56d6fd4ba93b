/**
 * Where exports and printouts are written: atomically (temp file + rename), never half a file. A full, read-only or
 * failing medium comes back as DISK_FULL, READ_ONLY_MEDIA, WRITE_DENIED or MEDIA_WRITE_FAILED, with nothing left.
 */
export interface FileOutput {
  /** Writes the file; refuses to overwrite unless asked. Returns the absolute path written. */
  write(path: string, data: Uint8Array, options?: { overwrite?: boolean }): string;
  /**
   * Reads a file someone brought in (a package on a USB stick), refusing anything larger than maxBytes before
   * reading it, so a huge file cannot exhaust memory.
   */
  read(path: string, maxBytes: number): Uint8Array;
  /** Removes a file this app wrote that proved bad on the medium; true when nothing is left at the path. */
  remove(path: string): boolean;
}

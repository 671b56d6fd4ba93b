import { readFileSync } from 'node:fs';
import { usageError } from './exit-codes.ts';

export type Flags = Record<string, string | boolean | undefined>;

export function stringFlag(flags: Flags, name: string): string | undefined {
  const value = flags[name];
  return typeof value === 'string' ? value : undefined;
}

export function requireFlag(flags: Flags, name: string, hint: string): string {
  const value = stringFlag(flags, name);
  if (!value) throw usageError(`Thiếu --${name} (${hint}).`);
  return value;
}

/** --db FILE, or the CXR_DB environment variable. */
export function dbPath(flags: Flags): string {
  const value = stringFlag(flags, 'db') ?? process.env.CXR_DB;
  if (!value) throw usageError('Thiếu --db FILE (hoặc biến môi trường CXR_DB).');
  return value;
}

/** --input FILE, or --input - for standard input; the content must be one JSON document. */
export function readJsonInput(flags: Flags): unknown {
  const source = requireFlag(flags, 'input', 'tệp JSON, hoặc - để đọc từ đầu vào chuẩn');
  const text = source === '-' ? readFileSync(0, 'utf8') : readFileSync(source, 'utf8');
  try {
    return JSON.parse(text);
  } catch {
    throw usageError(`--input ${source}: không phải JSON hợp lệ.`);
  }
}

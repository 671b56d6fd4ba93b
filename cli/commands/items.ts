import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliFailure, usageError } from '../exit-codes.ts';
import { type Flags, readJsonInput, requireFlag, stringFlag } from '../options.ts';
import { withUnlocked } from './unlocked.ts';

const numberFlag = (flags: Flags, name: string) => {
  const value = stringFlag(flags, name);
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw usageError(`--${name} phải là số nguyên.`);
  return n;
};

const filterOf = (flags: Flags) => {
  const filter: Record<string, unknown> = {};
  for (const name of ['book', 'level', 'agreement', 'status', 'from', 'to']) {
    const value = stringFlag(flags, name);
    if (value !== undefined) filter[name] = value;
  }
  const year = numberFlag(flags, 'year');
  if (year !== undefined) filter.year = year;
  return filter;
};

export function itemsCommand(action: string | undefined, args: string[], flags: Flags): Promise<unknown> {
  switch (action) {
    case 'add': {
      const input = readJsonInput(flags);
      return withUnlocked(flags, (cli) => cli.call('items.add', input));
    }
    case 'list': {
      // Every matching item unless --limit is given: no silent cap.
      const limit = numberFlag(flags, 'limit');
      return withUnlocked(flags, (cli) => cli.call('items.list', { ...filterOf(flags), ...(limit ? { limit } : {}) }));
    }
    case 'search': {
      const query = args.join(' ');
      if (!query.trim()) throw usageError('Dùng: cxr items search "từ khóa" [--book outgoing|incoming] [--limit N]');
      const limit = numberFlag(flags, 'limit');
      const book = stringFlag(flags, 'book');
      return withUnlocked(flags, (cli) =>
        cli.call('items.search', { query, ...(book ? { book } : {}), ...(limit ? { limit } : {}) }),
      );
    }
    case 'export-xlsx': {
      const book = requireFlag(flags, 'book', 'outgoing hoặc incoming');
      const outPath = resolve(requireFlag(flags, 'out', 'tệp .xlsx cần ghi'));
      const { book: _book, ...filter } = filterOf(flags);
      return withUnlocked(flags, (cli) => cli.call('items.exportXlsx', { book, filter, outPath }));
    }
    case 'import-xlsx': {
      const file = args[0];
      if (!file) throw usageError('Dùng: cxr items import-xlsx FILE [--mapping MAPPING.json] [--dry-run]');
      // Without --mapping the file must be the app's own export, recognised by its title and header rows.
      const mappingFile = stringFlag(flags, 'mapping');
      const mapping = mappingFile ? (JSON.parse(readFileSync(mappingFile, 'utf8')) as unknown) : undefined;
      const input = {
        fileName: file,
        contentBase64: readFileSync(file).toString('base64'),
        ...(mapping ? { mapping } : {}),
      };
      return withUnlocked(flags, (cli) =>
        cli.call(flags['dry-run'] ? 'items.importPreview' : 'items.importCommit', input).catch((error: unknown) => {
          if (error instanceof CliFailure && error.code === 'IMPORT_MAPPING_REQUIRED')
            throw new CliFailure(
              error.code,
              `${error.message} Dùng --mapping MAPPING.json (docs/CLI.md).`,
              error.exitCode,
            );
          throw error;
        }),
      );
    }
    default:
      throw usageError('Dùng: cxr items add|list|search|export-xlsx|import-xlsx …');
  }
}

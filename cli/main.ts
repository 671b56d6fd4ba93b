import { parseArgs } from 'node:util';
import { MISSING_SETTING_WARNINGS } from '../core/domain/document-settings.ts';
import type { DocumentTextSetting } from '../core/domain/settings.ts';
import { withUnlocked } from './commands/unlocked.ts';
import { agreementsCommand, formatAgreements } from './commands/agreements.ts';
import { demoCommand } from './commands/demo.ts';
import { printCommand } from './commands/print.ts';
import { initCommand } from './commands/init.ts';
import { incidentsCommand } from './commands/incidents.ts';
import { packageCommand } from './commands/package.ts';
import { itemsCommand } from './commands/items.ts';
import { keysCommand } from './commands/keys.ts';
import {
  auditCommand,
  backupCommand,
  keyCommand,
  recoverCommand,
  restoreCommand,
} from './commands/keys-audit-backup.ts';
import { usersCommand } from './commands/users.ts';
import { schemaCommand } from './commands/schema.ts';
import { isAppError } from '../core/domain/errors.ts';
import { CliFailure, EXIT, exitCodeFor, usageError } from './exit-codes.ts';
import { type Flags, readJsonInput } from './options.ts';

const USAGE = `cxr — Sổ trao đổi tin mật (dòng lệnh)

  cxr init --db FILE --mode unit|receiver --unit NAME --admin NAME --recovery-out FILE
  cxr status --db FILE --user NAME [--json]
  cxr agreements list|get CODE --db FILE --user NAME [--json]
  cxr agreements set-equivalences --input FILE|- --db FILE --user NAME [--json]
  cxr items add --input FILE|- | list [--book B --year Y --level L --limit N] | search QUERY
  cxr items export-xlsx --book outgoing|incoming --out FILE.xlsx | import-xlsx FILE [--mapping MAP.json] [--dry-run]
  cxr print register --book B --year Y [--copies N] --out F.pdf | envelope --item ID --out F.pdf | receipt --items ID,… --out F.pdf
  cxr incidents add --input FILE|- [--draft] | file ID | close ID | get ID | list [--state S] [--unit FINGERPRINT]
  cxr incidents print ID --format pdf|docx --out FILE [--copies N] [--place P --parent-body B]
                       [--signing-authority direct|KT|TL|TUQ|Q|TM --signer-head-title T --signer-title T --signer-name N]
  cxr package export --to DIR --recipient NAME [--incidents ID,…] | verify FILE | import FILE | receipt --for ID --to DIR | list
  cxr print cover --package ID --out F.pdf     (tờ bìa gói mang tay)
  cxr demo --db FILE --items N [--admin NAME]     (sổ tập huấn, dữ liệu mẫu)
  cxr users list|add NAME --roles R1,R2 [--department D]|disable NAME|reset-password NAME|set-role NAME --roles …
  cxr keys show | export --out F | sheet --out F.pdf | trust FILE --fingerprint HEX | revoke FINGERPRINT
  cxr key rotate [--kit-out FILE] --db FILE --user NAME
  cxr key reveal --db FILE --recovery-code-file SHEET [--json]
  cxr recover --db FILE --recovery-code-file SHEET --user ADMIN
  cxr audit verify [--anchor SEQ:HEX] [--progress] --db FILE --user NAME
  cxr audit list [--action A] [--limit N] --db FILE --user NAME
  cxr backup --out DIR --db FILE --user NAME
  cxr restore --from BACKUP --db NEWFILE --user NAME
  cxr call CHANNEL --input FILE|- --db FILE --user NAME
  cxr schema CHANNEL

Mật khẩu: biến môi trường CXR_PASSWORD (mật khẩu mới của tài khoản khác: CXR_NEW_PASSWORD), hoặc nhập khi được hỏi. --db có thể thay bằng CXR_DB.
Mã thoát: 0 thành công, 1 lỗi khác, 2 sai cú pháp, 3 không có quyền, 4 dữ liệu không hợp lệ,
5 không tìm thấy, 6 toàn vẹn/bị can thiệp, 7 sai thông tin đăng nhập hoặc sổ đang khóa, 130 dừng bằng Ctrl+C.`;

async function run(
  command: string | undefined,
  rest: string[],
  flags: Flags,
): Promise<{ value: unknown; text?: string }> {
  switch (command) {
    case 'init':
      return { value: await initCommand(flags) };
    case 'status':
      return { value: await withUnlocked(flags, (cli) => cli.call('app.status')) };
    case 'agreements': {
      const value = await agreementsCommand(rest[0], rest.slice(1), flags);
      return rest[0] === 'list' ? { value, text: formatAgreements(value as never) } : { value };
    }
    case 'print':
      return { value: await printCommand(rest[0], flags) };
    case 'demo':
      return { value: await demoCommand(flags) };
    case 'items':
      return { value: await itemsCommand(rest[0], rest.slice(1), flags) };
    case 'package':
      return { value: await packageCommand(rest[0], rest.slice(1), flags) };
    case 'incidents':
      return { value: await incidentsCommand(rest[0], rest.slice(1), flags) };
    case 'users':
      return { value: await usersCommand(rest[0], rest.slice(1), flags) };
    case 'keys':
      return { value: await keysCommand(rest[0], rest.slice(1), flags) };
    case 'key':
      return { value: await keyCommand(rest[0], flags) };
    case 'recover':
      return { value: await recoverCommand(flags) };
    case 'audit':
      return auditCommand(rest[0], flags);
    case 'backup':
      return { value: await backupCommand(flags) };
    case 'restore':
      return { value: await restoreCommand(flags) };
    case 'call': {
      const input = readJsonInput(flags);
      const channel = rest[0] ?? '';
      return {
        value: await withUnlocked(flags, (cli) => cli.router.handle(channel, input, { actor: cli.host.actor() })),
      };
    }
    case 'schema':
      return { value: schemaCommand(rest[0]) };
    case undefined:
    case 'help':
      return { value: null, text: USAGE };
    default:
      throw usageError(`Lệnh không rõ: ${command}. Xem hướng dẫn: cxr help`);
  }
}

/** The warnings of a print's `missingSettings`, if the answer has any. */
function settingWarnings(value: unknown): string[] {
  const missing = (value as { missingSettings?: unknown } | null)?.missingSettings;
  if (!Array.isArray(missing)) return [];
  return missing
    .filter((k): k is DocumentTextSetting => k in MISSING_SETTING_WARNINGS)
    .map((k) => MISSING_SETTING_WARNINGS[k]);
}

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        db: { type: 'string' },
        user: { type: 'string' },
        mode: { type: 'string' },
        unit: { type: 'string' },
        admin: { type: 'string' },
        'recovery-out': { type: 'string' },
        input: { type: 'string' },
        roles: { type: 'string' },
        department: { type: 'string' },
        'kit-out': { type: 'string' },
        'recovery-code-file': { type: 'string' },
        anchor: { type: 'string' },
        limit: { type: 'string' },
        action: { type: 'string' },
        out: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        book: { type: 'string' },
        year: { type: 'string' },
        level: { type: 'string' },
        agreement: { type: 'string' },
        status: { type: 'string' },
        mapping: { type: 'string' },
        'dry-run': { type: 'boolean' },
        items: { type: 'string' },
        item: { type: 'string' },
        format: { type: 'string' },
        fingerprint: { type: 'string' },
        copies: { type: 'string' },
        draft: { type: 'boolean' },
        state: { type: 'string' },
        'signing-authority': { type: 'string' },
        'signer-head-title': { type: 'string' },
        'signer-title': { type: 'string' },
        'signer-name': { type: 'string' },
        place: { type: 'string' },
        'parent-body': { type: 'string' },
        recipient: { type: 'string' },
        incidents: { type: 'string' },
        for: { type: 'string' },
        package: { type: 'string' },
        json: { type: 'boolean' },
        progress: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    process.stderr.write(`USAGE: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
  const [command, ...rest] = parsed.positionals;
  const flags = parsed.values as Flags;
  try {
    const { value, text } = await run(flags.help ? 'help' : command, rest, flags);
    // A printout that found a setting empty says so (on stderr, so --json stays one document).
    for (const warning of settingWarnings(value)) process.stderr.write(`CẢNH BÁO: ${warning}\n`);
    // With --json, stdout carries exactly one JSON document and nothing else.
    if (flags.json) process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    else process.stdout.write(`${text ?? JSON.stringify(value, null, 2)}\n`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CliFailure) {
      process.stderr.write(`${error.code}: ${error.message}\n`);
      return error.exitCode;
    }
    // Written by the command itself, not through the router (a recovery sheet, a kit, a restored copy).
    if (isAppError(error)) {
      process.stderr.write(`${error.code}: ${error.message}\n`);
      return exitCodeFor(error.code);
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES') {
      process.stderr.write(`FILE: ${(error as Error).message}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`INTERNAL: ${(error as Error).message}\n`);
    return EXIT.other;
  }
}

process.exitCode = await main(process.argv.slice(2));

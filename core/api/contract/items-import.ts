import { z } from 'zod';
import { DIRECTIONS } from '../../domain/items.ts';
import { channel } from '../channel-spec.ts';
import { agreementCode, levelSchema } from '../schemas.ts';

export const IMPORT_FIELDS = [
  'registerNo',
  'registerYear',
  'receivedDate',
  'docNumber',
  'docDate',
  'docType',
  'summary',
  'level',
  'agreement',
  'foreignBody',
  'foreignMarking',
  'originator',
  'recipients',
  'copies',
  'pages',
  'department',
  'storagePlace',
  'notes',
] as const;

/** How the columns of an old register map onto the item's fields (a header text, or a column letter A, B, …). */
export const importMappingSchema = z
  .object({
    book: z.enum(DIRECTIONS),
    sheet: z.union([z.string().min(1), z.number().int().min(1)]).optional(),
    headerRow: z.number().int().min(1).max(50).default(1),
    year: z.number().int().min(1945).max(2200).optional(),
    encoding: z.enum(['auto', 'unicode', 'tcvn3', 'vni']).default('auto'),
    columns: z.partialRecord(z.enum(IMPORT_FIELDS), z.string().trim().min(1).max(200)),
    defaults: z
      .object({
        agreement: agreementCode.nullable(),
        level: levelSchema,
        docType: z.string().trim().min(1).max(100),
        originator: z.string().trim().min(1).max(300),
        copies: z.number().int().min(1).max(1000),
        department: z.string().trim().max(200).nullable(),
      })
      .partial()
      .strict()
      .default({}),
  })
  .strict();

const importInput = z
  .object({
    fileName: z.string().trim().min(1).max(500),
    /** The .xlsx file itself; 20 MB at most (checked on the decoded bytes). */
    contentBase64: z.string().max(28_000_000, { error: 'Tệp quá lớn; tối đa 20 MB.' }),
    /** Left out for a file the app exported itself: its title and header rows say which book and columns it has. */
    mapping: importMappingSchema.optional(),
  })
  .strict();

const previewRow = z.object({
  row: z.number().int(),
  registerYear: z.number().int().nullable(),
  registerNo: z.number().int().nullable(),
  docNumber: z.string(),
  docDate: z.string().nullable(),
  level: levelSchema.nullable(),
  summary: z.string().nullable(),
  originator: z.string(),
  errors: z.array(z.string()),
});

export const importChannels = {
  'items.importPreview': channel({
    summary:
      'Đọc thử sổ cũ (.xlsx) theo ánh xạ cột, hoặc tệp Excel do phần mềm xuất (không cần ánh xạ): mã hóa phát hiện được (TCVN3, VNI, Unicode), từng dòng và lỗi; không ghi gì.',
    access: 'items.import',
    input: importInput,
    output: z.object({
      /** `app`: the file was recognised as the app's own export; `mapping`: read with the mapping given. */
      layout: z.enum(['app', 'mapping']),
      book: z.enum(DIRECTIONS),
      encoding: z.enum(['unicode', 'tcvn3', 'vni']),
      total: z.number().int(),
      valid: z.number().int(),
      invalid: z.number().int(),
      rows: z.array(previewRow),
    }),
  }),
  'items.importCommit': channel({
    summary: 'Nhập sổ cũ (.xlsx): tất cả hoặc không dòng nào; giữ số đăng ký cũ, bộ đếm tiếp tục sau số lớn nhất.',
    access: 'items.import',
    input: importInput,
    output: z.object({
      imported: z.number().int(),
      encoding: z.enum(['unicode', 'tcvn3', 'vni']),
      books: z.array(z.object({ book: z.enum(DIRECTIONS), year: z.number().int(), lastNo: z.number().int() })),
    }),
  }),
} as const;

import { z } from 'zod';
import { DIRECTIONS } from '../../domain/items.ts';
import { channel } from '../channel-spec.ts';
import { optionalText, requiredText } from '../schemas.ts';

const pdfPath = requiredText(1000, 'Tệp PDF').refine((p) => p.toLowerCase().endsWith('.pdf'), {
  error: 'Tên tệp phải có đuôi .pdf.',
});
const printed = z.object({ path: z.string(), pages: z.number().int() });

export const printChannels = {
  'print.register': channel({
    summary:
      'In sổ đăng ký BMNN đi/đến của một năm ra PDF: bìa theo Phụ lục IV Nghị định 30/2020, các trang theo mẫu cột; được ghi nhật ký.',
    access: 'documents.printBook',
    input: z
      .object({
        book: z.enum(DIRECTIONS),
        year: z.number().int().min(1945).max(2200),
        copies: z.number().int().min(1).max(20).default(1),
        volume: z.number().int().min(1).max(999).default(1),
        parentBody: optionalText(200, 'Cơ quan chủ quản').default(null),
        /** DOCX for people who keep editing the register in Word; PDF for the official print. */
        format: z.enum(['pdf', 'docx']).default('pdf'),
        outPath: requiredText(1000, 'Tệp in'),
      })
      .strict()
      .refine((v) => v.outPath.toLowerCase().endsWith(`.${v.format}`), {
        error: 'Đuôi tệp phải khớp định dạng (.pdf hoặc .docx).',
        path: ['outPath'],
      }),
    output: printed,
  }),
  'print.envelope': channel({
    summary: 'In nhãn bì của một mục: bì trong (Tuyệt mật) và bì ngoài chỉ có chữ A/B/C.',
    access: 'documents.print',
    input: z
      .object({
        itemId: z.string().min(1).max(64),
        recipientAddress: optionalText(500, 'Địa chỉ nhận').default(null),
        outPath: pdfPath,
      })
      .strict(),
    output: printed,
  }),
  'print.receipt': channel({
    summary:
      'In phiếu giao nhận cho người chuyển: số đăng ký, số ký hiệu, chữ ngoài bì, số bì, số bản; không có trích yếu.',
    access: 'documents.print',
    input: z.object({ itemIds: z.array(z.string().min(1).max(64)).min(1).max(500), outPath: pdfPath }).strict(),
    output: printed,
  }),
} as const;

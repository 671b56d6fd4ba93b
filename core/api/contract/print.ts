import { z } from 'zod';
import { DIRECTIONS } from '../../domain/items.ts';
import { channel } from '../channel-spec.ts';
import { documentText, missingSettingsSchema, optionalText, requiredText } from '../schemas.ts';

const pdfPath = requiredText(1000, 'Tệp PDF').refine((p) => p.toLowerCase().endsWith('.pdf'), {
  error: 'Tên tệp phải có đuôi .pdf.',
});
/** `missingSettings`: what the document prints from the settings but found empty (printed without it). */
const printed = z.object({ path: z.string(), pages: z.number().int(), missingSettings: missingSettingsSchema });

/**
 * How many copies go into one print. Classified documents (the register book) number each copy ("Bản số n/N");
 * labels and receipts carry no copy number and are simply repeated.
 */
const copies = z
  .number({ error: 'Số bản phải là số từ 1 đến 20.' })
  .int({ error: 'Số bản phải là số nguyên.' })
  .min(1, { error: 'Số bản ít nhất là 1.' })
  .max(20, { error: 'Số bản nhiều nhất là 20.' })
  .default(1);

/** What is printed, without where it goes: shared by the file channels and the preview channels. */
const registerSpec = z.object({
  book: z.enum(DIRECTIONS),
  year: z.number().int().min(1945).max(2200),
  copies,
  volume: z.number().int().min(1).max(999).default(1),
  /** The cover's parent body for this print; the settings' when not given. */
  parentBody: documentText('parentBody').default(null),
});
const envelopeSpec = z.object({
  itemId: z.string().min(1).max(64),
  recipientAddress: optionalText(500, 'Địa chỉ nhận').default(null),
  copies,
});
const receiptSpec = z.object({ itemIds: z.array(z.string().min(1).max(64)).min(1).max(500), copies });

/**
 * A preview: the PDF itself (base64, so it survives any transport, JSON included) and the id that lets a later
 * system print be recorded against exactly these bytes. A preview writes nothing and is not audited.
 */
const preview = z.object({
  previewId: z.string(),
  pdfBase64: z.string(),
  pages: z.number().int(),
  copies: z.number().int(),
  /** SHA-256 (hex) of the PDF bytes, as the audit records it when the preview is printed. */
  sha256: z.string(),
  /** Classified outputs number their copies ("Bản số n/N") and carry the level and the control footer. */
  classified: z.boolean(),
  /** Settings the document prints but found empty; the preview names them so they are set before printing. */
  missingSettings: missingSettingsSchema,
});

export const printChannels = {
  'print.register': channel({
    summary:
      'In sổ đăng ký BMNN đi/đến của một năm ra PDF: bìa theo Phụ lục IV Nghị định 30/2020, các trang theo mẫu cột; được ghi nhật ký.',
    access: 'documents.printBook',
    input: registerSpec
      .extend({
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
    input: envelopeSpec.extend({ outPath: pdfPath }).strict(),
    output: printed,
  }),
  'print.receipt': channel({
    summary:
      'In phiếu giao nhận cho người chuyển: số đăng ký, số ký hiệu, chữ ngoài bì, số bì, số bản; không có trích yếu.',
    access: 'documents.print',
    input: receiptSpec.extend({ outPath: pdfPath }).strict(),
    output: printed,
  }),
  'print.registerPreview': channel({
    summary: 'Bản xem trước (PDF) của sổ đăng ký một năm, với số bản đánh số; không ghi tệp, không ghi nhật ký.',
    access: 'documents.printBook',
    input: registerSpec.strict(),
    output: preview,
  }),
  'print.envelopePreview': channel({
    summary: 'Bản xem trước (PDF) nhãn bì của một mục; không ghi tệp, không ghi nhật ký.',
    access: 'documents.print',
    input: envelopeSpec.strict(),
    output: preview,
  }),
  'print.receiptPreview': channel({
    summary: 'Bản xem trước (PDF) phiếu giao nhận của các mục đã chọn; không ghi tệp, không ghi nhật ký.',
    access: 'documents.print',
    input: receiptSpec.strict(),
    output: preview,
  }),
  'print.recordPrinted': channel({
    summary:
      'Ghi nhật ký một lần in qua hộp thoại in của hệ thống: tài liệu của bản xem trước, số bản, số trang, mã băm.',
    access: 'documents.print',
    input: z.object({ previewId: z.string().min(1).max(64) }).strict(),
    output: z.object({ pages: z.number().int(), copies: z.number().int() }),
  }),
} as const;

import type { ChannelOutput } from '../../../core/api/contract.ts';
import type { Result } from '../../../core/api/result.ts';
import type { Book } from '../../../core/domain/items.ts';
import type { Permission } from '../../../core/domain/permissions.ts';
import { call } from '../../bridge/call.ts';

/** The documents the preview can show: what to print, never where it goes. */
export type PrintDocument =
  | { kind: 'register'; book: Book; year: number }
  | { kind: 'envelope'; itemId: string; docNumber: string }
  | { kind: 'receipt'; itemIds: string[] };

export type Preview = ChannelOutput<'print.registerPreview'>;
export type SaveFormat = 'pdf' | 'docx';

/** Copies one print may hold (the contract's range). */
export const MIN_COPIES = 1;
export const MAX_COPIES = 20;

/** The permission of the channels that preview and write this document (the router checks it again). */
export function permissionOf(doc: PrintDocument): Permission {
  return doc.kind === 'register' ? 'documents.printBook' : 'documents.print';
}

/** DOCX is for documents people go on editing (the register book), never for labels or receipts. */
export const offersDocx = (doc: PrintDocument) => doc.kind === 'register';

export function requestPreview(doc: PrintDocument, copies: number): Promise<Result<Preview>> {
  switch (doc.kind) {
    case 'register':
      return call('print.registerPreview', { book: doc.book, year: doc.year, copies });
    case 'envelope':
      return call('print.envelopePreview', { itemId: doc.itemId, copies });
    case 'receipt':
      return call('print.receiptPreview', { itemIds: doc.itemIds, copies });
  }
}

/** Writes the document to a chosen file through the print channels: atomic, never over a file, audited. */
export function saveDocument(
  doc: PrintDocument,
  copies: number,
  outPath: string,
  format: SaveFormat,
): Promise<Result<ChannelOutput<'print.register'>>> {
  switch (doc.kind) {
    case 'register':
      return call('print.register', { book: doc.book, year: doc.year, copies, format, outPath });
    case 'envelope':
      return call('print.envelope', { itemId: doc.itemId, copies, outPath });
    case 'receipt':
      return call('print.receipt', { itemIds: doc.itemIds, copies, outPath });
  }
}

/** "Số 125/CV-SNgV" → "so-125-cv-sngv": file names without diacritics or characters a file system refuses. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** The name the save dialog proposes; `today` is YYYY-MM-DD. */
export function defaultFileName(doc: PrintDocument, format: SaveFormat, today: string): string {
  switch (doc.kind) {
    case 'register':
      return `so-bmnn-${doc.book === 'outgoing' ? 'di' : 'den'}-${doc.year}.${format}`;
    case 'envelope':
      return `nhan-bi-${slug(doc.docNumber) || 'muc'}.${format}`;
    case 'receipt':
      return `phieu-giao-nhan-${today}.${format}`;
  }
}

/** Base64 from the channel → the bytes pdf.js reads (a fresh array each time: pdf.js takes ownership of it). */
export function pdfBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Which numbered copy a page belongs to: copies are printed whole, one after the other, all of one length. */
export function copyOfPage(page: number, pages: number, copies: number): { copy: number; pageInCopy: number } {
  const perCopy = Math.max(1, Math.floor(pages / Math.max(1, copies)));
  const copy = Math.min(copies, Math.floor((page - 1) / perCopy) + 1);
  return { copy, pageInCopy: page - (copy - 1) * perCopy };
}

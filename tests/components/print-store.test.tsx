import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../core/api/contract.ts';
import { setApi } from '../../renderer/bridge/api.ts';
import type { Api } from '../../renderer/bridge/api-types.ts';
import {
  copyOfPage,
  defaultFileName,
  MAX_COPIES,
  MIN_COPIES,
  type PrintDocument,
  slug,
} from '../../renderer/features/print/documents.ts';
import { bookYear } from '../../renderer/features/print/RegisterPrintBar.tsx';
import { usePrint } from '../../renderer/stores/print.ts';

/**
 * The print preview's state and calls, against a recording stand-in for window.api (contract and host channels):
 * what is asked of the register and of the OS dialogs, in which order, and what the person is told.
 */
type Answer = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };
let calls: { channel: string; input: unknown }[] = [];
let answers: Record<string, (input: unknown) => Answer> = {};

const PREVIEW = {
  previewId: 'p1',
  pdfBase64: 'JVBERi0=',
  pages: 4,
  copies: 2,
  sha256: 'a'.repeat(64),
  classified: true,
};

beforeEach(() => {
  calls = [];
  answers = {
    'print.registerPreview': (input) => ({
      ok: true,
      value: { ...PREVIEW, copies: (input as { copies: number }).copies },
    }),
    'host.chooseSavePath': () => ({ ok: true, value: { path: '/home/u/so-bmnn-di-2026.pdf' } }),
    'print.register': (input) => ({ ok: true, value: { path: (input as { outPath: string }).outPath, pages: 4 } }),
    'print.recordPrinted': () => ({ ok: true, value: { pages: 4, copies: 2 } }),
  };
  setApi(
    new Proxy({} as Api, {
      get: (_target, channel: string) => async (input: unknown) => {
        calls.push({ channel, input });
        return answers[channel]?.(input) ?? { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: '' } };
      },
    }),
  );
});
afterEach(() => {
  usePrint.getState().close();
  setApi(null);
});

const book: PrintDocument = { kind: 'register', book: 'outgoing', year: 2026 };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('print preview store', () => {
  it('opens a preview of one copy and keeps the copies within 1–20', async () => {
    usePrint.getState().open(book);
    await settle();
    expect(calls).toEqual([{ channel: 'print.registerPreview', input: { book: 'outgoing', year: 2026, copies: 1 } }]);
    expect(usePrint.getState()).toMatchObject({ status: 'ready', preview: { previewId: 'p1', copies: 1 } });
    usePrint.getState().setCopies(25);
    expect(usePrint.getState().copies).toBe(20);
    usePrint.getState().setCopies(0);
    expect(usePrint.getState().copies).toBe(1);
  });

  it('saves through the save dialog, then the print channel with the same copies', async () => {
    usePrint.getState().open(book);
    await settle();
    usePrint.getState().setCopies(2);
    calls = [];
    await usePrint.getState().save('pdf', '2026-11-23');
    expect(calls).toEqual([
      { channel: 'host.chooseSavePath', input: { defaultName: 'so-bmnn-di-2026.pdf', format: 'pdf' } },
      {
        channel: 'print.register',
        input: { book: 'outgoing', year: 2026, copies: 2, format: 'pdf', outPath: '/home/u/so-bmnn-di-2026.pdf' },
      },
    ]);
    expect(usePrint.getState().notice).toEqual({
      kind: 'saved',
      path: '/home/u/so-bmnn-di-2026.pdf',
      pages: 4,
      format: 'pdf',
    });
    expect(usePrint.getState().busy).toBeNull();
  });

  it('does nothing when the save dialog is closed, and shows the register\u2019s reason when a save is refused', async () => {
    usePrint.getState().open(book);
    await settle();
    answers['host.chooseSavePath'] = () => ({ ok: true, value: { path: null } });
    calls = [];
    await usePrint.getState().save('docx', '2026-11-23');
    expect(calls.map((c) => c.channel)).toEqual(['host.chooseSavePath']);
    expect(usePrint.getState().notice).toBeNull();

    answers['host.chooseSavePath'] = () => ({ ok: true, value: { path: '/tmp/so.pdf' } });
    const refusal = { code: 'VALIDATION', message: 'Tệp đã tồn tại, không ghi đè: /tmp/so.pdf' };
    answers['print.register'] = () => ({ ok: false, error: refusal });
    await usePrint.getState().save('pdf', '2026-11-23');
    expect(usePrint.getState().notice).toEqual({ kind: 'error', error: refusal });
  });

  it('records a print only when the system dialog printed', async () => {
    usePrint.getState().open(book);
    await settle();
    calls = [];
    await usePrint.getState().print(async () => 'cancelled');
    expect(calls).toEqual([]);
    expect(usePrint.getState().notice).toEqual({ kind: 'cancelled' });
    await usePrint.getState().print(async () => 'failed');
    expect(usePrint.getState().notice).toEqual({ kind: 'printFailed' });
    await usePrint.getState().print(async () => 'aborted');
    expect(usePrint.getState().notice).toBeNull();
    await usePrint.getState().print(async () => 'printed');
    expect(calls).toEqual([{ channel: 'print.recordPrinted', input: { previewId: 'p1' } }]);
    expect(usePrint.getState().notice).toEqual({ kind: 'printed', pages: 4, copies: 2 });
  });

  it('ignores an older preview that answers after a newer one was asked for', async () => {
    let release: (a: Answer) => void = () => {};
    answers['print.registerPreview'] = () => ({ ok: true, value: PREVIEW });
    usePrint.getState().open(book);
    await settle();
    const slow = new Promise<Answer>((resolve) => (release = resolve));
    answers['print.registerPreview'] = () => slow as unknown as Answer;
    setApi(
      new Proxy({} as Api, {
        get: (_t, channel: string) => async (input: unknown) =>
          channel === 'print.registerPreview' && (input as { copies: number }).copies === 3
            ? slow
            : { ok: true, value: { ...PREVIEW, previewId: 'newest', copies: 4 } },
      }),
    );
    usePrint.getState().setCopies(3);
    const older = usePrint.getState().load();
    usePrint.getState().setCopies(4);
    await usePrint.getState().load();
    release({ ok: true, value: { ...PREVIEW, previewId: 'older', copies: 3 } });
    await older;
    expect(usePrint.getState().preview?.previewId).toBe('newest');
  });
});

describe('print helpers', () => {
  it('proposes file names without diacritics or path characters', () => {
    expect(slug('Số 125/CV-SNgV đợt Đắk Lắk')).toBe('so-125-cv-sngv-dot-dak-lak');
    expect(defaultFileName({ kind: 'register', book: 'incoming', year: 2026 }, 'docx', '2026-11-23')).toBe(
      'so-bmnn-den-2026.docx',
    );
    expect(defaultFileName({ kind: 'envelope', itemId: 'i', docNumber: '09/TM-SNgV' }, 'pdf', '2026-11-23')).toBe(
      'nhan-bi-09-tm-sngv.pdf',
    );
    expect(defaultFileName({ kind: 'receipt', itemIds: ['i'] }, 'pdf', '2026-11-23')).toBe(
      'phieu-giao-nhan-2026-11-23.pdf',
    );
  });

  it('tells which numbered copy a page belongs to', () => {
    expect(copyOfPage(1, 8, 2)).toEqual({ copy: 1, pageInCopy: 1 });
    expect(copyOfPage(4, 8, 2)).toEqual({ copy: 1, pageInCopy: 4 });
    expect(copyOfPage(5, 8, 2)).toEqual({ copy: 2, pageInCopy: 1 });
    expect(copyOfPage(8, 8, 2)).toEqual({ copy: 2, pageInCopy: 4 });
  });

  it('prints the filtered year\u2019s book, else this year in Hà Nội', () => {
    expect(bookYear('2019')).toBe(2019);
    // 31/12/2026 18:00 UTC is already 01/01/2027 in Hà Nội.
    expect(bookYear('', Date.UTC(2026, 11, 31, 18))).toBe(2027);
    expect(bookYear('20')).toBe(new Date(Date.now() + 7 * 3_600_000).getUTCFullYear());
  });

  it('keeps the renderer\u2019s copies range equal to the contract\u2019s', () => {
    const input = contract['print.registerPreview'].input;
    expect(input.safeParse({ book: 'outgoing', year: 2026, copies: MAX_COPIES }).success).toBe(true);
    expect(input.safeParse({ book: 'outgoing', year: 2026, copies: MAX_COPIES + 1 }).success).toBe(false);
    expect(input.safeParse({ book: 'outgoing', year: 2026, copies: MIN_COPIES - 1 }).success).toBe(false);
  });
});

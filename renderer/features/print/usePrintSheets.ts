import { useRef, useState } from 'react';
import { callHost } from '../../bridge/call.ts';
import type { PdfView } from './pdf.ts';
import { mountPrintPages } from './print-pages.ts';

export type PrintOutcome = 'printed' | 'cancelled' | 'failed' | 'aborted';

/**
 * The system print of a preview: every page drawn at print resolution (with progress, and a way to stop), put in
 * the page for the print CSS, then the host's print dialog; the images are gone as soon as the dialog closes.
 */
export function usePrintSheets() {
  const [preparing, setPreparing] = useState<{ done: number; total: number } | null>(null);
  const stopped = useRef(false);

  async function printSheets(view: PdfView): Promise<PrintOutcome> {
    stopped.current = false;
    const urls: string[] = [];
    let unmount: (() => void) | null = null;
    try {
      setPreparing({ done: 0, total: view.pages });
      for (let n = 1; n <= view.pages; n++) {
        if (stopped.current) return 'aborted';
        urls.push(URL.createObjectURL(await view.printImage(n)));
        setPreparing({ done: n, total: view.pages });
      }
      unmount = await mountPrintPages(urls);
      setPreparing(null);
      const answer = await callHost('host.print', {});
      if (!answer.ok) return 'failed';
      if (answer.value.printed) return 'printed';
      return answer.value.reason === 'cancelled' ? 'cancelled' : 'failed';
    } catch {
      return 'failed';
    } finally {
      unmount?.();
      for (const url of urls) URL.revokeObjectURL(url);
      setPreparing(null);
    }
  }

  return { preparing, printSheets, stop: () => (stopped.current = true) };
}

import { useEffect, useState } from 'react';
import { type Preview, pdfBytes } from './documents.ts';
import { openPdf, type PdfView } from './pdf.ts';

/** pdf.js reads each new preview; the previous document (and its worker copy) is released at once. */
export function usePdfView(preview: Preview | null): { view: PdfView | null; failed: boolean } {
  const [view, setView] = useState<PdfView | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    setFailed(false);
    if (!preview) {
      setView(null);
      return;
    }
    let live = true;
    let current: PdfView | null = null;
    openPdf(pdfBytes(preview.pdfBase64)).then(
      (v) => {
        if (!live) return v.destroy();
        current = v;
        setView(v);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
      current?.destroy();
    };
  }, [preview]);
  return { view, failed };
}

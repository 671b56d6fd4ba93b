import type { PDFDocumentProxy, PDFPageProxy, RenderTask } from 'pdfjs-dist';

/**
 * pdf.js (Mozilla), loaded only when a preview opens, so the main bundle stays small. Under the app's CSP:
 * - the worker is a module file served by the app itself (worker-src 'self'); no blob: or data: worker;
 * - the PDF arrives as bytes from the register (no URL, nothing fetched: connect-src 'none');
 * - no wasm, no CMap or standard-font files: the documents embed their own Tinos subsets with Identity-H encoding;
 * - pdf.js 6 no longer evaluates generated code (the old isEvalSupported option is gone; script-src has no
 *   'unsafe-eval' either way) and scripting is never enabled.
 */
type PdfJs = typeof import('pdfjs-dist');
let library: Promise<PdfJs> | null = null;

function pdfjs(): Promise<PdfJs> {
  library ??= (async () => {
    const [lib, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
    lib.GlobalWorkerOptions.workerSrc = worker.default;
    return lib;
  })();
  return library;
}

/** CSS pixels per PDF point at 100 % zoom (96 dpi screen, 72 points per inch). */
export const CSS_PX_PER_PT = 96 / 72;
/** Resolution of the page images sent to the printer. */
export const PRINT_DPI = 200;

export interface PageSize {
  width: number;
  height: number;
}

export interface PdfView {
  pages: number;
  /** Size in PDF points of page n (1-based). */
  size(n: number): Promise<PageSize>;
  /** Draws page n into the canvas at `zoom` (1 = 100 %), sharp on high-density screens. */
  draw(n: number, canvas: HTMLCanvasElement, zoom: number): Promise<void>;
  /** Lays the page's text over the canvas (selectable, read by screen readers and by the UI tests). */
  text(n: number, container: HTMLElement, zoom: number): Promise<void>;
  /**
   * Page n as a PNG for the printer at PRINT_DPI, always portrait: a landscape page is turned a quarter to the
   * left, as printers lay landscape pages on A4 sheets.
   */
  printImage(n: number): Promise<Blob>;
  destroy(): void;
}

export async function openPdf(bytes: Uint8Array): Promise<PdfView> {
  const lib = await pdfjs();
  const task = lib.getDocument({
    data: bytes,
    verbosity: lib.VerbosityLevel.ERRORS,
    useSystemFonts: false,
    useWasm: false,
    useWorkerFetch: false,
    enableXfa: false,
    stopAtErrors: true,
  });
  const doc: PDFDocumentProxy = await task.promise;
  const pageCache = new Map<number, Promise<PDFPageProxy>>();
  const page = (n: number) => {
    let p = pageCache.get(n);
    if (!p) {
      p = doc.getPage(n);
      pageCache.set(n, p);
    }
    return p;
  };
  let drawing: RenderTask | null = null;

  return {
    pages: doc.numPages,

    async size(n) {
      const { width, height } = (await page(n)).getViewport({ scale: 1 });
      return { width, height };
    },

    async draw(n, canvas, zoom) {
      drawing?.cancel();
      const p = await page(n);
      const ratio = globalThis.devicePixelRatio || 1;
      const viewport = p.getViewport({ scale: zoom * CSS_PX_PER_PT * ratio });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
      canvas.style.height = `${Math.floor(viewport.height / ratio)}px`;
      const task = p.render({ canvas, viewport });
      drawing = task;
      try {
        await task.promise;
      } catch (error) {
        // A newer draw replaced this one (the person turned the page or zoomed): not a failure.
        if ((error as { name?: string }).name !== 'RenderingCancelledException') throw error;
      } finally {
        if (drawing === task) drawing = null;
      }
    },

    async text(n, container, zoom) {
      const p = await page(n);
      const viewport = p.getViewport({ scale: zoom * CSS_PX_PER_PT });
      container.replaceChildren();
      container.style.setProperty('--total-scale-factor', String(zoom * CSS_PX_PER_PT));
      const layer = new lib.TextLayer({ textContentSource: p.streamTextContent(), container, viewport });
      await layer.render();
    },

    async printImage(n) {
      const p = await page(n);
      const flat = p.getViewport({ scale: 1 });
      const rotation = flat.width > flat.height ? (p.rotate + 270) % 360 : p.rotate;
      const viewport = p.getViewport({ scale: PRINT_DPI / 72, rotation });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      await p.render({ canvas, viewport, intent: 'print' }).promise;
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
      // Free the pixels at once: a large book is rendered page after page.
      canvas.width = 0;
      canvas.height = 0;
      if (!blob) throw new Error('page image failed');
      return blob;
    },

    destroy() {
      drawing?.cancel();
      // Ends the worker's copy of the document too: a closed preview leaves no classified bytes behind.
      void task.destroy();
    },
  };
}

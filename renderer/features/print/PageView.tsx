import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CSS_PX_PER_PT, type PageSize, type PdfView } from './pdf.ts';

/**
 * One page of the preview as it will print: pdf.js draws it into a canvas at the chosen zoom, and its text is laid
 * over the canvas (transparent) so it can be read aloud and selected. `data-rendered` turns true when both are done.
 */
export function PageView({ view, page, zoom }: { view: PdfView; page: number; zoom: number }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const text = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<PageSize | null>(null);
  const [rendered, setRendered] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    setRendered(false);
    setFailed(false);
    void (async () => {
      try {
        const pageSize = await view.size(page);
        if (!live) return;
        setSize(pageSize);
        if (!canvas.current || !text.current) return;
        await Promise.all([view.draw(page, canvas.current, zoom), view.text(page, text.current, zoom)]);
        if (live) setRendered(true);
      } catch {
        if (live) setFailed(true);
      }
    })();
    return () => {
      live = false;
    };
  }, [view, page, zoom]);

  const width = size ? Math.floor(size.width * zoom * CSS_PX_PER_PT) : undefined;
  const height = size ? Math.floor(size.height * zoom * CSS_PX_PER_PT) : undefined;
  return (
    <section
      className="cxr-preview-page"
      style={{ width, height }}
      aria-label={t('print.pageLabel', { page })}
      data-testid="print-page"
      data-page={page}
      data-orientation={size ? (size.width > size.height ? 'landscape' : 'portrait') : undefined}
      data-rendered={rendered}
      data-failed={failed || undefined}
    >
      <canvas ref={canvas} />
      <div ref={text} className="cxr-text-layer" data-testid="print-page-text" />
    </section>
  );
}

/**
 * The pages the system print dialog prints: one PNG per A4 sheet, in a block that only print CSS shows
 * (print.css). Built imperatively and removed right after the dialog closes, so the page images of a classified
 * document live only as long as the print itself.
 */
export const PRINTING_CLASS = 'cxr-printing-pages';

export async function mountPrintPages(urls: readonly string[]): Promise<() => void> {
  const root = document.createElement('div');
  root.className = 'cxr-print-pages';
  root.setAttribute('aria-hidden', 'true');
  root.dataset.testid = 'print-pages';
  for (const url of urls) {
    const sheet = document.createElement('div');
    sheet.className = 'cxr-print-sheet-page';
    const img = document.createElement('img');
    img.alt = '';
    img.src = url;
    sheet.append(img);
    root.append(sheet);
  }
  document.body.append(root);
  document.documentElement.classList.add(PRINTING_CLASS);
  // Every image decoded before the dialog opens, or the printer may get blank sheets.
  await Promise.all([...root.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined)));
  return () => {
    root.remove();
    document.documentElement.classList.remove(PRINTING_CLASS);
  };
}

import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { REPO_ROOT } from './run-cli.ts';

/** Poppler's tools (Debian poppler-utils, installed by .ci/run) read back what a person would see printed. */
export const pdfText = (file: string, page?: number) =>
  execFileSync(
    'pdftotext',
    ['-enc', 'UTF-8', '-layout', ...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-'],
    { encoding: 'utf8' },
  );

/** Text in content order with all white space folded: a table cell wrapped over lines reads as one phrase. */
export const pdfTextFlat = (file: string) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

export const pdfPages = (file: string) =>
  Number(execFileSync('pdfinfo', [file], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)?.[1] ?? 0);

export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return lines.map((line) => {
    const cols = line.trim().split(/\s+/);
    return { name: cols[0] ?? '', embedded: cols.at(-5) === 'yes' };
  });
}

export interface Word {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  pageWidth: number;
  pageHeight: number;
}

/** Every word with its box in points (pdftotext -bbox), to prove margins and block placement. */
export function pdfWords(file: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const words: Word[] = [];
  let page = 0;
  let size = { w: 0, h: 0 };
  for (const line of html.split('\n')) {
    const p = line.match(/<page width="([\d.]+)" height="([\d.]+)">/);
    if (p) {
      page += 1;
      size = { w: Number(p[1]), h: Number(p[2]) };
      continue;
    }
    const w = line.match(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/);
    if (w)
      words.push({
        page,
        text: w[5] ?? '',
        xMin: Number(w[1]),
        yMin: Number(w[2]),
        xMax: Number(w[3]),
        yMax: Number(w[4]),
        pageWidth: size.w,
        pageHeight: size.h,
      });
  }
  return words;
}

/** PNG pages kept as test artifacts (artifacts/documents/) for a person to look at. */
export function keepPngPages(file: string): void {
  const dir = join(REPO_ROOT, 'artifacts', 'documents');
  mkdirSync(dir, { recursive: true });
  execFileSync('pdftoppm', ['-r', '50', '-png', file, join(dir, basename(file, '.pdf'))]);
}

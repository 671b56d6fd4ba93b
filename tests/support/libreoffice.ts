import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pdfFonts } from './pdf-tools.ts';

/**
 * LibreOffice (Debian libreoffice-writer-nogui) turns a DOCX into the PDF a person would print from Word. Its layout
 * depends on the fonts fontconfig offers for "Times New Roman": without a metric-compatible font (Tinos, Debian
 * fonts-croscore) it falls back to DejaVu Serif, wider lines wrap and pdftotext reads the header columns interleaved.
 * So a failing read-back must say which font it got.
 */
export function timesNewRomanSubstitute(): string {
  try {
    return execFileSync('fc-match', ['Times New Roman'], { encoding: 'utf8' }).trim();
  } catch {
    return 'fc-match not found (fontconfig missing)';
  }
}

export interface ConvertedPdf {
  pdf: string;
  /** A line for assertion messages: the fonts in the converted PDF and fontconfig's pick for Times New Roman. */
  fontNote: string;
}

export function convertDocxToPdf(docx: string, outDir: string): ConvertedPdf {
  const profile = join(outDir, 'lo-profile');
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx],
    { stdio: 'ignore', timeout: 100_000 },
  );
  const pdf = join(outDir, `${docx.replace(/^.*[\\/]/, '').replace(/\.docx$/, '')}.pdf`);
  const fonts = [...new Set(pdfFonts(pdf).map((f) => f.name.replace(/^[A-Z]{6}\+/, '')))].join(', ');
  return {
    pdf,
    fontNote: `LibreOffice embedded: ${fonts}; fc-match "Times New Roman" -> ${timesNewRomanSubstitute()} (install fonts-croscore for Tinos)`,
  };
}

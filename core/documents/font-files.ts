import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentAssets, FontStyle } from '../ports/document-assets.ts';

const FILES: Record<FontStyle, string> = {
  regular: 'Tinos-Regular.ttf',
  bold: 'Tinos-Bold.ttf',
  italic: 'Tinos-Italic.ttf',
  boldItalic: 'Tinos-BoldItalic.ttf',
};

/**
 * Tinos (Times New Roman metrics, full Vietnamese coverage, OFL) shipped in resources/fonts and embedded in every
 * PDF: a system font could be missing or lack Vietnamese glyphs on the next computer.
 */
export function fontsFrom(dir: string): DocumentAssets {
  const cache = new Map<FontStyle, Buffer>();
  return {
    font(style) {
      let data = cache.get(style);
      if (!data) {
        data = readFileSync(join(dir, FILES[style]));
        cache.set(style, data);
      }
      return data;
    },
  };
}

/** Files a document needs at print time: the embedded fonts. The composition root knows where they live. */
export interface DocumentAssets {
  font(style: FontStyle): Buffer;
}

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

/** Vite's `?url` import: the built file's URL under the app's own origin (the pdf.js worker). */
declare module 'pdfjs-dist/build/pdf.worker.min.mjs?url' {
  const url: string;
  export default url;
}

/**
 * The one Content-Security-Policy. Served as a response header by the app:// handler and by the UI-test server,
 * so the UI tests run under the policy the app ships. Scripts only from the app itself (no inline, no eval);
 * no network at all: connect-src 'none' stops fetch/XHR/WebSocket even if a bug tried one.
 * style-src allows inline styles because the component library sets CSS variables in a <style> element; styles
 * cannot run code, and nothing can load from outside the app either way.
 * worker-src 'self': the print preview parses PDFs with pdf.js in a module worker loaded from the app's own files
 * (no blob: or data: workers); the worker gets this same policy from its own response, so it cannot fetch either.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "worker-src 'self'",
  "media-src 'none'",
  "manifest-src 'none'",
].join('; ');

/**
 * The same policy as a <meta> tag in index.html (injected at build time), so the page carries it even where a
 * header could be lost, and static scanners see it. frame-ancestors is ignored in a meta tag and left out there.
 */
export const CONTENT_SECURITY_POLICY_META = CONTENT_SECURITY_POLICY.split('; ')
  .filter((d) => !d.startsWith('frame-ancestors'))
  .join('; ');

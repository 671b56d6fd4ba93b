import type { BrowserContext, Page } from '@playwright/test';
import type { PageGlobals } from './ui-page-types.ts';

/**
 * Watches one page for the things the app must never do: load anything from outside its own origin, violate the
 * CSP, log a console error or throw. Off-origin requests are also aborted, so a bug can never reach a network.
 * `problems` is checked after every test by the fixture in ui-fixtures.ts.
 */
export interface PageGuard {
  problems: string[];
}

const SAFE_SCHEMES = ['data:', 'blob:', 'about:'];

export async function guardPage(context: BrowserContext, page: Page, origin: string): Promise<PageGuard> {
  const problems: string[] = [];
  const own = (url: string) =>
    url === origin || url.startsWith(`${origin}/`) || SAFE_SCHEMES.some((s) => url.startsWith(s));

  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (own(url)) return route.continue();
    problems.push(`off-origin request blocked: ${url}`);
    return route.abort('blockedbyclient');
  });
  page.on('request', (request) => {
    if (!own(request.url())) problems.push(`off-origin request: ${request.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught error: ${error.message}`));

  // The browser reports CSP violations to the page itself; forward each one to the test process.
  await page.exposeBinding('__cxrCspViolation', (_source, text: string) => problems.push(`CSP violation: ${text}`));
  await page.addInitScript(() => {
    const page = globalThis as unknown as PageGlobals;
    page.document.addEventListener('securitypolicyviolation', (event) => {
      page.__cxrCspViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return { problems };
}

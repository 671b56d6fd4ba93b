/**
 * The few browser globals test code touches inside page callbacks (addInitScript, evaluate). The node tsconfig that
 * checks tests/ui and tests/support has no DOM lib, on purpose; these shapes keep those callbacks typed without
 * pulling DOM types into node code. Callbacks reach them as `globalThis as unknown as PageGlobals`.
 */
export interface CspViolation {
  effectiveDirective: string;
  blockedURI: string;
  sourceFile: string;
  lineNumber: number;
}

export interface PageGlobals {
  document: {
    addEventListener(type: 'securitypolicyviolation', listener: (event: CspViolation) => void): void;
    createElement(tag: 'img'): { src: string };
    body: { append(node: unknown): void };
    documentElement: { scrollHeight: number };
    elementFromPoint(x: number, y: number): { closest(selector: string): unknown } | null;
  };
  location: { href: string };
  scrollTo(x: number, y: number): void;
  console: { error(...args: unknown[]): void };
  /** Installed by ui-bridge.ts: forwards one call to the router in the test process. */
  __cxrInvoke(channel: string, input: unknown): Promise<unknown>;
  /** Installed by ui-bridge.ts: the host channels (save and print dialogs), answered by the test double. */
  __cxrHost(channel: string, input: unknown): Promise<unknown>;
  /** Installed by ui-guard.ts: reports a CSP violation to the test process. */
  __cxrCspViolation(text: string): void;
}

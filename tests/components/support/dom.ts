import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

/**
 * jsdom lacks a few browser APIs the component library calls (media queries, resize observation, scrolling).
 * Minimal stand-ins, installed once per test file; RTL's cleanup is registered explicitly because vitest runs
 * without globals.
 */
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

if (!('ResizeObserver' in window)) {
  (window as { ResizeObserver?: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => {};

afterEach(() => cleanup());

import 'i18next';
import type { vi } from './vi.ts';

/** Typed keys: t('agreements.colCode') is checked against vi.ts at compile time. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
  }
}

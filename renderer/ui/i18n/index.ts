import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { vi } from './vi.ts';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'cxr.language';

/** The choice is a per-computer preference, not register data, so it lives in the page's own storage. */
function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return value === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function rememberLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Storage can be unavailable (tests, locked-down profiles); the choice then lasts for this session only.
  }
}

/**
 * Synchronous init (resources are bundled, initAsync false) so the very first render already has its texts and
 * never flashes keys. Vietnamese is the fallback: a missing English text shows Vietnamese, never a key.
 */
export function initI18n(language: Language = storedLanguage()) {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: { vi: { translation: vi }, en: { translation: en } },
      lng: language,
      fallbackLng: 'vi',
      supportedLngs: [...LANGUAGES],
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
    });
  } else if (i18next.language !== language) {
    void i18next.changeLanguage(language);
  }
  applyToDocument(language);
  return i18next;
}

/** lang drives screen-reader pronunciation and CSS text-transform rules; the title shows in the window bar. */
function applyToDocument(language: Language): void {
  document.documentElement.lang = language;
  document.title = i18next.t('app.title');
}

export async function switchLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  applyToDocument(language);
  rememberLanguage(language);
}

export function currentLanguage(): Language {
  return i18next.language === 'en' ? 'en' : 'vi';
}

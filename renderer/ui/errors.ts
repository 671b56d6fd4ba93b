import type { TFunction } from 'i18next';
import type { ApiErrorShape } from '../../core/domain/errors.ts';

/**
 * The text a person reads for a failed call. In Vietnamese the service's own message wins (it can be more specific,
 * e.g. which agreement was not found); in another language, or when the message is empty, the translated text for
 * the stable code is shown. Never a stack trace.
 */
export function errorText(t: TFunction, language: string, error: ApiErrorShape): string {
  if (language === 'vi' && error.message) return error.message;
  return t(`errors.${error.code}`, { defaultValue: error.message || t('errors.INTERNAL') });
}

import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Language, LANGUAGES, switchLanguage } from './i18n/index.ts';

/** Vietnamese first, English second; each language is named in itself so anyone can find their own. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <NativeSelect
      size="xs"
      aria-label={t('language.label')}
      value={i18n.language}
      onChange={(event) => void switchLanguage(event.currentTarget.value as Language)}
      data={LANGUAGES.map((lng) => ({ value: lng, label: t(`language.${lng}`) }))}
    />
  );
}

import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentTextSetting } from '../../../core/domain/settings.ts';

/**
 * Before a print: the settings this document prints but found empty. The document leaves their place blank (never a
 * "…"), so the person printing knows to set them first, or to write them in by hand.
 */
export function MissingSettingsNotice({ missing }: { missing: readonly DocumentTextSetting[] }) {
  const { t } = useTranslation();
  if (missing.length === 0) return null;
  return (
    <Alert color="yellow" py={6} data-testid="missing-settings" title={t('documentSettings.missingTitle')}>
      <List size="sm" spacing={2}>
        {missing.map((key) => (
          <List.Item key={key} data-setting={key}>
            {t(`documentSettings.missing.${key}`)}
          </List.Item>
        ))}
      </List>
      <Text size="xs" mt={4}>
        {t('documentSettings.missingHowTo')}
      </Text>
    </Alert>
  );
}

import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AreaId } from './areas.ts';

/** A calm placeholder for areas not built yet: says so, and that the register's data is untouched. */
export function UnderConstruction({ area }: { area: AreaId }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" maw={640}>
      <Title order={1} size="h3" mb="xs">
        {t(`areas.${area}`)}
      </Title>
      <Text fw={600}>{t('frame.underConstructionTitle')}</Text>
      <Text size="sm" c="dimmed">
        {t('frame.underConstructionBody', { area: t(`areas.${area}`) })}
      </Text>
    </Paper>
  );
}

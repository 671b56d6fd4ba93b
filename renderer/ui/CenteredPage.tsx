import { Box, Button, Group, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useHelp } from '../stores/help.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';

interface Props {
  title: string;
  width?: number;
  /** id of the heading, for a form inside that names itself after it. */
  titleId?: string;
  children: ReactNode;
}

/** The frame of the screens shown before the register is open: set-up, recovery code, unlock. */
export function CenteredPage({ title, width = 520, titleId, children }: Props) {
  const { t } = useTranslation();
  const toggleHelp = useHelp((s) => s.toggle);
  return (
    <Box mih="100vh" bg="gray.0">
      <Group
        component="header"
        justify="space-between"
        px="md"
        py={6}
        bg="white"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Text fw={600}>{t('app.title')}</Text>
        <Group gap="xs">
          <Button variant="subtle" size="xs" onClick={toggleHelp}>
            {t('frame.help')} (F1)
          </Button>
          <LanguageSwitch />
        </Group>
      </Group>
      <Box component="main" px="md" py="xl">
        <Paper withBorder p="lg" maw={width} mx="auto" shadow="xs">
          <Title order={1} size="h3" mb="sm" id={titleId}>
            {title}
          </Title>
          {children}
        </Paper>
      </Box>
    </Box>
  );
}

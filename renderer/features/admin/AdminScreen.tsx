import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../../../core/domain/permissions.ts';
import { keepDrafts, usePermissions } from '../../stores/session.ts';
import { BackupPanel } from './BackupPanel.tsx';
import { DocumentSettingsPanel } from './DocumentSettingsPanel.tsx';
import { KeyRotationPanel } from './KeyRotationPanel.tsx';
import { SettingsPanel } from './SettingsPanel.tsx';
import { UsersPanel } from './UsersPanel.tsx';

const TABS = ['users', 'settings', 'documents', 'backup', 'keys'] as const;
type Tab = (typeof TABS)[number];
const TAB_ACCESS: Record<Tab, Permission> = {
  users: 'users.read',
  settings: 'settings.manage',
  documents: 'settings.documents',
  backup: 'backup.create',
  keys: 'keys.rotate',
};

/** Remembered across a lock for the same person, like the area. */
let lastTab: Tab | null = null;
keepDrafts({ drop: () => (lastTab = null) });

/** Quản trị: one tab per task the user's permissions allow (arrow keys move between tabs). */
export function AdminScreen() {
  const { t } = useTranslation();
  const permissions = usePermissions();
  const tabs = TABS.filter((tab) => permissions.includes(TAB_ACCESS[tab]));
  const [tab, setTab] = useState<Tab | null>(lastTab && tabs.includes(lastTab) ? lastTab : (tabs[0] ?? null));

  return (
    <Stack gap="sm">
      <Title order={1} size="h3">
        {t('admin.title')}
      </Title>
      <Tabs
        value={tab}
        onChange={(value) => {
          lastTab = value as Tab;
          setTab(value as Tab);
        }}
        keepMounted={false}
      >
        <Tabs.List>
          {tabs.map((id) => (
            <Tabs.Tab key={id} value={id}>
              {t(`admin.tabs.${id}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="users" pt="sm">
          <UsersPanel />
        </Tabs.Panel>
        <Tabs.Panel value="settings" pt="sm">
          <SettingsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="documents" pt="sm">
          <DocumentSettingsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="backup" pt="sm">
          <BackupPanel />
        </Tabs.Panel>
        <Tabs.Panel value="keys" pt="sm">
          <KeyRotationPanel />
        </Tabs.Panel>
      </Tabs>
      {tabs.length === 0 && <Text>{t('errors.FORBIDDEN')}</Text>}
    </Stack>
  );
}

import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../../../core/domain/permissions.ts';
import { keepDrafts, usePermissions, useSession } from '../../stores/session.ts';
import { ExportPanel } from './ExportPanel.tsx';
import { KeysPanel } from './KeysPanel.tsx';
import { PackageImportPanel } from './PackageImportPanel.tsx';
import { PackageLogPanel, UnitsPanel } from './PackagesPanel.tsx';
import './exchange.css';

const UNIT_TABS = ['export', 'receipts', 'log', 'keys'] as const;
const RECEIVER_TABS = ['import', 'units', 'log', 'keys'] as const;
type Tab = (typeof UNIT_TABS)[number] | (typeof RECEIVER_TABS)[number];
const TAB_ACCESS: Record<Tab, Permission> = {
  export: 'packages.export',
  receipts: 'packages.import',
  import: 'packages.import',
  units: 'packages.read',
  log: 'packages.read',
  keys: 'keys.read',
};

/** Remembered across a lock for the same person, like the area. */
let lastTab: Tab | null = null;
keepDrafts({ drop: () => (lastTab = null) });

/**
 * Trao đổi gói: the sealed hand-carried packages. A unit writes its filed reports to the USB stick for the police
 * and reads their receipts back; the police read the units' packages, acknowledge them, and follow each unit's
 * numbering. The keys both sides trust are kept here too.
 */
export function ExchangeScreen() {
  const { t } = useTranslation();
  const permissions = usePermissions();
  const receiver = useSession((s) => s.status?.mode === 'receiver');
  const tabs = (receiver ? RECEIVER_TABS : UNIT_TABS).filter((tab) => permissions.includes(TAB_ACCESS[tab]));
  const [tab, setTab] = useState<Tab | null>(lastTab && tabs.includes(lastTab) ? lastTab : (tabs[0] ?? null));

  return (
    <Stack gap="sm">
      <div>
        <Title order={1} size="h3">
          {t('exchange.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {receiver ? t('exchange.introReceiver') : t('exchange.intro')}
        </Text>
      </div>
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
              {t(`exchange.tabs.${id}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="export" pt="sm">
          <ExportPanel />
        </Tabs.Panel>
        <Tabs.Panel value="receipts" pt="sm">
          <PackageImportPanel expect="receipt" />
        </Tabs.Panel>
        <Tabs.Panel value="import" pt="sm">
          <PackageImportPanel expect="incidents" />
        </Tabs.Panel>
        <Tabs.Panel value="units" pt="sm">
          <UnitsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="log" pt="sm">
          <PackageLogPanel />
        </Tabs.Panel>
        <Tabs.Panel value="keys" pt="sm">
          <KeysPanel />
        </Tabs.Panel>
      </Tabs>
      {tabs.length === 0 && <Text>{t('errors.FORBIDDEN')}</Text>}
    </Stack>
  );
}

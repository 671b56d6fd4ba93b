import { Kbd, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useHelp } from '../../stores/help.ts';
import { useSession } from '../../stores/session.ts';
import type { HelpScreen } from './useHelpScreen.ts';

interface Props {
  screen: HelpScreen | null;
}

/** F1: a short text for the current screen plus the shortcuts that work there. Esc or F1 closes it. */
export function HelpModal({ screen }: Props) {
  const { t } = useTranslation();
  const open = useHelp((s) => s.open);
  const close = useHelp((s) => s.close);
  // The incident form's shortcut works on every screen of a unit's register, for those who may write reports.
  const canReport = useSession((s) => s.status?.mode === 'unit' && s.status.permissions.includes('incidents.create'));
  if (!screen) return null;

  const inFrame = screen !== 'setup' && screen !== 'recovery' && screen !== 'unlock';
  const shortcuts: [string, string][] = [
    ['F1', t('help.keys.f1')],
    ...(inFrame
      ? ([
          ['Ctrl+L', t('help.keys.lock')],
          ['Alt+1…7', t('help.keys.areas')],
          ...(canReport ? ([['Ctrl+Shift+B', t('help.keys.incident')]] as [string, string][]) : []),
        ] as [string, string][])
      : []),
    ['Enter', t('help.keys.enter')],
    ['Esc', t('help.keys.esc')],
  ];

  return (
    <Modal
      opened={open}
      onClose={close}
      size="lg"
      title={
        <Title order={2} size="h4">
          {t('help.title', { screen: t(`help.screens.${screen}.name`) })}
        </Title>
      }
      closeButtonProps={{ 'aria-label': t('help.close') }}
    >
      <Stack gap="sm">
        <Text size="sm" className="cxr-prewrap">
          {t(`help.screens.${screen}.text`)}
        </Text>
        <Title order={3} size="h5">
          {t('help.shortcutsTitle')}
        </Title>
        <Table withRowBorders={false}>
          <Table.Tbody>
            {shortcuts.map(([keys, what]) => (
              <Table.Tr key={keys}>
                <Table.Td w={110}>
                  <Kbd>{keys}</Kbd>
                </Table.Td>
                <Table.Td>{what}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Modal>
  );
}

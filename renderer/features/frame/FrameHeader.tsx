import { Box, Button, Group, Loader, Menu, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordDialog } from '../account/ChangePasswordDialog.tsx';
import { IncidentButton } from '../incidents/IncidentButton.tsx';
import { useHelp } from '../../stores/help.ts';
import { useSession } from '../../stores/session.ts';
import { LanguageSwitch } from '../../ui/LanguageSwitch.tsx';

/**
 * Title, unit and user on the left; the always-visible incident button (unit mode), help, language and lock on the
 * right.
 */
export function FrameHeader() {
  const { t } = useTranslation();
  const status = useSession((s) => s.status);
  const lock = useSession((s) => s.lock);
  const locking = useSession((s) => s.locking);
  const [changingPassword, setChangingPassword] = useState(false);
  const toggleHelp = useHelp((s) => s.toggle);
  const user = status?.user;

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Box miw={0}>
        <Text fw={700} size="md" lh={1.2}>
          {t('app.title')}
        </Text>
        <Text size="xs" c="dimmed" truncate lh={1.3}>
          <span data-testid="frame-unit">{status?.unitName}</span>
          {status?.mode && ` · ${t(`modes.${status.mode}`)}`}
        </Text>
      </Box>
      <Group gap="xs" wrap="nowrap">
        <IncidentButton />
        {user && (
          <Menu position="bottom-end" withArrow shadow="sm">
            <Menu.Target>
              <UnstyledButton
                ta="right"
                px="xs"
                py={2}
                data-testid="frame-user"
                aria-label={t('account.menu', { name: user.name })}
                className="cxr-account-button"
              >
                <Text size="sm" fw={600} lh={1.2}>
                  {user.name} ▾
                </Text>
                <Text size="xs" c="dimmed" lh={1.2}>
                  {user.roles.map((r) => t(`roles.${r}`)).join(', ')}
                </Text>
              </UnstyledButton>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => setChangingPassword(true)}>{t('account.changePassword')}…</Menu.Item>
            </Menu.Dropdown>
          </Menu>
        )}
        <ChangePasswordDialog opened={changingPassword} onClose={() => setChangingPassword(false)} />
        <Button variant="default" size="xs" onClick={toggleHelp}>
          {t('frame.help')} (F1)
        </Button>
        <LanguageSwitch />
        <Button size="xs" onClick={() => void lock()} disabled={locking}>
          {locking ? (
            <>
              <Loader size={12} color="gray" mr={6} /> {t('frame.locking')}
            </>
          ) : (
            `${t('frame.lock')} (Ctrl+L)`
          )}
        </Button>
      </Group>
    </Group>
  );
}

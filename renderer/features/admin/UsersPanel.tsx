import { Alert, Badge, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan, useSession } from '../../stores/session.ts';
import { type UserRecord, useUsers } from '../../stores/users.ts';
import { errorText } from '../../ui/errors.ts';
import { AddUserDialog, DisableDialog, ResetPasswordDialog, RolesDialog } from './UserDialogs.tsx';

type Open = { kind: 'roles' | 'reset' | 'disable'; user: UserRecord } | { kind: 'add' } | null;

/** Người dùng: the accounts as a dense table; admins add, change roles, reset passwords and disable. */
export function UsersPanel() {
  const { t, i18n } = useTranslation();
  const { status, list, error, notice, load, clearNotice } = useUsers();
  const canManage = useCan('users.manage');
  const me = useSession((s) => s.status?.user?.id);
  const [open, setOpen] = useState<Open>(null);

  useEffect(() => {
    void load();
    return () => clearNotice();
  }, [load, clearNotice]);

  const show = (next: Open) => {
    clearNotice();
    setOpen(next);
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="users-heading">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} size="h4" id="users-heading">
            {t('users.heading')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('users.intro')}
          </Text>
        </div>
        {canManage && <Button onClick={() => show({ kind: 'add' })}>+ {t('users.add')}</Button>}
      </Group>
      {!canManage && (
        <Text size="sm" data-testid="users-read-only">
          {t('users.readOnly')}
        </Text>
      )}
      {notice && (
        <Alert color="green" role="status" py={6} data-testid="users-notice">
          {t(`users.${notice.key}`, { name: notice.name })}
        </Alert>
      )}
      {status === 'loading' && list.length === 0 && <Loader size="sm" aria-label={t('app.loading')} />}
      {status === 'failed' && error && (
        <Alert color="red" role="alert">
          {errorText(t, i18n.language, error)}
        </Alert>
      )}
      {list.length > 0 && (
        <Table withTableBorder striped highlightOnHover aria-label={t('users.caption')} data-testid="users-table">
          <Table.Thead className="cxr-nowrap">
            <Table.Tr>
              <Table.Th>{t('users.colName')}</Table.Th>
              <Table.Th>{t('users.colRoles')}</Table.Th>
              <Table.Th>{t('users.colDepartment')}</Table.Th>
              <Table.Th>{t('users.colStatus')}</Table.Th>
              <Table.Th>{t('users.colSlot')}</Table.Th>
              {canManage && <Table.Th>{t('users.colActions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((user) => (
              <Table.Tr key={user.id} data-testid={`user-row-${user.name}`}>
                <Table.Td fw={600}>
                  {user.name}{' '}
                  {user.id === me && (
                    <Text span size="xs" c="dimmed">
                      {t('users.you')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{user.roles.map((r) => t(`roles.${r}`)).join(', ')}</Table.Td>
                <Table.Td>{user.department ?? '—'}</Table.Td>
                <Table.Td>
                  {user.active ? (
                    <Badge color="green" variant="light" size="sm" className="cxr-status">
                      {t('users.active')}
                    </Badge>
                  ) : (
                    <Badge color="gray" variant="light" size="sm" className="cxr-status">
                      {t('users.disabled')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{user.hasKeySlot ? t('common.yes') : t('common.no')}</Table.Td>
                {canManage && (
                  <Table.Td>
                    {user.active && (
                      <Group gap={4} wrap="nowrap" role="group" aria-label={t('users.actionsFor', { name: user.name })}>
                        <Button size="compact-xs" variant="default" onClick={() => show({ kind: 'roles', user })}>
                          {t('users.editRoles')}
                        </Button>
                        <Button size="compact-xs" variant="default" onClick={() => show({ kind: 'reset', user })}>
                          {t('users.resetPassword')}
                        </Button>
                        {user.id !== me && (
                          <Button
                            size="compact-xs"
                            variant="default"
                            color="red"
                            onClick={() => show({ kind: 'disable', user })}
                          >
                            {t('users.disable')}
                          </Button>
                        )}
                      </Group>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <AddUserDialog opened={open?.kind === 'add'} onClose={() => setOpen(null)} />
      {open?.kind === 'roles' && <RolesDialog user={open.user} onClose={() => setOpen(null)} />}
      {open?.kind === 'reset' && <ResetPasswordDialog user={open.user} onClose={() => setOpen(null)} />}
      {open?.kind === 'disable' && <DisableDialog user={open.user} onClose={() => setOpen(null)} />}
    </Stack>
  );
}

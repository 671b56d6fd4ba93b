import { Button, Checkbox, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../core/domain/roles.ts';
import { call } from '../../bridge/call.ts';
import { createFormAction } from '../../stores/form-action.ts';
import { useSession } from '../../stores/session.ts';
import { type UserRecord, useUsers } from '../../stores/users.ts';
import { FormError } from '../../ui/FormError.tsx';
import { useFocusFirstInvalid } from '../../ui/useFocusFirstInvalid.ts';
import { ROLES_BY_MODE } from './roles.ts';

export const useAddUser = createFormAction(
  (input: { name: string; roles: Role[]; department: string | null; password: string }) => call('users.add', input),
  ['name', 'roles', 'department', 'password'],
);
export const useSetRoles = createFormAction(
  (input: { userId: string; roles: Role[]; department: string | null }) => call('users.setRoles', input),
  ['roles', 'department'],
);
export const useResetPassword = createFormAction(
  (input: { userId: string; newPassword: string }) => call('users.resetPassword', input),
  ['newPassword'],
);
export const useDisableUser = createFormAction((input: { userId: string }) => call('users.disable', input), []);

function RoleBoxes({ value, onChange, error }: { value: Role[]; onChange: (v: Role[]) => void; error?: string }) {
  const { t } = useTranslation();
  const mode = useSession((s) => s.status?.mode ?? 'unit');
  return (
    <Checkbox.Group
      label={t('users.roles')}
      description={t('users.rolesHint')}
      value={value}
      onChange={(v) => onChange(v as Role[])}
      error={error}
      required
    >
      <Group gap="md" mt={6}>
        {ROLES_BY_MODE[mode].map((role) => (
          <Checkbox key={role} value={role} label={t(`roles.${role}`)} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}

const blank = (s: string) => (s.trim() === '' ? null : s);

interface DialogProps {
  opened: boolean;
  onClose: () => void;
}

const EMPTY_ADD = { name: '', roles: [] as Role[], department: '', password: '', confirm: '' };

export function AddUserDialog({ opened, onClose }: DialogProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(EMPTY_ADD);
  const [mismatch, setMismatch] = useState(false);
  const [localFailures, setLocalFailures] = useState(0);
  const { submitting, fieldErrors, error, unplaced, failures, submit, clearField, reset } = useAddUser();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, failures + localFailures);

  const close = () => {
    setValues(EMPTY_ADD);
    setMismatch(false);
    reset();
    onClose();
  };
  const set = <K extends keyof typeof EMPTY_ADD>(field: K, value: (typeof EMPTY_ADD)[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    if (field === 'confirm') setMismatch(false);
    clearField(field);
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('users.addTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        ref={formRef}
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          if (values.confirm !== values.password) {
            setMismatch(true);
            setLocalFailures((n) => n + 1);
            return;
          }
          const name = values.name.trim();
          const done = await submit({
            name,
            roles: values.roles,
            department: blank(values.department),
            password: values.password,
          });
          const added = useAddUser.getState().result;
          if (done && added) {
            useUsers.getState().changed(added, { key: 'added', name: added.name });
            close();
          }
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('users.name')}
            description={t('users.nameHint')}
            value={values.name}
            onChange={(e) => set('name', e.currentTarget.value)}
            error={fieldErrors.name}
            required
            data-autofocus
            autoComplete="off"
            spellCheck={false}
          />
          <RoleBoxes value={values.roles} onChange={(v) => set('roles', v)} error={fieldErrors.roles} />
          <TextInput
            label={t('users.department')}
            description={t('users.departmentHint')}
            value={values.department}
            onChange={(e) => set('department', e.currentTarget.value)}
            error={fieldErrors.department}
            required={values.roles.includes('clerk')}
            autoComplete="off"
          />
          <PasswordInput
            visibilityToggleButtonProps={{ 'aria-label': t('common.togglePassword') }}
            label={t('users.password')}
            description={t('users.passwordHint')}
            value={values.password}
            onChange={(e) => set('password', e.currentTarget.value)}
            error={fieldErrors.password}
            required
            autoComplete="new-password"
          />
          <PasswordInput
            visibilityToggleButtonProps={{ 'aria-label': t('common.togglePassword') }}
            label={t('users.confirm')}
            value={values.confirm}
            onChange={(e) => set('confirm', e.currentTarget.value)}
            error={mismatch ? t('common.mismatch') : undefined}
            required
            autoComplete="new-password"
          />
          <FormError error={error} unplaced={unplaced} />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={submitting}>
              {t('users.submitAdd')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function RolesDialog({ user, onClose }: { user: UserRecord; onClose: () => void }) {
  const { t } = useTranslation();
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [department, setDepartment] = useState(user.department ?? '');
  const { submitting, fieldErrors, error, unplaced, failures, submit, clearField, reset } = useSetRoles();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, failures);
  const close = () => {
    reset();
    onClose();
  };

  return (
    <Modal
      opened
      onClose={close}
      title={t('users.rolesTitle', { name: user.name })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        ref={formRef}
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          const done = await submit({ userId: user.id, roles, department: blank(department) });
          const saved = useSetRoles.getState().result;
          if (done && saved) {
            useUsers.getState().changed(saved, { key: 'rolesSaved', name: saved.name });
            // Own roles changed: the permissions (and so the menu) follow at once.
            if (saved.id === useSession.getState().status?.user?.id) await useSession.getState().refresh();
            close();
          }
        }}
      >
        <Stack gap="sm">
          <RoleBoxes
            value={roles}
            onChange={(v) => {
              setRoles(v);
              clearField('roles');
            }}
            error={fieldErrors.roles}
          />
          <TextInput
            label={t('users.department')}
            description={t('users.departmentHint')}
            value={department}
            onChange={(e) => {
              setDepartment(e.currentTarget.value);
              clearField('department');
            }}
            error={fieldErrors.department}
            required={roles.includes('clerk')}
            autoComplete="off"
          />
          <FormError error={error} unplaced={unplaced} />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={submitting} data-autofocus>
              {t('users.saveRoles')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function ResetPasswordDialog({ user, onClose }: { user: UserRecord; onClose: () => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [localFailures, setLocalFailures] = useState(0);
  const { submitting, fieldErrors, error, unplaced, failures, submit, clearField, reset } = useResetPassword();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, failures + localFailures);
  const close = () => {
    reset();
    onClose();
  };

  return (
    <Modal
      opened
      onClose={close}
      title={t('users.resetTitle', { name: user.name })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        ref={formRef}
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          if (confirm !== password) {
            setMismatch(true);
            setLocalFailures((n) => n + 1);
            return;
          }
          const done = await submit({ userId: user.id, newPassword: password });
          const saved = useResetPassword.getState().result;
          if (done && saved) {
            useUsers.getState().changed(saved, { key: 'resetDone', name: saved.name });
            close();
          }
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('users.resetHint')}</Text>
          <PasswordInput
            visibilityToggleButtonProps={{ 'aria-label': t('common.togglePassword') }}
            label={t('users.newPassword')}
            description={t('users.passwordHint')}
            value={password}
            onChange={(e) => {
              setPassword(e.currentTarget.value);
              clearField('newPassword');
            }}
            error={fieldErrors.newPassword}
            required
            data-autofocus
            autoComplete="new-password"
          />
          <PasswordInput
            visibilityToggleButtonProps={{ 'aria-label': t('common.togglePassword') }}
            label={t('users.confirm')}
            value={confirm}
            onChange={(e) => {
              setConfirm(e.currentTarget.value);
              setMismatch(false);
            }}
            error={mismatch ? t('common.mismatch') : undefined}
            required
            autoComplete="new-password"
          />
          <FormError error={error} unplaced={unplaced} />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={submitting}>
              {t('users.submitReset')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function DisableDialog({ user, onClose }: { user: UserRecord; onClose: () => void }) {
  const { t } = useTranslation();
  const { submitting, error, unplaced, submit, reset } = useDisableUser();
  const close = () => {
    reset();
    onClose();
  };
  return (
    <Modal
      opened
      onClose={close}
      title={t('users.disableTitle', { name: user.name })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="sm">
        <Text size="sm">{t('users.disableBody')}</Text>
        <FormError error={error} unplaced={unplaced} />
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={close} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={submitting}
            onClick={async () => {
              const done = await submit({ userId: user.id });
              const saved = useDisableUser.getState().result;
              if (done && saved) {
                useUsers.getState().changed(saved, { key: 'disabledDone', name: saved.name });
                close();
              }
            }}
          >
            {t('users.confirmDisable')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

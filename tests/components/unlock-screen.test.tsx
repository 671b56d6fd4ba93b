// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setApi } from '../../renderer/bridge/api.ts';
import { UnlockScreen } from '../../renderer/features/unlock/UnlockScreen.tsx';
import { createFakeApi } from './support/fake-api.ts';
import { renderUi } from './support/render.tsx';

describe('unlock screen', () => {
  it('submits on Enter and explains wrong credentials in Vietnamese, clearing only the password', async () => {
    const fake = createFakeApi({ roles: ['clerk'] });
    setApi(fake.api);
    renderUi(<UnlockScreen />);
    const user = screen.getByLabelText('Tên đăng nhập');
    const password = screen.getByLabelText('Mật khẩu');
    expect(document.activeElement).toBe(user);
    fireEvent.change(user, { target: { value: 'pham.thi.dung' } });
    fireEvent.change(password, { target: { value: 'sai mật khẩu' } });
    fireEvent.submit(password.closest('form') as HTMLFormElement);

    expect((await screen.findByRole('alert')).textContent).toBe('Tên người dùng hoặc mật khẩu không đúng.');
    expect(fake.calls.find((c) => c.channel === 'session.unlock')?.input).toEqual({
      userName: 'pham.thi.dung',
      password: 'sai mật khẩu',
    });
    expect((password as HTMLInputElement).value).toBe('');
    expect((user as HTMLInputElement).value).toBe('pham.thi.dung');
    expect(document.activeElement).toBe(password);
  });

  it('shows the English text for the same error code when the interface is English', async () => {
    setApi(createFakeApi({ roles: ['clerk'] }).api);
    renderUi(<UnlockScreen />, 'en');
    fireEvent.change(screen.getByLabelText('User name'), { target: { value: 'pham.thi.dung' } });
    fireEvent.submit(screen.getByLabelText('Password').closest('form') as HTMLFormElement);
    expect((await screen.findByRole('alert')).textContent).toBe('Wrong user name or password.');
  });
});

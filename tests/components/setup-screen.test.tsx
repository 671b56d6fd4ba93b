// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { setApi } from '../../renderer/bridge/api.ts';
import { SetupScreen } from '../../renderer/features/setup/SetupScreen.tsx';
import { useSetup } from '../../renderer/stores/setup.ts';
import { createFakeApi } from './support/fake-api.ts';
import { renderUi } from './support/render.tsx';

const fill = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label, { exact: false }), { target: { value } });

function fillForm(confirm = 'một mật khẩu đủ dài') {
  fill('Tên đơn vị', 'Sở Ngoại vụ tỉnh Quảng Trị');
  fill('Tên đăng nhập của người quản trị', 'nguyen.van.an');
  fireEvent.change(screen.getByLabelText(/^Mật khẩu/), { target: { value: 'một mật khẩu đủ dài' } });
  fireEvent.change(screen.getByLabelText(/^Nhập lại mật khẩu/), { target: { value: confirm } });
  fireEvent.click(screen.getByRole('button', { name: 'Tạo sổ đăng ký' }));
}

describe('set-up screen', () => {
  beforeEach(() =>
    useSetup.setState({ fieldErrors: {}, confirmMismatch: false, error: null, recovery: null, failures: 0 }),
  );

  it('puts each service issue under its field and the cursor in the first one', async () => {
    setApi(
      createFakeApi({
        roles: [],
        onSetup: () => ({
          code: 'VALIDATION',
          message: 'Dữ liệu nhập không hợp lệ.',
          issues: [
            { path: 'adminName', message: 'Tên đăng nhập chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới.' },
            { path: 'password', message: 'Mật khẩu không được trùng tên đăng nhập.' },
          ],
        }),
      }).api,
    );
    renderUi(<SetupScreen />);
    fillForm();
    await screen.findByText('Tên đăng nhập chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới.');
    screen.getByText('Mật khẩu không được trùng tên đăng nhập.');
    const adminName = screen.getByLabelText('Tên đăng nhập của người quản trị', { exact: false });
    expect(adminName.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(adminName);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('checks the confirmation on the page and sends nothing while it differs', async () => {
    const fake = createFakeApi({ roles: [] });
    setApi(fake.api);
    renderUi(<SetupScreen />);
    fillForm('khác hẳn');
    await screen.findByText('Mật khẩu nhập lại không khớp.');
    expect(fake.calls.some((c) => c.channel === 'session.setup')).toBe(false);
  });
});

// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setApi } from '../../renderer/bridge/api.ts';
import type { Api } from '../../renderer/bridge/api-types.ts';
import { RecoveryCodeScreen } from '../../renderer/features/setup/RecoveryCodeScreen.tsx';
import { TRAINING_ITEMS, useSetup } from '../../renderer/stores/setup.ts';
import { renderUi } from './support/render.tsx';

/**
 * Set-up of a training register: the register is created first, then its fictional entries are added. When that
 * second call fails, the recovery screen (where the person is) says why, from the error code, with a retry.
 */
type Answer = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };
let calls: { channel: string; input: unknown }[] = [];
let populate: Answer[] = [];

const SETUP = { recoveryCode: 'ABCD-EFGH', recoveryKit: 'S0lU', user: { id: 'u1', name: 'taphuan' } };
const VALUES = {
  mode: 'unit' as const,
  unitName: 'Đơn vị tập huấn',
  adminName: 'taphuan',
  password: 'một mật khẩu đủ dài',
  confirm: 'một mật khẩu đủ dài',
};

beforeEach(() => {
  calls = [];
  populate = [];
  useSetup.setState(useSetup.getInitialState());
  setApi(
    new Proxy({} as Api, {
      get: (_target, channel: string) => async (input: unknown) => {
        calls.push({ channel, input });
        if (channel === 'session.setup') return { ok: true, value: SETUP };
        if (channel === 'training.populate')
          return populate.shift() ?? { ok: false, error: { code: 'INTERNAL', message: '' } };
        return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: '' } };
      },
    }),
  );
});
afterEach(() => setApi(null));

function showRecovery(language: 'vi' | 'en' = 'vi') {
  const recovery = useSetup.getState().recovery;
  if (!recovery) throw new Error('no recovery screen');
  return renderUi(<RecoveryCodeScreen recovery={recovery} />, language);
}

describe('training data at set-up', () => {
  it('says nothing when the sample entries were added', async () => {
    populate.push({ ok: true, value: { added: TRAINING_ITEMS } });
    await useSetup.getState().submit({ ...VALUES, training: true });
    expect(calls.map((c) => c.channel)).toEqual(['session.setup', 'training.populate']);
    showRecovery();
    expect(screen.queryByTestId('training-failed')).toBeNull();
    expect(screen.queryByTestId('training-added')).toBeNull();
  });

  it('shows the failure by its code next to a retry, which adds the entries', async () => {
    populate.push({ ok: false, error: { code: 'FORBIDDEN', message: '' } });
    await useSetup.getState().submit({ ...VALUES, training: true });
    showRecovery();
    const alert = screen.getByTestId('training-failed');
    expect(alert.textContent).toContain('Sổ tập huấn đã được tạo nhưng chưa có dữ liệu mẫu');
    expect(alert.textContent).toContain('Bạn không có quyền thực hiện thao tác này.');
    // The recovery code is still there to copy.
    expect(screen.getByTestId('recovery-code')).toBeTruthy();

    populate.push({ ok: true, value: { added: TRAINING_ITEMS } });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm lại dữ liệu mẫu' }));
    expect((await screen.findByTestId('training-added')).textContent).toBe('Đã thêm 200 mục mẫu vào sổ tập huấn.');
    expect(screen.queryByTestId('training-failed')).toBeNull();
    expect(calls.filter((c) => c.channel === 'training.populate')).toHaveLength(2);
  });

  it('keeps the failure shown when the retry fails too, and forgets it all once the code is acknowledged', async () => {
    populate.push({ ok: false, error: { code: 'INTERNAL', message: '' } });
    await useSetup.getState().submit({ ...VALUES, training: true });
    showRecovery('en');
    fireEvent.click(screen.getByRole('button', { name: 'Add the sample data again' }));
    expect((await screen.findByTestId('training-failed')).textContent).toContain('internal error');
    expect(useSetup.getState().training.error?.code).toBe('INTERNAL');
    await useSetup.getState().acknowledge();
    expect(useSetup.getState().training).toEqual({ adding: false, error: null, added: null });
  });

  it('asks for no sample entries for a real register', async () => {
    await useSetup.getState().submit({ ...VALUES, training: false });
    expect(calls.map((c) => c.channel)).toEqual(['session.setup']);
    expect(useSetup.getState().training).toEqual({ adding: false, error: null, added: null });
  });
});

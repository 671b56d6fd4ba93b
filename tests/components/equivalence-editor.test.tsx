// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '../../core/domain/roles.ts';
import { setApi } from '../../renderer/bridge/api.ts';
import { AgreementsScreen } from '../../renderer/features/agreements/AgreementsScreen.tsx';
import { useAgreements } from '../../renderer/stores/agreements.ts';
import { useEquivalences } from '../../renderer/stores/equivalences.ts';
import { useSession } from '../../renderer/stores/session.ts';
import { agreementFixture, createFakeApi } from './support/fake-api.ts';
import { renderUi } from './support/render.tsx';

const MARKING = 'Độ mật phía đối tác (ghi đúng như trên tài liệu)';
const LEVEL = 'Độ mật tương đương của Việt Nam';
const CLAUSE = 'Căn cứ (Điều, khoản)';
const cell = (column: string, row: number) => screen.getByLabelText(`${column}, dòng ${row}`);
const type = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } });

async function openItaly(roles: Role[], onUpdate?: Parameters<typeof createFakeApi>[0]['onUpdate']) {
  const fake = createFakeApi({ roles, ...(onUpdate ? { onUpdate } : {}) });
  setApi(fake.api);
  await useSession.getState().refresh();
  renderUi(<AgreementsScreen />);
  fireEvent.click(await screen.findByRole('button', { name: 'VN-IT' }));
  await screen.findByRole('heading', { name: 'Thông tin Hiệp định VN-IT' });
  return fake;
}

function addRow(row: number, marking: string, level: string, clause: string) {
  fireEvent.click(screen.getByRole('button', { name: /Thêm dòng/ }));
  type(cell(MARKING, row), marking);
  type(cell(LEVEL, row), level);
  type(cell(CLAUSE, row), clause);
}

describe('equivalence editor', () => {
  beforeEach(() => {
    useAgreements.getState().reset();
    useEquivalences.getState().reset();
  });

  it('shows each service issue under its own cell and the rest in the summary', async () => {
    await openItaly(['security_officer'], () => ({
      code: 'VALIDATION',
      message: 'Dữ liệu nhập không hợp lệ.',
      issues: [
        { path: 'equivalences.1.foreignMarking', message: 'Độ mật của phía đối tác: bắt buộc nhập.' },
        { path: 'equivalences.0.sourceClause', message: 'Căn cứ (điều, khoản của Hiệp định): tối đa 120 ký tự.' },
        { path: 'equivalences', message: 'Bảng tương đương có tối đa 12 dòng.' },
      ],
    }));
    addRow(1, 'SEGRETO', 'toi_mat', 'Điều 4');
    addRow(2, '', 'mat', 'Điều 4');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu bảng' }));

    const row2 = await screen.findByTestId('equivalence-row-1');
    await within(row2).findByText('Độ mật của phía đối tác: bắt buộc nhập.');
    expect(cell(MARKING, 2).getAttribute('aria-invalid')).toBe('true');
    expect(cell(MARKING, 1).getAttribute('aria-invalid')).not.toBe('true');
    within(screen.getByTestId('equivalence-row-0')).getByText('Căn cứ (điều, khoản của Hiệp định): tối đa 120 ký tự.');
    const summary = screen.getByRole('alert');
    within(summary).getByText('Bảng chưa được lưu. Hãy sửa các ô có thông báo lỗi màu đỏ.', { exact: false });
    within(summary).getByText('Bảng tương đương có tối đa 12 dòng.');

    // Typing in the cell clears its error; removing row 1 moves row 2's errors up with it.
    fireEvent.click(screen.getByRole('button', { name: 'Xóa dòng 1' }));
    expect(
      within(screen.getByTestId('equivalence-row-0')).getByText('Độ mật của phía đối tác: bắt buộc nhập.'),
    ).toBeTruthy();
    type(cell(MARKING, 1), 'SEGRETO');
    expect(screen.queryByText('Độ mật của phía đối tác: bắt buộc nhập.')).toBeNull();
  });

  it('asks for a level choice on the page and sends nothing until it is made', async () => {
    const fake = await openItaly(['security_officer']);
    addRow(1, 'RISERVATO', '', 'Điều 4');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu bảng' }));
    await screen.findByText('Hãy chọn độ mật tương đương, hoặc “Không có mức tương đương”.');
    expect(fake.calls.some((c) => c.channel === 'agreements.updateEquivalences')).toBe(false);

    type(cell(LEVEL, 1), 'none');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu bảng' }));
    await screen.findByText('Đã lưu bảng tương đương của Hiệp định VN-IT: 1 dòng.');
    const update = fake.calls.find((c) => c.channel === 'agreements.updateEquivalences');
    expect(update?.input).toEqual({
      code: 'VN-IT',
      equivalences: [{ foreignMarking: 'RISERVATO', vnLevel: null, sourceClause: 'Điều 4', note: null }],
    });
  });

  it('is read-only for roles that may not edit, with the stored rows as stamps', async () => {
    const stored = [
      { foreignMarking: 'SEGRETISSIMO', vnLevel: 'tuyet_mat' as const, sourceClause: 'Điều 4', note: null },
    ];
    setApi(createFakeApi({ roles: ['clerk'], agreements: [agreementFixture('VN-IT', stored)] }).api);
    await useSession.getState().refresh();
    renderUi(<AgreementsScreen />);
    await screen.findByTestId('read-only-note');
    expect(screen.queryByRole('button', { name: /Thêm dòng/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Lưu bảng' })).toBeNull();
    expect(screen.getByText('SEGRETISSIMO')).toBeTruthy();
    expect(screen.getByText('Tuyệt mật').dataset.level).toBe('tuyet_mat');
  });

  it('handles FORBIDDEN from the service calmly and turns the table read-only', async () => {
    await openItaly(['security_officer'], () => ({
      code: 'FORBIDDEN',
      message: 'Bạn không có quyền thực hiện thao tác này.',
    }));
    addRow(1, 'SEGRETO', 'toi_mat', 'Điều 4');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu bảng' }));
    await screen.findByText('Bạn không có quyền thực hiện thao tác này.');
    await waitFor(() => expect(screen.getByTestId('read-only-note')).toBeTruthy());
    expect(screen.queryByRole('button', { name: 'Lưu bảng' })).toBeNull();
  });
});

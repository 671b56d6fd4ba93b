// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setApi } from '../../renderer/bridge/api.ts';
import type { Api } from '../../renderer/bridge/api-types.ts';
import { type PathDialog, PathInput } from '../../renderer/ui/PathInput.tsx';
import { renderUi } from './support/render.tsx';

/**
 * "Chọn…" beside a typed path: which system dialog it asks for, and what the field holds after each kind of answer.
 * The host channels are answered by a recording stand-in for window.api.
 */
type Answer = { ok: true; value: { path: string | null } } | { ok: false; error: { code: string; message: string } };
let calls: { channel: string; input: unknown }[] = [];
let answer: Answer = { ok: true, value: { path: null } };

beforeEach(() => {
  calls = [];
  setApi(
    new Proxy({} as Api, {
      get: (_target, channel: string) => async (input: unknown) => {
        calls.push({ channel, input });
        return answer;
      },
    }),
  );
});
afterEach(() => setApi(null));

function Field({ dialog, initial = '' }: { dialog: PathDialog; initial?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <PathInput label="Thư mục sao lưu" description="Gõ hoặc chọn" dialog={dialog} value={value} onChange={setValue} />
  );
}

const field = () => screen.getByLabelText('Thư mục sao lưu') as HTMLInputElement;
const choose = () => screen.getByRole('button', { name: 'Chọn…' });

describe('PathInput', () => {
  it.each([
    [{ kind: 'folder', purpose: 'backup' }, 'host.chooseFolder', { purpose: 'backup' }],
    [{ kind: 'open', format: 'cxrpkg' }, 'host.chooseOpenPath', { format: 'cxrpkg' }],
    [
      { kind: 'save', defaultName: 'so-bmnn-di-2026.xlsx', format: 'xlsx' },
      'host.chooseSavePath',
      { defaultName: 'so-bmnn-di-2026.xlsx', format: 'xlsx' },
    ],
  ] as const)('%j asks %s and puts the chosen path in the field', async (dialog, channel, input) => {
    answer = { ok: true, value: { path: '/media/usb/sao-luu' } };
    renderUi(<Field dialog={dialog} />);
    fireEvent.click(choose());
    await waitFor(() => expect(field().value).toBe('/media/usb/sao-luu'));
    expect(calls).toEqual([{ channel, input }]);
  });

  it('keeps the typed path when the dialog answers no path (cancelled, or no dialog on this computer)', async () => {
    answer = { ok: true, value: { path: null } };
    renderUi(<Field dialog={{ kind: 'folder', purpose: 'backup' }} initial={'E:\\SaoLuu'} />);
    fireEvent.click(choose());
    await waitFor(() => expect(calls).toHaveLength(1));
    await waitFor(() => expect(choose().getAttribute('data-loading')).toBeNull());
    expect(field().value).toBe('E:\\SaoLuu');
    expect(screen.queryByText(/Không mở được/)).toBeNull();
  });

  it('says so under the field when the dialog could not open, keeps the typed path, and forgets it on typing', async () => {
    answer = { ok: false, error: { code: 'INTERNAL', message: '' } };
    renderUi(<Field dialog={{ kind: 'folder', purpose: 'backup' }} initial={'E:\\SaoLuu'} />);
    fireEvent.click(choose());
    await screen.findByText('Không mở được hộp thoại chọn của hệ thống. Hãy gõ đường dẫn vào ô này.');
    expect(field().value).toBe('E:\\SaoLuu');
    expect(field().getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(field(), { target: { value: 'E:\\SaoLuu2' } });
    expect(screen.queryByText(/Không mở được/)).toBeNull();
  });

  it('is a plain button right after the field, tied to the field it fills, in both languages', () => {
    renderUi(<Field dialog={{ kind: 'folder', purpose: 'backup' }} />);
    const button = choose();
    expect(button.getAttribute('type')).toBe('button');
    // Next in the document order, so Tab goes from the field to the button.
    expect(field().compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const describedBy = button.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toContain('Thư mục sao lưu');
  });

  it('is labelled in English too', () => {
    renderUi(<Field dialog={{ kind: 'folder', purpose: 'backup' }} />, 'en');
    expect(screen.getByRole('button', { name: 'Choose…' })).toBeTruthy();
  });
});

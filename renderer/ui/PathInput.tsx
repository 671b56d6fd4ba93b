import { Button, Group, TextInput, type TextInputProps } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FolderPurpose, OpenDialogFormat, SaveDialogFormat } from '../../core/api/host-contract.ts';
import type { Result } from '../../core/api/result.ts';
import { callHost } from '../bridge/call.ts';

/** Which system dialog fills the field: a new file to write, an existing file to read, or a folder. */
export type PathDialog =
  | { kind: 'save'; defaultName: string; format: SaveDialogFormat }
  | { kind: 'open'; format: OpenDialogFormat }
  | { kind: 'folder'; purpose: FolderPurpose };

function askDialog(dialog: PathDialog): Promise<Result<{ path: string | null }>> {
  if (dialog.kind === 'save')
    return callHost('host.chooseSavePath', { defaultName: dialog.defaultName, format: dialog.format });
  if (dialog.kind === 'open') return callHost('host.chooseOpenPath', { format: dialog.format });
  return callHost('host.chooseFolder', { purpose: dialog.purpose });
}

interface Props extends Omit<TextInputProps, 'value' | 'onChange' | 'inputContainer' | 'label'> {
  label: string;
  value: string;
  onChange(path: string): void;
  dialog: PathDialog;
}

/**
 * A path typed by hand, with "Chọn…" beside it for the system's file dialog. The dialog only fills the field, so
 * the typed path remains the way where no dialog answers: cancelled, or none available (the browser fallback of
 * `npm start` answers no path), the field keeps what was typed. The button comes right after the field in the Tab
 * order, and a screen reader names the field it fills.
 */
export function PathInput({ label, value, onChange, dialog, error, ...input }: Props) {
  const { t } = useTranslation();
  const labelId = useId();
  const [asking, setAsking] = useState(false);
  const [failed, setFailed] = useState(false);

  const choose = async () => {
    setAsking(true);
    setFailed(false);
    const answer = await askDialog(dialog);
    setAsking(false);
    if (!answer.ok) return setFailed(true);
    if (answer.value.path) onChange(answer.value.path);
  };

  return (
    <TextInput
      {...input}
      label={label}
      labelProps={{ id: labelId }}
      value={value}
      onChange={(e) => {
        setFailed(false);
        onChange(e.currentTarget.value);
      }}
      error={error || (failed ? t('paths.dialogFailed') : undefined)}
      spellCheck={false}
      autoComplete="off"
      inputContainer={(field) => (
        <Group gap="xs" wrap="nowrap" align="flex-end">
          <div style={{ flex: 1, minWidth: 0 }}>{field}</div>
          <Button variant="default" loading={asking} onClick={() => void choose()} aria-describedby={labelId}>
            {t('paths.choose')}
          </Button>
        </Group>
      )}
    />
  );
}

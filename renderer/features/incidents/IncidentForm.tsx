import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  Kbd,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Level } from '../../../core/shared/levels.ts';
import {
  chosenFromFound,
  type DraftField,
  localProblems,
  pathOf,
  toIncidentFields,
  useIncidentForm,
  useSaveIncident,
} from '../../stores/incident-form.ts';
import { useCan } from '../../stores/session.ts';
import { FormError } from '../../ui/FormError.tsx';
import { LevelBadge } from '../../ui/LevelBadge.tsx';
import { useFocusFirstInvalid } from '../../ui/useFocusFirstInvalid.ts';
import { useKeyboardShortcut } from '../../ui/useKeyboardShortcut.ts';
import { ElapsedClock } from './ElapsedClock.tsx';
import { ItemPicker } from './ItemPicker.tsx';
import { INCIDENT_TYPES, type Incident, levelChoices, localMoment, reportLevel } from './model.ts';
import { useIncidents } from '../../stores/incidents.ts';

/**
 * The incident report, keyboard first: the type with its legal definition, when and where, the items picked by
 * typing, what happened and what was done. "Lập báo cáo" (Enter in a one-line field, Ctrl+Enter anywhere) files it
 * at once; "Lưu nháp" (Ctrl+S) keeps a draft. Errors appear under their fields.
 */
export function IncidentFormFields() {
  const { t } = useTranslation();
  const { draft, purpose, continued, change, addItem, removeItem, discard } = useIncidentForm();
  const { submitting, fieldErrors, error, unplaced, failures } = useSaveIncident();
  const canFile = useCan('incidents.file');
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, failures);

  const levels = draft.items.map((i) => i.level);
  const level = reportLevel(levels, draft.raisedLevel);
  const moment = localMoment(draft.date, draft.time);
  // Filing a draft that already exists is incidents.file; a new report may be filed by whoever writes it.
  const mayFile = purpose.kind !== 'edit' || canFile;
  const err = (field: DraftField) => fieldErrors[pathOf(field)];
  const text = (field: DraftField) => ({
    value: draft[field] as string,
    onChange: (e: { currentTarget: { value: string } }) => change(field, e.currentTarget.value as never),
    error: err(field),
    autoComplete: 'off',
  });

  const save = async (file: boolean) => {
    if (submitting) return;
    const action = useSaveIncident.getState();
    const local = localProblems(draft, {
      type: t('incidents.form.typeMissing'),
      when: t('incidents.form.whenInvalid'),
    });
    if (Object.keys(local).length > 0) {
      useSaveIncident.setState((s) => ({ fieldErrors: local, error: null, unplaced: [], failures: s.failures + 1 }));
      return;
    }
    const fields = toIncidentFields(draft);
    const ok = await action.submit(
      purpose.kind === 'edit'
        ? { kind: file ? 'updateAndFile' : 'update', id: purpose.id, fields }
        : {
            kind: 'add',
            input: { ...fields, draft: !file, followUpOf: purpose.kind === 'followUp' ? purpose.of.id : null },
          },
    );
    const saved = useSaveIncident.getState().result as Incident | null;
    if (ok && saved) {
      useIncidentForm.getState().saved(saved, saved.state !== 'draft');
      void useIncidents.getState().reload();
    }
  };

  const enabled = useIncidentForm((s) => s.opened && s.done === null);
  useKeyboardShortcut('Ctrl+S', () => void save(false), enabled);
  useKeyboardShortcut('Ctrl+Enter', () => void save(mayFile), enabled);

  const multiline = (field: DraftField, label: string, required: boolean, hint?: string) => (
    <Textarea label={label} description={hint} {...text(field)} required={required} autosize minRows={2} maxRows={6} />
  );

  return (
    <form
      ref={formRef}
      noValidate
      data-testid="incident-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save(mayFile);
      }}
    >
      <Stack gap="sm">
        {continued && (
          <Group gap="xs">
            <Text size="xs" c="dimmed">
              {t('incidents.form.continuing')}
            </Text>
            <Button size="compact-xs" variant="subtle" onClick={discard}>
              {t('incidents.form.startOver')}
            </Button>
          </Group>
        )}
        <Radio.Group
          label={t('incidents.form.type')}
          value={draft.type}
          onChange={(v) => change('type', v as typeof draft.type)}
          error={err('type')}
          required
        >
          <SimpleGrid cols={3} spacing="sm" mt={6}>
            {INCIDENT_TYPES.map((type, i) => (
              <Radio
                key={type}
                value={type}
                label={<Text fw={700}>{t(`incidents.types.${type}`)}</Text>}
                description={t(`incidents.definitions.${type}`)}
                data-autofocus={i === 0 ? true : undefined}
                className="cxr-incident-type"
              />
            ))}
          </SimpleGrid>
        </Radio.Group>
        <SimpleGrid cols={4} spacing="sm">
          <TextInput
            label={t('incidents.form.date')}
            placeholder={t('register.datePlaceholder')}
            {...text('date')}
            error={err('date')}
            required
          />
          <TextInput
            label={t('incidents.form.time')}
            description={t('incidents.form.timeHint')}
            {...text('time')}
            error={undefined}
            required
          />
          <TextInput label={t('incidents.form.place')} {...text('place')} required style={{ gridColumn: 'span 2' }} />
        </SimpleGrid>
        <ElapsedClock from={moment} c="red.8" />
        <ItemPicker chosen={draft.items} onPick={(item) => addItem(chosenFromFound(item))} error={err('items')} />
        {draft.items.length > 0 && (
          <Table withTableBorder verticalSpacing={4} fz="sm" data-testid="incident-items">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('incidents.form.colRegisterNo')}</Table.Th>
                <Table.Th>{t('incidents.form.colDocNumber')}</Table.Th>
                <Table.Th>{t('incidents.form.colLevel')}</Table.Th>
                <Table.Th>{t('incidents.form.colAgreement')}</Table.Th>
                <Table.Th w={40}>
                  <VisuallyHidden>{t('incidents.form.colRemove')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {draft.items.map((item) => (
                <Table.Tr key={item.itemId}>
                  <Table.Td className="cxr-nowrap">
                    {t(`register.numberLabel.${item.book}`)} <strong>{item.registerNo}</strong>/{item.registerYear}
                  </Table.Td>
                  <Table.Td>{item.docNumber}</Table.Td>
                  <Table.Td>
                    <LevelBadge level={item.level} />
                  </Table.Td>
                  <Table.Td>{item.agreement ?? t('incidents.form.noAgreement')}</Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      size="sm"
                      aria-label={t('incidents.form.removeItem', { doc: item.docNumber })}
                      onClick={() => removeItem(item.itemId)}
                    >
                      ×
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group gap="md" align="center">
          <Group gap={8} align="center" data-testid="incident-level-line">
            <Text size="sm" fw={500}>
              {t('incidents.form.level')}:
            </Text>
            <span data-testid="incident-level">
              {level ? (
                <LevelBadge level={level} />
              ) : (
                <Text span size="sm">
                  {t('incidents.form.levelFromItems')}
                </Text>
              )}
            </span>
          </Group>
          <Select
            aria-label={t('incidents.form.raiseLevel')}
            placeholder={t('incidents.form.raiseLevel')}
            data={levelChoices(levels).map((l) => ({ value: l, label: t(`levels.${l}`) }))}
            value={level}
            onChange={(v) => change('raisedLevel', (v as Level | null) ?? null)}
            error={err('raisedLevel')}
            disabled={draft.items.length === 0}
            allowDeselect={false}
            w={180}
            size="xs"
            comboboxProps={{ withinPortal: true }}
          />
          <Text size="xs" c="dimmed">
            {t('incidents.form.raiseLevelHint')}
          </Text>
        </Group>
        <SimpleGrid cols={2} spacing="sm">
          {multiline('circumstances', t('incidents.form.circumstances'), true, t('incidents.form.multilineHint'))}
          {multiline('measures', t('incidents.form.measures'), true, t('incidents.form.multilineHint'))}
          {multiline('personsInvolved', t('incidents.form.personsInvolved'), false)}
          {multiline('remedy', t('incidents.form.remedy'), false)}
        </SimpleGrid>
        <SimpleGrid cols={2} spacing="sm">
          <TextInput
            label={t('incidents.form.addressee')}
            description={t('incidents.form.addresseeHint')}
            {...text('addressee')}
          />
          <Checkbox
            mt={22}
            label={t('incidents.form.foreignNotice')}
            description={t('incidents.form.foreignNoticeNote')}
            checked={draft.foreignPartyNotice}
            onChange={(e) => change('foreignPartyNotice', e.currentTarget.checked)}
          />
        </SimpleGrid>
        <FormError error={error} unplaced={unplaced} />
        {!error && failures > 0 && Object.keys(fieldErrors).length > 0 && (
          <Alert color="red" role="alert" py={6}>
            {t('incidents.form.fixErrors')}
          </Alert>
        )}
        {!mayFile && (
          <Text size="sm" c="dimmed">
            {t('incidents.form.fileByOfficer')}
          </Text>
        )}
        <Group justify="space-between" wrap="nowrap">
          <Text size="xs" c="dimmed">
            {mayFile && (
              <>
                <Kbd size="xs">Ctrl+Enter</Kbd> {t('incidents.form.keysFile')} ·{' '}
              </>
            )}
            <Kbd size="xs">Ctrl+S</Kbd> {t('incidents.form.keysDraft')} · <Kbd size="xs">Esc</Kbd>{' '}
            {t('incidents.form.keysClose')}
          </Text>
          <Group gap="xs" wrap="nowrap">
            <Button variant="default" onClick={() => useIncidentForm.getState().close()}>
              {t('common.cancel')}
            </Button>
            <Button
              variant="default"
              onClick={() => void save(false)}
              loading={submitting}
              aria-keyshortcuts="Control+S"
            >
              {t('incidents.form.saveDraft')}
            </Button>
            {mayFile && (
              <Button type="submit" color="red" loading={submitting} aria-keyshortcuts="Control+Enter">
                {t('incidents.form.file')}
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

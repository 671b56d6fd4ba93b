import {
  Alert,
  Autocomplete,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Kbd,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Level } from '../../../core/shared/levels.ts';
import { useAgreements } from '../../stores/agreements.ts';
import {
  type DraftField,
  FIELD_PATHS,
  needsApproval,
  toItemInput,
  useAddItem,
  useItemForm,
} from '../../stores/item-form.ts';
import { useRegister } from '../../stores/register.ts';
import { FormError } from '../../ui/FormError.tsx';
import { DEFAULT_PROTECTION_YEARS, ENVELOPE_LETTER, envelopesFor, LEVELS } from '../../../core/shared/levels.ts';
import { LevelBadge } from '../../ui/LevelBadge.tsx';
import { PickSelect } from '../../ui/PickSelect.tsx';
import { useFocusFirstInvalid } from '../../ui/useFocusFirstInvalid.ts';
import {
  approverTitles,
  DOC_TYPES,
  TRANSMISSION_CHANNELS,
  TUYET_MAT_SUMMARY_ALLOWED,
  TUYET_MAT_SUMMARY_BASIS,
} from './model.ts';

/** The option that stands for "none" in a pick list (an empty value would read as "not chosen"). */
const NONE = '-';

/** Lower-case, single-spaced: how the service compares a typed marking with the agreement's table. */
const markingKey = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/**
 * Vào sổ: one form, keyboard first. Fields follow the direction (incoming: the foreign marking as printed;
 * outgoing: the release decision when sent under an agreement, and the protection term). Enter saves (Shift+Enter
 * starts a new line in the summary), Esc cancels; errors from the service appear under their fields.
 */
export function ItemForm() {
  const { t } = useTranslation();
  const { opened, draft, change, close, saved } = useItemForm();
  const { submitting, fieldErrors, error, unplaced, failures, submit } = useAddItem();
  const agreements = useAgreements((s) => s.list);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, failures);

  useEffect(() => {
    if (opened && useAgreements.getState().status === 'idle') void useAgreements.getState().load();
  }, [opened]);

  const err = (field: DraftField) => fieldErrors[FIELD_PATHS[field]];
  const text = (field: DraftField) => ({
    value: draft[field] as string,
    onChange: (e: { currentTarget: { value: string } }) => change(field, e.currentTarget.value as never),
    error: err(field),
    autoComplete: 'off',
  });
  const outgoing = draft.direction === 'outgoing';
  const level = draft.level;
  const noSummary = level === 'tuyet_mat' && !TUYET_MAT_SUMMARY_ALLOWED;
  const agreement = agreements.find((a) => a.code === draft.agreement);
  const markings = agreement?.equivalences.map((e) => e.foreignMarking) ?? [];
  const equivalence = agreement?.equivalences.find(
    (e) => draft.foreignMarking.trim() !== '' && markingKey(e.foreignMarking) === markingKey(draft.foreignMarking),
  );
  const defaultTerm = level ? DEFAULT_PROTECTION_YEARS[level] : null;
  const years = Number(draft.protectionYears);
  const shorter = defaultTerm !== null && draft.protectionYears.trim() !== '' && years > 0 && years < defaultTerm;

  const onSubmit = async () => {
    const ok = await submit(toItemInput(draft));
    const item = useAddItem.getState().result;
    if (ok && item) {
      saved(item);
      const register = useRegister.getState();
      if (register.book !== item.book) register.setBook(item.book);
      else void register.reload();
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      size={980}
      title={<Text fw={700}>{t('register.formTitle')}</Text>}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        ref={formRef}
        noValidate
        data-testid="item-form"
        onSubmit={(event) => {
          event.preventDefault();
          void onSubmit();
        }}
      >
        <Stack gap="sm">
          <SimpleGrid cols={4} spacing="sm">
            <PickSelect
              label={t('register.fields.direction')}
              data={(['incoming', 'outgoing'] as const).map((d) => ({
                value: d,
                label: t(`register.directions.${d}`),
              }))}
              value={draft.direction}
              onChange={(v) => v && change('direction', v as 'incoming' | 'outgoing')}
              error={err('direction')}
              required
              data-autofocus
            />
            <PickSelect
              label={t('register.fields.agreement')}
              description={outgoing ? t('register.hints.agreementOutgoing') : undefined}
              data={[
                ...(outgoing ? [{ value: NONE, label: t('register.noAgreement') }] : []),
                ...agreements.map((a) => ({ value: a.code, label: `${a.code} — ${a.counterpartyNameVi}` })),
              ]}
              value={draft.agreement || (outgoing ? NONE : null)}
              onChange={(v) => change('agreement', !v || v === NONE ? '' : v)}
              error={err('agreement')}
              required={!outgoing}
            />
            <PickSelect
              label={t('register.fields.level')}
              data={LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }))}
              value={level || null}
              onChange={(v) => change('level', (v ?? '') as Level | '')}
              error={err('level')}
              required
            />
            <div>
              <Text size="sm" fw={500} mb={4}>
                {t('register.envelope')}
              </Text>
              <Text size="sm" data-testid="envelope-info" aria-live="polite">
                {level
                  ? t(envelopesFor(level) === 2 ? 'register.envelopeTwo' : 'register.envelopeOne', {
                      letter: ENVELOPE_LETTER[level],
                    })
                  : t('register.envelopeChooseLevel')}
              </Text>
            </div>
          </SimpleGrid>
          {!outgoing && (
            <SimpleGrid cols={3} spacing="sm">
              <Autocomplete
                label={t('register.fields.foreignMarking')}
                description={t('register.hints.foreignMarking')}
                data={markings}
                {...text('foreignMarking')}
                onChange={(v) => change('foreignMarking', v)}
                required
              />
              <div>
                <Text size="sm" fw={500} mb={4}>
                  {t('register.fields.equivalentLevel')}
                </Text>
                <Text size="sm" component="div" data-testid="equivalent-level">
                  {!draft.foreignMarking.trim() || !agreement ? (
                    '—'
                  ) : equivalence ? (
                    <LevelBadge level={equivalence.vnLevel} />
                  ) : (
                    t('register.noEquivalenceRow', { code: agreement.code })
                  )}
                </Text>
              </div>
              <TextInput
                label={t('register.fields.foreignProtectionNote')}
                description={t('register.hints.foreignProtectionNote')}
                {...text('foreignProtectionNote')}
              />
            </SimpleGrid>
          )}
          <SimpleGrid cols={3} spacing="sm">
            <TextInput label={t('register.fields.docNumber')} {...text('docNumber')} required spellCheck={false} />
            <TextInput
              label={t('register.fields.docDate')}
              placeholder={t('register.datePlaceholder')}
              {...text('docDate')}
              required
            />
            <Autocomplete
              label={t('register.fields.docType')}
              data={DOC_TYPES}
              {...text('docType')}
              onChange={(v) => change('docType', v)}
              required
            />
          </SimpleGrid>
          <Textarea
            label={t('register.fields.summary')}
            description={noSummary ? t('register.hints.noSummary', { basis: TUYET_MAT_SUMMARY_BASIS }) : undefined}
            {...text('summary')}
            value={noSummary ? '' : draft.summary}
            disabled={noSummary}
            required={!noSummary}
            autosize
            minRows={2}
            maxRows={5}
            onKeyDown={(event) => {
              // Enter saves here too; Shift+Enter is a new line.
              if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
                event.preventDefault();
                formRef.current?.requestSubmit();
              }
            }}
          />
          <SimpleGrid cols={3} spacing="sm">
            <TextInput
              label={t(outgoing ? 'register.fields.signer' : 'register.fields.originator')}
              {...text('originator')}
              required
            />
            <TextInput
              label={t('register.fields.foreignBody')}
              {...text('foreignBody')}
              required={outgoing && draft.agreement !== ''}
            />
            <TextInput label={t('register.fields.recipients')} {...text('recipients')} />
          </SimpleGrid>
          <SimpleGrid cols={4} spacing="sm">
            <TextInput label={t('register.fields.copies')} inputMode="numeric" {...text('copies')} required />
            <TextInput label={t('register.fields.pages')} inputMode="numeric" {...text('pages')} />
            <TextInput label={t('register.fields.department')} {...text('department')} />
            <TextInput
              label={t('register.fields.levelDeterminedOn')}
              description={t('register.hints.levelDeterminedOn')}
              placeholder={t('register.datePlaceholder')}
              {...text('levelDeterminedOn')}
            />
          </SimpleGrid>
          {outgoing && (
            <SimpleGrid cols={2} spacing="sm">
              <TextInput
                label={t('register.fields.protectionYears')}
                description={
                  defaultTerm !== null
                    ? t('register.hints.protectionDefault', {
                        years: defaultTerm,
                        level: t(`levels.${level as Level}`),
                      })
                    : t('register.hints.protectionChooseLevel')
                }
                placeholder={defaultTerm !== null ? String(defaultTerm) : undefined}
                inputMode="numeric"
                {...text('protectionYears')}
              />
              {(shorter || err('protectionReason')) && (
                <TextInput
                  label={t('register.fields.protectionReason')}
                  description={t('register.hints.protectionReason')}
                  {...text('protectionReason')}
                  required
                />
              )}
            </SimpleGrid>
          )}
          {needsApproval(draft) && (
            <Fieldset legend={t('register.sectionApproval')} data-testid="approval-block">
              {fieldErrors.approval && (
                <Text size="sm" c="red" role="alert" mb={6}>
                  {fieldErrors.approval}
                </Text>
              )}
              <SimpleGrid cols={3} spacing="sm">
                <TextInput label={t('register.fields.approverName')} {...text('approverName')} required />
                <Autocomplete
                  label={t('register.fields.approverTitle')}
                  description={t('register.hints.approverTitle')}
                  data={approverTitles(level)}
                  {...text('approverTitle')}
                  onChange={(v) => change('approverTitle', v)}
                  required
                />
                <TextInput
                  label={t('register.fields.decisionNo')}
                  {...text('decisionNo')}
                  required
                  spellCheck={false}
                />
                <TextInput
                  label={t('register.fields.decisionDate')}
                  placeholder={t('register.datePlaceholder')}
                  {...text('decisionDate')}
                  required
                />
                <TextInput
                  label={t('register.fields.legalBasis')}
                  placeholder={t('register.hints.legalBasisExample')}
                  {...text('legalBasis')}
                  required
                  style={{ gridColumn: 'span 2' }}
                />
              </SimpleGrid>
            </Fieldset>
          )}
          <Fieldset legend={t('register.sectionHandling')}>
            <SimpleGrid cols={3} spacing="sm">
              <PickSelect
                label={t('register.fields.channel')}
                data={[
                  { value: NONE, label: t('register.noChannel') },
                  ...TRANSMISSION_CHANNELS.map((c) => ({ value: c, label: t(`register.channels.${c}`) })),
                ]}
                value={draft.channel || NONE}
                onChange={(v) => change('channel', !v || v === NONE ? '' : v)}
                error={err('channel')}
              />
              <TextInput label={t('register.fields.storagePlace')} {...text('storagePlace')} />
              <TextInput
                label={t('register.fields.returnBy')}
                placeholder={t('register.datePlaceholder')}
                {...text('returnBy')}
              />
            </SimpleGrid>
            <Group gap="xl" mt="sm">
              <Checkbox
                label={t('register.fields.namedRecipientOnly')}
                checked={draft.namedRecipientOnly}
                onChange={(e) => change('namedRecipientOnly', e.currentTarget.checked)}
              />
              <Checkbox
                label={t('register.fields.copyingAllowed')}
                checked={draft.copyingAllowed}
                onChange={(e) => change('copyingAllowed', e.currentTarget.checked)}
              />
            </Group>
          </Fieldset>
          <TextInput label={t('register.fields.notes')} {...text('notes')} />
          <FormError error={error} unplaced={unplaced} />
          {!error && failures > 0 && Object.keys(fieldErrors).length > 0 && (
            <Alert color="red" role="alert" py={6}>
              {t('register.fixErrors')}
            </Alert>
          )}
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              <Kbd size="xs">Enter</Kbd> {t('register.keysSave')} · <Kbd size="xs">Esc</Kbd> {t('register.keysCancel')}
            </Text>
            <Group gap="xs">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={submitting}>
                {t('register.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

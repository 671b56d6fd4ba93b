import { Alert, Button, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '../../../core/api/contract.ts';
import type { SigningAuthority } from '../../../core/domain/settings.ts';
import { call } from '../../bridge/call.ts';
import { createFormAction } from '../../stores/form-action.ts';
import { useSession } from '../../stores/session.ts';
import { FormError } from '../../ui/FormError.tsx';
import { PickSelect } from '../../ui/PickSelect.tsx';
import { useFocusFirstInvalid } from '../../ui/useFocusFirstInvalid.ts';
import { SIGNING_AUTHORITIES, signerTitlesNeeded } from './document-settings.ts';

type DocumentSettingsInput = NonNullable<ChannelInput<'settings.updateDocuments'>>;

const TEXT_FIELDS = ['placeName', 'parentBody', 'archiveUnit', 'signerHeadTitle', 'signerTitle', 'signerName'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

export const useUpdateDocumentSettings = createFormAction(
  (input: DocumentSettingsInput) => call('settings.updateDocuments', input),
  [...TEXT_FIELDS, 'archiveCopies', 'signingAuthority'],
);

const whole = (v: number | string) => (typeof v === 'number' ? v : Number.parseInt(v, 10));

/**
 * Văn bản: what the unit's documents print besides its name — the place name, the parent body, the "Lưu" line and
 * the default signer in the Decree 30 forms (the last two only in unit mode, where incident reports are written). Empty fields are allowed (the documents then leave the place blank and
 * their preview says so). Only what changed is sent; the register audits each change.
 */
export function DocumentSettingsPanel() {
  const { t } = useTranslation();
  const current = useSession((s) => s.status?.settings);
  // The police's register prints key sheets and receipt covers only: no signature block, no "Lưu" line.
  const unitMode = useSession((s) => s.status?.mode === 'unit');
  const [texts, setTexts] = useState<Record<TextField, string>>(
    () => Object.fromEntries(TEXT_FIELDS.map((f) => [f, current?.[f] ?? ''])) as Record<TextField, string>,
  );
  const [copies, setCopies] = useState<number | string>(current?.archiveCopies ?? 1);
  const [authority, setAuthority] = useState<SigningAuthority>(current?.signingAuthority ?? 'direct');
  const { submitting, fieldErrors, error, unplaced, failures, result, submit, clearField } =
    useUpdateDocumentSettings();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, failures);
  const edited = (field: string) => {
    clearField(field);
    useUpdateDocumentSettings.setState({ result: null });
  };
  const titles = signerTitlesNeeded(authority);

  const text = (field: TextField, label: string, hint: string, width?: number) => (
    <TextInput
      label={label}
      description={hint}
      value={texts[field]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setTexts((s) => ({ ...s, [field]: value }));
        edited(field);
      }}
      error={fieldErrors[field]}
      autoComplete="off"
      styles={width ? { input: { width } } : undefined}
    />
  );

  return (
    <Stack gap="sm" maw={680} component="section" aria-labelledby="document-settings-heading">
      <Title order={2} size="h4" id="document-settings-heading">
        {t('documentSettings.heading')}
      </Title>
      <Text size="sm">{t('documentSettings.intro')}</Text>
      <form
        ref={formRef}
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          const input: DocumentSettingsInput = {};
          for (const field of TEXT_FIELDS) {
            const typed = texts[field].trim();
            if (typed !== (current?.[field] ?? '')) input[field] = typed;
          }
          const kept = whole(copies);
          if (kept !== current?.archiveCopies) input.archiveCopies = Number.isFinite(kept) ? kept : 0;
          if (authority !== current?.signingAuthority) input.signingAuthority = authority;
          if (await submit(input)) await useSession.getState().refresh();
        }}
      >
        <Stack gap="sm">
          {text('placeName', t('documentSettings.placeName'), t('documentSettings.placeNameHint'), 320)}
          {text('parentBody', t('documentSettings.parentBody'), t('documentSettings.parentBodyHint'))}
          {unitMode && (
            <>
              <Group align="flex-start" grow>
                {text('archiveUnit', t('documentSettings.archiveUnit'), t('documentSettings.archiveUnitHint'))}
                <NumberInput
                  label={t('documentSettings.archiveCopies')}
                  description={t('documentSettings.archiveCopiesHint')}
                  value={copies}
                  onChange={(v) => {
                    setCopies(v);
                    edited('archiveCopies');
                  }}
                  error={fieldErrors.archiveCopies}
                  allowDecimal={false}
                  allowNegative={false}
                  hideControls
                />
              </Group>
              <Title order={3} size="h5" mt="xs">
                {t('documentSettings.signerHeading')}
              </Title>
              <Text size="sm">{t('documentSettings.signerIntro')}</Text>
              <PickSelect
                label={t('documentSettings.signingAuthority')}
                description={t('documentSettings.signingAuthorityHint')}
                data={SIGNING_AUTHORITIES.map((a) => ({ value: a, label: t(`documentSettings.authorities.${a}`) }))}
                value={authority}
                onChange={(v) => {
                  if (v) setAuthority(v as SigningAuthority);
                  edited('signingAuthority');
                }}
                error={fieldErrors.signingAuthority}
                maw={420}
              />
              {titles.includes('signerHeadTitle') &&
                (authority === 'TM'
                  ? text(
                      'signerHeadTitle',
                      t('documentSettings.signerCollective'),
                      t('documentSettings.signerCollectiveHint'),
                    )
                  : text(
                      'signerHeadTitle',
                      t('documentSettings.signerHeadTitle'),
                      t('documentSettings.signerHeadTitleHint'),
                    ))}
              {titles.includes('signerTitle') &&
                text('signerTitle', t('documentSettings.signerTitle'), t('documentSettings.signerTitleHint'))}
              {text('signerName', t('documentSettings.signerName'), t('documentSettings.signerNameHint'), 420)}
            </>
          )}
          {result && (
            <Alert color="green" role="status" py={6}>
              <Text size="sm" data-testid="document-settings-saved">
                {t('documentSettings.saved')}
              </Text>
            </Alert>
          )}
          <FormError error={error} unplaced={unplaced} />
          <Group>
            <Button type="submit" loading={submitting}>
              {t('documentSettings.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

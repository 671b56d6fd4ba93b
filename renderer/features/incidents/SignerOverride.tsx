import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../stores/session.ts';
import type { FieldErrors } from '../../ui/issues.ts';
import { PickSelect } from '../../ui/PickSelect.tsx';
import type { SigningAuthority } from '../../../core/domain/settings.ts';
import { SIGNING_AUTHORITIES, signerTitlesNeeded } from '../admin/document-settings.ts';

type Settings = NonNullable<AppStatus['settings']>;

/** The place and signer one print names instead of the settings' (incidents.print takes them as they are). */
export interface NamedSigner {
  place: string | null;
  signingAuthority: SigningAuthority;
  signerHeadTitle: string | null;
  signerTitle: string | null;
  signerName: string | null;
}

const TEXTS = ['place', 'signerHeadTitle', 'signerTitle', 'signerName'] as const;

/** "KT. Giám đốc · Phó Giám đốc · Nguyễn Thị Hồng Nhung": the signature block's lines as typed. */
function signerLine(s: Omit<NamedSigner, 'place'>): string {
  const titles = signerTitlesNeeded(s.signingAuthority);
  const head = titles.includes('signerHeadTitle') && s.signerHeadTitle;
  return [
    s.signingAuthority === 'direct' ? null : `${s.signingAuthority}. ${head || ''}`.trim(),
    titles.includes('signerTitle') ? s.signerTitle : null,
    s.signerName,
  ]
    .filter((part): part is string => !!part)
    .join(' · ');
}

/**
 * Who signs this report and where (ô 7, ô 4): the settings' signer and place, shown as they will print, or — for
 * this print only — another signer or place, starting from the settings' values. The settings do not change.
 */
export function SignerOverride({
  settings,
  named,
  onChange,
  errors,
}: {
  settings: Settings | null;
  named: NamedSigner | null;
  onChange(next: NamedSigner | null): void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  const fromSettings: NamedSigner = {
    place: settings?.placeName ?? null,
    signingAuthority: settings?.signingAuthority ?? 'direct',
    signerHeadTitle: settings?.signerHeadTitle ?? null,
    signerTitle: settings?.signerTitle ?? null,
    signerName: settings?.signerName ?? null,
  };
  const shown = named ?? fromSettings;
  const none = t('incidents.flow.notSet');

  if (!named)
    return (
      <Group gap="sm" align="center" data-testid="incident-signer">
        <Text size="sm">
          {t('incidents.flow.placeLine', { place: shown.place || none })} ·{' '}
          {t('incidents.flow.signerLine', { signer: signerLine(shown) || none })}
        </Text>
        <Button variant="subtle" size="compact-sm" onClick={() => onChange({ ...fromSettings })}>
          {t('incidents.flow.changeSigner')}
        </Button>
      </Group>
    );

  const titles = signerTitlesNeeded(named.signingAuthority);
  const field = (key: (typeof TEXTS)[number], label: string) => (
    <TextInput
      key={key}
      label={label}
      value={named[key] ?? ''}
      onChange={(e) => onChange({ ...named, [key]: e.currentTarget.value === '' ? null : e.currentTarget.value })}
      error={errors[key]}
      autoComplete="off"
      style={{ flex: 1, minWidth: 200 }}
    />
  );
  return (
    <Stack gap={6} data-testid="incident-signer-override">
      <Text size="sm">{t('incidents.flow.overrideHint')}</Text>
      <Group align="flex-start" wrap="wrap">
        {field('place', t('documentSettings.placeName'))}
        <PickSelect
          label={t('documentSettings.signingAuthority')}
          data={SIGNING_AUTHORITIES.map((a) => ({ value: a, label: t(`documentSettings.authorities.${a}`) }))}
          value={named.signingAuthority}
          onChange={(v) => v && onChange({ ...named, signingAuthority: v as SigningAuthority })}
          error={errors.signingAuthority}
          style={{ flex: 1, minWidth: 260 }}
        />
      </Group>
      <Group align="flex-start" wrap="wrap">
        {titles.includes('signerHeadTitle') &&
          field(
            'signerHeadTitle',
            named.signingAuthority === 'TM'
              ? t('documentSettings.signerCollective')
              : t('documentSettings.signerHeadTitle'),
          )}
        {titles.includes('signerTitle') && field('signerTitle', t('documentSettings.signerTitle'))}
        {field('signerName', t('documentSettings.signerName'))}
      </Group>
      <Group>
        <Button variant="subtle" size="compact-sm" onClick={() => onChange(null)}>
          {t('incidents.flow.useSettingsSigner')}
        </Button>
      </Group>
    </Stack>
  );
}

import { Autocomplete, Fieldset, NativeSelect, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Book } from '../../../core/domain/items.ts';
import { useAgreements } from '../../stores/agreements.ts';
import { COMMON_HEADERS, IMPORT_FIELDS, type ImportForm } from './import-mapping.ts';
import { LEVELS } from '../../../core/shared/levels.ts';

/** Which book, sheet, rows and columns of an old register hold what: needed only for a file the app did not write. */
export function ImportMappingForm({ form, edit }: { form: ImportForm; edit: (change: Partial<ImportForm>) => void }) {
  const { t } = useTranslation();
  const agreements = useAgreements((s) => s.list);
  return (
    <>
      <SimpleGrid cols={3} spacing="sm">
        <NativeSelect
          label={t('register.import.book')}
          value={form.book}
          onChange={(e) => edit({ book: e.currentTarget.value as Book })}
          data={(['incoming', 'outgoing'] as const).map((b) => ({ value: b, label: t(`register.books.${b}`) }))}
        />
        <TextInput
          label={t('register.import.headerRow')}
          inputMode="numeric"
          value={form.headerRow}
          onChange={(e) => edit({ headerRow: e.currentTarget.value })}
        />
        <NativeSelect
          label={t('register.import.encoding')}
          value={form.encoding}
          onChange={(e) => edit({ encoding: e.currentTarget.value as ImportForm['encoding'] })}
          data={(['auto', 'unicode', 'tcvn3', 'vni'] as const).map((v) => ({
            value: v,
            label: t(`register.import.encodings.${v}`),
          }))}
        />
        <TextInput
          label={t('register.import.sheet')}
          description={t('register.import.sheetHint')}
          value={form.sheet}
          onChange={(e) => edit({ sheet: e.currentTarget.value })}
        />
        <TextInput
          label={t('register.import.year')}
          description={t('register.import.yearHint')}
          inputMode="numeric"
          value={form.year}
          onChange={(e) => edit({ year: e.currentTarget.value })}
        />
      </SimpleGrid>
      <Fieldset legend={t('register.import.columns')}>
        <Text size="xs" c="dimmed" mb={6}>
          {t('register.import.columnsHint')}
        </Text>
        <SimpleGrid cols={6} spacing="xs">
          {IMPORT_FIELDS.map((field) => (
            <Autocomplete
              key={field}
              size="xs"
              label={t(`register.import.fields.${field}`)}
              data={COMMON_HEADERS}
              value={form.columns[field] ?? ''}
              onChange={(v) => edit({ columns: { ...form.columns, [field]: v } })}
              autoComplete="off"
            />
          ))}
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('register.import.defaults')}>
        <SimpleGrid cols={6} spacing="xs">
          <NativeSelect
            size="xs"
            label={t('register.fields.agreement')}
            value={form.defaults.agreement}
            onChange={(e) => edit({ defaults: { ...form.defaults, agreement: e.currentTarget.value } })}
            data={[{ value: '', label: '—' }, ...agreements.map((a) => ({ value: a.code, label: a.code }))]}
          />
          <NativeSelect
            size="xs"
            label={t('register.fields.level')}
            value={form.defaults.level}
            onChange={(e) => edit({ defaults: { ...form.defaults, level: e.currentTarget.value } })}
            data={[{ value: '', label: '—' }, ...LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }))]}
          />
          {(['docType', 'originator', 'copies', 'department'] as const).map((k) => (
            <TextInput
              key={k}
              size="xs"
              label={t(`register.fields.${k}`)}
              value={form.defaults[k]}
              onChange={(e) => edit({ defaults: { ...form.defaults, [k]: e.currentTarget.value } })}
              autoComplete="off"
            />
          ))}
        </SimpleGrid>
      </Fieldset>
    </>
  );
}

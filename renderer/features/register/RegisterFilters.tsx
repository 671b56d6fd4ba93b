import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgreements } from '../../stores/agreements.ts';
import { filterProblems, type RegisterFilter, useRegister } from '../../stores/register.ts';
import { LEVELS } from '../../../core/shared/levels.ts';
import { ITEM_STATUSES } from './model.ts';

/** Năm, độ mật, Hiệp định, trạng thái, từ ngày – đến ngày (of the document). Each change reloads the list. */
export function RegisterFilters() {
  const { t } = useTranslation();
  const stored = useRegister((s) => s.filter);
  const setFilter = useRegister((s) => s.setFilter);
  const agreements = useAgreements((s) => s.list);
  // Typed text (year, dates) is applied when it parses; the rest applies at once.
  const [form, setForm] = useState<RegisterFilter>(stored);
  useEffect(() => setForm(stored), [stored]);
  const bad = filterProblems(form);

  const apply = (next: RegisterFilter) => {
    setForm(next);
    if (filterProblems(next).length === 0) setFilter(next);
  };
  const typed = (field: keyof RegisterFilter) => ({
    value: form[field],
    onChange: (e: { currentTarget: { value: string } }) => apply({ ...form, [field]: e.currentTarget.value }),
    autoComplete: 'off',
    size: 'xs' as const,
  });

  return (
    <Group gap="xs" align="flex-start" wrap="wrap" role="search" aria-label={t('register.filters')}>
      <TextInput
        label={t('register.filter.year')}
        w={90}
        inputMode="numeric"
        placeholder={t('register.filter.all')}
        error={bad.includes('year') ? t('register.filter.badYear') : undefined}
        {...typed('year')}
      />
      <NativeSelect
        label={t('register.filter.level')}
        size="xs"
        value={form.level}
        onChange={(e) => apply({ ...form, level: e.currentTarget.value })}
        data={[
          { value: '', label: t('register.filter.all') },
          ...LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) })),
        ]}
      />
      <NativeSelect
        label={t('register.filter.agreement')}
        size="xs"
        value={form.agreement}
        onChange={(e) => apply({ ...form, agreement: e.currentTarget.value })}
        data={[
          { value: '', label: t('register.filter.all') },
          ...agreements.map((a) => ({ value: a.code, label: a.code })),
        ]}
      />
      <NativeSelect
        label={t('register.filter.status')}
        size="xs"
        value={form.status}
        onChange={(e) => apply({ ...form, status: e.currentTarget.value })}
        data={[
          { value: '', label: t('register.filter.all') },
          ...ITEM_STATUSES.map((s) => ({ value: s, label: t(`register.statuses.${s}`) })),
        ]}
      />
      <TextInput
        label={t('register.filter.from')}
        w={120}
        placeholder={t('register.datePlaceholder')}
        error={bad.includes('from') ? t('register.filter.badDate') : undefined}
        {...typed('from')}
      />
      <TextInput
        label={t('register.filter.to')}
        w={120}
        placeholder={t('register.datePlaceholder')}
        error={bad.includes('to') ? t('register.filter.badDate') : undefined}
        {...typed('to')}
      />
    </Group>
  );
}

import { Combobox, Group, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../bridge/call.ts';
import type { ChosenItem } from '../../stores/incident-form.ts';
import { LevelBadge } from '../../ui/LevelBadge.tsx';
import type { FoundItem } from './model.ts';

/** How long typing must pause before the register is searched, and how many matches are offered. */
const DEBOUNCE_MS = 150;
const LIMIT = 20;

interface Props {
  chosen: readonly ChosenItem[];
  onPick(item: FoundItem): void;
  error?: string;
}

/**
 * Picks register entries by typing a few letters of their number, số/ký hiệu or summary (tones optional): the
 * register's own search answers, newest first; arrows move, Enter takes the highlighted entry and clears the box
 * for the next one.
 */
export function ItemPicker({ chosen, onPick, error }: Props) {
  const { t } = useTranslation();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<FoundItem[]>([]);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const generation = useRef(0);
  const store = useRef(combobox);
  store.current = combobox;

  useEffect(() => {
    const q = query.trim();
    if (q === '') {
      setFound([]);
      setLoading(false);
      return;
    }
    const mine = ++generation.current;
    setLoading(true);
    const timer = setTimeout(async () => {
      const result = await call('items.search', { query: q, limit: LIMIT });
      if (generation.current !== mine) return;
      setLoading(false);
      setFailed(!result.ok);
      setFound(result.ok ? result.value.items : []);
      store.current.openDropdown();
      // The best match is highlighted at once, so Enter takes it.
      requestAnimationFrame(() => store.current.selectFirstOption());
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const taken = new Set(chosen.map((c) => c.itemId));
  const offered = found.filter((i) => !taken.has(i.id));

  const pick = (id: string) => {
    const item = offered.find((i) => i.id === id);
    if (!item) return;
    onPick(item);
    setQuery('');
    setFound([]);
    combobox.closeDropdown();
  };

  return (
    <Combobox store={combobox} onOptionSubmit={pick} withinPortal>
      <Combobox.Target>
        <TextInput
          label={t('incidents.form.items')}
          description={t('incidents.form.itemsHint')}
          placeholder={t('incidents.form.itemsPlaceholder')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          onFocus={() => query && combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={(e) => {
            // Enter with text typed picks (never files the report); Esc first closes the list, not the form.
            if (e.key === 'Enter' && query.trim() !== '') {
              e.preventDefault();
              if (combobox.dropdownOpened) {
                const index = combobox.getSelectedOptionIndex();
                const item = offered[Math.max(index, 0)];
                if (item) pick(item.id);
              }
            } else if (e.key === 'Escape' && (combobox.dropdownOpened || query)) {
              e.stopPropagation();
              e.preventDefault();
              setQuery('');
              combobox.closeDropdown();
            }
          }}
          error={error}
          rightSection={loading ? <Loader size={14} aria-label={t('app.loading')} /> : null}
          autoComplete="off"
          spellCheck={false}
          data-testid="incident-item-picker"
          required
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options mah={320} style={{ overflowY: 'auto' }} aria-label={t('incidents.form.itemsFound')}>
          {failed && <Combobox.Empty>{t('incidents.form.itemsSearchFailed')}</Combobox.Empty>}
          {!failed && offered.length === 0 && !loading && (
            <Combobox.Empty>{t('incidents.form.itemsNone')}</Combobox.Empty>
          )}
          {offered.map((item) => (
            <Combobox.Option
              key={item.id}
              value={item.id}
              aria-label={t('incidents.form.itemOption', {
                number: t(`register.numberLabel.${item.book}`),
                no: item.registerNo,
                year: item.registerYear,
                doc: item.docNumber,
              })}
            >
              <Group gap={8} wrap="nowrap">
                <Text size="sm" fw={700} className="cxr-nowrap">
                  {t(`register.numberLabel.${item.book}`)} {item.registerNo}/{item.registerYear}
                </Text>
                <Text size="sm" className="cxr-nowrap">
                  {item.docNumber}
                </Text>
                <LevelBadge level={item.level} />
                {item.agreement && (
                  <Text size="xs" c="dimmed">
                    {item.agreement}
                  </Text>
                )}
                <Text size="xs" c="dimmed" truncate>
                  {item.docType}
                  {item.summary ? `: ${item.summary}` : ''}
                </Text>
              </Group>
            </Combobox.Option>
          ))}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}

import { type ComboboxItem, type OptionsFilter, Select, type SelectProps } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { foldChar } from '../features/register/highlight.ts';

const fold = (s: string) => Array.from(s, foldChar).join('');

/** Options whose label contains what was typed, tones and đ ignored ("toi" finds "Tối mật"). */
export const foldedFilter: OptionsFilter = ({ options, search }) => {
  const wanted = fold(search.trim());
  // Exact first, then "starts with", then "contains": "mat" picks Mật, not Tuyệt mật.
  const rank = (label: string) => (label === wanted ? 0 : label.startsWith(wanted) ? 1 : 2);
  return (options as ComboboxItem[])
    .map((o) => ({ o, label: fold(o.label) }))
    .filter((x) => x.label.includes(wanted))
    .sort((a, b) => rank(a.label) - rank(b.label))
    .map((x) => x.o);
};

type Props = Omit<SelectProps, 'data'> & { data: ComboboxItem[] };

/**
 * A choice picked by typing: type a few letters (tones optional), the best match is taken on Enter or Tab. The
 * text is selected on focus, so typing replaces the current choice. An option reached with the arrow keys wins.
 * (Mantine's own "select first option" is not used: it can highlight an option of the list before filtering.)
 */
export function PickSelect({ data, value, onChange, onKeyDown, onBlurCapture, ...rest }: Props) {
  const [search, setSearch] = useState('');
  const current = data.find((o) => o.value === value);
  const input = useRef<HTMLInputElement>(null);

  // The choice can change while the field has the cursor (another field decided it, e.g. the direction): the new
  // text is selected again once shown, so typing still replaces it instead of appending to it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on purpose when the chosen value changes
  useEffect(() => {
    const el = input.current;
    if (!el || el.ownerDocument.activeElement !== el) return;
    const frame = requestAnimationFrame(() => el.select());
    return () => cancelAnimationFrame(frame);
  }, [value]);

  /** Takes the best match for the typed text; true when the typed text decided the choice. */
  const pickTyped = (input: HTMLInputElement): boolean => {
    if (input.getAttribute('aria-activedescendant')) return false;
    if (search.trim() === '' || (current && search === current.label)) return false;
    const best = foldedFilter({ options: data, search, limit: 1 })[0] as ComboboxItem | undefined;
    if (!best) return false;
    if (best.value !== value) onChange?.(best.value, best);
    setSearch(best.label);
    return true;
  };

  return (
    <Select
      ref={input}
      searchable
      openOnFocus={false}
      autoSelectOnBlur
      allowDeselect={false}
      filter={foldedFilter}
      data={data}
      value={value ?? null}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      onFocus={(e) => e.currentTarget.select()}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !e.nativeEvent.isComposing && pickTyped(e.currentTarget)) e.preventDefault();
        onKeyDown?.(e);
      }}
      onBlurCapture={(e) => {
        pickTyped(e.currentTarget as HTMLInputElement);
        onBlurCapture?.(e);
      }}
      comboboxProps={{ withinPortal: true }}
      {...rest}
    />
  );
}

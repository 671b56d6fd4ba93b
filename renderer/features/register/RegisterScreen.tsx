import { Alert, Button, Group, Kbd, List, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Book } from '../../../core/domain/items.ts';
import { useAgreements } from '../../stores/agreements.ts';
import { useItemForm } from '../../stores/item-form.ts';
import { usePrint } from '../../stores/print.ts';
import { useRegister } from '../../stores/register.ts';
import { useCan } from '../../stores/session.ts';
import { errorText } from '../../ui/errors.ts';
import { useKeyboardShortcut } from '../../ui/useKeyboardShortcut.ts';
import { MarkedNotice, RegisterPrintBar } from '../print/RegisterPrintBar.tsx';
import { ExportDialog } from './ExportDialog.tsx';
import { ImportWizard } from './ImportWizard.tsx';
import { ItemDetail } from './ItemDetail.tsx';
import { ItemForm } from './ItemForm.tsx';
import { ItemList } from './ItemList.tsx';
import { BOOKS } from './model.ts';
import { RegisterFilters } from './RegisterFilters.tsx';

/** How long typing must pause before the search runs. */
const SEARCH_DEBOUNCE_MS = 150;

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** The number as the register writes it: "Số đến 12/2026". */
function SavedNotice() {
  const { t } = useTranslation();
  const item = useItemForm((s) => s.lastSaved);
  const dismiss = useItemForm((s) => s.dismissSaved);
  if (!item) return null;
  return (
    <Alert
      color={item.warnings.length ? 'orange' : 'green'}
      role="status"
      data-testid="item-saved"
      py="xs"
      withCloseButton
      onClose={dismiss}
      closeButtonLabel={t('common.close')}
    >
      <Text size="sm">{t('register.savedIntro')}</Text>
      <Text fz={26} fw={800} lh={1.25} data-testid="saved-number">
        {t(`register.numberLabel.${item.book}`)} {item.registerNo}/{item.registerYear}
      </Text>
      <Text size="sm">
        {t(item.envelopes === 2 ? 'register.envelopeTwo' : 'register.envelopeOne', { letter: item.envelopeLetter })}
      </Text>
      {item.warnings.length > 0 && (
        <>
          <Text size="sm" fw={600} mt={6}>
            {t('register.warningsTitle')}
          </Text>
          <List size="sm" data-testid="saved-warnings">
            {item.warnings.map((w) => (
              <List.Item key={w}>{w}</List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  );
}

/**
 * Sổ đăng ký: the two books (đi, đến) as tabs, each listed in the paper register's column order, newest first.
 * Ctrl+F or "/" goes to the search box, Ctrl+N opens a new entry, arrows move in the list, Enter opens an entry.
 * Printing (RegisterPrintBar: Ctrl+P book, Ctrl+B envelope labels, Ctrl+G receipt) always starts with the preview.
 */
export function RegisterScreen() {
  const { t, i18n } = useTranslation();
  const { book, query, mode, total, matches, matchesCapped, status, error, openId } = useRegister();
  const { setBook, setQuery, reload, open } = useRegister.getState();
  const canCreate = useCan('items.create');
  const canExport = useCan('items.export');
  const canImport = useCan('items.import');
  const canPrint = useCan('documents.print');
  const formOpen = useItemForm((s) => s.opened);
  const previewOpen = usePrint((s) => s.doc !== null);
  const [exporting, setExporting] = useState(false);
  const [importing, setImporting] = useState(false);
  const search = useRef<HTMLInputElement>(null);
  const dialogOpen = formOpen || exporting || importing || openId !== null || previewOpen;

  useEffect(() => {
    if (useAgreements.getState().status === 'idle') void useAgreements.getState().load();
    void reload();
  }, [reload]);

  // The search runs when typing pauses; the first run (on mount) is the reload above.
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on purpose each time the typed text changes
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => void reload(), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const focusSearch = useCallback(() => {
    search.current?.focus();
    search.current?.select();
  }, []);
  useKeyboardShortcut('Ctrl+F', focusSearch, !dialogOpen);
  useKeyboardShortcut('Ctrl+N', () => useItemForm.getState().open(book), canCreate && !dialogOpen);
  useEffect(() => {
    if (dialogOpen) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.altKey || event.metaKey || isEditable(event.target)) return;
      event.preventDefault();
      focusSearch();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [dialogOpen, focusSearch]);

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h3">
            {t('register.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('register.intro')}
          </Text>
        </div>
        <Group gap="xs">
          {canCreate && (
            <Button onClick={() => useItemForm.getState().open(book)} aria-keyshortcuts="Control+N">
              {t('register.add')}{' '}
              <Kbd size="xs" ml={6}>
                Ctrl+N
              </Kbd>
            </Button>
          )}
          {canExport && (
            <Button variant="default" onClick={() => setExporting(true)}>
              {t('register.export.button')}
            </Button>
          )}
          {canImport && (
            <Button variant="default" onClick={() => setImporting(true)}>
              {t('register.import.button')}
            </Button>
          )}
        </Group>
      </Group>
      <RegisterPrintBar shortcuts={!dialogOpen} />
      <SavedNotice />
      <Tabs value={book} onChange={(v) => v && setBook(v as Book)} keepMounted={false}>
        <Tabs.List>
          {BOOKS.map((b) => (
            <Tabs.Tab key={b} value={b} fw={600}>
              {t(`register.books.${b}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Group gap="md" align="flex-end" wrap="wrap">
        <TextInput
          ref={search}
          type="search"
          label={t('register.search')}
          description={t('register.searchHint')}
          placeholder={t('register.searchPlaceholder')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && query) {
              e.preventDefault();
              setQuery('');
            } else if (e.key === 'ArrowDown' || e.key === 'Enter') {
              e.preventDefault();
              document.querySelector<HTMLElement>('[data-testid="register-grid"]')?.focus();
            }
          }}
          w={320}
          size="xs"
          autoComplete="off"
          spellCheck={false}
          rightSection={<Kbd size="xs">/</Kbd>}
          rightSectionWidth={36}
        />
        <RegisterFilters />
      </Group>
      <Group justify="space-between" gap="xs">
        <Text size="sm" role="status" data-testid="register-count">
          {status === 'loading'
            ? t('app.loading')
            : mode === 'search'
              ? matchesCapped || matches > total
                ? t(matchesCapped ? 'register.shownOfMore' : 'register.shownOf', { shown: total, matches })
                : t('register.found', { count: total })
              : t('register.total', { count: total })}
        </Text>
        <Text size="xs" c="dimmed">
          <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> {t('register.keysMove')} · <Kbd size="xs">Enter</Kbd>{' '}
          {t('register.keysOpen')}
          {canPrint && (
            <>
              {' · '}
              <Kbd size="xs">Space</Kbd> {t('print.keysMark')}
            </>
          )}
        </Text>
      </Group>
      {status === 'failed' && error && (
        <Alert color="red" role="alert" py={6}>
          {errorText(t, i18n.language, error)}{' '}
          <Button size="compact-xs" variant="light" onClick={() => void reload()}>
            {t('app.retry')}
          </Button>
        </Alert>
      )}
      <MarkedNotice />
      <ItemList empty={mode === 'search' ? t('register.noMatches') : t('register.empty')} />
      <ItemDetail id={openId} onClose={() => open(null)} />
      {canCreate && <ItemForm />}
      {canExport && <ExportDialog opened={exporting} onClose={() => setExporting(false)} />}
      {canImport && <ImportWizard opened={importing} onClose={() => setImporting(false)} />}
    </Stack>
  );
}

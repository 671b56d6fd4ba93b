import { Button, Group, Kbd, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { type KeyboardEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePrint } from '../../stores/print.ts';
import { useCan } from '../../stores/session.ts';
import { useKeyboardShortcut } from '../../ui/useKeyboardShortcut.ts';
import { copyOfPage, offersDocx, type PrintDocument, permissionOf } from './documents.ts';
import { MissingSettingsNotice } from './MissingSettingsNotice.tsx';
import { PageControls } from './PageControls.tsx';
import { PageView } from './PageView.tsx';
import { PreviewStatus } from './PreviewStatus.tsx';
import { PrintNotice } from './PrintNotice.tsx';
import { usePdfView } from './usePdfView.ts';
import { usePrintSheets } from './usePrintSheets.ts';
import './print.css';

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2] as const;
/** Typing in the copies field rebuilds the preview once typing pauses. */
const COPIES_DEBOUNCE_MS = 400;

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** The preview's own keys: turn pages, jump to the ends, zoom. */
function pageKeyStep(key: string): number | 'first' | 'last' | 'zoomIn' | 'zoomOut' | null {
  if (key === 'PageDown') return 1;
  if (key === 'PageUp') return -1;
  if (key === 'Home') return 'first';
  if (key === 'End') return 'last';
  if (key === '+' || key === '=') return 'zoomIn';
  if (key === '-') return 'zoomOut';
  return null;
}

/** Today in Hà Nội (UTC+7) as YYYY-MM-DD, for default file names. */
const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

function useDocTitle(doc: PrintDocument | null): string {
  const { t } = useTranslation();
  if (!doc) return '';
  if (doc.kind === 'register')
    return t('print.titles.register', { book: t(`register.books.${doc.book}`), year: doc.year });
  if (doc.kind === 'envelope') return t('print.titles.envelope', { number: doc.docNumber });
  return t('print.titles.receipt', { count: doc.itemIds.length });
}

/**
 * Xem trước khi in: the document's pages rendered in the app (pdf.js, no external viewer, nothing leaves the
 * computer), with page turning, zoom and the number of copies; "In" opens the system print dialog for exactly these
 * pages, "Lưu PDF"/"Lưu DOCX" write a file chosen in the save dialog. Prints and saves are audited by the register.
 */
export function PrintPreview() {
  const { t } = useTranslation();
  const doc = usePrint((s) => s.doc);
  const copies = usePrint((s) => s.copies);
  const status = usePrint((s) => s.status);
  const preview = usePrint((s) => s.preview);
  const busy = usePrint((s) => s.busy);
  const { close, setCopies, load, save, print } = usePrint.getState();
  const canSave = useCan(doc ? permissionOf(doc) : 'documents.print');
  const title = useDocTitle(doc);
  const { view, failed: viewFailed } = usePdfView(preview);
  const { preparing, printSheets, stop } = usePrintSheets();
  const [page, setPage] = useState(1);
  const [zoom, setZoom] = useState<number>(1);
  const [typedCopies, setTypedCopies] = useState<string | number>(1);
  const opened = doc !== null;

  // A new document starts at its first page, one copy, 100 %.
  // biome-ignore lint/correctness/useExhaustiveDependencies: resets on purpose when another document opens
  useEffect(() => {
    setPage(1);
    setZoom(1);
    setTypedCopies(1);
  }, [doc]);

  // A rebuilt preview may have fewer pages (fewer copies): stay within it.
  useEffect(() => {
    if (view) setPage((p) => Math.min(p, view.pages));
  }, [view]);

  // A changed number of copies rebuilds the preview when typing pauses.
  useEffect(() => {
    if (!preview || preview.copies === copies) return;
    const timer = setTimeout(() => void load(), COPIES_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [copies, preview, load]);

  const pages = view?.pages ?? 0;
  const ready = status === 'ready' && view !== null && !viewFailed;
  const idle = ready && busy === null && preparing === null && preview?.copies === copies;
  const go = (n: number) => setPage(Math.max(1, Math.min(pages, n)));
  const zoomBy = (step: number) => {
    const i = ZOOMS.findIndex((z) => z >= zoom);
    setZoom(ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, (i < 0 ? ZOOMS.length - 1 : i) + step))] ?? 1);
  };

  const printNow = () => void print(() => (view ? printSheets(view) : Promise.resolve('failed' as const)));

  // While the preview is open these keys are its own (never the browser's print or save), acting when it is idle.
  useKeyboardShortcut('Ctrl+P', () => idle && printNow(), opened);
  useKeyboardShortcut('Ctrl+S', () => idle && canSave && void save('pdf', today()), opened);
  useKeyboardShortcut(
    'Ctrl+Shift+S',
    () => idle && canSave && doc !== null && offersDocx(doc) && void save('docx', today()),
    opened,
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.altKey || event.metaKey || !ready) return;
    const step = pageKeyStep(event.key);
    // Page Up/Down turn pages from anywhere in the dialog (the copies field has no use for them); Home, End and
    // +/− keep their meaning inside a field.
    if (step === null || (typeof step !== 'number' && isEditable(event.target))) return;
    event.preventDefault();
    if (step === 'first') go(1);
    else if (step === 'last') go(pages);
    else if (step === 'zoomIn') zoomBy(1);
    else if (step === 'zoomOut') zoomBy(-1);
    else go(page + step);
  };

  const where = preview?.classified && pages > 0 ? copyOfPage(page, pages, preview.copies) : null;

  return (
    <Modal
      opened={opened}
      onClose={() => {
        if (preparing) stop();
        else if (busy === null) close();
      }}
      fullScreen
      title={<Text fw={700}>{t('print.previewTitle', { what: title })}</Text>}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-testid="print-preview"
    >
      {/* biome-ignore lint/a11y/noStaticElementInteractions: page keys for the whole dialog; every control is a real button */}
      <div onKeyDown={onKeyDown}>
        <Stack gap="sm">
          <Group gap="md" align="flex-end" wrap="wrap">
            <NumberInput
              label={t('print.copies')}
              description={preview?.classified === false ? t('print.copiesPlain') : t('print.copiesClassified')}
              value={typedCopies}
              min={1}
              max={20}
              step={1}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="strict"
              w={230}
              size="xs"
              data-autofocus
              data-testid="print-copies"
              onChange={(value) => {
                setTypedCopies(value);
                if (typeof value === 'number' && value >= 1) setCopies(value);
              }}
            />
            <PageControls page={page} pages={pages} zoom={zoom} ready={ready} go={go} zoomBy={zoomBy} />
            <Group gap="xs" ml="auto">
              <Button onClick={printNow} disabled={!idle} loading={busy === 'print'} aria-keyshortcuts="Control+P">
                {t('print.print')}{' '}
                <Kbd size="xs" ml={6}>
                  Ctrl+P
                </Kbd>
              </Button>
              {canSave && (
                <Button
                  variant="default"
                  onClick={() => void save('pdf', today())}
                  disabled={!idle}
                  loading={busy === 'save'}
                  aria-keyshortcuts="Control+S"
                >
                  {t('print.savePdf')}{' '}
                  <Kbd size="xs" ml={6}>
                    Ctrl+S
                  </Kbd>
                </Button>
              )}
              {canSave && doc && offersDocx(doc) && (
                <Button
                  variant="default"
                  onClick={() => void save('docx', today())}
                  disabled={!idle}
                  aria-keyshortcuts="Control+Shift+S"
                >
                  {t('print.saveDocx')}{' '}
                  <Kbd size="xs" ml={6}>
                    Ctrl+Shift+S
                  </Kbd>
                </Button>
              )}
            </Group>
          </Group>
          <Text size="xs" c="dimmed">
            {preview?.classified === false ? t('print.plainNote') : t('print.classifiedNote')} {t('print.osCopiesNote')}
            {where && (
              <>
                {' · '}
                <strong data-testid="print-copy-status">
                  {t('print.pageOfCopy', { ...where, copies: preview?.copies ?? 1 })}
                </strong>
              </>
            )}
          </Text>
          <MissingSettingsNotice missing={preview?.missingSettings ?? []} />
          <PrintNotice />
          <PreviewStatus
            preparing={preparing}
            stop={stop}
            viewFailed={viewFailed}
            opening={status === 'ready' && !view && !viewFailed}
          />
          {view && !viewFailed && (
            <div
              className="cxr-preview-stage"
              data-testid="print-stage"
              data-pages={pages}
              // biome-ignore lint/a11y/noNoninteractiveTabindex: the page area scrolls with the arrow keys when zoomed in
              tabIndex={0}
            >
              <PageView view={view} page={Math.min(page, pages)} zoom={zoom} />
            </div>
          )}
        </Stack>
      </div>
    </Modal>
  );
}

// biome-ignore-all lint/a11y/useSemanticElements: a virtualized grid positions rows absolutely, which table elements do not allow reliably; the ARIA grid roles carry the semantics
// biome-ignore-all lint/a11y/useFocusableInteractive: the grid itself holds the focus and names the current row with aria-activedescendant
// biome-ignore-all lint/a11y/useKeyWithClickEvents: rows are reached with the arrow keys on the grid, Enter opens the current row
import { Text, VisuallyHidden } from '@mantine/core';
import { type KeyboardEvent, type ReactNode, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegister } from '../../stores/register.ts';
import { formatIsoDate } from '../../ui/format.ts';
import { LevelBadge } from '../../ui/LevelBadge.tsx';
import { Highlighted } from './Highlighted.tsx';
import { type Column, cellText, columnsOf, type Item } from './model.ts';
import { scrollTopToReveal, visibleWindow } from './windowing.ts';

/** Fixed row height (px): one line per entry, like a ruled register page. */
export const ROW_HEIGHT = 34;
/**
 * The header row's least height. Long headers ("Đơn vị, người nhận bản lưu") wrap onto more lines in narrow
 * columns, and the row grows to hold them (measured, so the rows below are windowed under it, not behind it).
 */
const MIN_HEADER_HEIGHT = 40;

/** Columns whose content must never be cut: the stamp (and its header word, "Classification"), the number. */
const MIN_WIDTH: Record<string, number> = { level: 104, registerNo: 76 };

function gridColumns(columns: readonly Column[]): string {
  return columns.map((c) => `minmax(${Math.max(MIN_WIDTH[c.key] ?? 48, c.width * 5)}px, ${c.width}fr)`).join(' ');
}

function Cell({
  item,
  column,
  terms,
  marked,
}: {
  item: Item;
  column: Column;
  terms: readonly string[];
  marked: boolean;
}) {
  switch (column.key) {
    case 'registerNo':
      return (
        <>
          {marked && <MarkedSign />}
          <strong>{item.registerNo}</strong>
          <span className="cxr-dim">/{item.registerYear}</span>
        </>
      );
    case 'level':
      return <LevelBadge level={item.level} />;
    case 'docDate':
    case 'receivedDate':
      return <>{formatIsoDate(cellText(item, column.key))}</>;
    case 'typeAndSummary':
      return (
        <>
          <strong>{item.docType}</strong>
          {item.summary && (
            <>
              {': '}
              <Highlighted text={item.summary} terms={terms} />
            </>
          )}
        </>
      );
    default:
      return <Highlighted text={cellText(item, column.key)} terms={terms} />;
  }
}

/** A picked row (Space, for the handover receipt): a tick that a screen reader reads as "đã chọn". */
function MarkedSign() {
  const { t } = useTranslation();
  return (
    <span className="cxr-reg-mark" title={t('print.markedRow')}>
      <span aria-hidden>✓ </span>
      <VisuallyHidden>{t('print.markedRow')} </VisuallyHidden>
    </span>
  );
}

/**
 * The book as a virtualized grid: only the rows in view exist in the page, fetched a page at a time as the person
 * scrolls. Up/Down, Page Up/Down, Home/End move the current row; Enter opens its details.
 */
export function ItemList({ empty }: { empty: ReactNode }) {
  const { t, i18n } = useTranslation();
  const book = useRegister((s) => s.book);
  const total = useRegister((s) => s.total);
  const mode = useRegister((s) => s.mode);
  const terms = useRegister((s) => (s.mode === 'search' ? s.terms : NO_TERMS));
  const active = useRegister((s) => s.active);
  const status = useRegister((s) => s.status);
  const marked = useRegister((s) => s.marked);
  // Re-render when pages or results arrive.
  useRegister((s) => s.pages);
  useRegister((s) => s.results);
  const { rowAt, ensureRows, setActive, open, toggleMark } = useRegister.getState();
  const scroller = useRef<HTMLDivElement>(null);
  const head = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(480);
  const [headerHeight, setHeaderHeight] = useState(MIN_HEADER_HEIGHT);
  const columns = columnsOf(book);
  const template = gridColumns(columns);
  const rowsHeight = Math.max(ROW_HEIGHT, viewport - headerHeight);
  const win = visibleWindow({ scrollTop, viewportHeight: rowsHeight, rowHeight: ROW_HEIGHT, total });

  useLayoutEffect(() => {
    const el = scroller.current;
    const header = head.current;
    if (!el || !header) return;
    const measure = () => {
      setViewport(el.clientHeight || 480);
      setHeaderHeight(header.offsetHeight || MIN_HEADER_HEIGHT);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    observer.observe(header);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    ensureRows(win.start, win.end);
  }, [ensureRows, win.start, win.end]);

  // A new query starts at the top.
  // biome-ignore lint/correctness/useExhaustiveDependencies: resets on purpose when the list changes
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [book, mode]);

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(total - 1, index));
    setActive(next);
    const el = scroller.current;
    if (!el) return;
    const top = scrollTopToReveal(next, {
      scrollTop: el.scrollTop,
      viewportHeight: rowsHeight,
      rowHeight: ROW_HEIGHT,
      total,
    });
    if (top !== el.scrollTop) {
      el.scrollTop = top;
      setScrollTop(top);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (total === 0) return;
    const page = Math.max(1, Math.floor(rowsHeight / ROW_HEIGHT) - 1);
    const keys: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + page,
      PageUp: active - page,
      Home: 0,
      End: total - 1,
    };
    if (event.key in keys) {
      event.preventDefault();
      moveTo(keys[event.key] ?? 0);
    } else if (event.key === 'Enter') {
      const item = rowAt(active);
      if (item) {
        event.preventDefault();
        open(item.id);
      }
    } else if (event.key === ' ') {
      // Space picks the row for a handover receipt (several entries go to one courier).
      const item = rowAt(active);
      if (item) {
        event.preventDefault();
        toggleMark(item.id);
      }
    }
  };

  const rows: ReactNode[] = [];
  for (let i = win.start; i < win.end; i++) {
    const item = rowAt(i);
    const picked = item ? marked.includes(item.id) : false;
    rows.push(
      <div
        key={item?.id ?? `loading-${i}`}
        id={`register-row-${i}`}
        role="row"
        aria-rowindex={i + 2}
        aria-selected={i === active}
        className={`cxr-reg-row${i === active ? ' cxr-reg-row-active' : ''}${picked ? ' cxr-reg-row-marked' : ''}`}
        style={{ gridTemplateColumns: template, height: ROW_HEIGHT }}
        data-testid={item ? `register-row-${item.registerNo}` : undefined}
        data-level={item?.level}
        data-marked={picked || undefined}
        onClick={() => {
          setActive(i);
          if (item) open(item.id);
        }}
      >
        {columns.map((c) => (
          <div key={c.key} role="gridcell" className="cxr-reg-cell" title={item ? cellText(item, c.key) : undefined}>
            {item ? <Cell item={item} column={c} terms={terms} marked={picked} /> : c.key === 'registerNo' ? '…' : ''}
          </div>
        ))}
      </div>,
    );
  }

  const en = i18n.language === 'en';
  return (
    <div
      ref={scroller}
      role="grid"
      tabIndex={0}
      aria-label={t('register.listLabel', { book: t(`register.books.${book}`) })}
      aria-rowcount={total + 1}
      aria-colcount={columns.length}
      aria-activedescendant={total > 0 ? `register-row-${active}` : undefined}
      aria-busy={status === 'loading'}
      className="cxr-reg-grid"
      data-testid="register-grid"
      onKeyDown={onKeyDown}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div role="rowgroup" className="cxr-reg-head-group">
        <div
          ref={head}
          role="row"
          aria-rowindex={1}
          className="cxr-reg-head"
          style={{ gridTemplateColumns: template, minHeight: MIN_HEADER_HEIGHT }}
        >
          {columns.map((c) => (
            <div key={c.key} role="columnheader" className="cxr-reg-cell">
              {en ? t(`register.columns.${c.key}` as 'register.columns.notes', { defaultValue: c.header }) : c.header}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" style={{ height: win.scrollHeight, position: 'relative' }}>
        <div style={{ position: 'absolute', top: win.offsetTop, left: 0, right: 0 }}>{rows}</div>
      </div>
      {total === 0 && status !== 'loading' && (
        <Text size="sm" c="dimmed" p="md">
          {empty}
        </Text>
      )}
    </div>
  );
}

const NO_TERMS: string[] = [];

import { ActionIcon, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  page: number;
  pages: number;
  zoom: number;
  ready: boolean;
  go(page: number): void;
  zoomBy(step: number): void;
}

/** Page turning and zoom of the preview (the same as Page Up/Down, Home/End, + and − on the keyboard). */
export function PageControls({ page, pages, zoom, ready, go, zoomBy }: Props) {
  const { t } = useTranslation();
  const atStart = !ready || page <= 1;
  const atEnd = !ready || page >= pages;
  return (
    <>
      <Group gap={4} align="center" role="group" aria-label={t('print.page', { page, pages })}>
        <ActionIcon variant="default" onClick={() => go(1)} disabled={atStart} aria-label={t('print.firstPage')}>
          «
        </ActionIcon>
        <ActionIcon
          variant="default"
          onClick={() => go(page - 1)}
          disabled={atStart}
          aria-label={t('print.previousPage')}
          aria-keyshortcuts="PageUp"
        >
          ‹
        </ActionIcon>
        <Text size="sm" miw={110} ta="center" aria-live="polite" data-testid="print-page-status">
          {pages ? t('print.page', { page, pages }) : '—'}
        </Text>
        <ActionIcon
          variant="default"
          onClick={() => go(page + 1)}
          disabled={atEnd}
          aria-label={t('print.nextPage')}
          aria-keyshortcuts="PageDown"
        >
          ›
        </ActionIcon>
        <ActionIcon variant="default" onClick={() => go(pages)} disabled={atEnd} aria-label={t('print.lastPage')}>
          »
        </ActionIcon>
      </Group>
      <Group gap={4} align="center" role="group" aria-label={t('print.zoom')}>
        <ActionIcon variant="default" onClick={() => zoomBy(-1)} disabled={!ready} aria-label={t('print.zoomOut')}>
          −
        </ActionIcon>
        <Text size="sm" miw={48} ta="center" data-testid="print-zoom">
          {Math.round(zoom * 100)} %
        </Text>
        <ActionIcon variant="default" onClick={() => zoomBy(1)} disabled={!ready} aria-label={t('print.zoomIn')}>
          +
        </ActionIcon>
      </Group>
    </>
  );
}

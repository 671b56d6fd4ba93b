import { Alert, Button, Group, Loader, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePrint } from '../../stores/print.ts';
import { errorText } from '../../ui/errors.ts';

/** Seconds since `active` turned true (for "this takes a while" on large books). */
function useElapsed(active: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    setSeconds(0);
    if (!active) return;
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return seconds;
}

interface Props {
  preparing: { done: number; total: number } | null;
  stop(): void;
  viewFailed: boolean;
  opening: boolean;
}

/**
 * What the preview is doing or why it cannot: building the document (with the seconds for a large book), drawing
 * the pages for the printer (with progress and "Hủy in"), or the register's reason in the person's words.
 */
export function PreviewStatus({ preparing, stop, viewFailed, opening }: Props) {
  const { t, i18n } = useTranslation();
  const status = usePrint((s) => s.status);
  const error = usePrint((s) => s.error);
  const seconds = useElapsed(status === 'loading');
  return (
    <>
      {preparing && (
        <Alert color="blue" role="status" py="xs" data-testid="print-preparing">
          <Group justify="space-between" wrap="nowrap">
            <Stack gap={4} style={{ flex: 1 }}>
              <Text size="sm">{t('print.preparing', preparing)}</Text>
              <Progress value={(100 * preparing.done) / Math.max(1, preparing.total)} aria-hidden />
            </Stack>
            <Button size="xs" variant="default" onClick={stop}>
              {t('print.cancelPreparing')}
            </Button>
          </Group>
        </Alert>
      )}
      {status === 'loading' && (
        <Alert color="gray" role="status" py="xs" data-testid="print-loading">
          <Group gap="sm" wrap="nowrap">
            <Loader size="sm" />
            <Stack gap={4} style={{ flex: 1 }}>
              <Text size="sm">{seconds >= 2 ? t('print.generatingLong', { seconds }) : t('print.generating')}</Text>
              <Progress value={100} striped animated aria-hidden />
            </Stack>
          </Group>
        </Alert>
      )}
      {status === 'failed' && error && (
        <Alert color="red" role="alert" py="xs" data-testid="print-error">
          {errorText(t, i18n.language, error)}
        </Alert>
      )}
      {viewFailed && (
        <Alert color="red" role="alert" py="xs" data-testid="print-error">
          {t('print.viewFailed')}
        </Alert>
      )}
      {opening && (
        <Text size="sm" role="status">
          {t('print.opening')}
        </Text>
      )}
    </>
  );
}

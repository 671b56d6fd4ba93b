import { Text, type TextProps } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { elapsedSince, elapsedWords } from './model.ts';
import { useNow } from './useNow.ts';

/** "1 giờ 25 phút" in the interface language. */
export function elapsedText(t: TFunction, fromMs: number, nowMs: number): string {
  return elapsedWords(elapsedSince(fromMs, nowMs), {
    day: (count) => t('incidents.clock.days', { count }),
    hour: (count) => t('incidents.clock.hours', { count }),
    minute: (count) => t('incidents.clock.minutes', { count }),
    lessThanMinute: t('incidents.clock.lessThanMinute'),
  });
}

/**
 * The clock since discovery: "Đã 1 giờ 25 phút kể từ khi phát hiện", ticking. The law asks for the report
 * "immediately", so the time passed is always in sight while the report is written.
 */
export function ElapsedClock({ from, ...rest }: { from: number | null } & TextProps) {
  const { t } = useTranslation();
  const now = useNow();
  if (from === null) return null;
  const elapsed = elapsedSince(from, now);
  return (
    <Text role="timer" aria-live="off" fw={700} data-testid="incident-clock" {...rest}>
      {elapsed.future
        ? t('incidents.clock.future')
        : elapsed.days + elapsed.hours + elapsed.minutes === 0
          ? t('incidents.clock.justNow')
          : t('incidents.clock.since', { time: elapsedText(t, from, now) })}
    </Text>
  );
}

import { Alert, Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../core/api/contract.ts';
import { grouped } from './format.ts';

/** The receipt package written back to the stick: where, its number for that unit, its hash, checked. */
export function ReceiptWritten({ written }: { written: ChannelOutput<'packages.receipt'> }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} data-testid="receipt-written">
      <Text size="sm">
        {t('exchange.receipt.writtenTo')} <Code>{written.path}</Code>
      </Text>
      <Text size="sm">
        {t('exchange.receipt.sequence', { sequence: written.sequence, unit: written.recipientName })}
      </Text>
      <Text size="sm">
        {t('exchange.export.hash')} <span className="cxr-fp">{grouped(written.hash)}</span>
      </Text>
      {written.verified && (
        <Text size="sm" fw={700} c="green.9">
          ✓ {t('exchange.export.verified')}
        </Text>
      )}
    </Stack>
  );
}

/** What the police officer does next: the stick goes back to the unit with the receipt on it. */
export function CarryBackNotice() {
  const { t } = useTranslation();
  return (
    <Alert color="green" variant="filled" role="status" data-testid="receipt-notice">
      <Text fw={700}>{t('exchange.receipt.carryBack')}</Text>
    </Alert>
  );
}

import { Button, Code, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../bridge/call.ts';
import { createFormAction } from '../../stores/form-action.ts';
import { FormError } from '../../ui/FormError.tsx';
import { PathInput } from '../../ui/PathInput.tsx';
import { useFocusFirstInvalid } from '../../ui/useFocusFirstInvalid.ts';
import { slug } from '../print/documents.ts';
import type { Incident } from './model.ts';

/** The register entry of a filed report counts two copies: the one carried to the police and the unit's file copy. */
const DEFAULT_COPIES = 2;

export const usePrintIncident = createFormAction(
  (input: { id: string; outPath: string; copies: number }) => call('incidents.print', { ...input, format: 'pdf' }),
  ['outPath', 'copies'],
);

/**
 * Step 1 of the guided flow: the report in the Decree 30 layout as a PDF with numbered copies, written to the file
 * chosen in the save dialog or typed (written whole or not at all, never over an existing file, and recorded in the
 * audit).
 */
export function IncidentPrintStep({ incident, onPrinted }: { incident: Incident; onPrinted(): void }) {
  const { t } = useTranslation();
  const [outPath, setOutPath] = useState('');
  const [copies, setCopies] = useState<number | string>(DEFAULT_COPIES);
  const { submitting, fieldErrors, error, unplaced, failures, result, submit, clearField, reset } = usePrintIncident();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, failures);

  // The answer of an earlier report's print is not this report's.
  useEffect(() => reset(), [reset]);

  const defaultName = `bao-cao-su-co-${slug(incident.reportNumber ?? 'nhap') || 'nhap'}.pdf`;

  if (result)
    return (
      <Text size="sm" data-testid="incident-printed">
        {t('incidents.flow.printedTo', { count: result.pages })} <Code>{result.path}</Code>
      </Text>
    );
  return (
    <form
      ref={formRef}
      noValidate
      data-testid="incident-print-form"
      onSubmit={async (event) => {
        event.preventDefault();
        const n = typeof copies === 'number' ? copies : Number.parseInt(copies, 10);
        if (await submit({ id: incident.id, outPath: outPath.trim(), copies: Number.isFinite(n) ? n : 0 })) onPrinted();
      }}
    >
      <Stack gap="xs">
        <Group align="flex-start">
          <PathInput
            label={t('incidents.flow.printPath')}
            description={t('incidents.flow.printPathHint')}
            dialog={{ kind: 'save', defaultName, format: 'pdf' }}
            value={outPath}
            onChange={(path) => {
              setOutPath(path);
              clearField('outPath');
            }}
            error={fieldErrors.outPath}
            style={{ flex: 1 }}
            required
          />
          <NumberInput
            label={t('incidents.flow.copies')}
            description={t('incidents.flow.copiesHint')}
            value={copies}
            onChange={(v) => {
              setCopies(v);
              clearField('copies');
            }}
            error={fieldErrors.copies}
            min={1}
            max={20}
            allowDecimal={false}
            allowNegative={false}
            hideControls
            w={150}
          />
        </Group>
        <FormError error={error} unplaced={unplaced} />
        <Group>
          <Button type="submit" loading={submitting}>
            {t('incidents.flow.printToFile')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Button, Code, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../bridge/call.ts';
import { createFormAction } from '../../stores/form-action.ts';
import { useSession } from '../../stores/session.ts';
import { FormError } from '../../ui/FormError.tsx';
import { PathInput } from '../../ui/PathInput.tsx';
import { useFocusFirstInvalid } from '../../ui/useFocusFirstInvalid.ts';
import { incidentReportGaps } from '../admin/document-settings.ts';
import { slug } from '../print/documents.ts';
import { MissingSettingsNotice } from '../print/MissingSettingsNotice.tsx';
import type { Incident } from './model.ts';
import { type NamedSigner, SignerOverride } from './SignerOverride.tsx';

interface PrintInput extends Partial<NamedSigner> {
  id: string;
  outPath: string;
  copies: number;
}

export const usePrintIncident = createFormAction(
  (input: PrintInput) => call('incidents.print', { ...input, format: 'pdf' }),
  ['outPath', 'copies', 'place', 'signingAuthority', 'signerHeadTitle', 'signerTitle', 'signerName'],
);

/**
 * Step 1 of the guided flow: the report in the Decree 30 layout as a PDF with numbered copies, written to the file
 * chosen in the save dialog or typed (written whole or not at all, never over an existing file, and recorded in the
 * audit). It signs with the settings' signer and place unless this print names others, and says beforehand what the
 * report would print without (a setting left empty), so nobody carries a report with a placeholder to the police.
 */
export function IncidentPrintStep({ incident, onPrinted }: { incident: Incident; onPrinted(): void }) {
  const { t } = useTranslation();
  const settings = useSession((s) => s.status?.settings);
  const [outPath, setOutPath] = useState('');
  // The copy sent ("Như trên") and the copies the unit keeps ("Lưu"), as the report was registered.
  const [copies, setCopies] = useState<number | string>(1 + (settings?.archiveCopies ?? 1));
  const [named, setNamed] = useState<NamedSigner | null>(null);
  const { submitting, fieldErrors, error, unplaced, failures, result, submit, clearField, reset } = usePrintIncident();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, failures);

  // The answer of an earlier report's print is not this report's.
  useEffect(() => reset(), [reset]);

  const defaultName = `bao-cao-su-co-${slug(incident.reportNumber ?? 'nhap') || 'nhap'}.pdf`;

  const gaps = incidentReportGaps({
    parentBody: settings?.parentBody ?? null,
    archiveUnit: settings?.archiveUnit ?? null,
    // An emptied place falls back to the settings' one, as incidents.print does.
    placeName: named?.place || settings?.placeName || null,
    signingAuthority: named ? named.signingAuthority : (settings?.signingAuthority ?? 'direct'),
    signerHeadTitle: named ? named.signerHeadTitle : (settings?.signerHeadTitle ?? null),
    signerTitle: named ? named.signerTitle : (settings?.signerTitle ?? null),
    signerName: named ? named.signerName : (settings?.signerName ?? null),
  });

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
        const input: PrintInput = { id: incident.id, outPath: outPath.trim(), copies: Number.isFinite(n) ? n : 0 };
        if (await submit(named ? { ...input, ...named } : input)) onPrinted();
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
        <SignerOverride
          settings={settings ?? null}
          named={named}
          onChange={(next) => {
            setNamed(next);
            for (const field of ['place', 'signerHeadTitle', 'signerTitle', 'signerName']) clearField(field);
          }}
          errors={fieldErrors}
        />
        <MissingSettingsNotice missing={gaps} />
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

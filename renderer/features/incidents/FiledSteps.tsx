import { Alert, Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFrame } from '../../stores/frame.ts';
import { useIncidentForm } from '../../stores/incident-form.ts';
import { useIncidents } from '../../stores/incidents.ts';
import { useCan, useSession } from '../../stores/session.ts';
import { LevelBadge } from '../../ui/LevelBadge.tsx';
import { PackageExportForm } from '../exchange/PackageExportForm.tsx';
import { IncidentPrintStep } from './IncidentPrintStep.tsx';
import type { Incident } from './model.ts';

function Step({ n, title, done, children }: { n: number; title: string; done?: boolean; children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <section
      className="cxr-incident-step"
      data-step={n}
      data-done={done || undefined}
      aria-labelledby={`incident-step-${n}`}
    >
      <Title order={3} size="h5" id={`incident-step-${n}`} mb={6}>
        <span className="cxr-incident-step-n" aria-hidden>
          {done ? '✓' : n}
        </span>{' '}
        {title}
        {done && <span className="cxr-sr-only"> — {t('incidents.flow.stepDone')}</span>}
      </Title>
      {children}
    </section>
  );
}

/** A draft was saved: what that means and how long before it is flagged. */
function DraftSaved({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const hours = useSession((s) => s.status?.settings?.incidentDraftHours ?? 8);
  return (
    <Stack gap="sm" data-testid="incident-draft-saved">
      <Alert color="yellow" role="status">
        <Text fw={700}>{t('incidents.flow.draftSaved')}</Text>
        <Text size="sm">{t('incidents.flow.draftNotSent', { count: hours })}</Text>
      </Alert>
      <Group justify="flex-end">
        <Button
          variant="default"
          onClick={() => {
            useIncidentForm.getState().close();
            useFrame.getState().setArea('incidents');
            useIncidents.getState().open(incident.id);
          }}
        >
          {t('incidents.flow.openList')}
        </Button>
        <Button onClick={() => useIncidentForm.getState().close()} data-autofocus>
          {t('common.close')}
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * After filing (UX moment 3): the number, the items marked, then in one guided flow print the report and write
 * the package to the USB stick, ending with what to carry where.
 */
export function FiledSteps({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const canPrint = useCan('incidents.print');
  const canExport = useCan('packages.export');
  const [printed, setPrinted] = useState(false);
  const [written, setWritten] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  // Keyboard first: the cursor goes to the next thing to do — the print, then the package — never lost on the page.
  useEffect(() => {
    const field = (n: number) =>
      root.current?.querySelector<HTMLElement>(`[data-step="${n}"] input, [data-step="${n}"] button`);
    // After the dialog has settled (its focus trap answers the removed button first).
    const frame = requestAnimationFrame(() => (printed ? field(2) : (field(1) ?? field(2)))?.focus());
    return () => cancelAnimationFrame(frame);
  }, [printed]);

  if (incident.state === 'draft') return <DraftSaved incident={incident} />;
  return (
    <Stack gap="md" data-testid="incident-filed" ref={root}>
      <Alert color="green" role="status" py="xs">
        <Text size="sm">{t('incidents.flow.filedIntro')}</Text>
        <Group gap="sm" align="center">
          <Text fz={26} fw={800} lh={1.25} data-testid="incident-number">
            {t('incidents.number', { number: incident.reportNumber })}
          </Text>
          <LevelBadge level={incident.level} />
          {incident.version > 1 && (
            <Badge variant="light">{t('incidents.version', { version: incident.version })}</Badge>
          )}
        </Group>
        <Text size="sm" mt={4}>
          {t('incidents.flow.marked', { status: t(`incidents.itemStatus.${incident.type}`) })}
        </Text>
        <List size="sm" data-testid="incident-marked-items">
          {incident.items.map((i) => (
            <List.Item key={i.itemId}>
              {t(`register.numberLabel.${i.book}`)} {i.registerNo}/{i.registerYear} · {i.docNumber}
            </List.Item>
          ))}
        </List>
      </Alert>
      <Step n={1} title={t('incidents.flow.stepPrint')} done={printed}>
        {canPrint ? (
          <IncidentPrintStep incident={incident} onPrinted={() => setPrinted(true)} />
        ) : (
          <Text size="sm">{t('incidents.flow.printByOfficer')}</Text>
        )}
      </Step>
      <Step n={2} title={t('incidents.flow.stepPackage')} done={written}>
        {canExport ? (
          <PackageExportForm incidents={[incident.id]} count={1} onWritten={() => setWritten(true)} />
        ) : (
          <Text size="sm">{t('incidents.flow.exportByOfficer')}</Text>
        )}
      </Step>
      <Group justify="flex-end">
        <Button variant={written ? 'filled' : 'default'} onClick={() => useIncidentForm.getState().close()}>
          {written ? t('incidents.flow.finish') : t('incidents.flow.later')}
        </Button>
      </Group>
    </Stack>
  );
}

import { Alert, Button, Checkbox, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiErrorShape } from '../../../core/domain/errors.ts';
import { call } from '../../bridge/call.ts';
import { useIncidents } from '../../stores/incidents.ts';
import { errorText } from '../../ui/errors.ts';
import { formatTimestamp } from '../../ui/format.ts';
import { LevelBadge } from '../../ui/LevelBadge.tsx';
import { NumberText } from '../incidents/IncidentList.tsx';
import type { Incident } from '../incidents/model.ts';
import { PackageExportForm } from './PackageExportForm.tsx';

/**
 * Ghi gói (unit): the filed reports not yet sent, each ticked to go (all by default), then the receiver and the
 * folder. The package is written, read back and opened with the unit's own key before the screen says so.
 */
export function ExportPanel() {
  const { t, i18n } = useTranslation();
  const [filed, setFiled] = useState<Incident[] | null>(null);
  const [error, setError] = useState<ApiErrorShape | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [round, setRound] = useState(0);

  const load = useCallback(async () => {
    const result = await call('incidents.list', { state: 'filed' });
    if (!result.ok) return setError(result.error);
    setFiled(result.value.incidents);
    setChosen(new Set(result.value.incidents.map((i) => i.id)));
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const onWritten = useCallback(() => {
    void useIncidents.getState().reload();
  }, []);

  if (error)
    return (
      <Alert color="red" role="alert">
        {errorText(t, i18n.language, error)}
      </Alert>
    );
  if (!filed) return <Loader size="sm" aria-label={t('app.loading')} />;

  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };
  const ids = filed.filter((i) => chosen.has(i.id)).map((i) => i.id);

  return (
    <Stack gap="sm" maw={1000}>
      <Title order={2} size="h4">
        {t('exchange.export.heading')}
      </Title>
      <Text size="sm">{t('exchange.export.intro')}</Text>
      {filed.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="export-nothing">
          {t('exchange.export.nothing')}
        </Text>
      ) : (
        <>
          <Table withTableBorder verticalSpacing={4} fz="sm" data-testid="export-reports">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>
                  <Checkbox
                    aria-label={t('exchange.export.all')}
                    checked={ids.length === filed.length}
                    indeterminate={ids.length > 0 && ids.length < filed.length}
                    onChange={(e) => setChosen(new Set(e.currentTarget.checked ? filed.map((i) => i.id) : []))}
                  />
                </Table.Th>
                <Table.Th>{t('incidents.col.number')}</Table.Th>
                <Table.Th>{t('incidents.col.type')}</Table.Th>
                <Table.Th>{t('incidents.col.level')}</Table.Th>
                <Table.Th>{t('incidents.col.discoveredAt')}</Table.Th>
                <Table.Th>{t('incidents.col.items')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {filed.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>
                    <Checkbox
                      aria-label={t('exchange.export.include', { number: i.reportNumber })}
                      checked={chosen.has(i.id)}
                      onChange={(e) => toggle(i.id, e.currentTarget.checked)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberText incident={i} />
                    {i.version > 1 && ` · ${t('incidents.version', { version: i.version })}`}
                  </Table.Td>
                  <Table.Td>{t(`incidents.types.${i.type}`)}</Table.Td>
                  <Table.Td>
                    <LevelBadge level={i.level} />
                  </Table.Td>
                  <Table.Td>{formatTimestamp(i.discoveredAt)}</Table.Td>
                  <Table.Td>{i.items.length}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <PackageExportForm key={round} incidents={ids} count={ids.length} onWritten={onWritten} />
          <Group>
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => {
                setRound((r) => r + 1);
                void load();
              }}
            >
              {t('exchange.export.refresh')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}

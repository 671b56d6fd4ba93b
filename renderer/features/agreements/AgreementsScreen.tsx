import { Alert, Button, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgreements } from '../../stores/agreements.ts';
import { useCan } from '../../stores/session.ts';
import { errorText } from '../../ui/errors.ts';
import { AgreementFacts } from './AgreementFacts.tsx';
import { AgreementList } from './AgreementList.tsx';
import { EquivalenceEditor } from './EquivalenceEditor.tsx';

/** Hiệp định: the list on top, the selected agreement's facts and its equivalence table below. */
export function AgreementsScreen() {
  const { t, i18n } = useTranslation();
  const { status, list, error, selected, load } = useAgreements();
  const canEdit = useCan('agreements.edit');
  const agreement = list.find((a) => a.code === selected) ?? null;

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h3">
          {t('agreements.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('agreements.intro')}
        </Text>
      </div>
      {status === 'loading' && list.length === 0 && <Loader size="sm" aria-label={t('app.loading')} />}
      {status === 'failed' && error && (
        <Alert color="red" role="alert">
          {errorText(t, i18n.language, error)}{' '}
          <Button size="compact-xs" variant="light" onClick={() => void load()}>
            {t('app.retry')}
          </Button>
        </Alert>
      )}
      {status === 'ready' && list.length === 0 && <Text>{t('agreements.empty')}</Text>}
      {list.length > 0 && <AgreementList />}
      {agreement && (
        <>
          <AgreementFacts agreement={agreement} />
          <EquivalenceEditor key={agreement.code} agreement={agreement} canEdit={canEdit} />
        </>
      )}
    </Stack>
  );
}

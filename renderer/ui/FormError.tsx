import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiErrorShape } from '../../core/domain/errors.ts';
import { errorText } from './errors.ts';

/** A refusal the fields do not show: the service's words (or the translated code), plus any unplaced issues. */
export function FormError({ error, unplaced = [] }: { error: ApiErrorShape | null; unplaced?: string[] }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" role="alert" py="xs">
      {errorText(t, i18n.language, error)}
      {unplaced.length > 0 && (
        <List size="sm" mt={4}>
          {unplaced.map((m) => (
            <List.Item key={m}>{m}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

import { Button, Code, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../bridge/call.ts';
import { useAudit } from '../../stores/audit.ts';
import { createFormAction } from '../../stores/form-action.ts';
import { FormError } from '../../ui/FormError.tsx';
import { useFocusFirstInvalid } from '../../ui/useFocusFirstInvalid.ts';

export const useRedact = createFormAction(
  (input: { seq: number; path: string; reason: string }) => call('audit.redact', input),
  ['reason'],
);

export interface RedactTarget {
  seq: number;
  path: string;
  table: string;
  key: string;
  field: string;
  value: string;
}

/** "Xóa giá trị nhập nhầm": what will go, why it is safe for the chain, a reason of at least 10 characters. */
export function RedactDialog({ target, onClose }: { target: RedactTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const { submitting, fieldErrors, error, unplaced, failures, submit, clearField, reset } = useRedact();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, failures);
  const close = () => {
    reset();
    onClose();
  };

  return (
    <Modal
      opened
      onClose={close}
      title={t('redact.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        ref={formRef}
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          if (await submit({ seq: target.seq, path: target.path, reason })) {
            const removed = useRedact.getState().result?.removed ?? 0;
            close();
            await useAudit.getState().load();
            useAudit.setState({ redactedNotice: removed });
          }
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('redact.body')}</Text>
          <Text size="sm" fw={600}>
            {t('redact.where', { seq: target.seq, table: target.table, key: target.key, field: target.field })}
          </Text>
          <div>
            <Text size="sm" c="dimmed">
              {t('redact.value')}
            </Text>
            <Code block data-testid="redact-value">
              {target.value}
            </Code>
          </div>
          <Textarea
            label={t('redact.reason')}
            description={t('redact.reasonHint')}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              clearField('reason');
            }}
            error={fieldErrors.reason}
            required
            autosize
            minRows={2}
            data-autofocus
            onKeyDown={(event) => {
              if (event.key === 'Enter' && !event.shiftKey) {
                event.preventDefault();
                formRef.current?.requestSubmit();
              }
            }}
          />
          <FormError error={error} unplaced={unplaced} />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={submitting}>
              {t('redact.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

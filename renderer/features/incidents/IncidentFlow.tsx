import { Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useIncidentForm } from '../../stores/incident-form.ts';
import { FiledSteps } from './FiledSteps.tsx';
import { IncidentFormFields } from './IncidentForm.tsx';
import './incidents.css';

/**
 * "Báo cáo sự cố", reachable from every screen (frame header, Ctrl+Shift+B): the form, then the guided flow for
 * the report just filed. Esc closes; typing in a new report is kept until it is saved or thrown away.
 */
export function IncidentFlow() {
  const { t } = useTranslation();
  const opened = useIncidentForm((s) => s.opened);
  const purpose = useIncidentForm((s) => s.purpose);
  const done = useIncidentForm((s) => s.done);
  const close = useIncidentForm((s) => s.close);

  const title = done
    ? done.filed
      ? t('incidents.flow.title')
      : t('incidents.flow.draftTitle')
    : purpose.kind === 'edit'
      ? t('incidents.form.titleEdit')
      : purpose.kind === 'followUp'
        ? t('incidents.form.titleFollowUp', { number: purpose.of.reportNumber })
        : t('incidents.form.title');

  return (
    <Modal
      opened={opened}
      onClose={close}
      size={1040}
      title={
        <Text fw={700} size="lg" c="red.9">
          {title}
        </Text>
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
      closeOnClickOutside={false}
    >
      {done ? <FiledSteps incident={done.incident} /> : <IncidentFormFields />}
    </Modal>
  );
}

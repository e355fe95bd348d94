import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError } from '../../../../api/client.js';
import { executionApi } from '../../../../api/execution.js';
import { courtMissingLabel } from '../../../../components/executionLabels.js';
import { FormModal } from '../../../../components/FormModal.js';
import { t } from '../../../../i18n/index.js';
import { useExecutionDone } from './executionQueries.js';
import { isoDate, notFuture, optionalText, requiredDate, requiredText } from './formRules.js';

interface DemandValues {
  servedOn: Dayjs;
  documentNumber?: string;
  note?: string;
}

/** 登记催告: the demand served on the party before the court is applied to (ACL Art. 54). */
export function DemandModal({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const [form] = Form.useForm<DemandValues>();
  const done = useExecutionDone(caseId);
  return (
    <FormModal<DemandValues, unknown>
      title={t('execution.enforcement.demandTitle')}
      name="demandForm"
      form={form}
      hint={t('execution.enforcement.demandHint')}
      initialValues={{ servedOn: dayjs() }}
      fields={['servedOn', 'documentNumber', 'note']}
      submit={(v) =>
        executionApi.demand(caseId, {
          servedOn: isoDate(v.servedOn),
          ...optionalText('documentNumber', v.documentNumber),
          ...optionalText('note', v.note),
        })
      }
      onDone={() => done(t('execution.enforcement.demandSaved'))}
      onClose={onClose}
    >
      <Form.Item
        name="servedOn"
        label={t('execution.enforcement.demandServedOn')}
        rules={[requiredDate(t('execution.enforcement.demandServedOn'))]}
      >
        <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" disabledDate={notFuture} />
      </Form.Item>
      <Form.Item name="documentNumber" label={t('execution.enforcement.documentNumber')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="note" label={t('execution.enforcement.note')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}

interface CourtValues {
  appliedOn: Dayjs;
  court: string;
  courtCaseNumber?: string;
  note?: string;
}

/** Why the court may not be applied to yet (or any more), from the 409's details. */
function courtRefusal(error: unknown) {
  if (!(error instanceof ApiError)) return null;
  const missing = error.details['missing'];
  if (Array.isArray(missing) && missing.length > 0)
    return (
      <ul className="plain-list">
        {missing.map((m) => (
          <li key={String(m)}>{courtMissingLabel(String(m))}</li>
        ))}
      </ul>
    );
  return null;
}

/** 登记申请人民法院强制执行: after the 催告's wait, within the window (ACL Art. 53). */
export function CourtApplicationModal({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const [form] = Form.useForm<CourtValues>();
  const done = useExecutionDone(caseId);
  return (
    <FormModal<CourtValues, unknown>
      title={t('execution.enforcement.applyTitle')}
      name="courtForm"
      form={form}
      initialValues={{ appliedOn: dayjs() }}
      fields={['appliedOn', 'court', 'courtCaseNumber', 'note']}
      errorDetail={courtRefusal}
      submit={(v) =>
        executionApi.applyToCourt(caseId, {
          appliedOn: isoDate(v.appliedOn),
          court: v.court.trim(),
          ...optionalText('courtCaseNumber', v.courtCaseNumber),
          ...optionalText('note', v.note),
        })
      }
      onDone={() => done(t('execution.enforcement.applied'))}
      onClose={onClose}
    >
      <Form.Item
        name="appliedOn"
        label={t('execution.enforcement.appliedOn')}
        rules={[requiredDate(t('execution.enforcement.appliedOn'))]}
      >
        <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" disabledDate={notFuture} />
      </Form.Item>
      <Form.Item
        name="court"
        label={t('execution.enforcement.courtName')}
        rules={[requiredText(t('execution.enforcement.courtName'))]}
      >
        <Input maxLength={200} placeholder={t('execution.enforcement.courtPlaceholder')} />
      </Form.Item>
      <Form.Item name="courtCaseNumber" label={t('execution.enforcement.courtCaseNumber')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="note" label={t('execution.enforcement.note')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}

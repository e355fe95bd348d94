import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { executionApi } from '../../../../api/execution.js';
import { FormModal } from '../../../../components/FormModal.js';
import { t } from '../../../../i18n/index.js';
import { notFuture, optionalText, requiredDate, requiredText } from './formRules.js';
import { useExecutionDone } from './executionQueries.js';

interface Values {
  address: string;
  signedOn: Dayjs;
  note?: string;
}

/** 电子送达确认书: the party's consent to electronic service at an address. */
export function ConsentModal({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const done = useExecutionDone(caseId);
  return (
    <FormModal<Values, unknown>
      title={t('execution.consent.add')}
      name="consentForm"
      form={form}
      initialValues={{ signedOn: dayjs() }}
      fields={['address', 'signedOn', 'note']}
      submit={(v) =>
        executionApi.addConsent(caseId, {
          address: v.address.trim(),
          signedOn: v.signedOn.format('YYYY-MM-DD'),
          ...optionalText('note', v.note),
        })
      }
      onDone={() => done(t('execution.consent.saved'))}
      onClose={onClose}
    >
      <Form.Item
        name="address"
        label={t('execution.consent.address')}
        extra={t('execution.consent.addressHint')}
        rules={[requiredText(t('execution.consent.address'))]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item
        name="signedOn"
        label={t('execution.consent.signedOn')}
        rules={[requiredDate(t('execution.consent.signedOn'))]}
      >
        <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" disabledDate={notFuture} />
      </Form.Item>
      <Form.Item name="note" label={t('execution.consent.note')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}

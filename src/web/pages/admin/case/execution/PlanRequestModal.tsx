import { Alert, Button, DatePicker, Flex, Form, Input } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { casesApi } from '../../../../api/cases.js';
import type { ApprovalPayload, PaymentSummary } from '../../../../api/types.js';
import { withoutPathPrefix } from '../../../../components/formErrors.js';
import { FormModal } from '../../../../components/FormModal.js';
import { MoneyInput } from '../../../../components/MoneyInput.js';
import { formatMoney } from '../../../../format.js';
import { t } from '../../../../i18n/index.js';
import { useExecutionDone } from './executionQueries.js';
import { isoDate, requiredDate, requiredNumber, requiredText } from './formRules.js';

interface Values {
  dueOn?: Dayjs;
  instalments?: { dueOn?: Dayjs; amount?: number | null }[];
  reason: string;
}

const cents = (yuan: number | null | undefined) => Math.round((yuan ?? 0) * 100);
/** DatePicker `disabledDate` of a plan: its dates lie after today. */
const todayOrEarlier = (d: Dayjs) => !d.isAfter(dayjs(), 'day');

function Schedule({ unpaid }: { unpaid: number }) {
  const form = Form.useFormInstance<Values>();
  const items = Form.useWatch('instalments', form) ?? [];
  const sum = items.reduce((s, i) => s + cents(i.amount), 0);
  return (
    <Form.List
      name="instalments"
      rules={[
        {
          validator: async (_rule, value: Values['instalments']) => {
            if (!value || value.length < 2) throw new Error(t('execution.payment.planMin'));
            if (value.reduce((s, i) => s + cents(i.amount), 0) !== cents(unpaid))
              throw new Error(t('execution.payment.planSumMismatch'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Flex vertical gap={8}>
          {fields.map((field, index) => (
            <Flex key={field.key} gap={8} align="flex-start" wrap>
              <span style={{ lineHeight: '32px', minWidth: 48 }}>
                {t('execution.payment.instalmentN', { n: index + 1 })}
              </span>
              <Form.Item
                name={[field.name, 'dueOn']}
                style={{ marginBottom: 0, width: 170 }}
                rules={[requiredDate(t('execution.payment.instalmentDue'))]}
              >
                <DatePicker
                  format="YYYY-MM-DD"
                  disabledDate={todayOrEarlier}
                  style={{ width: '100%' }}
                  aria-label={`${t('execution.payment.instalmentDue')} ${index + 1}`}
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'amount']}
                style={{ marginBottom: 0, width: 200 }}
                rules={[requiredNumber(t('execution.payment.instalmentAmount'))]}
              >
                <MoneyInput
                  min={0.01}
                  aria-label={`${t('execution.payment.instalmentAmount')} ${index + 1}`}
                />
              </Form.Item>
              <Button
                type="text"
                icon={<MinusCircleOutlined />}
                onClick={() => remove(field.name)}
                aria-label={t('execution.payment.removeInstalment')}
              />
            </Flex>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({})}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('execution.payment.addInstalment')}
          </Button>
          <Alert
            type={sum === cents(unpaid) ? 'success' : 'info'}
            showIcon
            title={t('execution.payment.planSum', {
              sum: formatMoney(sum / 100),
              unpaid: formatMoney(unpaid),
            })}
          />
          <Form.ErrorList errors={errors} />
        </Flex>
      )}
    </Form.List>
  );
}

/** 延期 or 分期缴纳: a request the head grants in the approval inbox (APL Art. 66). */
export function PlanRequestModal({
  caseId,
  kind,
  p,
  onClose,
}: {
  caseId: string;
  kind: 'payment_deferral' | 'payment_instalments';
  p: PaymentSummary;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const done = useExecutionDone(caseId);
  const deferral = kind === 'payment_deferral';
  const payload = (v: Values): ApprovalPayload =>
    deferral
      ? { dueOn: v.dueOn ? isoDate(v.dueOn) : undefined }
      : {
          instalments: (v.instalments ?? []).map((i) => ({
            dueOn: i.dueOn ? isoDate(i.dueOn) : '',
            amount: i.amount ?? 0,
          })),
        };
  return (
    <FormModal<Values, unknown>
      title={deferral ? t('execution.payment.requestDeferral') : t('execution.payment.requestInstalments')}
      name="planForm"
      form={form}
      width={640}
      hint={t('execution.payment.planHint')}
      initialValues={deferral ? {} : { instalments: [{}, {}] }}
      fields={['dueOn', 'instalments', 'reason']}
      submit={async (v) => {
        try {
          return await casesApi.requestApproval(caseId, {
            kind,
            reason: v.reason.trim(),
            payload: payload(v),
          });
        } catch (error) {
          // The form keeps the payload flat: payload.dueOn → dueOn.
          throw withoutPathPrefix(error, 'payload');
        }
      }}
      onDone={() => done(t('execution.payment.requested'))}
      onClose={onClose}
    >
      {deferral ? (
        <Form.Item
          name="dueOn"
          label={t('execution.payment.newDueOn')}
          extra={p.dueOn ? t('execution.payment.newDueOnHint', { due: p.dueOn }) : undefined}
          rules={[requiredDate(t('execution.payment.newDueOn'))]}
        >
          <DatePicker
            style={{ width: '100%' }}
            format="YYYY-MM-DD"
            disabledDate={(d) => todayOrEarlier(d) || (p.dueOn !== null && !d.isAfter(dayjs(p.dueOn), 'day'))}
          />
        </Form.Item>
      ) : (
        <Form.Item label={t('execution.payment.planItems')} required>
          <Schedule unpaid={p.unpaid} />
        </Form.Item>
      )}
      <Form.Item
        name="reason"
        label={t('execution.payment.reason')}
        rules={[requiredText(t('execution.payment.reason'))]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={2000}
          placeholder={t('execution.payment.reasonPlaceholder')}
        />
      </Form.Item>
    </FormModal>
  );
}

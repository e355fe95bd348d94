import { Col, DatePicker, Form, Input, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  ONSITE_GROUNDS,
  PAYMENT_METHODS,
  type OnsiteGround,
  type PaymentMethod,
} from '../../../../../shared/execution-vocabulary.js';
import { executionApi } from '../../../../api/execution.js';
import type { CaseView, ExecutionView, PaymentSummary } from '../../../../api/types.js';
import { paymentMethodLabel } from '../../../../components/executionLabels.js';
import { FormModal } from '../../../../components/FormModal.js';
import { MoneyInput } from '../../../../components/MoneyInput.js';
import { formatMoney } from '../../../../format.js';
import { t } from '../../../../i18n/index.js';
import { useExecutionDone } from './executionQueries.js';
import {
  isoDate,
  notFuture,
  optionalText,
  requiredChoice,
  requiredDate,
  requiredNumber,
  requiredText,
} from './formRules.js';

interface Values {
  amount: number;
  lateFee?: number | null;
  paidOn: Dayjs;
  receiptNumber: string;
  method: PaymentMethod;
  onsiteGround?: OnsiteGround;
  payer?: string;
}

const FIELDS = ['amount', 'lateFee', 'paidOn', 'receiptNumber', 'method', 'onsiteGround', 'payer'];

/** Cents, to compare money typed in 元 without floating-point surprises. */
const cents = (yuan: number | null | undefined) => Math.round((yuan ?? 0) * 100);

/** 登记缴款: a payment with its receipt number (the 罚没款缴纳凭证 is generated with it). */
export function PaymentModal({
  c,
  x,
  p,
  onClose,
}: {
  c: CaseView;
  x: ExecutionView;
  p: PaymentSummary;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const done = useExecutionDone(c.id);
  const method = Form.useWatch('method', form);
  const lateFeeOwed = Math.max(0, p.lateFee - p.lateFeePaid);
  return (
    <FormModal<Values, unknown>
      title={t('execution.payment.addTitle')}
      name="paymentForm"
      form={form}
      width={680}
      initialValues={{
        amount: (cents(p.unpaid) + cents(lateFeeOwed)) / 100,
        lateFee: lateFeeOwed > 0 ? lateFeeOwed : null,
        paidOn: dayjs(),
        method: 'bank',
        onsiteGround: x.decision?.source === 'summary' ? 'small_fine' : 'remote_area',
      }}
      fields={FIELDS}
      submit={(v) =>
        executionApi.pay(c.id, {
          amount: v.amount,
          ...(v.lateFee ? { lateFee: v.lateFee } : {}),
          paidOn: isoDate(v.paidOn),
          receiptNumber: v.receiptNumber.trim(),
          method: v.method,
          ...(v.method === 'onsite' && v.onsiteGround ? { onsiteGround: v.onsiteGround } : {}),
          ...optionalText('payer', v.payer),
        })
      }
      onDone={() => done(t('execution.payment.saved'))}
      onClose={onClose}
    >
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="amount"
            label={t('execution.payment.amountField')}
            extra={t('execution.payment.amountHint', { unpaid: formatMoney(p.unpaid) })}
            dependencies={['lateFee']}
            rules={[
              requiredNumber(t('execution.payment.amountField')),
              ({ getFieldValue }) => ({
                // The principal (what is paid less the late fee in it) may not exceed what is unpaid.
                validator: async (_: unknown, value: number | null | undefined) => {
                  const lateFee = getFieldValue('lateFee') as number | null | undefined;
                  if (cents(value) - cents(lateFee) > cents(p.unpaid))
                    throw new Error(t('execution.payment.overUnpaid', { unpaid: formatMoney(p.unpaid) }));
                },
              }),
            ]}
          >
            <MoneyInput min={0.01} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="lateFee"
            label={t('execution.payment.lateFeeField')}
            extra={
              p.lateFee > 0
                ? t('execution.payment.lateFeeFieldHint', { amount: formatMoney(lateFeeOwed) })
                : undefined
            }
            dependencies={['amount']}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_: unknown, value: number | null | undefined) => {
                  if (cents(value) > cents(getFieldValue('amount') as number | undefined))
                    throw new Error(t('execution.payment.lateFeeOver'));
                },
              }),
            ]}
          >
            <MoneyInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="paidOn"
            label={t('execution.payment.paidOn')}
            rules={[requiredDate(t('execution.payment.paidOn'))]}
          >
            <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" disabledDate={notFuture} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="receiptNumber"
            label={t('execution.payment.receiptNumber')}
            rules={[requiredText(t('execution.payment.receiptNumber'))]}
          >
            <Input maxLength={100} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="method"
        label={t('execution.payment.method')}
        rules={[requiredChoice(t('execution.payment.method'))]}
      >
        <Radio.Group
          optionType="button"
          options={PAYMENT_METHODS.map((m) => ({ value: m, label: paymentMethodLabel(m) }))}
        />
      </Form.Item>
      {method === 'onsite' && (
        <Form.Item
          name="onsiteGround"
          label={t('execution.payment.onsiteGround')}
          rules={[requiredChoice(t('execution.payment.onsiteGround'))]}
        >
          <Select
            options={ONSITE_GROUNDS.map((g) => ({
              value: g,
              label: t(`execution.payment.onsiteGrounds.${g}`),
            }))}
          />
        </Form.Item>
      )}
      <Form.Item name="payer" label={t('execution.payment.payer')} extra={t('execution.payment.payerHint')}>
        <Input maxLength={200} placeholder={c.party.name} />
      </Form.Item>
    </FormModal>
  );
}

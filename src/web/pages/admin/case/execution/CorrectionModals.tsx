import { Col, DatePicker, Form, Input, Radio, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { RECHECK_RESULTS, type RecheckResult } from '../../../../../shared/execution-vocabulary.js';
import { executionApi } from '../../../../api/execution.js';
import type { CorrectionOrder } from '../../../../api/types.js';
import { FormModal } from '../../../../components/FormModal.js';
import { MoneyInput } from '../../../../components/MoneyInput.js';
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

interface OrderValues {
  documentNumber: string;
  requirements: string;
  orderedOn: Dayjs;
  servedOn?: Dayjs | null;
  dueOn: Dayjs;
}

/** 登记责令改正违法行为决定: its number, what to correct, when served, the due date. */
export function OrderModal({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const [form] = Form.useForm<OrderValues>();
  const done = useExecutionDone(caseId);
  return (
    <FormModal<OrderValues, unknown>
      title={t('execution.correction.addTitle')}
      name="orderForm"
      form={form}
      width={680}
      initialValues={{ orderedOn: dayjs() }}
      fields={['documentNumber', 'requirements', 'orderedOn', 'servedOn', 'dueOn']}
      submit={(v) =>
        executionApi.order(caseId, {
          documentNumber: v.documentNumber.trim(),
          requirements: v.requirements.trim(),
          orderedOn: isoDate(v.orderedOn),
          ...(v.servedOn ? { servedOn: isoDate(v.servedOn) } : {}),
          dueOn: isoDate(v.dueOn),
        })
      }
      onDone={() => done(t('execution.correction.saved'))}
      onClose={onClose}
    >
      <Form.Item
        name="documentNumber"
        label={t('execution.correction.documentNumber')}
        rules={[requiredText(t('execution.correction.documentNumber'))]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="requirements"
        label={t('execution.correction.requirements')}
        rules={[requiredText(t('execution.correction.requirements'))]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="orderedOn"
            label={t('execution.correction.orderedOn')}
            rules={[requiredDate(t('execution.correction.orderedOn'))]}
          >
            <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" disabledDate={notFuture} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="servedOn"
            label={t('execution.correction.servedOn')}
            extra={t('execution.correction.servedOnHint')}
          >
            <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" disabledDate={notFuture} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="dueOn"
            label={t('execution.correction.dueOn')}
            rules={[requiredDate(t('execution.correction.dueOn'))]}
          >
            <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}

interface RecheckValues {
  recheckedOn: Dayjs;
  result: RecheckResult;
  note: string;
}

/** 登记复查: corrected or refused, found on an unannounced inspection. */
export function RecheckModal({
  caseId,
  order,
  onClose,
}: {
  caseId: string;
  order: CorrectionOrder;
  onClose: () => void;
}) {
  const [form] = Form.useForm<RecheckValues>();
  const done = useExecutionDone(caseId);
  return (
    <FormModal<RecheckValues, unknown>
      title={t('execution.correction.recheckTitle', { number: order.documentNumber })}
      name="recheckForm"
      form={form}
      hint={t('execution.correction.recheckHint', { due: order.recheckDue })}
      initialValues={{ recheckedOn: dayjs() }}
      fields={['recheckedOn', 'result', 'note']}
      submit={(v) =>
        executionApi.recheck(caseId, order.id, {
          recheckedOn: isoDate(v.recheckedOn),
          result: v.result,
          note: v.note.trim(),
        })
      }
      onDone={() => done(t('execution.correction.recheckSaved'))}
      onClose={onClose}
    >
      <Form.Item
        name="recheckedOn"
        label={t('execution.correction.recheckedOn')}
        rules={[requiredDate(t('execution.correction.recheckedOn'))]}
      >
        <DatePicker
          style={{ width: '100%' }}
          format="YYYY-MM-DD"
          disabledDate={(d) => notFuture(d) || !d.isAfter(dayjs(order.servedOn), 'day')}
        />
      </Form.Item>
      <Form.Item
        name="result"
        label={t('execution.correction.result')}
        rules={[requiredChoice(t('execution.correction.result'))]}
      >
        <Radio.Group
          optionType="button"
          options={RECHECK_RESULTS.map((r) => ({ value: r, label: t(`execution.correction.results.${r}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('execution.correction.recheckNote')}
        rules={[requiredText(t('execution.correction.recheckNote'))]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

interface DailyValues {
  decisionNumber: string;
  decidedOn: Dayjs;
  dailyAmount: number;
  facts?: string;
  basis?: string;
}

/** 按日连续处罚: the days are counted by the server, the officer gives the decision and the daily amount. */
export function DailyPenaltyModal({
  caseId,
  order,
  onClose,
}: {
  caseId: string;
  order: CorrectionOrder;
  onClose: () => void;
}) {
  const [form] = Form.useForm<DailyValues>();
  const done = useExecutionDone(caseId);
  return (
    <FormModal<DailyValues, unknown>
      title={t('execution.correction.dailyTitle', { number: order.documentNumber })}
      name="dailyPenaltyForm"
      form={form}
      hint={`${t('execution.correction.dailyHint')}${t('execution.correction.dailyProcedure')}`}
      initialValues={{ decidedOn: dayjs() }}
      fields={['decisionNumber', 'decidedOn', 'dailyAmount', 'facts', 'basis']}
      submit={(v) =>
        executionApi.dailyPenalty(caseId, order.id, {
          decisionNumber: v.decisionNumber.trim(),
          decidedOn: isoDate(v.decidedOn),
          dailyAmount: v.dailyAmount,
          ...optionalText('facts', v.facts),
          ...optionalText('basis', v.basis),
        })
      }
      onDone={() => done(t('execution.correction.dailySaved'))}
      onClose={onClose}
    >
      <Form.Item
        name="decisionNumber"
        label={t('execution.correction.dailyNumber')}
        rules={[requiredText(t('execution.correction.dailyNumber'))]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="decidedOn"
            label={t('execution.correction.decidedOn')}
            rules={[requiredDate(t('execution.correction.decidedOn'))]}
          >
            <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" disabledDate={notFuture} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="dailyAmount"
            label={t('execution.correction.dailyAmount')}
            rules={[requiredNumber(t('execution.correction.dailyAmount'))]}
          >
            <MoneyInput min={0.01} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="facts"
        label={t('execution.correction.dailyFacts')}
        extra={t('execution.correction.dailyFactsHint')}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={20_000} />
      </Form.Item>
      <Form.Item
        name="basis"
        label={t('execution.correction.dailyBasis')}
        extra={t('execution.correction.dailyBasisHint')}
      >
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={5_000} />
      </Form.Item>
    </FormModal>
  );
}

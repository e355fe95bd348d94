import { Col, DatePicker, Form, Input, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  COURT_ENFORCEMENT_RESULTS,
  LITIGATION_INSTANCES,
  OUTCOME_KINDS,
  REMEDY_RESULTS,
  type CourtEnforcementResult,
  type LitigationInstance,
  type OutcomeKind,
  type RemedyResult,
} from '../../../../../shared/execution-vocabulary.js';
import { executionApi } from '../../../../api/execution.js';
import type { CaseView, ExecutionView, OutcomeBody } from '../../../../api/types.js';
import { outcomeKindLabel, outcomeResultLabel } from '../../../../components/executionLabels.js';
import { FormModal } from '../../../../components/FormModal.js';
import { MoneyInput } from '../../../../components/MoneyInput.js';
import { t } from '../../../../i18n/index.js';
import { useExecutionDone } from './executionQueries.js';
import { isoDate, notFuture, optionalText, requiredChoice, requiredDate, requiredText } from './formRules.js';

interface Values {
  kind: OutcomeKind;
  result?: string;
  body: string;
  instance?: LitigationInstance;
  appliedOn?: Dayjs | null;
  decidedOn: Dayjs;
  documentNumber?: string;
  amount?: number | null;
  summary?: string;
}

const FIELDS = [
  'kind',
  'result',
  'body',
  'instance',
  'appliedOn',
  'decidedOn',
  'documentNumber',
  'amount',
  'summary',
];

function bodyOf(v: Values): OutcomeBody {
  const common = {
    decidedOn: isoDate(v.decidedOn),
    body: v.body.trim(),
    ...(v.appliedOn ? { appliedOn: isoDate(v.appliedOn) } : {}),
    ...optionalText('documentNumber', v.documentNumber),
    ...optionalText('summary', v.summary),
  };
  switch (v.kind) {
    case 'reconsideration':
      return { kind: v.kind, result: v.result as RemedyResult, ...common };
    case 'litigation':
      return { kind: v.kind, result: v.result as RemedyResult, instance: v.instance ?? 'first', ...common };
    case 'court_enforcement':
      return {
        kind: v.kind,
        result: v.result as CourtEnforcementResult,
        ...(typeof v.amount === 'number' ? { amount: v.amount } : {}),
        ...common,
      };
  }
}

/** 登记结果 of a 复议, a 诉讼 or court enforcement; after archiving it is filed as a supplement. */
export function OutcomeModal({ c, x, onClose }: { c: CaseView; x: ExecutionView; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const done = useExecutionDone(c.id);
  const kind = Form.useWatch('kind', form) ?? 'reconsideration';
  const results: readonly string[] =
    kind === 'court_enforcement' ? COURT_ENFORCEMENT_RESULTS : REMEDY_RESULTS;
  return (
    <FormModal<Values, unknown>
      title={t('execution.outcome.addTitle')}
      name="outcomeForm"
      form={form}
      width={680}
      hint={c.stage === 'archived' ? t('execution.outcome.archivedHint') : undefined}
      initialValues={{ kind: 'reconsideration', instance: 'first', decidedOn: dayjs() }}
      fields={FIELDS}
      submit={(v) => executionApi.addOutcome(c.id, bodyOf(v))}
      onDone={() => done(t('execution.outcome.saved'))}
      onClose={onClose}
    >
      <Form.Item
        name="kind"
        label={t('execution.outcome.kind')}
        rules={[requiredChoice(t('execution.outcome.kind'))]}
        extra={x.courtApplication ? undefined : t('execution.outcome.courtNeedsApplication')}
      >
        <Radio.Group
          optionType="button"
          onChange={() => form.setFieldValue('result', undefined)}
          options={OUTCOME_KINDS.map((k) => ({
            value: k,
            label: outcomeKindLabel(k),
            disabled: k === 'court_enforcement' && !x.courtApplication,
          }))}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="body"
            label={t(`execution.outcome.bodies.${kind}`)}
            rules={[requiredText(t(`execution.outcome.bodies.${kind}`))]}
          >
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="result"
            label={t('execution.outcome.result')}
            rules={[requiredChoice(t('execution.outcome.result'))]}
          >
            <Select options={results.map((r) => ({ value: r, label: outcomeResultLabel(r) }))} />
          </Form.Item>
        </Col>
        {kind === 'litigation' && (
          <Col xs={24} md={12}>
            <Form.Item name="instance" label={t('execution.outcome.instance')}>
              <Radio.Group
                optionType="button"
                options={LITIGATION_INSTANCES.map((i) => ({
                  value: i,
                  label: t(`execution.outcome.instances.${i}`),
                }))}
              />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} md={12}>
          <Form.Item name="appliedOn" label={t('execution.outcome.appliedOn')}>
            <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" disabledDate={notFuture} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="decidedOn"
            label={t('execution.outcome.decidedOn')}
            rules={[requiredDate(t('execution.outcome.decidedOn'))]}
          >
            <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" disabledDate={notFuture} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="documentNumber" label={t('execution.outcome.documentNumber')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        {kind === 'court_enforcement' && (
          <Col xs={24} md={12}>
            <Form.Item name="amount" label={t('execution.outcome.amount')}>
              <MoneyInput />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Form.Item name="summary" label={t('execution.outcome.summary')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5000} />
      </Form.Item>
    </FormModal>
  );
}

import { Button, Col, DatePicker, Flex, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import {
  LIFT_REASONS,
  SEIZURE_EXTENSION_MAX_DAYS,
  SEIZURE_MAX_DAYS,
  SEIZURE_MEASURES,
  SEIZURE_TESTING_KINDS,
  type LiftReason,
  type SeizureMeasure,
  type SeizureTestingKind,
} from '../../../../../shared/execution-vocabulary.js';
import { casesApi } from '../../../../api/cases.js';
import { executionApi } from '../../../../api/execution.js';
import type { SeizedItem, Seizure } from '../../../../api/types.js';
import { liftReasonLabel, seizureMeasureLabel } from '../../../../components/executionLabels.js';
import { withoutPathPrefix } from '../../../../components/formErrors.js';
import { FormModal } from '../../../../components/FormModal.js';
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

interface SeizureValues {
  measure: SeizureMeasure;
  decisionNumber: string;
  seizedOn: Dayjs;
  periodDays: number;
  items: { name?: string; spec?: string; quantity?: number | null; unit?: string; location?: string }[];
}

function itemOf(i: SeizureValues['items'][number]): SeizedItem {
  return {
    name: (i.name ?? '').trim(),
    ...optionalText('spec', i.spec),
    ...(typeof i.quantity === 'number' ? { quantity: i.quantity } : {}),
    ...optionalText('unit', i.unit),
    ...optionalText('location', i.location),
  };
}

function ItemsInput() {
  return (
    <Form.List
      name="items"
      rules={[
        {
          validator: async (_rule, value: unknown[] | undefined) => {
            if (!value || value.length === 0) throw new Error(t('execution.seizure.itemsRequired'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Flex vertical gap={8}>
          {fields.map((field, index) => {
            const n = t('execution.seizure.itemN', { n: index + 1 });
            return (
              <Flex key={field.key} gap={8} align="flex-start" wrap>
                <Form.Item
                  name={[field.name, 'name']}
                  style={{ marginBottom: 0, flex: '2 1 180px' }}
                  rules={[requiredText(t('execution.seizure.itemName'))]}
                >
                  <Input
                    placeholder={t('execution.seizure.itemName')}
                    aria-label={`${n} ${t('execution.seizure.itemName')}`}
                    maxLength={200}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'spec']} style={{ marginBottom: 0, flex: '1 1 110px' }}>
                  <Input
                    placeholder={t('execution.seizure.itemSpec')}
                    aria-label={`${n} ${t('execution.seizure.itemSpec')}`}
                    maxLength={100}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'quantity']} style={{ marginBottom: 0, width: 96 }}>
                  <InputNumber
                    min={0}
                    placeholder={t('execution.seizure.itemQuantity')}
                    aria-label={`${n} ${t('execution.seizure.itemQuantity')}`}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'unit']} style={{ marginBottom: 0, width: 72 }}>
                  <Input
                    placeholder={t('execution.seizure.itemUnit')}
                    aria-label={`${n} ${t('execution.seizure.itemUnit')}`}
                    maxLength={20}
                  />
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  onClick={() => remove(field.name)}
                  aria-label={t('execution.seizure.removeItem')}
                />
              </Flex>
            );
          })}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({})}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('execution.seizure.addItem')}
          </Button>
          <Form.ErrorList errors={errors} />
        </Flex>
      )}
    </Form.List>
  );
}

/** 登记查封、扣押: the measure, what is sealed or detained, the decision and the term (≤30 days). */
export function SeizureModal({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const [form] = Form.useForm<SeizureValues>();
  const done = useExecutionDone(caseId);
  return (
    <FormModal<SeizureValues, unknown>
      title={t('execution.seizure.addTitle')}
      name="seizureForm"
      form={form}
      width={720}
      initialValues={{ measure: 'seal', seizedOn: dayjs(), periodDays: SEIZURE_MAX_DAYS, items: [{}] }}
      fields={['measure', 'decisionNumber', 'seizedOn', 'periodDays', 'items']}
      submit={(v) =>
        executionApi.seize(caseId, {
          measure: v.measure,
          decisionNumber: v.decisionNumber.trim(),
          seizedOn: isoDate(v.seizedOn),
          periodDays: v.periodDays,
          items: v.items.map(itemOf),
        })
      }
      onDone={() => done(t('execution.seizure.saved'))}
      onClose={onClose}
    >
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="measure"
            label={t('execution.seizure.measure')}
            rules={[requiredChoice(t('execution.seizure.measure'))]}
          >
            <Radio.Group
              optionType="button"
              options={SEIZURE_MEASURES.map((m) => ({ value: m, label: seizureMeasureLabel(m) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item
            name="decisionNumber"
            label={t('execution.seizure.decisionNumber')}
            rules={[requiredText(t('execution.seizure.decisionNumber'))]}
          >
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="seizedOn"
            label={t('execution.seizure.seizedOn')}
            rules={[requiredDate(t('execution.seizure.seizedOn'))]}
          >
            <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" disabledDate={notFuture} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="periodDays"
            label={t('execution.seizure.periodDays')}
            extra={t('execution.seizure.periodHint')}
            rules={[requiredNumber(t('execution.seizure.periodDays'))]}
          >
            <InputNumber min={1} max={SEIZURE_MAX_DAYS} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('execution.seizure.items')} extra={t('execution.seizure.itemsHint')} required>
        <ItemsInput />
      </Form.Item>
    </FormModal>
  );
}

/** A seizure's one extension, requested from the head (approval kind `seizure_extension`). */
export function SeizureExtensionModal({
  caseId,
  seizure,
  onClose,
}: {
  caseId: string;
  seizure: Seizure;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ days: number; reason: string }>();
  const done = useExecutionDone(caseId);
  return (
    <FormModal<{ days: number; reason: string }, unknown>
      title={t('execution.seizure.extendTitle', { number: seizure.decisionNumber })}
      name="seizureExtensionForm"
      form={form}
      hint={t('execution.seizure.extendHint', { endsOn: seizure.endsOn })}
      initialValues={{ days: SEIZURE_EXTENSION_MAX_DAYS }}
      fields={['days', 'reason']}
      submit={async (v) => {
        try {
          return await casesApi.requestApproval(caseId, {
            kind: 'seizure_extension',
            reason: v.reason.trim(),
            payload: { seizureId: seizure.id, days: v.days },
          });
        } catch (error) {
          throw withoutPathPrefix(error, 'payload');
        }
      }}
      onDone={() => done(t('execution.payment.requested'))}
      onClose={onClose}
    >
      <Form.Item
        name="days"
        label={t('execution.seizure.extendDays')}
        rules={[requiredNumber(t('execution.seizure.extendDays'))]}
      >
        <InputNumber min={1} max={SEIZURE_EXTENSION_MAX_DAYS} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('execution.seizure.extendReason')}
        rules={[requiredText(t('execution.seizure.extendReason'))]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

interface LiftValues {
  liftedOn: Dayjs;
  reason: LiftReason;
  note?: string;
}

/** 解除查封扣押 with its reason (ACL Art. 28). */
export function LiftModal({
  caseId,
  seizure,
  onClose,
}: {
  caseId: string;
  seizure: Seizure;
  onClose: () => void;
}) {
  const [form] = Form.useForm<LiftValues>();
  const done = useExecutionDone(caseId);
  return (
    <FormModal<LiftValues, unknown>
      title={t('execution.seizure.liftTitle', { number: seizure.decisionNumber })}
      name="liftForm"
      form={form}
      initialValues={{ liftedOn: dayjs(), reason: seizure.status === 'expired' ? 'expired' : 'decided' }}
      fields={['liftedOn', 'reason', 'note']}
      submit={(v) =>
        executionApi.lift(caseId, seizure.id, {
          liftedOn: isoDate(v.liftedOn),
          reason: v.reason,
          ...optionalText('note', v.note),
        })
      }
      onDone={() => done(t('execution.seizure.liftSaved'))}
      onClose={onClose}
    >
      <Form.Item
        name="liftedOn"
        label={t('execution.seizure.liftedOn')}
        rules={[requiredDate(t('execution.seizure.liftedOn'))]}
      >
        <DatePicker
          style={{ width: '100%' }}
          format="YYYY-MM-DD"
          disabledDate={(d) => notFuture(d) || d.isBefore(dayjs(seizure.seizedOn), 'day')}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('execution.seizure.liftReason')}
        rules={[requiredChoice(t('execution.seizure.liftReason'))]}
      >
        <Select options={LIFT_REASONS.map((r) => ({ value: r, label: liftReasonLabel(r) }))} />
      </Form.Item>
      <Form.Item name="note" label={t('execution.seizure.liftNote')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}

interface TestingValues {
  kind: SeizureTestingKind;
  startedOn: Dayjs;
  endsOn: Dayjs;
  toldOn: Dayjs;
  note?: string;
}

/** 检测、检验、检疫或者技术鉴定: a stated period, told to the party in writing, outside the term (ACL Art. 25(3)). */
export function TestingModal({
  caseId,
  seizure,
  onClose,
}: {
  caseId: string;
  seizure: Seizure;
  onClose: () => void;
}) {
  const [form] = Form.useForm<TestingValues>();
  const done = useExecutionDone(caseId);
  return (
    <FormModal<TestingValues, unknown>
      title={t('execution.seizure.testingTitle', { number: seizure.decisionNumber })}
      name="testingForm"
      form={form}
      hint={t('execution.seizure.testingHint')}
      initialValues={{ kind: 'testing', startedOn: dayjs(), toldOn: dayjs() }}
      fields={['kind', 'startedOn', 'endsOn', 'toldOn', 'note']}
      submit={(v) =>
        executionApi.addTesting(caseId, seizure.id, {
          kind: v.kind,
          startedOn: isoDate(v.startedOn),
          endsOn: isoDate(v.endsOn),
          toldOn: isoDate(v.toldOn),
          ...optionalText('note', v.note),
        })
      }
      onDone={() => done(t('execution.seizure.testingSaved'))}
      onClose={onClose}
    >
      <Form.Item
        name="kind"
        label={t('execution.seizure.testingKind')}
        rules={[requiredChoice(t('execution.seizure.testingKind'))]}
      >
        <Radio.Group
          optionType="button"
          options={SEIZURE_TESTING_KINDS.map((k) => ({
            value: k,
            label: t(`execution.seizure.testingKinds.${k}`),
          }))}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="startedOn"
            label={t('execution.seizure.testingStartedOn')}
            rules={[requiredDate(t('execution.seizure.testingStartedOn'))]}
          >
            <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="endsOn"
            label={t('execution.seizure.testingEndsOn')}
            rules={[requiredDate(t('execution.seizure.testingEndsOn'))]}
          >
            <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="toldOn"
            label={t('execution.seizure.testingToldOn')}
            rules={[requiredDate(t('execution.seizure.testingToldOn'))]}
          >
            <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" disabledDate={notFuture} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="note" label={t('execution.seizure.testingNote')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}

import { useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  Radio,
  Row,
  Space,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import {
  PAYMENT_METHODS,
  SUMMARY_PENALTY_TYPES,
  summaryFineLimit,
  type PaymentMethod,
  type SummaryPenaltyType,
} from '../../../shared/execution-vocabulary.js';
import { ApiError } from '../../api/client.js';
import { summaryApi } from '../../api/execution.js';
import type { SummaryDecisionBody } from '../../api/types.js';
import type { PartyType } from '../../../shared/case-vocabulary.js';
import { paymentMethodLabel } from '../../components/executionLabels.js';
import { applyApiError } from '../../components/formErrors.js';
import { MoneyInput } from '../../components/MoneyInput.js';
import { PageContainer } from '../../components/PageContainer.js';
import { formatMoney, toChinaIso } from '../../format.js';
import { t } from '../../i18n/index.js';
import { OfficersField, PartyFields, partyBody, type PartyValues } from './case/PartyFields.js';

interface Values {
  party: PartyValues;
  officerIds: string[];
  formNumber: string;
  decidedAt: Dayjs;
  violationAt?: Dayjs | null;
  location: string;
  facts: string;
  basis: string;
  penaltyTypes: SummaryPenaltyType[];
  fineAmount?: number | null;
  paymentMethod?: PaymentMethod;
  partyStatement?: string;
  title?: string;
}

const FIELDS = [
  'party',
  'officerIds',
  'formNumber',
  'decidedAt',
  'violationAt',
  'location',
  'facts',
  'basis',
  'penaltyTypes',
  'fineAmount',
  'paymentMethod',
  'partyStatement',
  'title',
];

const text = (v: string | undefined) => (v ?? '').trim();

function bodyOf(v: Values): SummaryDecisionBody {
  const fine = v.penaltyTypes.includes('fine');
  return {
    party: partyBody(v.party),
    officerIds: v.officerIds,
    formNumber: text(v.formNumber),
    decidedAt: toChinaIso(v.decidedAt.toDate()),
    ...(v.violationAt ? { violationAt: toChinaIso(v.violationAt.toDate()) } : {}),
    location: text(v.location),
    facts: text(v.facts),
    basis: text(v.basis),
    penalties: SUMMARY_PENALTY_TYPES.filter((p) => v.penaltyTypes.includes(p)).map((type) =>
      type === 'fine' && fine && typeof v.fineAmount === 'number' ? { type, amount: v.fineAmount } : { type },
    ),
    ...(fine && v.paymentMethod ? { paymentMethod: v.paymentMethod } : {}),
    ...(text(v.partyStatement) ? { partyStatement: text(v.partyStatement) } : {}),
    ...(text(v.title) ? { title: text(v.title) } : {}),
  };
}

/** The fine's limit for the party type and, above it, the warning that the server will refuse. */
function FineLimitHint({ partyType, amount }: { partyType: PartyType; amount: number | null | undefined }) {
  const limit = summaryFineLimit(partyType);
  const over = typeof amount === 'number' && Math.round(amount * 100) > limit * 100;
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        {t('summary.limit', {
          limit: formatMoney(limit),
          party: t(`summary.limitParties.${partyType}`),
        })}
      </Typography.Text>
      {over && (
        <Alert
          type="warning"
          showIcon
          role="status"
          title={t('summary.overLimit', { limit: formatMoney(limit) })}
        />
      )}
    </Space>
  );
}

/**
 * 简易程序当场处罚: the officer records a decision made on the spot on a pre-numbered form (warning,
 * or a fine up to 200 元 / 3,000 元); the server creates its case in 送达执行 and the page opens it.
 */
export function SummaryDecisionPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [errorText, setErrorText] = useState<string | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const partyType = (Form.useWatch(['party', 'type'], form) as PartyType | undefined) ?? 'person';
  const penaltyTypes = Form.useWatch('penaltyTypes', form) ?? [];
  const fineAmount = Form.useWatch('fineAmount', form);
  const fine = penaltyTypes.includes('fine');

  const decide = useMutation({
    mutationFn: (v: Values) => summaryApi.decide(bodyOf(v)),
    onSuccess: async (made) => {
      await queryClient.invalidateQueries({ queryKey: ['cases'] });
      await queryClient.invalidateQueries({ queryKey: ['deadlines'] });
      void message.success(t('summary.created', { number: made.caseNumber }));
      await navigate(`/admin/cases/${made.caseId}?tab=execution`);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'SUMMARY_LIMIT_EXCEEDED') {
        form.setFields([{ name: 'fineAmount', errors: [error.message] }]);
      }
      setErrorText(
        applyApiError(form, error, { fields: FIELDS, codeFields: { FORM_NUMBER_TAKEN: 'formNumber' } }),
      );
      requestAnimationFrame(() => alertRef.current?.scrollIntoView({ block: 'center', behavior: 'smooth' }));
    },
  });

  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { field }),
  });

  return (
    <PageContainer title={t('summary.title')}>
      <Card>
        <Typography.Paragraph type="secondary" style={{ maxWidth: 960 }}>
          {t('summary.lead')}
        </Typography.Paragraph>
        {errorText && (
          <div ref={alertRef}>
            <Alert type="error" showIcon role="alert" title={errorText} style={{ marginBottom: 16 }} />
          </div>
        )}
        <Form<Values>
          name="summaryDecision"
          form={form}
          layout="vertical"
          initialValues={{
            party: { type: 'person' },
            officerIds: [],
            decidedAt: dayjs(),
            penaltyTypes: ['fine'],
            paymentMethod: 'bank',
          }}
          onFinish={(v) => {
            setErrorText(null);
            decide.mutate(v);
          }}
          onFinishFailed={() => setErrorText(null)}
          scrollToFirstError
          style={{ maxWidth: 960 }}
        >
          <h3 className="form-section">{t('summary.partySection')}</h3>
          <PartyFields />

          <h3 className="form-section">{t('summary.officersSection')}</h3>
          <OfficersField min={2} hint={t('summary.officersHint')} />

          <h3 className="form-section">{t('summary.decisionSection')}</h3>
          <Row gutter={24}>
            <Col xs={24} md={12}>
              <Form.Item
                name="formNumber"
                label={t('summary.formNumber')}
                extra={t('summary.formNumberHint')}
                rules={[required(t('summary.formNumber'))]}
              >
                <Input maxLength={50} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="decidedAt"
                label={t('summary.decidedAt')}
                rules={[
                  { required: true, message: t('common.requiredSelect', { field: t('summary.decidedAt') }) },
                ]}
              >
                <DatePicker
                  showTime={{ format: 'HH:mm' }}
                  format="YYYY-MM-DD HH:mm"
                  style={{ width: '100%' }}
                  disabledDate={(d) => d.isAfter(dayjs(), 'day')}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="location"
                label={t('summary.location')}
                rules={[required(t('summary.location'))]}
              >
                <Input maxLength={300} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="violationAt" label={t('summary.violationAt')}>
                <DatePicker
                  showTime={{ format: 'HH:mm' }}
                  format="YYYY-MM-DD HH:mm"
                  style={{ width: '100%' }}
                  disabledDate={(d) => d.isAfter(dayjs(), 'day')}
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="facts" label={t('summary.facts')} rules={[required(t('summary.facts'))]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} />
          </Form.Item>
          <Form.Item name="basis" label={t('summary.basis')} rules={[required(t('summary.basis'))]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
          <Row gutter={24}>
            <Col xs={24} md={12}>
              <Form.Item
                name="penaltyTypes"
                label={t('summary.penalties')}
                rules={[{ required: true, type: 'array', min: 1, message: t('summary.penaltiesRequired') }]}
              >
                <Checkbox.Group
                  options={SUMMARY_PENALTY_TYPES.map((p) => ({
                    value: p,
                    label: t(`summary.penaltyTypes.${p}`),
                  }))}
                />
              </Form.Item>
            </Col>
            {fine && (
              <Col xs={24} md={12}>
                <Form.Item
                  name="fineAmount"
                  label={t('summary.amount')}
                  extra={<FineLimitHint partyType={partyType} amount={fineAmount} />}
                  rules={[{ required: true, type: 'number', message: t('summary.amountRequired') }]}
                >
                  <MoneyInput min={0.01} />
                </Form.Item>
              </Col>
            )}
            {fine && (
              <Col xs={24}>
                <Form.Item name="paymentMethod" label={t('summary.paymentMethod')}>
                  <Radio.Group
                    optionType="button"
                    options={PAYMENT_METHODS.map((m) => ({ value: m, label: paymentMethodLabel(m) }))}
                  />
                </Form.Item>
              </Col>
            )}
          </Row>
          <Form.Item name="partyStatement" label={t('summary.partyStatement')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
          <Form.Item name="title" label={t('summary.titleField')} extra={t('summary.titleHint')}>
            <Input maxLength={200} />
          </Form.Item>

          <Form.Item style={{ marginTop: 24, marginBottom: 0 }}>
            <Space>
              <Button type="primary" htmlType="submit" loading={decide.isPending}>
                {t('summary.submit')}
              </Button>
              <Button onClick={() => void navigate('/admin/cases')}>{t('common.cancel')}</Button>
            </Space>
          </Form.Item>
        </Form>
      </Card>
    </PageContainer>
  );
}

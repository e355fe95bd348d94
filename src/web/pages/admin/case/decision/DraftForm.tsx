import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  Row,
  Select,
  Typography,
  type FormInstance,
} from 'antd';
import { AuditOutlined, CheckCircleOutlined, SendOutlined } from '@ant-design/icons';
import { CIRCUMSTANCES, DECISION_OUTCOMES } from '../../../../../shared/review-vocabulary.js';
import { ApiError } from '../../../../api/client.js';
import { decisionApi, reviewApi } from '../../../../api/review.js';
import type { CaseView, DecisionBlocker, DecisionCheck, LegalReview } from '../../../../api/types.js';
import { applyApiError, validateAndReveal } from '../../../../components/formErrors.js';
import { ValidatedConfirm } from '../../../../components/ValidatedConfirm.js';
import { blockersOf, circumstanceLabel, outcomeLabel } from '../../../../components/reviewLabels.js';
import { t } from '../../../../i18n/index.js';
import { invalidateReview } from '../../review/reviewQueries.js';
import type { CasePermissions } from '../caseContext.js';
import { BlockerList, CheckResult } from './CheckResult.js';
import { DRAFT_FIELDS, circumstancesOf, toDecisionBody, type DraftValues } from './draftForm.js';
import { PenaltiesInput } from './PenaltiesInput.js';

interface Props {
  c: CaseView;
  form: FormInstance<DraftValues>;
  initialValues: DraftValues;
  perms: CasePermissions;
  /** The round under review, if any (no new submission until its opinion). */
  pending: LegalReview | undefined;
  check: DecisionCheck | null;
  onCheck: (check: DecisionCheck | null) => void;
}

type Failure = { message: string; blockers: DecisionBlocker[] } | null;

function failureOf(error: unknown, form: FormInstance<DraftValues>): Failure {
  const text = applyApiError(form, error, { fields: DRAFT_FIELDS });
  if (text === null) return null;
  const blockers = error instanceof ApiError ? blockersOf(error.details) : [];
  return { message: text, blockers };
}

/** The decision draft: checked against the catalog and the procedure, sent to review, decided by the head. */
export function DraftForm({ c, form, initialValues, perms, pending, check, onCheck }: Props) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [stale, setStale] = useState(false);
  const [failure, setFailure] = useState<Failure>(null);
  const outcome = Form.useWatch('outcome', form) ?? initialValues.outcome;
  const chosen = Form.useWatch('circumstances', form) ?? [];
  const penalty = outcome === 'penalty';

  const validated = async () => {
    setFailure(null);
    return validateAndReveal(form);
  };

  const runCheck = useMutation({
    mutationFn: async () => {
      const v = await validated();
      return decisionApi.check(c.id, { ...toDecisionBody(v), circumstances: circumstancesOf(v) });
    },
    onSuccess: (result) => {
      setStale(false);
      onCheck(result);
    },
    onError: (error) => {
      if (error instanceof ApiError) setFailure(failureOf(error, form));
    },
  });

  const submit = useMutation({
    mutationFn: async () => {
      const v = await validated();
      return reviewApi.submit(c.id, { draft: toDecisionBody(v), circumstances: circumstancesOf(v) });
    },
    onSuccess: async (review) => {
      await invalidateReview(queryClient, c.id, review.id);
      void message.success(t('review.draft.submitted', { round: review.round, due: review.due }));
    },
    onError: (error) => {
      if (error instanceof ApiError) setFailure(failureOf(error, form));
    },
  });

  const decide = useMutation({
    mutationFn: async () => decisionApi.decide(c.id, toDecisionBody(await validated())),
    onSuccess: async () => {
      await invalidateReview(queryClient, c.id);
      void message.success(t('review.draft.decided'));
    },
    onError: (error) => {
      if (error instanceof ApiError) setFailure(failureOf(error, form));
    },
  });

  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { field }),
  });
  const editable = perms.write || perms.approve;

  return (
    <Form<DraftValues>
      name="decisionDraft"
      form={form}
      layout="vertical"
      initialValues={initialValues}
      disabled={!editable}
      scrollToFirstError
      onValuesChange={() => {
        if (check) setStale(true);
      }}
    >
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="outcome" label={t('review.draft.outcome')} rules={[{ required: true }]}>
            <Select options={DECISION_OUTCOMES.map((o) => ({ value: o, label: outcomeLabel(o) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="summary"
            label={t('review.draft.summary')}
            rules={[required(t('review.draft.summary'))]}
          >
            <Input maxLength={500} />
          </Form.Item>
        </Col>
        {penalty && (
          <Col xs={24}>
            <Form.Item label={t('review.draft.penalties')} required>
              <PenaltiesInput disabled={!editable} />
            </Form.Item>
          </Col>
        )}
        <Col xs={24}>
          <Form.Item name="facts" label={t('review.draft.facts')} rules={[required(t('review.draft.facts'))]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={20_000} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="basis" label={t('review.draft.basis')} rules={[required(t('review.draft.basis'))]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5_000} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item
            name="discretionStandard"
            label={t('review.draft.discretionStandard')}
            extra={t('review.draft.discretionStandardHint')}
            rules={penalty ? [required(t('review.draft.discretionStandard'))] : []}
          >
            <Input maxLength={500} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item
            name="discretionReason"
            label={t('review.draft.discretionReason')}
            rules={penalty ? [required(t('review.draft.discretionReason'))] : []}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={2_000} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="documentNumber"
            label={t('review.draft.documentNumber')}
            extra={t('review.draft.documentNumberHint')}
          >
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="decidedOn"
            label={t('review.draft.decidedOn')}
            rules={[
              { required: true, message: t('common.requiredSelect', { field: t('review.draft.decidedOn') }) },
            ]}
          >
            <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item
            name="circumstances"
            label={t('review.draft.circumstances')}
            extra={t('review.draft.circumstancesHint')}
          >
            <Checkbox.Group
              options={CIRCUMSTANCES.map((code) => ({ value: code, label: circumstanceLabel(code) }))}
            />
          </Form.Item>
          {CIRCUMSTANCES.filter((code) => chosen.includes(code)).map((code) => (
            <Form.Item
              key={code}
              name={['circumstanceReasons', code]}
              label={t('review.draft.circumstanceReason', { label: circumstanceLabel(code) })}
              rules={[required(t('review.draft.circumstanceReasonRequired'))]}
            >
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={1000} />
            </Form.Item>
          ))}
        </Col>
      </Row>

      {editable && (
        <Flex wrap gap={8} align="center" style={{ marginBottom: 16 }}>
          <Button
            icon={<CheckCircleOutlined />}
            loading={runCheck.isPending}
            onClick={() => runCheck.mutate()}
          >
            {t('review.draft.check')}
          </Button>
          {perms.write && (
            <ValidatedConfirm
              title={t('review.draft.submitConfirm')}
              validate={validated}
              onConfirm={() => submit.mutate()}
              type="primary"
              icon={<SendOutlined />}
              loading={submit.isPending}
              disabled={pending !== undefined}
            >
              {t('review.draft.submitReview')}
            </ValidatedConfirm>
          )}
          {perms.approve && (
            <ValidatedConfirm
              title={t('review.draft.decideConfirm')}
              validate={validated}
              onConfirm={() => decide.mutate()}
              type="primary"
              icon={<AuditOutlined />}
              loading={decide.isPending}
            >
              {t('review.draft.decide')}
            </ValidatedConfirm>
          )}
          {pending && perms.write && (
            <Typography.Text type="secondary">
              {t('review.draft.pendingHint', { round: pending.round })}
            </Typography.Text>
          )}
        </Flex>
      )}
      {failure && (
        <Alert
          type="error"
          showIcon
          title={failure.message}
          description={failure.blockers.length > 0 ? <BlockerList blockers={failure.blockers} /> : undefined}
          style={{ marginBottom: 16 }}
        />
      )}
      {check && <CheckResult check={check} stale={stale} />}
    </Form>
  );
}

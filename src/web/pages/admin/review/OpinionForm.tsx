import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Radio, Typography } from 'antd';
import { REVIEW_CHECKLIST_KEYS } from '../../../../shared/review-vocabulary.js';
import { reviewApi } from '../../../api/review.js';
import type { LegalReview, OpinionBody, ReviewChecklist } from '../../../api/types.js';
import { applyApiError, validateAndReveal } from '../../../components/formErrors.js';
import { ValidatedConfirm } from '../../../components/ValidatedConfirm.js';
import { checklistLabel } from '../../../components/reviewLabels.js';
import { t } from '../../../i18n/index.js';
import { invalidateReview } from './reviewQueries.js';

interface Values {
  checklist: Record<string, { ok: boolean; note?: string }>;
  outcome?: 'approved' | 'returned';
  opinion: string;
}

const INITIAL: Partial<Values> = {
  checklist: Object.fromEntries(REVIEW_CHECKLIST_KEYS.map((k) => [k, { ok: true }])),
};

function toBody(v: Values): OpinionBody {
  const checklist = Object.fromEntries(
    REVIEW_CHECKLIST_KEYS.map((k) => {
      const item = v.checklist[k];
      const note = item?.note?.trim();
      return [k, note ? { ok: item?.ok ?? true, note } : { ok: item?.ok ?? true }];
    }),
  ) as ReviewChecklist;
  return { outcome: v.outcome ?? 'returned', checklist, opinion: v.opinion.trim() };
}

/** The reviewer's opinion: the seven points (符合 / 存在问题 with a note), the conclusion, the text. */
export function OpinionForm({ review }: { review: LegalReview }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [errorText, setErrorText] = useState<string | null>(null);
  const outcome = Form.useWatch('outcome', form);
  const checklist = Form.useWatch('checklist', form);
  const problems = REVIEW_CHECKLIST_KEYS.filter((k) => checklist?.[k]?.ok === false);

  const send = useMutation({
    mutationFn: (v: Values) => reviewApi.opinion(review.id, toBody(v)),
    onSuccess: async () => {
      await invalidateReview(queryClient, review.caseId, review.id);
      void message.success(t('review.opinion.submitted'));
    },
    onError: (error) =>
      setErrorText(applyApiError(form, error, { fields: ['checklist', 'outcome', 'opinion'] })),
  });

  return (
    <Form<Values>
      name="opinionForm"
      form={form}
      layout="vertical"
      initialValues={INITIAL}
      onFinish={(v) => {
        setErrorText(null);
        send.mutate(v);
      }}
    >
      {errorText && <Alert type="error" showIcon title={errorText} style={{ marginBottom: 16 }} />}
      <ol className="opinion-checklist">
        {REVIEW_CHECKLIST_KEYS.map((key) => {
          const label = checklistLabel(key);
          const problem = checklist?.[key]?.ok === false;
          return (
            <li key={key}>
              <div className="opinion-checklist__head">
                <Typography.Text strong id={`check-${key}`}>
                  {label}
                </Typography.Text>
                <Form.Item name={['checklist', key, 'ok']} noStyle>
                  <Radio.Group
                    size="small"
                    optionType="button"
                    buttonStyle="solid"
                    aria-labelledby={`check-${key}`}
                    options={[
                      { value: true, label: t('review.checkOk') },
                      { value: false, label: t('review.checkProblem') },
                    ]}
                  />
                </Form.Item>
              </div>
              {problem && (
                <Form.Item
                  name={['checklist', key, 'note']}
                  rules={[
                    {
                      required: true,
                      whitespace: true,
                      message: t('review.opinion.noteRequired', { label }),
                    },
                  ]}
                  style={{ margin: '6px 0 0' }}
                >
                  <Input.TextArea
                    autoSize={{ minRows: 1, maxRows: 6 }}
                    maxLength={2000}
                    placeholder={t('review.opinion.notePlaceholder')}
                    aria-label={t('review.opinion.itemNote', { label })}
                  />
                </Form.Item>
              )}
            </li>
          );
        })}
      </ol>

      <Form.Item
        name="outcome"
        label={t('review.opinion.outcome')}
        rules={[
          { required: true, message: t('common.requiredSelect', { field: t('review.opinion.outcome') }) },
        ]}
      >
        <Radio.Group
          options={[
            { value: 'approved', label: t('review.opinion.approve') },
            { value: 'returned', label: t('review.opinion.returnIt') },
          ]}
        />
      </Form.Item>
      {outcome === 'approved' && problems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('review.opinion.approveWithProblems')}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form.Item
        name="opinion"
        label={t('review.opinion.text')}
        extra={
          outcome === 'returned' ? t('review.opinion.textHintReturn') : t('review.opinion.textHintApprove')
        }
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('common.required', { field: t('review.opinion.text') }),
          },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 14 }} maxLength={20_000} />
      </Form.Item>
      <ValidatedConfirm
        title={t('review.opinion.submitConfirm')}
        validate={() => validateAndReveal(form)}
        onConfirm={() => form.submit()}
        type="primary"
        loading={send.isPending}
      >
        {t('review.opinion.submit')}
      </ValidatedConfirm>
    </Form>
  );
}

import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Descriptions, Form, Input, Modal, Radio } from 'antd';
import { DISPUTE_DECISIONS, type DisputeDecision } from '../../../../../shared/review-vocabulary.js';
import { reviewApi } from '../../../../api/review.js';
import type { LegalReview } from '../../../../api/types.js';
import { applyApiError } from '../../../../components/formErrors.js';
import { t } from '../../../../i18n/index.js';
import { invalidateReview } from '../../review/reviewQueries.js';

interface Values {
  decision: DisputeDecision;
  reason: string;
}

/** The head settles a dispute over a returned opinion: uphold the opinion or adopt the unit's position. */
export function CoordinationModal({ review, onClose }: { review: LegalReview; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [errorText, setErrorText] = useState<string | null>(null);
  const send = useMutation({
    mutationFn: (v: Values) => reviewApi.coordinate(review.id, v.decision, v.reason.trim()),
    onSuccess: async () => {
      await invalidateReview(queryClient, review.caseId, review.id);
      void message.success(t('review.dispute.coordinated'));
      onClose();
    },
    onError: (error) => setErrorText(applyApiError(form, error, { fields: ['decision', 'reason'] })),
  });
  return (
    <Modal
      open
      title={t('review.dispute.coordinateTitle', { round: review.round })}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={send.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
      width={600}
    >
      {errorText && <Alert type="error" showIcon title={errorText} style={{ marginBottom: 16 }} />}
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'opinion',
            label: t('review.rounds.opinion'),
            children: <span className="pre-wrap">{review.opinion ?? t('common.none')}</span>,
          },
          {
            key: 'position',
            label: t('review.dispute.position'),
            children: <span className="pre-wrap">{review.dispute?.position ?? t('common.none')}</span>,
          },
        ]}
      />
      <Form<Values>
        name="coordinationForm"
        form={form}
        layout="vertical"
        onFinish={(v) => {
          setErrorText(null);
          send.mutate(v);
        }}
      >
        <Form.Item
          name="decision"
          label={t('review.dispute.decision')}
          rules={[
            { required: true, message: t('common.requiredSelect', { field: t('review.dispute.decision') }) },
          ]}
        >
          <Radio.Group
            options={DISPUTE_DECISIONS.map((d) => ({ value: d, label: t(`review.dispute.decisions.${d}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('review.dispute.reason')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('review.dispute.reason') }),
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

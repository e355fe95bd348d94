import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Descriptions, Form, Input, Modal } from 'antd';
import { approvalsApi } from '../api/cases.js';
import type { ApprovalRequest } from '../api/types.js';
import { formatMoney } from '../format.js';
import { t } from '../i18n/index.js';
import { approvalKindLabel } from './caseLabels.js';
import { applyApiError } from './formErrors.js';

interface Props {
  approval: ApprovalRequest;
  grant: boolean;
  /** Shown in the summary (the API gives the requester as an id). */
  requesterName: string;
  detail: string;
  onClose: () => void;
}

/** The head grants or rejects a request, always with a reason. */
export function DecideApprovalModal({ approval, grant, requesterName, detail, onClose }: Props) {
  const [form] = Form.useForm<{ reason: string }>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [errorText, setErrorText] = useState<string | null>(null);
  const kind = approvalKindLabel(approval.kind);

  const decide = useMutation({
    mutationFn: (reason: string) => approvalsApi.decide(approval.id, grant, reason),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['approvals'] }),
        queryClient.invalidateQueries({ queryKey: ['case', approval.caseId] }),
        queryClient.invalidateQueries({ queryKey: ['deadlines'] }),
      ]);
      void message.success(t('cases.approvals.decided'));
      onClose();
    },
    onError: (error) => setErrorText(applyApiError(form, error, { fields: ['reason'] })),
  });

  return (
    <Modal
      open
      title={
        grant
          ? t('cases.approvals.decideGrantTitle', { kind })
          : t('cases.approvals.decideRejectTitle', { kind })
      }
      okText={grant ? t('cases.approvals.grant') : t('cases.approvals.reject')}
      okButtonProps={{ danger: !grant }}
      cancelText={t('common.cancel')}
      confirmLoading={decide.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
      width={560}
    >
      {errorText && <Alert type="error" showIcon title={errorText} style={{ marginBottom: 16 }} />}
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          ...(approval.caseNumber
            ? [{ key: 'case', label: t('cases.approvalsPage.case'), children: approval.caseNumber }]
            : []),
          { key: 'kind', label: t('cases.approvals.kind'), children: kind },
          ...(detail ? [{ key: 'detail', label: t('cases.approvals.detail'), children: detail }] : []),
          { key: 'reason', label: t('cases.approvals.reason'), children: approval.reason },
          { key: 'requester', label: t('cases.approvals.requester'), children: requesterName },
        ]}
      />
      <Form
        name="approvalDecision"
        form={form}
        layout="vertical"
        onFinish={(v) => {
          setErrorText(null);
          decide.mutate(v.reason.trim());
        }}
      >
        <Form.Item
          name="reason"
          label={t('cases.approvals.decisionReason')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('cases.approvals.decisionReason') }),
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A request's payload in words: "延长 30 日（负责人批准）", "王芳（执法人员自行申请）". */
export function approvalDetail(a: ApprovalRequest, nameOf: (id: string) => string): string {
  const p = a.payload;
  if (a.kind === 'decision_extension' && typeof p['days'] === 'number') {
    const basis = p['basis'] === 'collective_discussion' ? 'collective_discussion' : 'head';
    return t('cases.approvals.payloadDays', { days: p['days'], basis: t(`cases.approvals.bases.${basis}`) });
  }
  if (a.kind === 'recusal' && typeof p['officerId'] === 'string') {
    const applicant = p['applicant'];
    if (applicant !== 'party' && applicant !== 'officer') return nameOf(p['officerId']);
    return t('cases.approvals.payloadRecusal', {
      name: nameOf(p['officerId']),
      applicant: t(`cases.approvals.applicants.${applicant}`),
    });
  }
  if (a.kind === 'payment_deferral' && typeof p['dueOn'] === 'string') {
    return t('cases.approvals.payloadDeferral', { date: p['dueOn'] });
  }
  if (a.kind === 'payment_instalments' && Array.isArray(p['instalments'])) {
    const items = (p['instalments'] as unknown[]).flatMap((i) => {
      if (typeof i !== 'object' || i === null) return [];
      const { dueOn, amount } = i as Record<string, unknown>;
      if (typeof dueOn !== 'string' || typeof amount !== 'number') return [];
      return [t('cases.approvals.payloadInstalment', { date: dueOn, amount: formatMoney(amount) })];
    });
    return t('cases.approvals.payloadInstalments', {
      count: items.length,
      items: items.join(t('common.listSeparator')),
    });
  }
  if (a.kind === 'seizure_extension' && typeof p['days'] === 'number') {
    return t('cases.approvals.payloadSeizure', { days: p['days'] });
  }
  return '';
}

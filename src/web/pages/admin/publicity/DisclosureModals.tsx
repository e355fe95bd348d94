import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Radio, Select } from 'antd';
import {
  HOLD_REASONS,
  WITHDRAWAL_GROUNDS,
  type HoldReason,
  type WithdrawalGround,
} from '../../../../shared/publicity-vocabulary.js';
import { disclosuresApi } from '../../../api/publicity.js';
import type { Disclosure, SummaryEdit } from '../../../api/types.js';
import { FormModal } from '../../../components/FormModal.js';
import { withoutPathPrefix } from '../../../components/formErrors.js';
import { t } from '../../../i18n/index.js';
import { disclosureChanged } from './publicityQueries.js';

interface ModalProps {
  item: Disclosure;
  onClose: () => void;
}

const required = (label: string) => ({
  required: true,
  whitespace: true,
  message: t('common.required', { field: label }),
});

/** 修改公示摘要: the four text fields a 填报人 may change (the rest follows the decision). */
export function SummaryEditModal({ item, onClose }: ModalProps) {
  const [form] = Form.useForm<Required<SummaryEdit>>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const s = item.summary;
  return (
    <FormModal<Required<SummaryEdit>, Disclosure>
      title={t('publicity.actions.editTitle')}
      name="disclosureSummary"
      form={form}
      width={720}
      fields={['caseName', 'facts', 'basis', 'decision']}
      hint={t('publicity.actions.editHint')}
      initialValues={{ caseName: s.caseName, facts: s.facts, basis: s.basis, decision: s.decision }}
      submit={async (v) => {
        try {
          return await disclosuresApi.editSummary(item.id, {
            caseName: v.caseName.trim(),
            facts: v.facts.trim(),
            basis: v.basis.trim(),
            decision: v.decision.trim(),
          });
        } catch (error) {
          // The form keeps the summary flat: summary.facts → facts.
          throw withoutPathPrefix(error, 'summary');
        }
      }}
      onDone={async (next) => {
        await disclosureChanged(queryClient, next);
        void message.success(t('publicity.actions.edited'));
      }}
      onClose={onClose}
    >
      <Form.Item
        name="caseName"
        label={t('publicity.fields.caseName')}
        rules={[required(t('publicity.fields.caseName'))]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="facts"
        label={t('publicity.fields.facts')}
        rules={[required(t('publicity.fields.facts'))]}
      >
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={20_000} />
      </Form.Item>
      <Form.Item
        name="basis"
        label={t('publicity.fields.basis')}
        rules={[required(t('publicity.fields.basis'))]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5_000} />
      </Form.Item>
      <Form.Item
        name="decision"
        label={t('publicity.fields.decision')}
        rules={[required(t('publicity.fields.decision'))]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5_000} />
      </Form.Item>
    </FormModal>
  );
}

/** 申请不予公开 (GD-PUB Art. 15-16): the case and the reason; it then goes through 审核 and 审批. */
export function HoldModal({ item, onClose }: ModalProps) {
  const [form] = Form.useForm<{ reason: HoldReason; note: string }>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  return (
    <FormModal<{ reason: HoldReason; note: string }, Disclosure>
      title={t('publicity.actions.holdTitle')}
      name="disclosureHold"
      form={form}
      fields={['reason', 'note']}
      hint={t('publicity.actions.holdHint')}
      okText={t('publicity.actions.hold')}
      submit={(v) => disclosuresApi.hold(item.id, { reason: v.reason, note: v.note.trim() })}
      onDone={async (next) => {
        await disclosureChanged(queryClient, next);
        void message.success(t('publicity.actions.holdDone'));
      }}
      onClose={onClose}
    >
      <Form.Item
        name="reason"
        label={t('publicity.actions.holdReason')}
        rules={[
          {
            required: true,
            message: t('common.requiredSelect', { field: t('publicity.actions.holdReason') }),
          },
        ]}
      >
        <Select
          options={HOLD_REASONS.map((r) => ({ value: r, label: t(`publicity.holdReasons.${r}`) }))}
          popupMatchSelectWidth={false}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('publicity.actions.holdNote')}
        rules={[required(t('publicity.actions.holdNote'))]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

type CheckValues = { ok: boolean; comment?: string };

/** 审核: pass (to the approver) or return to the 填报人 with a comment. */
export function CheckModal({ item, onClose }: ModalProps) {
  const [form] = Form.useForm<CheckValues>();
  const ok = Form.useWatch('ok', form);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  return (
    <FormModal<CheckValues, Disclosure>
      title={t('publicity.actions.checkTitle')}
      name="disclosureCheck"
      form={form}
      fields={['ok', 'comment']}
      hint={item.hold ? t('publicity.actions.checkHintHold') : t('publicity.actions.checkHint')}
      okText={t('common.confirm')}
      initialValues={{ ok: true }}
      submit={(v) => {
        const comment = v.comment?.trim();
        return disclosuresApi.check(item.id, { ok: v.ok, ...(comment ? { comment } : {}) });
      }}
      onDone={async (next) => {
        await disclosureChanged(queryClient, next);
        void message.success(
          next.status === 'checked' ? t('publicity.actions.checked') : t('publicity.actions.returned'),
        );
      }}
      onClose={onClose}
    >
      <Form.Item name="ok" label={t('publicity.actions.checkOutcome')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: true, label: t('publicity.actions.checkOk') },
            { value: false, label: t('publicity.actions.checkReturn') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="comment"
        label={t('publicity.actions.checkComment')}
        rules={
          ok === false
            ? [{ required: true, whitespace: true, message: t('publicity.actions.checkCommentRequired') }]
            : []
        }
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

type WithdrawValues = { reason: string; ground?: WithdrawalGround };

/** 撤回公示: the public reason and, where it is one of them, the legal ground. */
export function WithdrawModal({ item, onClose }: ModalProps) {
  const [form] = Form.useForm<WithdrawValues>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  return (
    <FormModal<WithdrawValues, Disclosure>
      title={t('publicity.actions.withdrawTitle')}
      name="disclosureWithdraw"
      form={form}
      fields={['reason', 'ground']}
      hint={t('publicity.actions.withdrawHint')}
      okText={t('publicity.actions.withdraw')}
      initialValues={item.withdrawalGround ? { ground: item.withdrawalGround } : {}}
      submit={(v) =>
        disclosuresApi.withdraw(item.id, {
          reason: v.reason.trim(),
          ...(v.ground ? { ground: v.ground } : {}),
        })
      }
      onDone={async (next) => {
        await disclosureChanged(queryClient, next);
        void message.success(t('publicity.actions.withdrawn'));
      }}
      onClose={onClose}
    >
      <Form.Item name="ground" label={t('publicity.actions.withdrawGround')}>
        <Select
          allowClear
          options={WITHDRAWAL_GROUNDS.map((g) => ({
            value: g,
            label: t(`publicity.withdrawalGrounds.${g}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('publicity.actions.withdrawReason')}
        rules={[required(t('publicity.actions.withdrawReason'))]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

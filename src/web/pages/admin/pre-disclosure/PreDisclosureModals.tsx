import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Input } from 'antd';
import { preDisclosuresApi, type PreDisclosure } from '../../../api/preDisclosure.js';
import { FormModal } from '../../../components/FormModal.js';
import { ReasonModal } from '../../../components/ReasonModal.js';
import { t } from '../../../i18n/index.js';
import { preDisclosureChanged } from './preDisclosureQueries.js';

interface ModalProps {
  item: PreDisclosure;
  onClose: () => void;
}

type CheckValues = { comment?: string };

/** 审核通过 (an optional comment) or 退回 (the comment required), each in its own dialog. */
export function CheckModal({ item, ok, onClose }: ModalProps & { ok: boolean }) {
  const [form] = Form.useForm<CheckValues>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const label = ok
    ? t('preDisclosure.actions.checkOkComment')
    : t('preDisclosure.actions.checkReturnComment');
  return (
    <FormModal<CheckValues, PreDisclosure>
      title={ok ? t('preDisclosure.actions.checkOkTitle') : t('preDisclosure.actions.checkReturnTitle')}
      name={ok ? 'preDisclosureCheckOk' : 'preDisclosureCheckReturn'}
      form={form}
      fields={['comment']}
      hint={ok ? t('preDisclosure.actions.checkOkHint') : t('preDisclosure.actions.checkReturnHint')}
      okText={ok ? t('preDisclosure.actions.checkOk') : t('preDisclosure.actions.checkReturn')}
      submit={(v) => {
        const comment = v.comment?.trim();
        return preDisclosuresApi.check(item.id, { ok, ...(comment ? { comment } : {}) });
      }}
      onDone={async (next) => {
        await preDisclosureChanged(queryClient, next);
        void message.success(ok ? t('preDisclosure.actions.checked') : t('preDisclosure.actions.returned'));
      }}
      onClose={onClose}
    >
      <Form.Item
        name="comment"
        label={label}
        rules={
          ok ? [] : [{ required: true, whitespace: true, message: t('common.required', { field: label }) }]
        }
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

/** 审批退回修改: the approver's reason, back to the 填报人. */
export function SendBackModal({ item, onClose }: ModalProps) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  return (
    <ReasonModal
      title={t('preDisclosure.actions.sendBackTitle')}
      hint={t('preDisclosure.actions.sendBackHint')}
      label={t('preDisclosure.actions.sendBackReason')}
      okText={t('preDisclosure.actions.sendBack')}
      maxLength={500}
      submit={(reason) => preDisclosuresApi.sendBack(item.id, reason)}
      onDone={async (next) => {
        await preDisclosureChanged(queryClient, next);
        void message.success(t('preDisclosure.actions.sentBack'));
      }}
      onClose={onClose}
    />
  );
}

/** 撤回: the item leaves the portal with the reason; its versions stay in the history. */
export function WithdrawModal({ item, onClose }: ModalProps) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  return (
    <ReasonModal
      title={t('preDisclosure.actions.withdrawTitle')}
      hint={t('preDisclosure.actions.withdrawHint')}
      label={t('preDisclosure.actions.withdrawReason')}
      okText={t('preDisclosure.actions.withdraw')}
      danger
      maxLength={500}
      submit={(reason) => preDisclosuresApi.withdraw(item.id, reason)}
      onDone={async (next) => {
        await preDisclosureChanged(queryClient, next);
        void message.success(t('preDisclosure.actions.withdrawn'));
      }}
      onClose={onClose}
    />
  );
}

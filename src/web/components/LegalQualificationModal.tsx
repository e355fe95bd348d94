import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Radio, Typography } from 'antd';
import type { QualificationKind } from '../../shared/review-vocabulary.js';
import { reviewApi } from '../api/review.js';
import type { LegalQualification, User } from '../api/types.js';
import { t } from '../i18n/index.js';
import { applyApiError } from './formErrors.js';

interface Values {
  kind: QualificationKind | 'none';
  certificateNo?: string;
}

export const REVIEWERS_KEY = ['review', 'reviewers'] as const;

/** Record a legal reviewer's 法律职业资格: a certificate number, or review work before the rule. */
export function LegalQualificationModal({
  user,
  current,
  onClose,
}: {
  user: User;
  current: LegalQualification | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [errorText, setErrorText] = useState<string | null>(null);
  const kind = Form.useWatch('kind', form) ?? current?.kind ?? 'none';

  const save = useMutation({
    mutationFn: (v: Values) =>
      reviewApi.setQualification(
        user.id,
        v.kind === 'certificate'
          ? { kind: v.kind, certificateNo: (v.certificateNo ?? '').trim() }
          : { kind: v.kind },
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: REVIEWERS_KEY });
      void message.success(t('admin.users.qualificationSaved'));
      onClose();
    },
    onError: (error) => setErrorText(applyApiError(form, error, { fields: ['kind', 'certificateNo'] })),
  });

  return (
    <Modal
      open
      title={t('admin.users.qualificationTitle', { name: user.name })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
      width={560}
    >
      {errorText && <Alert type="error" showIcon title={errorText} style={{ marginBottom: 16 }} />}
      <Typography.Paragraph type="secondary">{t('admin.users.qualificationHint')}</Typography.Paragraph>
      <Form<Values>
        name="qualificationForm"
        form={form}
        layout="vertical"
        initialValues={{ kind: current?.kind ?? 'none', certificateNo: current?.certificateNo ?? '' }}
        onFinish={(v) => {
          setErrorText(null);
          save.mutate(v);
        }}
      >
        <Form.Item name="kind" label={t('admin.users.qualificationKind')} rules={[{ required: true }]}>
          <Radio.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
            options={(['certificate', 'pre_existing', 'none'] as const).map((k) => ({
              value: k,
              label: t(`admin.users.qualificationKinds.${k}`),
            }))}
          />
        </Form.Item>
        {kind === 'certificate' && (
          <Form.Item
            name="certificateNo"
            label={t('admin.users.legalCertificateNo')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('common.required', { field: t('admin.users.legalCertificateNo') }),
              },
            ]}
          >
            <Input maxLength={64} autoComplete="off" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

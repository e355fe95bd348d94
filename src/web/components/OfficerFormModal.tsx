import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { officersApi } from '../api/admin.js';
import type { Officer } from '../api/types.js';
import { t } from '../i18n/index.js';
import { applyApiError } from './formErrors.js';
import { UserSelect } from './UserSelect.js';

interface Values {
  accountId: string;
  certificateNo: string;
  category: string;
  issuer: string;
  area?: string;
  issuedOn: Dayjs;
  validUntil: Dayjs;
}

const FIELDS = ['accountId', 'certificateNo', 'category', 'issuer', 'area', 'issuedOn', 'validUntil'];
const DATE = 'YYYY-MM-DD';

/** Register a certificate for a user (no `officer`) or edit one's category, issuer, area and validity. */
export function OfficerFormModal({ officer, onClose }: { officer?: Officer; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [errorText, setErrorText] = useState<string | null>(null);
  const editing = officer !== undefined;

  const save = useMutation({
    mutationFn: (v: Values) => {
      const common = {
        category: v.category.trim(),
        issuer: v.issuer.trim(),
        issuedOn: v.issuedOn.format(DATE),
        validUntil: v.validUntil.format(DATE),
      };
      const area = v.area?.trim() ?? '';
      return editing
        ? officersApi.update(officer.id, { ...common, area: area || null })
        : officersApi.create({
            ...common,
            ...(area ? { area } : {}),
            accountId: v.accountId,
            certificateNo: v.certificateNo.trim(),
          });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['officers'] });
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      void message.success(editing ? t('common.saved') : t('common.created'));
      onClose();
    },
    onError: (error) =>
      setErrorText(
        applyApiError(form, error, {
          fields: FIELDS,
          codeFields: { CERTIFICATE_NUMBER_TAKEN: 'certificateNo' },
        }),
      ),
  });

  // a rule with any key beside `required` and `message` is checked as a string (async-validator),
  // which a date never is: pickers and selects get the bare `required`
  const required = (key: Parameters<typeof t>[0], select = false) => ({
    required: true,
    ...(select ? {} : { whitespace: true }),
    message: t(select ? 'common.requiredSelect' : 'common.required', { field: t(key) }),
  });

  return (
    <Modal
      open
      title={editing ? t('admin.officers.edit') : t('admin.officers.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
      width={560}
    >
      {errorText && <Alert type="error" showIcon title={errorText} style={{ marginBottom: 16 }} />}
      <Form<Values>
        name="officerForm"
        form={form}
        layout="vertical"
        initialValues={
          officer
            ? {
                accountId: officer.accountId,
                certificateNo: officer.certificateNo,
                category: officer.category,
                issuer: officer.issuer,
                area: officer.area ?? '',
                issuedOn: dayjs(officer.issuedOn, DATE),
                validUntil: dayjs(officer.validUntil, DATE),
              }
            : {}
        }
        onFinish={(v) => {
          setErrorText(null);
          save.mutate(v);
        }}
      >
        {editing ? (
          <Form.Item label={t('admin.officers.account')}>
            <Input
              value={t('common.userOption', {
                name: officer.name,
                username: officer.username,
                department: officer.departmentName,
              })}
              disabled
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="accountId"
            label={t('admin.officers.account')}
            rules={[required('admin.officers.account', true)]}
          >
            <UserSelect />
          </Form.Item>
        )}
        <Form.Item
          name="certificateNo"
          label={t('admin.officers.certificateNo')}
          rules={editing ? [] : [required('admin.officers.certificateNo')]}
        >
          <Input disabled={editing} maxLength={64} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="category"
          label={t('admin.officers.category')}
          rules={[required('admin.officers.category')]}
        >
          <Input maxLength={100} placeholder={t('admin.officers.categoryPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="issuer"
          label={t('admin.officers.issuer')}
          rules={[required('admin.officers.issuer')]}
        >
          <Input maxLength={100} placeholder={t('admin.officers.issuerPlaceholder')} />
        </Form.Item>
        <Form.Item name="area" label={t('admin.officers.area')} extra={t('admin.officers.areaHint')}>
          <Input maxLength={100} placeholder={t('admin.officers.areaPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="issuedOn"
          label={t('admin.officers.issuedOn')}
          rules={[required('admin.officers.issuedOn', true)]}
        >
          <DatePicker format={DATE} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="validUntil"
          label={t('admin.officers.validUntil')}
          dependencies={['issuedOn']}
          rules={[
            required('admin.officers.validUntil', true),
            ({ getFieldValue }) => ({
              validator: (_rule, value: Dayjs | undefined) => {
                const issued = getFieldValue('issuedOn') as Dayjs | undefined;
                return !value || !issued || !value.isBefore(issued, 'day')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('admin.officers.validUntilBeforeIssued')));
              },
            }),
          ]}
        >
          <DatePicker format={DATE} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

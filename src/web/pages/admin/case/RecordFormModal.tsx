import { useMemo, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Collapse, Form, Input, Modal, Select, Typography } from 'antd';
import { recordsApi } from '../../../api/cases.js';
import { type CaseRecord, type CaseView, type RecordTemplate } from '../../../api/types.js';
import { STAGES } from '../../../../shared/case-vocabulary.js';
import { activityLabel } from '../../../components/caseLabels.js';
import { applyApiError } from '../../../components/formErrors.js';
import { t } from '../../../i18n/index.js';
import { caseKey } from './caseContext.js';
import { TemplateFields, fromFieldValues, toFieldValues, type FieldFormValues } from './TemplateFields.js';

interface Values {
  type?: string;
  title: string;
  documentNumber?: string;
  content?: string;
  fields?: FieldFormValues;
}

const FORM_FIELDS = ['type', 'title', 'documentNumber', 'content', 'fields'];

/** Template options grouped by stage, the case's own stage first; after archiving only supplementary ones. */
function templateOptions(templates: readonly RecordTemplate[], c: CaseView) {
  if (c.stage === 'archived') {
    return [
      {
        label: t('cases.records.supplementaryGroup'),
        options: templates
          .filter((tpl) => tpl.supplementary)
          .map((tpl) => ({ value: tpl.type, label: tpl.title })),
      },
    ];
  }
  const order = [c.stage, ...STAGES.filter((s) => s !== c.stage)];
  return order
    .map((stage) => ({
      label: t('cases.records.stageGroup', { stage: t(`cases.stages.${stage}`) }),
      options: templates
        .filter((tpl) => tpl.stage === stage && !tpl.supplementary && !tpl.generated)
        .map((tpl) => ({ value: tpl.type, label: tpl.title })),
    }))
    .filter((g) => g.options.length > 0);
}

interface Props {
  c: CaseView;
  templates: readonly RecordTemplate[];
  /** Absent: a new record from a template; present: a new version of this record. */
  record?: CaseRecord;
  /** A new record of this type (the template chosen already), e.g. from the decision stage's steps. */
  presetType?: string;
  /** Field values to start the preset record with (a record's `fields` shape). */
  presetFields?: Record<string, unknown>;
  onClose: () => void;
}

/** Make a record from a template (a form generated from its fields), or save a new version of one. */
export function RecordFormModal({ c, templates, record, presetType, presetFields, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [errorText, setErrorText] = useState<string | null>(null);
  const [type, setType] = useState<string | undefined>(record?.type ?? presetType);
  const template = templates.find((tpl) => tpl.type === type);
  const options = useMemo(() => templateOptions(templates, c), [templates, c]);

  const initialValues = useMemo<Partial<Values>>(() => {
    if (!record) {
      const preset = templates.find((x) => x.type === presetType);
      if (!preset) return {};
      return {
        type: preset.type,
        title: preset.title,
        fields: fromFieldValues(preset.fields, presetFields ?? {}),
      };
    }
    const tpl = templates.find((x) => x.type === record.type);
    return {
      type: record.type,
      title: record.title,
      documentNumber: record.documentNumber ?? undefined,
      content: record.content,
      fields: tpl ? fromFieldValues(tpl.fields, record.fields) : {},
    };
  }, [record, templates, presetType, presetFields]);

  const save = useMutation({
    mutationFn: (v: Values) => {
      if (!template) throw new Error('no template');
      const body = {
        title: v.title.trim(),
        content: v.content ?? '',
        fields: toFieldValues(template.fields, v.fields ?? {}),
        ...(v.documentNumber?.trim() ? { documentNumber: v.documentNumber.trim() } : {}),
      };
      return record
        ? recordsApi.addVersion(record.id, body)
        : recordsApi.create(c.id, { ...body, type: template.type });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: caseKey(c.id) });
      void message.success(t('cases.records.saved'));
      onClose();
    },
    onError: (error) => setErrorText(applyApiError(form, error, { fields: FORM_FIELDS })),
  });

  return (
    <Modal
      open
      title={
        record
          ? t('cases.records.newVersionTitle', { version: record.version + 1 })
          : t('cases.records.createTitle')
      }
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      okButtonProps={{ disabled: !template }}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
      width={880}
      styles={{ body: { maxHeight: 'calc(100vh - 260px)', overflowY: 'auto', paddingRight: 8 } }}
    >
      {errorText && <Alert type="error" showIcon title={errorText} style={{ marginBottom: 16 }} />}
      <Form<Values>
        name="recordForm"
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(v) => {
          setErrorText(null);
          save.mutate(v);
        }}
      >
        <Form.Item
          name="type"
          label={t('cases.records.template')}
          rules={[
            { required: true, message: t('common.requiredSelect', { field: t('cases.records.template') }) },
          ]}
        >
          <Select
            disabled={record !== undefined}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('cases.records.templatePlaceholder')}
            options={options}
            onChange={(value: string) => {
              setType(value);
              const tpl = templates.find((x) => x.type === value);
              // A fresh form for the new template; the title defaults to the document's name.
              form.setFieldsValue({ fields: {}, title: tpl?.title ?? '' });
            }}
          />
        </Form.Item>

        {template && (
          <>
            {template.avActivity && (
              <Alert
                type="info"
                showIcon
                title={t('cases.records.avNote', { activity: activityLabel(template.avActivity) })}
                style={{ marginBottom: 16 }}
              />
            )}
            <Form.Item
              name="title"
              label={t('cases.records.docTitle')}
              rules={[
                {
                  required: true,
                  whitespace: true,
                  message: t('common.required', { field: t('cases.records.docTitle') }),
                },
              ]}
            >
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="documentNumber" label={t('cases.records.documentNumber')}>
              <Input maxLength={100} />
            </Form.Item>

            <h3 className="form-section">{t('cases.records.fields')}</h3>
            <Typography.Paragraph type="secondary">{t('cases.records.requiredNote')}</Typography.Paragraph>
            <TemplateFields fields={template.fields} />

            <Form.Item
              name="content"
              label={t('cases.records.content')}
              extra={t('cases.records.contentHint')}
            >
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={200_000} />
            </Form.Item>

            {template.notices.length > 0 && (
              <Collapse
                size="small"
                items={[
                  {
                    key: 'notices',
                    label: t('cases.records.noticesTitle'),
                    children: (
                      <ol className="record-notices">
                        {template.notices.map((n) => (
                          // Placeholders ({paymentDays}…) are filled when the Word document is generated.
                          <li key={n}>{n.replace(/\{[A-Za-z][A-Za-z0-9_]*\}/g, '＿＿')}</li>
                        ))}
                      </ol>
                    ),
                  },
                ]}
              />
            )}
          </>
        )}
      </Form>
    </Modal>
  );
}

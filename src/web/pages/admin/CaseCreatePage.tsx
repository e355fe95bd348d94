import { useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router';
import { casesApi } from '../../api/cases.js';
import { ApiError } from '../../api/client.js';
import { type CreateCaseBody } from '../../api/types.js';
import { CASE_KINDS, type CaseKind } from '../../../shared/case-vocabulary.js';
import { applyApiError } from '../../components/formErrors.js';
import { PageContainer } from '../../components/PageContainer.js';
import { t } from '../../i18n/index.js';
import { OfficersField, PartyFields, partyBody, type PartyValues } from './case/PartyFields.js';

interface Values {
  kind: CaseKind;
  title: string;
  party: PartyValues;
  officerIds: string[];
  discoveredOn?: Dayjs | null;
  violationEndedOn?: Dayjs | null;
  graveHarm?: boolean;
}

const FIELDS = ['kind', 'title', 'party', 'officerIds', 'discoveredOn', 'violationEndedOn', 'graveHarm'];
/** Kinds that need two certified officers (a permit is handled by one). */
const TWO_OFFICER_KINDS: readonly CaseKind[] = ['penalty', 'coercion', 'inspection'];

export function CaseCreatePage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [errorText, setErrorText] = useState<{ title: string; detail?: string } | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const kind = Form.useWatch('kind', form) ?? 'penalty';
  const minOfficers = TWO_OFFICER_KINDS.includes(kind) ? 2 : 1;

  const showError = (title: string, detail?: string) => {
    setErrorText({ title, detail });
    requestAnimationFrame(() => alertRef.current?.scrollIntoView({ block: 'center', behavior: 'smooth' }));
  };

  const create = useMutation({
    mutationFn: (v: Values) => {
      const body: CreateCaseBody = {
        kind: v.kind,
        title: v.title.trim(),
        party: partyBody(v.party),
        officerIds: v.officerIds,
        ...(v.discoveredOn ? { discoveredOn: v.discoveredOn.format('YYYY-MM-DD') } : {}),
        ...(v.violationEndedOn ? { violationEndedOn: v.violationEndedOn.format('YYYY-MM-DD') } : {}),
        ...(v.graveHarm ? { graveHarm: true } : {}),
      };
      return casesApi.create(body);
    },
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: ['cases'] });
      void message.success(t('cases.create.created', { number: created.number }));
      await navigate(`/admin/cases/${created.id}`);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'TWO_OFFICERS_REQUIRED') {
        const valid = error.details['valid'];
        const detail = typeof valid === 'number' ? t('cases.create.twoOfficersDetail', { valid }) : undefined;
        form.setFields([{ name: 'officerIds', errors: [error.message] }]);
        showError(error.message, detail);
        return;
      }
      if (error instanceof ApiError && error.code === 'LIMITATION_EXPIRED') {
        const lastDay = error.details['lastDay'];
        const detail =
          typeof lastDay === 'string' ? t('cases.create.limitationLastDay', { date: lastDay }) : undefined;
        form.setFields([{ name: 'violationEndedOn', errors: [error.message] }]);
        showError(error.message, detail);
        return;
      }
      const text = applyApiError(form, error, { fields: FIELDS });
      if (text) showError(text);
      else setErrorText(null);
    },
  });

  const requiredText = (label: string) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { field: label }),
  });

  return (
    <PageContainer title={t('cases.create.title')}>
      <Card>
        {errorText && (
          <div ref={alertRef}>
            <Alert
              type="error"
              showIcon
              title={errorText.title}
              description={errorText.detail}
              style={{ marginBottom: 16 }}
            />
          </div>
        )}
        <Form<Values>
          name="caseCreate"
          form={form}
          layout="vertical"
          initialValues={{
            kind: 'penalty',
            party: { type: 'organization' },
            officerIds: [],
            discoveredOn: dayjs(),
            graveHarm: false,
          }}
          onFinish={(v) => {
            setErrorText(null);
            create.mutate(v);
          }}
          onFinishFailed={() => setErrorText(null)}
          scrollToFirstError
          style={{ maxWidth: 960 }}
        >
          <h3 className="form-section">{t('cases.create.basic')}</h3>
          <Row gutter={24}>
            <Col xs={24} md={8}>
              <Form.Item name="kind" label={t('cases.create.kind')} rules={[{ required: true }]}>
                <Select options={CASE_KINDS.map((k) => ({ value: k, label: t(`cases.kinds.${k}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item
                name="title"
                label={t('cases.create.name')}
                rules={[requiredText(t('cases.create.name'))]}
              >
                <Input maxLength={200} placeholder={t('cases.create.namePlaceholder')} />
              </Form.Item>
            </Col>
          </Row>

          <h3 className="form-section">{t('cases.create.partySection')}</h3>
          <PartyFields />

          <h3 className="form-section">{t('cases.create.officersSection')}</h3>
          <OfficersField
            min={minOfficers}
            hint={minOfficers > 1 ? t('cases.create.officersHint') : t('cases.create.officersHintPermit')}
          />

          <h3 className="form-section">{t('cases.create.limitationSection')}</h3>
          <Row gutter={24}>
            <Col xs={24} md={12}>
              <Form.Item
                name="discoveredOn"
                label={t('cases.create.discoveredOn')}
                extra={t('cases.create.discoveredOnHint')}
              >
                <DatePicker
                  style={{ width: '100%' }}
                  disabledDate={(d) => d.isAfter(dayjs(), 'day')}
                  format="YYYY-MM-DD"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="violationEndedOn"
                label={t('cases.create.violationEndedOn')}
                extra={t('cases.create.violationEndedOnHint')}
              >
                <DatePicker
                  style={{ width: '100%' }}
                  disabledDate={(d) => d.isAfter(dayjs(), 'day')}
                  format="YYYY-MM-DD"
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="graveHarm" valuePropName="checked" extra={t('cases.create.graveHarmHint')}>
            <Checkbox>{t('cases.create.graveHarm')}</Checkbox>
          </Form.Item>

          <Form.Item style={{ marginTop: 24, marginBottom: 0 }}>
            <Space>
              <Button type="primary" htmlType="submit" loading={create.isPending}>
                {t('cases.create.submit')}
              </Button>
              <Button onClick={() => void navigate('/admin/cases')}>{t('common.cancel')}</Button>
            </Space>
          </Form.Item>
        </Form>
      </Card>
    </PageContainer>
  );
}

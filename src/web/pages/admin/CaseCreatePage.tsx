import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Space,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router';
import { officersApi } from '../../api/admin.js';
import { casesApi } from '../../api/cases.js';
import { ApiError } from '../../api/client.js';
import {
  CASE_KINDS,
  PARTY_TYPES,
  type CaseKind,
  type CreateCaseBody,
  type PartyInput,
  type PartyType,
} from '../../api/types.js';
import { useSession } from '../../auth/session.js';
import { applyApiError } from '../../components/formErrors.js';
import { PageContainer } from '../../components/PageContainer.js';
import { t } from '../../i18n/index.js';

interface Values {
  kind: CaseKind;
  title: string;
  party: {
    type: PartyType;
    name?: string;
    idNumber?: string;
    creditCode?: string;
    legalRepresentative?: string;
    address?: string;
    phone?: string;
  };
  officerIds: string[];
  discoveredOn?: Dayjs | null;
  violationEndedOn?: Dayjs | null;
  graveHarm?: boolean;
}

const FIELDS = ['kind', 'title', 'party', 'officerIds', 'discoveredOn', 'violationEndedOn', 'graveHarm'];
/** Kinds that need two certified officers (a permit is handled by one). */
const TWO_OFFICER_KINDS: readonly CaseKind[] = ['penalty', 'coercion', 'inspection'];
const ID_NUMBER = /^\d{17}[\dXx]$/;
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXYa-hj-npqrtuwxy]{18}$/;

const trimmed = (v: string | undefined) => {
  const s = v?.trim();
  return s ? s : undefined;
};

function partyBody(p: Values['party']): PartyInput {
  const out: PartyInput = { type: p.type, name: p.name?.trim() ?? '' };
  const idNumber = trimmed(p.idNumber)?.toUpperCase();
  const creditCode = trimmed(p.creditCode)?.toUpperCase();
  const legalRepresentative = trimmed(p.legalRepresentative);
  const address = trimmed(p.address);
  const phone = trimmed(p.phone);
  // Send only the identity fields the party type uses (hidden fields keep no stale values).
  if (p.type !== 'organization' && idNumber) out.idNumber = idNumber;
  if (p.type !== 'person' && creditCode) out.creditCode = creditCode;
  if (p.type !== 'person' && legalRepresentative) out.legalRepresentative = legalRepresentative;
  if (address) out.address = address;
  if (phone) out.phone = phone;
  return out;
}

export function CaseCreatePage() {
  const user = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [errorText, setErrorText] = useState<{ title: string; detail?: string } | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const kind = Form.useWatch('kind', form) ?? 'penalty';
  const partyType = Form.useWatch(['party', 'type'], form) ?? 'organization';
  const minOfficers = TWO_OFFICER_KINDS.includes(kind) ? 2 : 1;

  const officers = useQuery({
    queryKey: ['officers', 'valid'],
    queryFn: ({ signal }) => officersApi.list({ status: 'valid', page: 1, pageSize: 200 }, signal),
  });
  const officerOptions = (officers.data?.items ?? []).map((o) => ({
    value: o.accountId,
    label: t('cases.create.officerOption', {
      name: o.name,
      certificateNo: o.certificateNo,
      department: o.departmentName,
    }),
  }));

  // The signed-in officer usually handles the case: preselect them once the list is known.
  const preselected = useRef(false);
  useEffect(() => {
    if (preselected.current || !officers.data) return;
    preselected.current = true;
    const mine = officers.data.items.some((o) => o.accountId === user.id);
    if (mine && (form.getFieldValue('officerIds') as string[] | undefined)?.length === 0) {
      form.setFieldValue('officerIds', [user.id]);
    }
  }, [officers.data, form, user.id]);

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
  const idNumberRule = { pattern: ID_NUMBER, message: t('cases.create.idNumberFormat') };
  const creditCodeRule = { pattern: CREDIT_CODE, message: t('cases.create.creditCodeFormat') };

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
          <Form.Item
            name={['party', 'type']}
            label={t('cases.create.partyType')}
            rules={[{ required: true }]}
          >
            <Radio.Group
              optionType="button"
              options={PARTY_TYPES.map((p) => ({ value: p, label: t(`cases.partyTypes.${p}`) }))}
            />
          </Form.Item>
          <Row gutter={24}>
            <Col xs={24} md={12}>
              <Form.Item
                name={['party', 'name']}
                label={t(`cases.create.partyName.${partyType}`)}
                rules={[requiredText(t(`cases.create.partyName.${partyType}`))]}
              >
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            {partyType === 'person' && (
              <Col xs={24} md={12}>
                <Form.Item
                  name={['party', 'idNumber']}
                  label={t('cases.create.idNumber')}
                  rules={[requiredText(t('cases.create.idNumber')), idNumberRule]}
                >
                  <Input maxLength={18} autoComplete="off" />
                </Form.Item>
              </Col>
            )}
            {partyType !== 'person' && (
              <Col xs={24} md={12}>
                <Form.Item
                  name={['party', 'creditCode']}
                  label={t('cases.create.creditCode')}
                  dependencies={[['party', 'idNumber']]}
                  extra={partyType === 'individual_business' ? t('cases.create.individualHint') : undefined}
                  rules={[
                    ...(partyType === 'organization' ? [requiredText(t('cases.create.creditCode'))] : []),
                    creditCodeRule,
                    ...(partyType === 'individual_business'
                      ? [
                          ({ getFieldValue }: { getFieldValue: (name: string[]) => unknown }) => ({
                            validator: async (_: unknown, value: string | undefined) => {
                              const id = getFieldValue(['party', 'idNumber']);
                              if (trimmed(value) || (typeof id === 'string' && trimmed(id))) return;
                              throw new Error(t('cases.create.individualRequired'));
                            },
                          }),
                        ]
                      : []),
                  ]}
                >
                  <Input maxLength={18} autoComplete="off" />
                </Form.Item>
              </Col>
            )}
            {partyType !== 'person' && (
              <Col xs={24} md={12}>
                <Form.Item
                  name={['party', 'legalRepresentative']}
                  label={
                    partyType === 'organization'
                      ? t('cases.create.legalRepresentative')
                      : t('cases.create.operator')
                  }
                >
                  <Input maxLength={50} />
                </Form.Item>
              </Col>
            )}
            {partyType === 'individual_business' && (
              <Col xs={24} md={12}>
                <Form.Item
                  name={['party', 'idNumber']}
                  label={t('cases.create.operatorIdNumber')}
                  rules={[idNumberRule]}
                >
                  <Input maxLength={18} autoComplete="off" />
                </Form.Item>
              </Col>
            )}
            <Col xs={24} md={12}>
              <Form.Item name={['party', 'address']} label={t('cases.create.address')}>
                <Input maxLength={300} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={['party', 'phone']} label={t('cases.create.phone')}>
                <Input maxLength={30} />
              </Form.Item>
            </Col>
          </Row>

          <h3 className="form-section">{t('cases.create.officersSection')}</h3>
          <Form.Item
            name="officerIds"
            label={t('cases.create.officers')}
            extra={minOfficers > 1 ? t('cases.create.officersHint') : t('cases.create.officersHintPermit')}
            rules={[
              {
                required: true,
                type: 'array',
                min: minOfficers,
                message: t('cases.create.officersMin', { count: minOfficers }),
              },
            ]}
          >
            <Select
              mode="multiple"
              options={officerOptions}
              loading={officers.isFetching}
              placeholder={t('cases.create.officersPlaceholder')}
              showSearch={{ optionFilterProp: 'label' }}
              allowClear
            />
          </Form.Item>

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

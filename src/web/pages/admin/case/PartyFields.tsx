import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Col, Form, Input, Radio, Row, Select } from 'antd';
import { officersApi } from '../../../api/admin.js';
import { type PartyInput } from '../../../api/types.js';
import { PARTY_TYPES, type PartyType } from '../../../../shared/case-vocabulary.js';
import { creditCodeProblem, residentIdProblem } from '../../../../shared/party-identity.js';
import { useSession } from '../../../auth/session.js';
import { t } from '../../../i18n/index.js';

/** The party as a form holds it (under the form's `party` name). */
export interface PartyValues {
  type: PartyType;
  name?: string;
  idNumber?: string;
  creditCode?: string;
  legalRepresentative?: string;
  address?: string;
  phone?: string;
}

/** A form rule saying what is wrong with an identity number, in the server's words (shared checks). */
const identityRule = (problem: (value: string) => string | null) => ({
  validator: async (_: unknown, value: string | undefined) => {
    const v = value?.trim().toUpperCase();
    const message = v ? problem(v) : null;
    if (message !== null) throw new Error(message);
  },
});

const trimmed = (v: string | undefined) => {
  const s = v?.trim();
  return s ? s : undefined;
};

/** Form values → the contract's party. */
export function partyBody(p: PartyValues): PartyInput {
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

const requiredText = (label: string) => ({
  required: true,
  whitespace: true,
  message: t('common.required', { field: label }),
});

/** The party of a case: type, name, identity (ID number or credit code), representative, address, phone. */
export function PartyFields() {
  const form = Form.useFormInstance();
  const partyType = (Form.useWatch(['party', 'type'], form) as PartyType | undefined) ?? 'organization';
  const idNumberRule = identityRule(residentIdProblem);
  const creditCodeRule = identityRule(creditCodeProblem);
  return (
    <>
      <Form.Item name={['party', 'type']} label={t('cases.create.partyType')} rules={[{ required: true }]}>
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
    </>
  );
}

/**
 * The officers of a case (form field `officerIds`): officers with a valid certificate, the signed-in
 * officer preselected once the list is known.
 */
export function OfficersField({ min, hint }: { min: number; hint: string }) {
  const user = useSession();
  const form = Form.useFormInstance();
  const officers = useQuery({
    queryKey: ['officers', 'valid'],
    queryFn: ({ signal }) => officersApi.list({ status: 'valid', page: 1, pageSize: 200 }, signal),
  });
  const options = (officers.data?.items ?? []).map((o) => ({
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

  return (
    <Form.Item
      name="officerIds"
      label={t('cases.create.officers')}
      extra={hint}
      rules={[
        {
          required: true,
          type: 'array',
          min,
          message: t('cases.create.officersMin', { count: min }),
        },
      ]}
    >
      <Select
        mode="multiple"
        options={options}
        loading={officers.isFetching}
        placeholder={t('cases.create.officersPlaceholder')}
        showSearch={{ optionFilterProp: 'label' }}
        allowClear
      />
    </Form.Item>
  );
}

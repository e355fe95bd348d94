import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Col, DatePicker, Form, Input, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  CONSENT_METHODS,
  SERVICE_AV_METHODS,
  SERVICE_DOCUMENT_KINDS,
  SERVICE_METHODS,
  type ServiceDocumentKind,
  type ServiceMethod,
} from '../../../../../shared/execution-vocabulary.js';
import { mediaApi, recordsApi } from '../../../../api/cases.js';
import { executionApi } from '../../../../api/execution.js';
import type { CaseView, ExecutionView, ServiceBody, ServiceDocument } from '../../../../api/types.js';
import { serviceMethodLabel } from '../../../../components/executionLabels.js';
import { FormModal } from '../../../../components/FormModal.js';
import { formatDateTime } from '../../../../format.js';
import { t } from '../../../../i18n/index.js';
import { caseKey } from '../caseContext.js';
import { useExecutionDone } from './executionQueries.js';
import { isoDate, notFuture, optionalText, requiredChoice, requiredDate, requiredText } from './formRules.js';

interface Values {
  documentKind: ServiceDocumentKind;
  dailyPenaltyId?: string;
  recordId?: string;
  otherName?: string;
  otherNumber?: string;
  method: ServiceMethod;
  recipient: string;
  receivedOn?: Dayjs;
  announcedOn?: Dayjs;
  announcementMedium?: string;
  mediaId?: string;
  trackingNumber?: string;
  electronicAddress?: string;
  signedBy?: string;
  refusalNote?: string;
  server?: string;
  note?: string;
}

const FIELDS = [
  'document',
  'method',
  'recipient',
  'receivedOn',
  'announcedOn',
  'announcementMedium',
  'mediaId',
  'trackingNumber',
  'electronicAddress',
  'signedBy',
  'refusalNote',
  'server',
  'note',
];

function documentOf(v: Values): ServiceDocument {
  switch (v.documentKind) {
    case 'decision':
      return { kind: 'decision' };
    case 'daily_penalty':
      return { kind: 'daily_penalty', dailyPenaltyId: v.dailyPenaltyId ?? '' };
    case 'record':
      return { kind: 'record', recordId: v.recordId ?? '' };
    case 'other':
      return { kind: 'other', name: (v.otherName ?? '').trim(), ...optionalText('number', v.otherNumber) };
  }
}

function bodyOf(v: Values): ServiceBody {
  const announcement = v.method === 'announcement';
  return {
    document: documentOf(v),
    method: v.method,
    recipient: v.recipient.trim(),
    ...(announcement
      ? { ...(v.announcedOn ? { announcedOn: isoDate(v.announcedOn) } : {}) }
      : { ...(v.receivedOn ? { receivedOn: isoDate(v.receivedOn) } : {}) }),
    ...(announcement ? optionalText('announcementMedium', v.announcementMedium) : {}),
    ...(SERVICE_AV_METHODS.includes(v.method) && v.mediaId ? { mediaId: v.mediaId } : {}),
    ...(v.method === 'mail' ? optionalText('trackingNumber', v.trackingNumber) : {}),
    ...(v.method === 'electronic' ? optionalText('electronicAddress', v.electronicAddress) : {}),
    ...(v.method === 'left_at_premises' ? optionalText('refusalNote', v.refusalNote) : {}),
    ...optionalText('signedBy', v.signedBy),
    ...optionalText('server', v.server),
    ...optionalText('note', v.note),
  };
}

/**
 * 登记送达: what is served, how, on whom and when. E-service needs the party's consent first; 留置 and
 * 公告 name the recording of the service among the case's media (activity `service`).
 */
export function ServiceModal({
  c,
  x,
  onClose,
  recordId,
}: {
  c: CaseView;
  x: ExecutionView;
  onClose: () => void;
  /** Serve this record of the case (e.g. the prior notice, from the decision tab). */
  recordId?: string;
}) {
  const [form] = Form.useForm<Values>();
  const done = useExecutionDone(c.id);
  const documentKind = Form.useWatch('documentKind', form);
  const method = Form.useWatch('method', form) ?? 'direct';
  const records = useQuery({
    queryKey: [...caseKey(c.id), 'records'],
    queryFn: ({ signal }) => recordsApi.list(c.id, signal),
    enabled: documentKind === 'record',
  });
  const media = useQuery({
    queryKey: [...caseKey(c.id), 'media'],
    queryFn: ({ signal }) => mediaApi.list(c.id, signal),
  });
  const serviceMedia = (media.data?.items ?? []).filter((m) => m.activity === 'service');
  const dailyPenalties = x.correctionOrders.flatMap((o) => o.dailyPenalties);
  const kinds = SERVICE_DOCUMENT_KINDS.filter(
    (k) => (k !== 'decision' || x.decision !== null) && (k !== 'daily_penalty' || dailyPenalties.length > 0),
  );
  const needsMedia = SERVICE_AV_METHODS.includes(method);
  // The recording of the service: the first one of the case unless another is chosen.
  const firstMedia = serviceMedia[0]?.id;
  useEffect(() => {
    if (firstMedia && !form.getFieldValue('mediaId')) form.setFieldValue('mediaId', firstMedia);
  }, [firstMedia, form]);

  return (
    <FormModal<Values, unknown>
      title={t('execution.service.addTitle')}
      name="serviceForm"
      form={form}
      width={720}
      initialValues={{
        documentKind: recordId ? 'record' : x.decision ? 'decision' : 'other',
        recordId,
        method: 'direct',
        recipient: c.party.name,
        receivedOn: dayjs(),
        announcedOn: dayjs(),
        electronicAddress: x.consent?.address,
      }}
      fields={FIELDS}
      submit={(v) => executionApi.serve(c.id, bodyOf(v))}
      onDone={() => done(t('execution.service.saved'))}
      onClose={onClose}
    >
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="documentKind"
            label={t('execution.service.document')}
            extra={documentKind === 'decision' ? x.decision?.documentNumber : undefined}
            rules={[requiredChoice(t('execution.service.document'))]}
          >
            <Select
              options={kinds.map((k) => ({ value: k, label: t(`execution.service.documentKinds.${k}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          {documentKind === 'daily_penalty' && (
            <Form.Item
              name="dailyPenaltyId"
              label={t('execution.service.dailyPenalty')}
              rules={[requiredChoice(t('execution.service.dailyPenalty'))]}
            >
              <Select options={dailyPenalties.map((d) => ({ value: d.id, label: d.decisionNumber }))} />
            </Form.Item>
          )}
          {documentKind === 'record' && (
            <Form.Item
              name="recordId"
              label={t('execution.service.record')}
              rules={[requiredChoice(t('execution.service.record'))]}
            >
              <Select
                loading={records.isFetching}
                showSearch={{ optionFilterProp: 'label' }}
                options={(records.data?.items ?? [])
                  .filter((r) => r.latest)
                  .map((r) => ({
                    value: r.id,
                    label: r.documentNumber
                      ? t('common.withNote', { name: r.title, note: r.documentNumber })
                      : r.title,
                  }))}
              />
            </Form.Item>
          )}
        </Col>
        {documentKind === 'other' && (
          <>
            <Col xs={24} md={12}>
              <Form.Item
                name="otherName"
                label={t('execution.service.otherName')}
                rules={[requiredText(t('execution.service.otherName'))]}
              >
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="otherNumber" label={t('execution.service.otherNumber')}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
          </>
        )}
      </Row>

      <Form.Item
        name="method"
        label={t('execution.service.method')}
        rules={[requiredChoice(t('execution.service.method'))]}
        extra={x.consent ? undefined : t('execution.service.electronicNeedsConsent')}
      >
        <Radio.Group
          optionType="button"
          options={SERVICE_METHODS.map((m) => ({
            value: m,
            label: serviceMethodLabel(m),
            disabled: CONSENT_METHODS.includes(m) && !x.consent,
          }))}
        />
      </Form.Item>

      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="recipient"
            label={t('execution.service.recipient')}
            rules={[requiredText(t('execution.service.recipient'))]}
          >
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          {method === 'announcement' ? (
            <Form.Item
              name="announcedOn"
              label={t('execution.service.announcedOn')}
              extra={t('execution.service.announcedOnHint')}
              rules={[requiredDate(t('execution.service.announcedOn'))]}
            >
              <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" disabledDate={notFuture} />
            </Form.Item>
          ) : (
            <Form.Item
              name="receivedOn"
              label={t('execution.service.receivedOn')}
              extra={t(`execution.service.receivedOnHints.${method}`)}
              rules={[requiredDate(t('execution.service.receivedOn'))]}
            >
              <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" disabledDate={notFuture} />
            </Form.Item>
          )}
        </Col>
        {method === 'announcement' && (
          <Col xs={24} md={12}>
            <Form.Item name="announcementMedium" label={t('execution.service.announcementMedium')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        )}
        {method === 'mail' && (
          <Col xs={24} md={12}>
            <Form.Item name="trackingNumber" label={t('execution.service.trackingNumber')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        )}
        {method === 'electronic' && (
          <Col xs={24} md={12}>
            <Form.Item name="electronicAddress" label={t('execution.service.electronicAddress')}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
        )}
        {(method === 'direct' || method === 'mail') && (
          <Col xs={24} md={12}>
            <Form.Item name="signedBy" label={t('execution.service.signedBy')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        )}
        {method === 'left_at_premises' && (
          <Col xs={24}>
            <Form.Item name="refusalNote" label={t('execution.service.refusalNote')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
            </Form.Item>
          </Col>
        )}
      </Row>

      {needsMedia &&
        (serviceMedia.length === 0 && !media.isPending ? (
          <Alert
            type="warning"
            showIcon
            title={t('execution.service.mediaHint')}
            description={t('execution.service.mediaNone')}
            style={{ marginBottom: 16 }}
          />
        ) : (
          <Form.Item
            name="mediaId"
            label={t('execution.service.media')}
            extra={t('execution.service.mediaHint')}
            rules={[requiredChoice(t('execution.service.media'))]}
          >
            <Select
              loading={media.isPending}
              options={serviceMedia.map((m) => ({
                value: m.id,
                label: t('common.separated', {
                  a: t('execution.service.mediaOption', { time: formatDateTime(m.capturedAt) }),
                  b: m.device ?? m.sha256.slice(0, 12),
                }),
              }))}
            />
          </Form.Item>
        ))}

      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="server"
            label={t('execution.service.server')}
            extra={t('execution.service.serverHint')}
          >
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="note" label={t('execution.service.note')}>
            <Input maxLength={1000} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}

import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { casesApi } from '../../../api/cases.js';
import {
  type ApprovalPayload,
  type ApprovalRequest,
  type CasePeriod,
  type CaseView,
} from '../../../api/types.js';
import {
  APPROVAL_KINDS,
  EXCLUDED_PERIOD_KINDS,
  UNCONFIRMED_PERIOD_KINDS,
  type ApprovalKind,
  type ExcludedPeriodKind,
  isExecutionApproval,
} from '../../../../shared/case-vocabulary.js';
import { useSession } from '../../../auth/session.js';
import { approvalRequestColumns } from '../../../components/approvalColumns.js';
import { approvalKindLabel, periodKindLabel } from '../../../components/caseLabels.js';
import { DateActionButton } from '../../../components/DateActionButton.js';
import { DecideApprovalModal, approvalDetail } from '../../../components/DecideApprovalModal.js';
import { applyApiError, withoutPathPrefix } from '../../../components/formErrors.js';
import { QueryError } from '../../../components/QueryError.js';
import { ApprovalStatusTag, STATUS_COLORS } from '../../../components/StatusTag.js';
import { formatDate, formatDateTime } from '../../../format.js';
import { t } from '../../../i18n/index.js';
import { caseKey, useStaffNames, type CasePermissions } from './caseContext.js';

// ---- periods ------------------------------------------------------------------------------

function OpenPeriodModal({ c, onClose }: { c: CaseView; onClose: () => void }) {
  const [form] = Form.useForm<{ kind: ExcludedPeriodKind; startedOn: Dayjs; note: string }>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [errorText, setErrorText] = useState<string | null>(null);
  const open = useMutation({
    mutationFn: (v: { kind: ExcludedPeriodKind; startedOn: Dayjs; note: string }) =>
      casesApi.openPeriod(c.id, {
        kind: v.kind,
        startedOn: v.startedOn.format('YYYY-MM-DD'),
        note: v.note.trim(),
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: caseKey(c.id) });
      await queryClient.invalidateQueries({ queryKey: ['deadlines'] });
      void message.success(t('cases.periods.opened'));
      onClose();
    },
    onError: (error) => setErrorText(applyApiError(form, error, { fields: ['kind', 'startedOn', 'note'] })),
  });
  return (
    <Modal
      open
      title={t('cases.periods.openTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={open.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      {errorText && <Alert type="error" showIcon title={errorText} style={{ marginBottom: 16 }} />}
      <Form
        name="periodForm"
        form={form}
        layout="vertical"
        initialValues={{ kind: 'testing', startedOn: dayjs() }}
        onFinish={(v) => {
          setErrorText(null);
          open.mutate(v);
        }}
      >
        <Form.Item name="kind" label={t('cases.periods.kind')} rules={[{ required: true }]}>
          <Select
            options={EXCLUDED_PERIOD_KINDS.map((k) => ({
              value: k,
              label: UNCONFIRMED_PERIOD_KINDS.includes(k)
                ? t('cases.periods.unconfirmedKind', { kind: periodKindLabel(k) })
                : periodKindLabel(k),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="startedOn"
          label={t('cases.periods.startedOn')}
          rules={[
            { required: true, message: t('common.requiredSelect', { field: t('cases.periods.startedOn') }) },
          ]}
        >
          <DatePicker
            style={{ width: '100%' }}
            format="YYYY-MM-DD"
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('cases.periods.note')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('cases.periods.note') }),
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function EndPeriodButton({ c, period }: { c: CaseView; period: CasePeriod }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return (
    <DateActionButton
      label={t('cases.periods.end')}
      title={t('cases.periods.endTitle')}
      dateLabel={t('cases.periods.endedOn')}
      notBefore={period.startedOn}
      submit={(endedOn) => casesApi.endPeriod(c.id, period.id, endedOn)}
      onDone={async () => {
        await queryClient.invalidateQueries({ queryKey: caseKey(c.id) });
        await queryClient.invalidateQueries({ queryKey: ['deadlines'] });
        void message.success(t('cases.periods.endedDone'));
      }}
    />
  );
}

// ---- approvals ----------------------------------------------------------------------------

interface RequestValues {
  kind: ApprovalKind;
  reason: string;
  days?: number;
  basis?: 'head' | 'collective_discussion';
  officerId?: string;
  applicant?: 'party' | 'officer';
}

const REQUEST_FIELDS = ['kind', 'reason', 'days', 'basis', 'officerId', 'applicant'];

function RequestApprovalModal({ c, onClose }: { c: CaseView; onClose: () => void }) {
  const [form] = Form.useForm<RequestValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [errorText, setErrorText] = useState<string | null>(null);
  const kind = Form.useWatch('kind', form) ?? 'decision_extension';
  // Requests of 送达执行 are made from the execution tab, with their schedule or seizure.
  const kinds = APPROVAL_KINDS.filter((k) => {
    if (isExecutionApproval(k)) return false;
    // 先行登记保存 is requested from the evidence register, with its evidence item.
    if (k === 'evidence_preservation') return false;
    if (k === 'suspension') return c.status === 'open';
    if (k === 'resumption') return c.status === 'suspended';
    if (k === 'decision_extension') return c.kind === 'penalty' && c.filedOn !== null;
    return true;
  });

  const request = useMutation({
    mutationFn: (v: RequestValues) => {
      const payload: ApprovalPayload =
        v.kind === 'decision_extension'
          ? { days: v.days, basis: v.basis }
          : v.kind === 'recusal'
            ? { officerId: v.officerId, applicant: v.applicant }
            : {};
      return casesApi.requestApproval(c.id, { kind: v.kind, reason: v.reason.trim(), payload });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: caseKey(c.id) });
      void message.success(t('cases.approvals.requested'));
      onClose();
    },
    onError: (error) => {
      // The form keeps the payload flat: payload.days → days, payload.officerId → officerId.
      const flat = withoutPathPrefix(error, 'payload');
      setErrorText(applyApiError(form, flat, { fields: REQUEST_FIELDS }));
    },
  });

  return (
    <Modal
      open
      title={t('cases.approvals.requestTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={request.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      {errorText && <Alert type="error" showIcon title={errorText} style={{ marginBottom: 16 }} />}
      <Form<RequestValues>
        name="approvalRequest"
        form={form}
        layout="vertical"
        initialValues={{ kind: kinds[0], basis: 'head', applicant: 'officer', days: 30 }}
        onFinish={(v) => {
          setErrorText(null);
          request.mutate(v);
        }}
      >
        <Form.Item name="kind" label={t('cases.approvals.kind')} rules={[{ required: true }]}>
          <Select options={kinds.map((k) => ({ value: k, label: approvalKindLabel(k) }))} />
        </Form.Item>
        {kind === 'decision_extension' && (
          <>
            <Form.Item name="basis" label={t('cases.approvals.basis')} rules={[{ required: true }]}>
              <Radio.Group
                options={(['head', 'collective_discussion'] as const).map((b) => ({
                  value: b,
                  label: t(`cases.approvals.bases.${b}`),
                }))}
              />
            </Form.Item>
            <Form.Item
              name="days"
              label={t('cases.approvals.days')}
              extra={t('cases.approvals.daysHint')}
              rules={[
                { required: true, message: t('common.required', { field: t('cases.approvals.days') }) },
              ]}
            >
              <InputNumber min={1} max={30} precision={0} style={{ width: 160 }} />
            </Form.Item>
          </>
        )}
        {kind === 'recusal' && (
          <>
            <Form.Item
              name="officerId"
              label={t('cases.approvals.officer')}
              rules={[
                {
                  required: true,
                  message: t('common.requiredSelect', { field: t('cases.approvals.officer') }),
                },
              ]}
            >
              <Select
                options={c.officers
                  .filter((o) => o.removedAt === null)
                  .map((o) => ({ value: o.accountId, label: o.name }))}
              />
            </Form.Item>
            <Form.Item name="applicant" label={t('cases.approvals.applicant')} rules={[{ required: true }]}>
              <Radio.Group
                options={(['party', 'officer'] as const).map((a) => ({
                  value: a,
                  label: t(`cases.approvals.applicants.${a}`),
                }))}
              />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="reason"
          label={t('cases.approvals.reason')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('cases.approvals.reason') }),
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

// ---- the tab ------------------------------------------------------------------------------

type Decision = { approval: ApprovalRequest; grant: boolean } | null;

export function PeriodsTab({ c, perms }: { c: CaseView; perms: CasePermissions }) {
  const user = useSession();
  const nameOf = useStaffNames(c);
  const [dialog, setDialog] = useState<'period' | 'request' | null>(null);
  const [decision, setDecision] = useState<Decision>(null);
  const active = c.stage !== 'archived' && c.status !== 'terminated';

  const periods = useQuery({
    queryKey: [...caseKey(c.id), 'periods'],
    queryFn: ({ signal }) => casesApi.periods(c.id, signal),
  });
  const approvals = useQuery({
    queryKey: [...caseKey(c.id), 'approvals'],
    queryFn: ({ signal }) => casesApi.approvals(c.id, signal),
  });

  const periodColumns: TableColumnsType<CasePeriod> = [
    {
      title: t('cases.periods.kind'),
      dataIndex: 'kind',
      key: 'kind',
      width: 110,
      render: (kind: string) => periodKindLabel(kind),
    },
    {
      title: t('cases.periods.startedOn'),
      dataIndex: 'startedOn',
      key: 'startedOn',
      width: 120,
      render: formatDate,
    },
    {
      title: t('cases.periods.endedOn'),
      dataIndex: 'endedOn',
      key: 'endedOn',
      width: 130,
      render: (endedOn: string | null) =>
        endedOn ? formatDate(endedOn) : <Tag color={STATUS_COLORS.pending}>{t('cases.periods.ongoing')}</Tag>,
    },
    { title: t('cases.periods.note'), dataIndex: 'note', key: 'note' },
    ...(perms.write && active
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 90,
            render: (_: unknown, p: CasePeriod) =>
              // A suspension ends when the resumption is granted, not by hand.
              p.endedOn === null && p.kind !== 'suspension' ? <EndPeriodButton c={c} period={p} /> : null,
          },
        ]
      : []),
  ];

  const approvalColumns: TableColumnsType<ApprovalRequest> = [
    ...approvalRequestColumns(nameOf),
    {
      title: t('cases.approvals.status'),
      key: 'status',
      width: 220,
      render: (_: unknown, a: ApprovalRequest) => (
        <>
          <ApprovalStatusTag status={a.status} />
          {a.decisionReason && <div>{a.decisionReason}</div>}
          {a.decidedAt && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {nameOf(a.decidedBy, '')
                ? t('common.separated', { a: nameOf(a.decidedBy), b: formatDateTime(a.decidedAt) })
                : formatDateTime(a.decidedAt)}
            </Typography.Text>
          )}
        </>
      ),
    },
    ...(perms.approve
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 150,
            render: (_: unknown, a: ApprovalRequest) =>
              a.status === 'pending' && a.requestedBy !== user.id ? (
                <Space size={0}>
                  <Button size="small" type="link" onClick={() => setDecision({ approval: a, grant: true })}>
                    {t('cases.approvals.grant')}
                  </Button>
                  <Button
                    size="small"
                    type="link"
                    danger
                    onClick={() => setDecision({ approval: a, grant: false })}
                  >
                    {t('cases.approvals.reject')}
                  </Button>
                </Space>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <Space orientation="vertical" size={24} style={{ width: '100%' }}>
      <div>
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
          <Typography.Title level={3} style={{ margin: 0, fontSize: 16 }}>
            {t('cases.periods.title')}
          </Typography.Title>
          {perms.write && active && (
            <Button icon={<PlusOutlined />} onClick={() => setDialog('period')} disabled={c.filedOn === null}>
              {t('cases.periods.open')}
            </Button>
          )}
        </Flex>
        <Typography.Paragraph type="secondary">{t('cases.periods.hint')}</Typography.Paragraph>
        {periods.isError && <QueryError error={periods.error} onRetry={() => void periods.refetch()} />}
        <Table<CasePeriod>
          rowKey="id"
          size="small"
          columns={periodColumns}
          dataSource={periods.data?.items ?? []}
          loading={periods.isFetching}
          pagination={false}
          scroll={{ x: 700 }}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.periods.empty')} />,
          }}
        />
      </div>

      <div>
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
          <Typography.Title level={3} style={{ margin: 0, fontSize: 16 }}>
            {t('cases.approvals.title')}
          </Typography.Title>
          {perms.write && active && (
            <Button icon={<PlusOutlined />} onClick={() => setDialog('request')}>
              {t('cases.approvals.request')}
            </Button>
          )}
        </Flex>
        {approvals.isError && <QueryError error={approvals.error} onRetry={() => void approvals.refetch()} />}
        <Table<ApprovalRequest>
          rowKey="id"
          size="small"
          columns={approvalColumns}
          dataSource={approvals.data?.items ?? []}
          loading={approvals.isFetching}
          pagination={false}
          scroll={{ x: 800 }}
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.approvals.empty')} />
            ),
          }}
        />
      </div>

      {dialog === 'period' && <OpenPeriodModal c={c} onClose={() => setDialog(null)} />}
      {dialog === 'request' && <RequestApprovalModal c={c} onClose={() => setDialog(null)} />}
      {decision && (
        <DecideApprovalModal
          approval={decision.approval}
          grant={decision.grant}
          requesterName={nameOf(decision.approval.requestedBy)}
          detail={approvalDetail(decision.approval, nameOf)}
          onClose={() => setDecision(null)}
        />
      )}
    </Space>
  );
}

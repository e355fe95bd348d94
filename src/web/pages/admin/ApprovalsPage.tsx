import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Empty,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { Link } from 'react-router';
import { approvalsApi, casesApi } from '../../api/cases.js';
import type { ApprovalRequest, PendingFiling } from '../../api/types.js';
import { approvalRequestColumns } from '../../components/approvalColumns.js';
import { approvalCasePath, missingItemLabel, useRecordTemplates } from '../../components/caseLabels.js';
import { DecideApprovalModal, approvalDetail } from '../../components/DecideApprovalModal.js';
import { errorText } from '../../components/formErrors.js';
import { STATUS_COLORS } from '../../components/StatusTag.js';
import { formatDateTime } from '../../format.js';
import { PageContainer } from '../../components/PageContainer.js';
import { QueryError } from '../../components/QueryError.js';
import { ApprovalStatusTag } from '../../components/StatusTag.js';
import { t } from '../../i18n/index.js';
import { useStaffNames } from './case/caseContext.js';

type Decision = { approval: ApprovalRequest; grant: boolean } | null;

/** What still stops a 立案 approval, in words (or that it may be approved). */
function FilingState({ f }: { f: PendingFiling }) {
  const templates = useRecordTemplates();
  if (f.blockers.length === 0)
    return <Tag color={STATUS_COLORS.done}>{t('cases.approvalsPage.filingReady')}</Tag>;
  const items = [
    ...new Set(
      f.blockers.flatMap((b) =>
        b.missing.length > 0 ? b.missing.map((m) => missingItemLabel(m, templates.data)) : [b.message],
      ),
    ),
  ];
  return (
    <Typography.Text type="warning">
      {t('cases.approvalsPage.filingMissing', { items: items.join('、') })}
    </Typography.Text>
  );
}

/** Cases waiting for the head's 立案 approval: approved here or on the case page (moved to 调查取证). */
function PendingFilings({ nameOf }: { nameOf: (id: string) => string }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const filings = useQuery({
    queryKey: ['approvals', 'filings'],
    queryFn: ({ signal }) => approvalsApi.filings(signal),
    refetchOnMount: 'always',
  });
  const approve = useMutation({
    mutationFn: (f: PendingFiling) => casesApi.advance(f.caseId, 'investigation'),
    onSuccess: async (view) => {
      void message.success(t('cases.approvalsPage.filingApproved', { number: view.number }));
      await queryClient.invalidateQueries({ queryKey: ['approvals'] });
      await queryClient.invalidateQueries({ queryKey: ['cases'] });
    },
    onError: (error) => void message.error(errorText(error)),
  });
  const columns: TableColumnsType<PendingFiling> = [
    {
      title: t('cases.approvalsPage.case'),
      key: 'case',
      width: 260,
      render: (_: unknown, f: PendingFiling) => (
        <>
          <Link to={`/admin/cases/${f.caseId}`}>{f.caseNumber}</Link>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {f.caseTitle}
            </Typography.Text>
          </div>
        </>
      ),
    },
    { title: t('cases.approvalsPage.party'), dataIndex: 'partyName', key: 'party', width: 200 },
    {
      title: t('cases.approvalsPage.filingRequester'),
      key: 'requester',
      width: 150,
      render: (_: unknown, f: PendingFiling) => (
        <>
          <div>{nameOf(f.requestedBy)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(f.requestedAt)}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('cases.approvalsPage.filingState'),
      key: 'state',
      render: (_: unknown, f: PendingFiling) => <FilingState f={f} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      render: (_: unknown, f: PendingFiling) => (
        <Popconfirm
          title={t('cases.approvalsPage.approveFilingConfirm', { title: f.caseTitle })}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() => approve.mutate(f)}
          disabled={f.blockers.length > 0}
        >
          <Button
            type="link"
            size="small"
            disabled={f.blockers.length > 0}
            loading={approve.isPending && approve.variables.caseId === f.caseId}
          >
            {t('cases.approvalsPage.approveFiling')}
          </Button>
        </Popconfirm>
      ),
    },
  ];
  return (
    <Card title={t('cases.approvalsPage.filingsTitle')}>
      <Typography.Paragraph type="secondary">{t('cases.approvalsPage.filingsHint')}</Typography.Paragraph>
      {filings.isError && <QueryError error={filings.error} onRetry={() => void filings.refetch()} />}
      <Table<PendingFiling>
        rowKey="caseId"
        size="middle"
        columns={columns}
        dataSource={filings.data?.items ?? []}
        loading={filings.isFetching}
        scroll={{ x: 900 }}
        pagination={{
          pageSize: 20,
          hideOnSinglePage: true,
          showTotal: (total) => t('common.totalItems', { total }),
        }}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.approvalsPage.filingsEmpty')} />
          ),
        }}
      />
    </Card>
  );
}

/** The head's inbox: pending requests of cases in their scope, granted or rejected with a reason. */
export function ApprovalsPage() {
  const nameOf = useStaffNames();
  const [decision, setDecision] = useState<Decision>(null);
  const inbox = useQuery({
    queryKey: ['approvals', 'inbox'],
    queryFn: ({ signal }) => approvalsApi.inbox(signal),
    // An inbox is read fresh each time it is opened (requests arrive from other users).
    refetchOnMount: 'always',
  });

  const columns: TableColumnsType<ApprovalRequest> = [
    {
      title: t('cases.approvalsPage.case'),
      key: 'case',
      width: 240,
      render: (_: unknown, a: ApprovalRequest) => (
        <>
          <Link to={approvalCasePath(a)}>{a.caseNumber ?? a.caseId}</Link>
          {a.caseTitle && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {a.caseTitle}
              </Typography.Text>
            </div>
          )}
        </>
      ),
    },
    ...approvalRequestColumns(nameOf),
    {
      title: t('cases.approvals.status'),
      key: 'status',
      width: 100,
      render: (_: unknown, a: ApprovalRequest) => <ApprovalStatusTag status={a.status} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 160,
      render: (_: unknown, a: ApprovalRequest) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setDecision({ approval: a, grant: true })}>
            {t('cases.approvals.grant')}
          </Button>
          <Button type="link" size="small" danger onClick={() => setDecision({ approval: a, grant: false })}>
            {t('cases.approvals.reject')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <PageContainer title={t('cases.approvalsPage.title')}>
      <PendingFilings nameOf={nameOf} />
      <Card title={t('cases.approvalsPage.requestsTitle')} style={{ marginTop: 16 }}>
        {inbox.isError && <QueryError error={inbox.error} onRetry={() => void inbox.refetch()} />}
        <Table<ApprovalRequest>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={inbox.data?.items ?? []}
          loading={inbox.isFetching}
          scroll={{ x: 1000 }}
          pagination={{
            pageSize: 20,
            hideOnSinglePage: true,
            showTotal: (total) => t('common.totalItems', { total }),
          }}
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.approvalsPage.empty')} />
            ),
          }}
        />
      </Card>
      {decision && (
        <DecideApprovalModal
          approval={decision.approval}
          grant={decision.grant}
          requesterName={nameOf(decision.approval.requestedBy)}
          detail={approvalDetail(decision.approval, nameOf)}
          onClose={() => setDecision(null)}
        />
      )}
    </PageContainer>
  );
}

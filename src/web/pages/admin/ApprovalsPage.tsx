import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Space, Table, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { approvalsApi } from '../../api/cases.js';
import type { ApprovalRequest } from '../../api/types.js';
import { approvalRequestColumns } from '../../components/approvalColumns.js';
import { approvalCasePath } from '../../components/caseLabels.js';
import { DecideApprovalModal, approvalDetail } from '../../components/DecideApprovalModal.js';
import { PageContainer } from '../../components/PageContainer.js';
import { QueryError } from '../../components/QueryError.js';
import { ApprovalStatusTag } from '../../components/StatusTag.js';
import { t } from '../../i18n/index.js';
import { useStaffNames } from './case/caseContext.js';

type Decision = { approval: ApprovalRequest; grant: boolean } | null;

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
      <Card>
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

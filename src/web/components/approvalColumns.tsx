import { Typography, type TableColumnsType } from 'antd';
import type { ApprovalRequest } from '../api/types.js';
import { formatDateTime } from '../format.js';
import { t } from '../i18n/index.js';
import { approvalKindLabel } from './caseLabels.js';
import { approvalDetail } from './DecideApprovalModal.js';

/** The columns every list of approval requests shows: what is asked, why, by whom and when. */
export function approvalRequestColumns(nameOf: (id: string) => string): TableColumnsType<ApprovalRequest> {
  return [
    {
      title: t('cases.approvals.kind'),
      key: 'kind',
      width: 170,
      render: (_: unknown, a: ApprovalRequest) => (
        <>
          <div>{approvalKindLabel(a.kind)}</div>
          {approvalDetail(a, nameOf) && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {approvalDetail(a, nameOf)}
            </Typography.Text>
          )}
        </>
      ),
    },
    { title: t('cases.approvals.reason'), dataIndex: 'reason', key: 'reason' },
    {
      title: t('cases.approvals.requester'),
      key: 'requester',
      width: 150,
      render: (_: unknown, a: ApprovalRequest) => (
        <>
          <div>{nameOf(a.requestedBy)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(a.requestedAt)}
          </Typography.Text>
        </>
      ),
    },
  ];
}

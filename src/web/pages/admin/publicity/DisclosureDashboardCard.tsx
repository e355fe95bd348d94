import { useQuery } from '@tanstack/react-query';
import { Empty, Flex, Spin, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import type { DisclosureStatus } from '../../../../shared/publicity-vocabulary.js';
import type { Role } from '../../../../shared/roles.js';
import { disclosuresApi } from '../../../api/publicity.js';
import type { DisclosureQuery } from '../../../api/types.js';
import { useSession } from '../../../auth/session.js';
import { QueryError } from '../../../components/QueryError.js';
import { formatDate } from '../../../format.js';
import { t } from '../../../i18n/index.js';
import { PreDisclosureDueFigures } from '../pre-disclosure/PreDisclosureDueFigures.js';
import { DueStateTag } from './DisclosureTags.js';
import { DISCLOSURES_KEY } from './publicityQueries.js';

const SHOWN = 5;
const TEXT_RED = '#cf1322';
const TEXT_ORANGE = '#d46b08';
const TEXT_BLUE = '#0b4a8b';

/** The step each publicity role takes: the items waiting for it. */
const WAITING: readonly {
  role: Extract<Role, 'filler' | 'checker' | 'approver'>;
  status: DisclosureStatus;
}[] = [
  { role: 'filler', status: 'draft' },
  { role: 'checker', status: 'submitted' },
  { role: 'approver', status: 'checked' },
];

function useDisclosureTotal(query: DisclosureQuery, enabled = true) {
  return useQuery({
    queryKey: [...DISCLOSURES_KEY, 'dashboard', query],
    queryFn: ({ signal }) => disclosuresApi.list(query, signal),
    enabled,
  });
}

/**
 * 待办公示 on the dashboard: disclosures overdue and due within 2 working days (the server's lists), and
 * for 填报人, 审核人, 审批人 the items waiting for their step.
 */
export function DisclosureDashboardCard() {
  const user = useSession();
  const waiting = WAITING.find((w) => user.roles.includes(w.role));
  const overdue = useDisclosureTotal({ due: 'overdue', page: 1, pageSize: 1 });
  const soon = useDisclosureTotal({ due: 'due_soon', page: 1, pageSize: 1 });
  const pending = useDisclosureTotal(
    { status: waiting?.status, page: 1, pageSize: SHOWN },
    waiting !== undefined,
  );

  if (overdue.isPending || soon.isPending) return <Spin />;
  if (overdue.isError) return <QueryError error={overdue.error} onRetry={() => void overdue.refetch()} />;
  if (soon.isError) return <QueryError error={soon.error} onRetry={() => void soon.refetch()} />;
  const figure = (value: number, color: string) => ({ content: { color: value > 0 ? color : undefined } });
  const items = pending.data?.items ?? [];

  return (
    <Flex vertical gap={12}>
      <Flex gap={24} wrap>
        <Link to="/admin/disclosures?due=overdue" aria-label={t('admin.dashboard.cards.disclosureOverdue')}>
          <Statistic
            title={t('admin.dashboard.cards.disclosureOverdue')}
            value={overdue.data.total}
            suffix={t('admin.dashboard.cards.unit')}
            styles={figure(overdue.data.total, TEXT_RED)}
          />
        </Link>
        <Link to="/admin/disclosures?due=due_soon" aria-label={t('admin.dashboard.cards.disclosureDueSoon')}>
          <Statistic
            title={t('admin.dashboard.cards.disclosureDueSoon')}
            value={soon.data.total}
            suffix={t('admin.dashboard.cards.unit')}
            styles={figure(soon.data.total, TEXT_ORANGE)}
          />
        </Link>
        {waiting && pending.data && (
          <Link
            to={`/admin/disclosures?status=${waiting.status}`}
            aria-label={t(`admin.dashboard.cards.disclosurePending.${waiting.role}`)}
          >
            <Statistic
              title={t(`admin.dashboard.cards.disclosurePending.${waiting.role}`)}
              value={pending.data.total}
              suffix={t('admin.dashboard.cards.unit')}
              styles={figure(pending.data.total, TEXT_BLUE)}
            />
          </Link>
        )}
      </Flex>
      <Flex gap={24} wrap>
        <PreDisclosureDueFigures />
      </Flex>
      {pending.isError && <QueryError error={pending.error} onRetry={() => void pending.refetch()} />}
      {waiting && pending.data && items.length === 0 && (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('admin.dashboard.cards.disclosureTodoEmpty')}
        />
      )}
      {items.map((d) => (
        <div key={d.id} className="dashboard-row">
          <Flex justify="space-between" align="flex-start" gap={8}>
            <Link to={`/admin/disclosures/${d.id}`} className="dashboard-row__title">
              {d.caseTitle}
            </Link>
            <DueStateTag state={d.dueState} />
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('common.separated', {
              a: d.documentNumber ?? d.caseNumber,
              b: t('common.labelValue', {
                label: t('publicity.list.publicationDue'),
                value: formatDate(d.due),
              }),
            })}
          </Typography.Text>
        </div>
      ))}
      <Link to={waiting ? `/admin/disclosures?status=${waiting.status}` : '/admin/disclosures'}>
        {t('admin.dashboard.cards.viewAll')}
      </Link>
    </Flex>
  );
}

import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Empty, Flex, Row, Space, Spin, Statistic, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import type { Role } from '../../../shared/roles.js';
import { approvalsApi, casesApi, deadlinesApi } from '../../api/cases.js';
import type { DeadlineItem } from '../../api/types.js';
import { canAccess, hasAnyRole, useSession, type PageKey } from '../../auth/session.js';
import {
  approvalCasePath,
  approvalKindLabel,
  deadlineLabel,
  deadlinePath,
} from '../../components/caseLabels.js';
import { QueryError } from '../../components/QueryError.js';
import { RoleTags } from '../../components/RoleTags.js';
import { CaseStatusTag, DeadlineCountdown, StageTag } from '../../components/StatusTag.js';
import { chinaHour, formatDateTime, todayInChina } from '../../format.js';
import { t, type MessageKey } from '../../i18n/index.js';
import { DisclosureDashboardCard } from './publicity/DisclosureDashboardCard.js';
import { ReviewQueueCard } from './review/ReviewQueueCard.js';

interface CardSpec {
  key: string;
  title: MessageKey;
  empty: MessageKey;
  roles: readonly Role[];
  /** Live content; cards without it are placeholders until their module exists. */
  body?: () => ReactNode;
}

const SHOWN = 5;
/** Text colours of the palette (red overdue, orange due soon, blue pending), for figures. */
const TEXT_RED = '#cf1322';
const TEXT_ORANGE = '#d46b08';

function MyCases() {
  const user = useSession();
  const navigate = useNavigate();
  const cases = useQuery({
    queryKey: ['cases', 'dashboard'],
    queryFn: ({ signal }) => casesApi.list({ page: 1, pageSize: SHOWN }, signal),
  });
  if (cases.isPending) return <Spin />;
  if (cases.isError) return <QueryError error={cases.error} onRetry={() => void cases.refetch()} />;
  const items = cases.data.items;
  return (
    <Flex vertical gap={10}>
      {items.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('admin.dashboard.cards.myCasesEmpty')} />
      )}
      {items.map((c) => (
        <div key={c.id} className="dashboard-row">
          <Link to={`/admin/cases/${c.id}`} className="dashboard-row__title">
            {c.title}
          </Link>
          <Flex justify="space-between" align="center" gap={8} wrap>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {c.number}
            </Typography.Text>
            <span>
              <StageTag stage={c.stage} />
              {c.status !== 'open' && <CaseStatusTag status={c.status} />}
            </span>
          </Flex>
        </div>
      ))}
      <Flex justify="space-between" align="center">
        <Link to="/admin/cases">
          {t('admin.dashboard.cards.viewAll')}
          {cases.data.total > 0 ? `（${t('common.totalItems', { total: cases.data.total })}）` : ''}
        </Link>
        {canAccess(user, 'caseWrite') && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => void navigate('/admin/cases/new')}>
            {t('admin.dashboard.cards.createCase')}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}

function DeadlineRows({ items, empty }: { items: DeadlineItem[]; empty: MessageKey }) {
  const today = todayInChina();
  const disclosures = canAccess(useSession(), 'disclosures');
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(empty)} />;
  return (
    <Flex vertical gap={10}>
      {items.slice(0, SHOWN).map((d) => (
        <div key={`${d.caseId}:${d.kind}`} className="dashboard-row">
          <Flex justify="space-between" align="flex-start" gap={8}>
            <Link to={deadlinePath(d, disclosures)} className="dashboard-row__title">
              {d.caseTitle}
            </Link>
            <DeadlineCountdown deadline={d} today={today} />
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('common.separated', {
              a: deadlineLabel(d),
              b: t('common.labelValue', { label: t('cases.deadlinesPage.due'), value: d.due }),
            })}
          </Typography.Text>
        </div>
      ))}
    </Flex>
  );
}

function MyDeadlines() {
  const deadlines = useQuery({
    queryKey: ['deadlines', 'all_open'],
    queryFn: ({ signal }) => deadlinesApi.list('all_open', signal),
    select: (data) => [...data.items].sort((a, b) => a.due.localeCompare(b.due)),
  });
  if (deadlines.isPending) return <Spin />;
  if (deadlines.isError)
    return <QueryError error={deadlines.error} onRetry={() => void deadlines.refetch()} />;
  const overdue = deadlines.data.filter((d) => d.overdue).length;
  const soon = deadlines.data.filter((d) => d.dueSoon).length;
  return (
    <Flex vertical gap={12}>
      <Flex gap={24}>
        <Statistic
          title={t('admin.dashboard.cards.overdueCount')}
          value={overdue}
          suffix={t('admin.dashboard.cards.unit')}
          styles={{ content: { color: overdue > 0 ? TEXT_RED : undefined } }}
        />
        <Statistic
          title={t('admin.dashboard.cards.dueSoonCount')}
          value={soon}
          suffix={t('admin.dashboard.cards.unit')}
          styles={{ content: { color: soon > 0 ? TEXT_ORANGE : undefined } }}
        />
      </Flex>
      <DeadlineRows items={deadlines.data} empty="admin.dashboard.cards.myDeadlinesEmpty" />
      <Link to="/admin/deadlines?within=all_open">{t('admin.dashboard.cards.viewAll')}</Link>
    </Flex>
  );
}

function PendingApprovals() {
  const inbox = useQuery({
    queryKey: ['approvals', 'inbox'],
    queryFn: ({ signal }) => approvalsApi.inbox(signal),
  });
  // cases waiting for the 立案 approval are approvals too (the head moves them to 调查取证)
  const filings = useQuery({
    queryKey: ['approvals', 'filings'],
    queryFn: ({ signal }) => approvalsApi.filings(signal),
  });
  if (inbox.isPending || filings.isPending) return <Spin />;
  if (inbox.isError) return <QueryError error={inbox.error} onRetry={() => void inbox.refetch()} />;
  if (filings.isError) return <QueryError error={filings.error} onRetry={() => void filings.refetch()} />;
  const rows = [
    ...filings.data.items.map((f) => ({
      key: `filing:${f.caseId}`,
      to: `/admin/cases/${f.caseId}`,
      title: t('admin.dashboard.cards.filingRow'),
      caseNumber: f.caseNumber,
      at: f.requestedAt,
    })),
    ...inbox.data.items.map((a) => ({
      key: a.id,
      to: approvalCasePath(a),
      title: approvalKindLabel(a.kind),
      caseNumber: a.caseNumber ?? '',
      at: a.requestedAt,
    })),
  ].sort((x, y) => x.at.localeCompare(y.at));
  return (
    <Flex vertical gap={12}>
      <Statistic
        title={t('admin.dashboard.cards.pendingCount')}
        value={rows.length}
        suffix={t('admin.dashboard.cards.unit')}
        styles={{ content: { color: rows.length > 0 ? '#0b4a8b' : undefined } }}
      />
      {rows.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('admin.dashboard.cards.approvalsEmpty')} />
      )}
      {rows.slice(0, SHOWN).map((r) => (
        <div key={r.key} className="dashboard-row">
          <Link to={r.to} className="dashboard-row__title">
            {r.title}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('common.separated', { a: r.caseNumber, b: formatDateTime(r.at) })}
          </Typography.Text>
        </div>
      ))}
      {rows.length > 0 && <Link to="/admin/approvals">{t('admin.dashboard.cards.viewAll')}</Link>}
    </Flex>
  );
}

function OverdueItems() {
  const overdue = useQuery({
    queryKey: ['deadlines', 'overdue'],
    queryFn: ({ signal }) => deadlinesApi.list('overdue', signal),
    select: (data) => [...data.items].sort((a, b) => a.due.localeCompare(b.due)),
  });
  if (overdue.isPending) return <Spin />;
  if (overdue.isError) return <QueryError error={overdue.error} onRetry={() => void overdue.refetch()} />;
  return (
    <Flex vertical gap={12}>
      <Statistic
        title={t('admin.dashboard.cards.overdueCount')}
        value={overdue.data.length}
        suffix={t('admin.dashboard.cards.unit')}
        styles={{ content: { color: overdue.data.length > 0 ? TEXT_RED : undefined } }}
      />
      <DeadlineRows items={overdue.data} empty="admin.dashboard.cards.overdueEmpty" />
      {overdue.data.length > 0 && (
        <Link to="/admin/deadlines?within=overdue">{t('admin.dashboard.cards.viewAll')}</Link>
      )}
    </Flex>
  );
}

const CARDS: readonly CardSpec[] = [
  {
    key: 'myCases',
    title: 'admin.dashboard.cards.myCases',
    empty: 'admin.dashboard.cards.myCasesEmpty',
    roles: ['officer'],
    body: () => <MyCases />,
  },
  {
    key: 'myDeadlines',
    title: 'admin.dashboard.cards.myDeadlines',
    empty: 'admin.dashboard.cards.myDeadlinesEmpty',
    roles: ['officer'],
    body: () => <MyDeadlines />,
  },
  {
    key: 'reviewQueue',
    title: 'admin.dashboard.cards.reviewQueue',
    empty: 'admin.dashboard.cards.reviewQueueEmpty',
    roles: ['legal_reviewer'],
    body: () => <ReviewQueueCard />,
  },
  {
    key: 'approvals',
    title: 'admin.dashboard.cards.approvals',
    empty: 'admin.dashboard.cards.approvalsEmpty',
    roles: ['head'],
    body: () => <PendingApprovals />,
  },
  {
    key: 'overdue',
    title: 'admin.dashboard.cards.overdue',
    empty: 'admin.dashboard.cards.overdueEmpty',
    roles: ['head', 'supervisor'],
    body: () => <OverdueItems />,
  },
  {
    key: 'disclosureTodo',
    title: 'admin.dashboard.cards.disclosureTodo',
    empty: 'admin.dashboard.cards.disclosureTodoEmpty',
    roles: ['filler', 'checker', 'approver', 'head'],
    body: () => <DisclosureDashboardCard />,
  },
  {
    key: 'supervision',
    title: 'admin.dashboard.cards.supervision',
    empty: 'admin.dashboard.cards.supervisionEmpty',
    roles: ['supervisor'],
  },
];

const SYSTEM_LINKS: { page: PageKey; path: string; label: MessageKey }[] = [
  { page: 'users', path: '/admin/users', label: 'admin.menu.users' },
  { page: 'departments', path: '/admin/departments', label: 'admin.menu.departments' },
  { page: 'officers', path: '/admin/officers', label: 'admin.menu.officers' },
  { page: 'calendar', path: '/admin/calendar', label: 'admin.menu.calendar' },
  { page: 'audit', path: '/admin/audit', label: 'admin.menu.audit' },
  { page: 'apiTokens', path: '/admin/api-tokens', label: 'admin.menu.apiTokens' },
];

function greetingKey(hour: number): MessageKey {
  if (hour < 12) return 'admin.dashboard.morning';
  if (hour < 18) return 'admin.dashboard.afternoon';
  return 'admin.dashboard.evening';
}

function PlaceholderCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card title={title} style={{ height: '100%' }}>
      {children}
    </Card>
  );
}

export function DashboardPage() {
  const user = useSession();
  const cards = CARDS.filter((c) => hasAnyRole(user, c.roles));
  const links = SYSTEM_LINKS.filter((l) => canAccess(user, l.page));

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
          {t(greetingKey(chinaHour()), { name: user.name })}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ margin: '6px 0 10px' }}>
          {user.departmentName
            ? t('common.separated', {
                a: t('admin.dashboard.today', { date: todayInChina() }),
                b: user.departmentName,
              })
            : t('admin.dashboard.today', { date: todayInChina() })}
        </Typography.Paragraph>
        <Space wrap size={4}>
          <Typography.Text type="secondary">
            {t('common.labelColon', { label: t('admin.dashboard.myRoles') })}
          </Typography.Text>
          <RoleTags roles={user.roles} />
        </Space>
      </Card>

      <Row gutter={[16, 16]}>
        {cards.map((c) => (
          <Col key={c.key} xs={24} md={12} xl={8}>
            <PlaceholderCard title={t(c.title)}>
              {c.body ? c.body() : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(c.empty)} />}
            </PlaceholderCard>
          </Col>
        ))}
        {cards.length === 0 && (
          <Col xs={24} md={12} xl={8}>
            <PlaceholderCard title={t('admin.dashboard.cards.todo')}>
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={t('admin.dashboard.cards.todoEmpty')}
              />
            </PlaceholderCard>
          </Col>
        )}
        {links.length > 0 && (
          <Col xs={24} md={12} xl={8}>
            <PlaceholderCard title={t('admin.dashboard.cards.system')}>
              <Typography.Paragraph type="secondary">
                {canAccess(user, 'usersEdit')
                  ? t('admin.dashboard.cards.systemText')
                  : t('admin.dashboard.cards.systemTextReadOnly')}
              </Typography.Paragraph>
              <Space wrap>
                {links.map((l) => (
                  <Link key={l.path} to={l.path}>
                    {t(l.label)}
                  </Link>
                ))}
              </Space>
            </PlaceholderCard>
          </Col>
        )}
      </Row>
    </Space>
  );
}

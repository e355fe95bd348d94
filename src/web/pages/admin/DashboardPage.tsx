import type { ReactNode } from 'react';
import { Card, Col, Empty, Row, Space, Typography } from 'antd';
import { Link } from 'react-router';
import type { Role } from '../../../shared/roles.js';
import { canAccess, hasAnyRole, useSession, type PageKey } from '../../auth/session.js';
import { RoleTags } from '../../components/RoleTags.js';
import { chinaHour, todayInChina } from '../../format.js';
import { t, type MessageKey } from '../../i18n/index.js';

interface CardSpec {
  key: string;
  title: MessageKey;
  empty: MessageKey;
  roles: readonly Role[];
}

// Placeholders until the case, review and publicity modules exist: each says what will appear here.
const CARDS: readonly CardSpec[] = [
  {
    key: 'myCases',
    title: 'admin.dashboard.cards.myCases',
    empty: 'admin.dashboard.cards.myCasesEmpty',
    roles: ['officer'],
  },
  {
    key: 'myDeadlines',
    title: 'admin.dashboard.cards.myDeadlines',
    empty: 'admin.dashboard.cards.myDeadlinesEmpty',
    roles: ['officer'],
  },
  {
    key: 'reviewQueue',
    title: 'admin.dashboard.cards.reviewQueue',
    empty: 'admin.dashboard.cards.reviewQueueEmpty',
    roles: ['legal_reviewer'],
  },
  {
    key: 'approvals',
    title: 'admin.dashboard.cards.approvals',
    empty: 'admin.dashboard.cards.approvalsEmpty',
    roles: ['head'],
  },
  {
    key: 'overdue',
    title: 'admin.dashboard.cards.overdue',
    empty: 'admin.dashboard.cards.overdueEmpty',
    roles: ['head', 'supervisor'],
  },
  {
    key: 'disclosureTodo',
    title: 'admin.dashboard.cards.disclosureTodo',
    empty: 'admin.dashboard.cards.disclosureTodoEmpty',
    roles: ['filler', 'checker', 'approver'],
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
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(c.empty)} />
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

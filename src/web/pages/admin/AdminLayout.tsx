import { useMemo, useState, type ReactNode } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Avatar,
  Badge,
  Button,
  Grid,
  Layout,
  Menu,
  Popover,
  Tooltip,
  Typography,
  type MenuProps,
} from 'antd';
import {
  ApartmentOutlined,
  ApiOutlined,
  AuditOutlined,
  BankOutlined,
  BellOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  ClockCircleOutlined,
  DashboardOutlined,
  FolderOpenOutlined,
  IdcardOutlined,
  KeyOutlined,
  LogoutOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
  NotificationOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  SlidersOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { authApi } from '../../api/admin.js';
import { deadlinesApi } from '../../api/cases.js';
import { setCsrfToken } from '../../api/client.js';
import type { SessionUser } from '../../api/types.js';
import { canAccess, useSession, type PageKey } from '../../auth/session.js';
import { ChangePasswordModal } from '../../components/ChangePasswordModal.js';
import { Emblem } from '../../components/Emblem.js';
import { t, type MessageKey } from '../../i18n/index.js';

type MenuItem = Required<MenuProps>['items'][number];

const SYSTEM_PAGES: { page: PageKey; path: string; label: MessageKey; icon: ReactNode }[] = [
  { page: 'users', path: '/admin/users', label: 'admin.menu.users', icon: <TeamOutlined /> },
  {
    page: 'departments',
    path: '/admin/departments',
    label: 'admin.menu.departments',
    icon: <ApartmentOutlined />,
  },
  { page: 'officers', path: '/admin/officers', label: 'admin.menu.officers', icon: <IdcardOutlined /> },
  { page: 'calendar', path: '/admin/calendar', label: 'admin.menu.calendar', icon: <CalendarOutlined /> },
  { page: 'audit', path: '/admin/audit', label: 'admin.menu.audit', icon: <AuditOutlined /> },
  { page: 'apiTokens', path: '/admin/api-tokens', label: 'admin.menu.apiTokens', icon: <ApiOutlined /> },
  {
    page: 'parameters',
    path: '/admin/parameters',
    label: 'admin.menu.parameters',
    icon: <SlidersOutlined />,
  },
];

function buildMenu(user: SessionUser): MenuItem[] {
  const items: MenuItem[] = [
    {
      key: '/admin',
      icon: <DashboardOutlined />,
      label: <Link to="/admin">{t('admin.menu.dashboard')}</Link>,
    },
  ];
  if (canAccess(user, 'cases')) {
    const children: MenuItem[] = [
      { key: '/admin/cases', label: <Link to="/admin/cases">{t('admin.menu.caseList')}</Link> },
    ];
    if (canAccess(user, 'caseWrite')) {
      children.push({
        key: '/admin/cases/new',
        label: <Link to="/admin/cases/new">{t('admin.menu.caseCreate')}</Link>,
      });
      children.push({
        key: '/admin/summary-decisions/new',
        label: <Link to="/admin/summary-decisions/new">{t('admin.menu.summaryDecision')}</Link>,
      });
    }
    items.push({ key: 'cases', icon: <FolderOpenOutlined />, label: t('admin.menu.cases'), children });
  }
  if (canAccess(user, 'approvals')) {
    items.push({
      key: '/admin/approvals',
      icon: <CheckSquareOutlined />,
      label: <Link to="/admin/approvals">{t('admin.menu.approvals')}</Link>,
    });
  }
  if (canAccess(user, 'reviews') || canAccess(user, 'reviewCatalog')) {
    const children: MenuItem[] = [];
    if (canAccess(user, 'reviews')) {
      children.push({
        key: '/admin/reviews',
        label: <Link to="/admin/reviews">{t('admin.menu.reviewQueue')}</Link>,
      });
    }
    if (canAccess(user, 'reviewCatalog')) {
      children.push({
        key: '/admin/review-catalog',
        label: <Link to="/admin/review-catalog">{t('admin.menu.reviewCatalog')}</Link>,
      });
    }
    items.push({
      key: 'review',
      icon: <SafetyCertificateOutlined />,
      label: t('admin.menu.review'),
      children,
    });
  }
  if (canAccess(user, 'disclosures') || canAccess(user, 'corrections')) {
    const children: MenuItem[] = [];
    if (canAccess(user, 'disclosures')) {
      children.push({
        key: '/admin/disclosures',
        label: <Link to="/admin/disclosures">{t('admin.menu.disclosures')}</Link>,
      });
      children.push({
        key: '/admin/pre-disclosures',
        label: <Link to="/admin/pre-disclosures">{t('admin.menu.preDisclosures')}</Link>,
      });
    }
    if (canAccess(user, 'corrections')) {
      children.push({
        key: '/admin/corrections',
        label: <Link to="/admin/corrections">{t('admin.menu.corrections')}</Link>,
      });
    }
    items.push({
      key: 'publicity',
      icon: <NotificationOutlined />,
      label: t('admin.menu.publicity'),
      children,
    });
  }
  if (canAccess(user, 'deadlines')) {
    items.push({
      key: '/admin/deadlines',
      icon: <ClockCircleOutlined />,
      label: <Link to="/admin/deadlines">{t('admin.menu.deadlines')}</Link>,
    });
  }
  const system = SYSTEM_PAGES.filter((p) => canAccess(user, p.page)).map<MenuItem>((p) => ({
    key: p.path,
    icon: p.icon,
    label: <Link to={p.path}>{t(p.label)}</Link>,
  }));
  if (system.length > 0) {
    items.push({ key: 'system', icon: <SettingOutlined />, label: t('admin.menu.system'), children: system });
  }
  return items;
}

/** The bell: how many case deadlines are overdue or due within 2 working days (case readers only). */
function Notifications({ enabled }: { enabled: boolean }) {
  const overdue = useQuery({
    queryKey: ['deadlines', 'overdue'],
    queryFn: ({ signal }) => deadlinesApi.list('overdue', signal),
    enabled,
    refetchInterval: 5 * 60_000,
  });
  const soon = useQuery({
    queryKey: ['deadlines', 'due_soon'],
    queryFn: ({ signal }) => deadlinesApi.list('due_soon', signal),
    enabled,
    refetchInterval: 5 * 60_000,
  });
  const overdueCount = overdue.data?.items.length ?? 0;
  const soonCount = soon.data?.items.length ?? 0;
  const total = overdueCount + soonCount;
  const content =
    enabled && total > 0 ? (
      <div style={{ maxWidth: 260 }}>
        <Typography.Paragraph style={{ marginBottom: 8 }}>
          {t('admin.header.deadlineSummary', { overdue: overdueCount, soon: soonCount })}
        </Typography.Paragraph>
        <Link to={overdueCount > 0 ? '/admin/deadlines?within=overdue' : '/admin/deadlines?within=due_soon'}>
          {t('admin.header.viewDeadlines')}
        </Link>
      </div>
    ) : (
      t('admin.header.noNotifications')
    );
  return (
    <Popover content={content} trigger="click" placement="bottomRight">
      <Badge count={total} size="small" color={overdueCount > 0 ? '#cf1322' : '#d46b08'}>
        <Button
          type="text"
          shape="circle"
          icon={<BellOutlined />}
          aria-label={
            total > 0
              ? `${t('admin.header.notifications')}：${t('admin.header.deadlineSummary', { overdue: overdueCount, soon: soonCount })}`
              : t('admin.header.notifications')
          }
        />
      </Badge>
    </Popover>
  );
}

export function AdminLayout() {
  const user = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [collapsed, setCollapsed] = useState(false);
  const [passwordOpen, setPasswordOpen] = useState(false);

  const menuItems = useMemo(() => buildMenu(user), [user]);
  const path = location.pathname.replace(/\/+$/, '') || '/admin';
  // A case page belongs to the case list in the menu, a review page to the review queue.
  const selectedKey = /^\/admin\/cases\/(?!new$)[^/]+$/.test(path)
    ? '/admin/cases'
    : /^\/admin\/reviews\/[^/]+$/.test(path)
      ? '/admin/reviews'
      : /^\/admin\/disclosures\/[^/]+$/.test(path)
        ? '/admin/disclosures'
        : /^\/admin\/pre-disclosures\/[^/]+$/.test(path)
          ? '/admin/pre-disclosures'
          : path;
  const compact = screens.md === false;

  const logout = useMutation({
    mutationFn: () => authApi.logout(),
    onSettled: async () => {
      setCsrfToken(null);
      queryClient.clear();
      await navigate('/login', { replace: true });
      void message.success(t('admin.header.loggedOut'));
    },
  });

  return (
    // The outer layout is dark so the menu column reads as one band however long the page is.
    <Layout style={{ minHeight: '100vh', background: '#001529' }}>
      <Layout.Sider
        width={220}
        collapsedWidth={compact ? 0 : 64}
        breakpoint="lg"
        collapsible
        trigger={null}
        collapsed={collapsed}
        onBreakpoint={(broken) => setCollapsed(broken)}
        style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
      >
        <div className="admin-logo" title={t('admin.title')}>
          <Emblem size={30} />
          {!collapsed && <span>{t('common.appName')}</span>}
        </div>
        <nav aria-label={t('admin.mainMenu')}>
          <Menu
            theme="dark"
            mode="inline"
            items={menuItems}
            selectedKeys={[selectedKey]}
            defaultOpenKeys={['cases', 'review', 'publicity', 'system']}
          />
        </nav>
      </Layout.Sider>
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header className="admin-header">
          <div className="admin-header__left">
            <Button
              type="text"
              icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
              onClick={() => setCollapsed((c) => !c)}
              aria-label={t('admin.header.toggleMenu')}
              aria-expanded={!collapsed}
            />
            {!compact && (
              <Typography.Text className="admin-header__unit" title={user.departmentName ?? undefined}>
                <BankOutlined aria-hidden style={{ marginRight: 6 }} />
                {user.departmentName ?? t('common.bodyName')}
              </Typography.Text>
            )}
          </div>
          <div className="admin-header__right">
            <Notifications enabled={canAccess(user, 'deadlines')} />
            <span style={{ whiteSpace: 'nowrap' }}>
              <Avatar
                size="small"
                icon={<UserOutlined />}
                style={{ backgroundColor: '#0b4a8b', marginRight: 8 }}
              />
              <Typography.Text strong>{user.name}</Typography.Text>
            </span>
            <Tooltip title={compact ? t('admin.header.changePassword') : undefined}>
              <Button type="text" icon={<KeyOutlined />} onClick={() => setPasswordOpen(true)}>
                {compact ? null : t('admin.header.changePassword')}
              </Button>
            </Tooltip>
            <Tooltip title={compact ? t('admin.header.logout') : undefined}>
              <Button
                type="text"
                icon={<LogoutOutlined />}
                loading={logout.isPending}
                onClick={() => logout.mutate()}
                aria-label={compact ? t('admin.header.logout') : undefined}
              >
                {compact ? null : t('admin.header.logout')}
              </Button>
            </Tooltip>
          </div>
        </Layout.Header>
        {/* Layout.Content renders the <main> element. */}
        <Layout.Content className="admin-content">
          <Outlet />
        </Layout.Content>
      </Layout>
      {passwordOpen && <ChangePasswordModal onClose={() => setPasswordOpen(false)} />}
    </Layout>
  );
}

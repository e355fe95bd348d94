import { useEffect, type ReactElement } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Result, Spin } from 'antd';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { authApi } from '../../api/admin.js';
import { errorMessage, isApiError, setCsrfToken, setUnauthorizedHandler } from '../../api/client.js';
import { SESSION_KEY, SessionContext, type PageKey } from '../../auth/session.js';
import { StaffProviders } from '../../components/StaffProviders.js';
import { t } from '../../i18n/index.js';
import { AdminLayout } from './AdminLayout.js';
import { AdminNotFoundPage } from './AdminNotFoundPage.js';
import { ApprovalsPage } from './ApprovalsPage.js';
import { AuditPage } from './AuditPage.js';
import { CalendarPage } from './CalendarPage.js';
import { CaseCreatePage } from './CaseCreatePage.js';
import { CasePage } from './CasePage.js';
import { CasesPage } from './CasesPage.js';
import { DeadlinesPage } from './DeadlinesPage.js';
import { DashboardPage } from './DashboardPage.js';
import { DepartmentsPage } from './DepartmentsPage.js';
import { OfficersPage } from './OfficersPage.js';
import { ParametersPage } from './ParametersPage.js';
import { PreDisclosurePage } from './pre-disclosure/PreDisclosurePage.js';
import { PreDisclosuresPage } from './pre-disclosure/PreDisclosuresPage.js';
import { ApiTokensPage } from './publicity/ApiTokensPage.js';
import { CorrectionsPage } from './publicity/CorrectionsPage.js';
import { DisclosurePage } from './publicity/DisclosurePage.js';
import { DisclosuresPage } from './publicity/DisclosuresPage.js';
import { RequirePage } from './RequirePage.js';
import { ReviewCatalogPage } from './ReviewCatalogPage.js';
import { ReviewPage } from './ReviewPage.js';
import { ReviewQueuePage } from './ReviewQueuePage.js';
import { SummaryDecisionPage } from './SummaryDecisionPage.js';
import { UsersPage } from './UsersPage.js';

function loginPath(): string {
  const here = `${window.location.pathname}${window.location.search}`;
  return `/login?next=${encodeURIComponent(here)}`;
}

function guarded(page: PageKey, element: ReactElement) {
  return <RequirePage page={page}>{element}</RequirePage>;
}

function SessionGate() {
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();

  const me = useQuery({
    queryKey: SESSION_KEY,
    queryFn: async ({ signal }) => {
      const session = await authApi.me(signal);
      setCsrfToken(session.csrfToken);
      return session;
    },
    retry: false,
    staleTime: Infinity,
  });

  // Any 401 from a back-office call means the session is gone: back to the sign-in page.
  useEffect(() => {
    setUnauthorizedHandler(() => {
      setCsrfToken(null);
      queryClient.removeQueries({ queryKey: SESSION_KEY });
      void navigate(loginPath(), { replace: true });
    });
    return () => setUnauthorizedHandler(null);
  }, [navigate, queryClient]);

  if (me.isPending) {
    return <Spin fullscreen description={t('common.loading')} />;
  }
  if (me.isError) {
    if (isApiError(me.error) && me.error.status === 401) {
      const next = `${location.pathname}${location.search}`;
      return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
    }
    return (
      <Result
        status="error"
        title={errorMessage(me.error)}
        extra={
          <Button type="primary" onClick={() => void me.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }

  return (
    <SessionContext.Provider value={me.data.user}>
      <Routes>
        <Route element={<AdminLayout />}>
          <Route index element={<DashboardPage />} />
          <Route path="users" element={guarded('users', <UsersPage />)} />
          <Route path="departments" element={guarded('departments', <DepartmentsPage />)} />
          <Route path="officers" element={guarded('officers', <OfficersPage />)} />
          <Route path="calendar" element={guarded('calendar', <CalendarPage />)} />
          <Route path="audit" element={guarded('audit', <AuditPage />)} />
          <Route path="cases" element={guarded('cases', <CasesPage />)} />
          <Route path="cases/new" element={guarded('caseWrite', <CaseCreatePage />)} />
          <Route path="cases/:id" element={guarded('cases', <CasePage />)} />
          <Route path="summary-decisions/new" element={guarded('caseWrite', <SummaryDecisionPage />)} />
          <Route path="approvals" element={guarded('approvals', <ApprovalsPage />)} />
          <Route path="deadlines" element={guarded('deadlines', <DeadlinesPage />)} />
          <Route path="reviews" element={guarded('reviews', <ReviewQueuePage />)} />
          <Route path="reviews/:id" element={guarded('reviews', <ReviewPage />)} />
          <Route path="review-catalog" element={guarded('reviewCatalog', <ReviewCatalogPage />)} />
          <Route path="disclosures" element={guarded('disclosures', <DisclosuresPage />)} />
          <Route path="disclosures/:id" element={guarded('disclosures', <DisclosurePage />)} />
          <Route path="pre-disclosures" element={guarded('disclosures', <PreDisclosuresPage />)} />
          <Route path="pre-disclosures/:id" element={guarded('disclosures', <PreDisclosurePage />)} />
          <Route path="corrections" element={guarded('corrections', <CorrectionsPage />)} />
          <Route path="api-tokens" element={guarded('apiTokens', <ApiTokensPage />)} />
          <Route path="parameters" element={guarded('parameters', <ParametersPage />)} />
          <Route path="*" element={<AdminNotFoundPage />} />
        </Route>
      </Routes>
    </SessionContext.Provider>
  );
}

/** The back office: loaded lazily, so the public portal never downloads it. */
export default function AdminApp() {
  return (
    <StaffProviders>
      <SessionGate />
    </StaffProviders>
  );
}

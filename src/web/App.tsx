import { Suspense, lazy } from 'react';
import { Route, Routes } from 'react-router';
import { PageLoading } from './components/PageLoading.js';
import { HomePage } from './pages/portal/HomePage.js';
import { NotFoundPage } from './pages/portal/NotFoundPage.js';
import { PlaceholderPage } from './pages/portal/PlaceholderPage.js';
import { PortalLayout } from './pages/portal/PortalLayout.js';
import { PriorItemPage } from './pages/portal/prior/PriorItemPage.js';
import { PriorPage } from './pages/portal/prior/PriorPage.js';
import { ReviewCatalogPublicPage } from './pages/portal/ReviewCatalogPublicPage.js';
import { CorrectionPage } from './pages/portal/correction/CorrectionPage.js';
import { OfficerPage } from './pages/portal/officers/OfficerPage.js';
import { OfficersPage } from './pages/portal/officers/OfficersPage.js';
import { DecisionPage } from './pages/portal/results/DecisionPage.js';
import { ResultsPage } from './pages/portal/results/ResultsPage.js';

// The back office (antd and everything else) is a separate chunk: the portal never downloads it.
const LoginPage = lazy(() => import('./pages/admin/LoginPage.js'));
const AdminApp = lazy(() => import('./pages/admin/AdminApp.js'));
// The service-window display (电子显示屏): full screen, no portal header; its own small chunk.
const DisplayPage = lazy(() => import('./pages/portal/display/DisplayPage.js'));

export function App() {
  return (
    <Routes>
      <Route element={<PortalLayout />}>
        <Route index element={<HomePage />} />
        <Route path="prior" element={<PriorPage />} />
        <Route path="prior/items/:id" element={<PriorItemPage />} />
        <Route path="prior/items/:id/v/:version" element={<PriorItemPage />} />
        <Route path="prior/legal-review-catalog" element={<ReviewCatalogPublicPage />} />
        <Route path="results" element={<ResultsPage />} />
        <Route path="results/:id" element={<DecisionPage />} />
        <Route path="results/:id/v/:version" element={<DecisionPage />} />
        <Route path="statistics" element={<PlaceholderPage section="statistics" />} />
        <Route path="officers" element={<OfficersPage />} />
        <Route path="officers/:certificateNo" element={<OfficerPage />} />
        <Route path="correction" element={<CorrectionPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      <Route
        path="/display"
        element={
          <Suspense fallback={<PageLoading />}>
            <DisplayPage />
          </Suspense>
        }
      />
      <Route
        path="/login"
        element={
          <Suspense fallback={<PageLoading />}>
            <LoginPage />
          </Suspense>
        }
      />
      <Route
        path="/admin/*"
        element={
          <Suspense fallback={<PageLoading />}>
            <AdminApp />
          </Suspense>
        }
      />
    </Routes>
  );
}

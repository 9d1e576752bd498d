import { lazy, Suspense } from 'react';
import { Navigate, NavLink, Outlet, type RouteObject } from 'react-router-dom';
import { Loading, RequireRole } from '../shared/components';
import { useTexts } from '../shared/i18n';
import ConsoleNotices from './brand/Notices';
import Registrations from './brand/Registrations';
import Screening from './brand/Screening';
import './brand/texts-nav';
import './jobs/texts';
import { FiguresPage } from './FiguresPage';
import { EditLocationPage, LocationsPage, NewLocationPage } from './LocationsPage';
import { MerchantDetailPage, MerchantsPage } from './MerchantsPage';
import { PayoutsPage } from './PayoutsPage';
import { RatesPage } from './RatesPage';
import './texts';
import './texts-money';

// The jobs ledger brings its charts: loaded when it is opened.
const JobsPage = lazy(() => import('./jobs/JobsPage'));

/** The console's frame: operators only, with its own section navigation. */
function ConsoleLayout() {
  const { t } = useTexts('console');
  return (
    <RequireRole roles={['operator']} who={t('who')}>
      <div className="stack">
        <nav aria-label={t('console_nav')} className="card no-print" style={{ padding: '0.5rem 1rem' }}>
          <ul className="nav">
            <li>
              <NavLink to="/console/merchants">{t('nav_merchants')}</NavLink>
            </li>
            <li>
              <NavLink to="/console/locations">{t('nav_locations')}</NavLink>
            </li>
            <li>
              <NavLink to="/console/figures">{t('nav_figures')}</NavLink>
            </li>
            <li>
              <NavLink to="/console/payouts">{t('nav_payouts')}</NavLink>
            </li>
            <li>
              <NavLink to="/console/rates">{t('nav_rates')}</NavLink>
            </li>
            <li>
              <NavLink to="/console/brands">{t('nav_brands')}</NavLink>
            </li>
            <li>
              <NavLink to="/console/screening">{t('nav_screening')}</NavLink>
            </li>
            <li>
              <NavLink to="/console/notices">{t('nav_notices')}</NavLink>
            </li>
            <li>
              <NavLink to="/console/jobs">{t('nav_jobs')}</NavLink>
            </li>
          </ul>
        </nav>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </div>
    </RequireRole>
  );
}

export const consoleRoutes: RouteObject[] = [
  {
    path: '/console',
    element: <ConsoleLayout />,
    children: [
      { index: true, element: <Navigate to="/console/merchants" replace /> },
      { path: 'merchants', element: <MerchantsPage /> },
      { path: 'merchants/:id', element: <MerchantDetailPage /> },
      { path: 'locations', element: <LocationsPage /> },
      { path: 'locations/new', element: <NewLocationPage /> },
      { path: 'locations/:id', element: <EditLocationPage /> },
      { path: 'figures', element: <FiguresPage /> },
      { path: 'payouts', element: <PayoutsPage /> },
      { path: 'rates', element: <RatesPage /> },
      { path: 'brands', element: <Registrations /> },
      { path: 'screening', element: <Screening /> },
      { path: 'notices', element: <ConsoleNotices /> },
      { path: 'jobs', element: <JobsPage /> },
    ],
  },
];

import { lazy, Suspense } from 'react';
import { NavLink, Outlet, type RouteObject } from 'react-router-dom';
import { Loading, RequireRole } from '../shared/components';
import { useTexts } from '../shared/i18n';
import { useSession } from '../shared/session';
import BrandNotices from './brand/Notices';
import BrandRegistry from './brand/Registry';
import UnitCodes from './brand/UnitCodes';
import './brand/texts-nav';
import './jobs/texts';
import Import from './Import';
import Orders from './Orders';
import Payouts from './Payouts';
import ProductEditor from './ProductEditor';
import Products from './Products';
import Proposals from './Proposals';
import { ScopeProvider } from './scope';
import Stock from './Stock';
import Webhooks from './Webhooks';
import './merchant.css';
import './texts';
import './texts-payouts';
import './texts-live';

// The charts library is large: load it only when the dashboard is opened.
const Dashboard = lazy(() => import('./Dashboard'));
const LiveSales = lazy(() => import('./LiveSales'));
const Forecasts = lazy(() => import('./Forecasts'));
const JobsReports = lazy(() => import('./jobs/JobsReports'));

function Portal() {
  const { t } = useTexts('merchant');
  const { me } = useSession();
  return (
    <RequireRole roles={['merchant', 'brand_owner', 'operator']} who={t('who')}>
      <div className="portal stack">
        <nav aria-label={t('portal_nav')} className="no-print">
          <ul className="portal-nav">
            <li>
              <NavLink to="/merchant" end>
                {t('nav_dashboard')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/merchant/live">{t('nav_live')}</NavLink>
            </li>
            <li>
              <NavLink to="/merchant/products" end>
                {t('nav_products')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/merchant/products/import">{t('nav_import')}</NavLink>
            </li>
            <li>
              <NavLink to="/merchant/stock">{t('nav_stock')}</NavLink>
            </li>
            <li>
              <NavLink to="/merchant/orders">{t('nav_orders')}</NavLink>
            </li>
            <li>
              <NavLink to="/merchant/payouts">{t('nav_payouts')}</NavLink>
            </li>
            <li>
              <NavLink to="/merchant/proposals">{t('nav_proposals')}</NavLink>
            </li>
            <li>
              <NavLink to="/merchant/forecasts">{t('nav_forecasts')}</NavLink>
            </li>
            <li>
              <NavLink to="/merchant/brand">{t('nav_brand')}</NavLink>
            </li>
            <li>
              <NavLink to="/merchant/codes">{t('nav_codes')}</NavLink>
            </li>
            <li>
              <NavLink to="/merchant/notices">{t('nav_notices')}</NavLink>
            </li>
            <li>
              <NavLink to="/merchant/jobs">{t('nav_jobs')}</NavLink>
            </li>
            {/* Brand owners read sales; webhooks are managed by the merchant's staff (and operators). */}
            {me?.role !== 'brand_owner' && (
              <li>
                <NavLink to="/merchant/webhooks">{t('nav_webhooks')}</NavLink>
              </li>
            )}
          </ul>
        </nav>
        <ScopeProvider>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </ScopeProvider>
      </div>
    </RequireRole>
  );
}

/** The merchant portal: sales dashboard, products (with CSV import and export), stock, orders to fulfil. */
export const merchantRoutes: RouteObject[] = [
  {
    path: '/merchant',
    element: <Portal />,
    children: [
      { index: true, element: <Dashboard /> },
      { path: 'live', element: <LiveSales /> },
      { path: 'products', element: <Products /> },
      { path: 'products/new', element: <ProductEditor /> },
      { path: 'products/import', element: <Import /> },
      { path: 'products/:id', element: <ProductEditor /> },
      { path: 'stock', element: <Stock /> },
      { path: 'orders', element: <Orders /> },
      { path: 'payouts', element: <Payouts /> },
      { path: 'proposals', element: <Proposals /> },
      { path: 'forecasts', element: <Forecasts /> },
      { path: 'webhooks', element: <Webhooks /> },
      { path: 'brand', element: <BrandRegistry /> },
      { path: 'codes', element: <UnitCodes /> },
      { path: 'notices', element: <BrandNotices /> },
      { path: 'jobs', element: <JobsReports /> },
    ],
  },
];

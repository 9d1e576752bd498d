import { lazy, Suspense } from 'react';
import { NavLink, Outlet, type RouteObject } from 'react-router-dom';
import { Loading, RequireRole } from '../shared/components';
import { useTexts } from '../shared/i18n';
import Import from './Import';
import Orders from './Orders';
import Payouts from './Payouts';
import ProductEditor from './ProductEditor';
import Products from './Products';
import { ScopeProvider } from './scope';
import Stock from './Stock';
import './merchant.css';
import './texts';
import './texts-payouts';

// The charts library is large: load it only when the dashboard is opened.
const Dashboard = lazy(() => import('./Dashboard'));

function Portal() {
  const { t } = useTexts('merchant');
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
      { path: 'products', element: <Products /> },
      { path: 'products/new', element: <ProductEditor /> },
      { path: 'products/import', element: <Import /> },
      { path: 'products/:id', element: <ProductEditor /> },
      { path: 'stock', element: <Stock /> },
      { path: 'orders', element: <Orders /> },
      { path: 'payouts', element: <Payouts /> },
    ],
  },
];

import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router-dom';
import { Loading } from '../shared/components';
import { AccountPage } from './Account';
import { CartPage } from './CartPage';
import { CheckoutPage } from './Checkout';
import { StorefrontShell } from './components';
import { HomePage } from './Home';
import { OrderPage } from './Order';
import { ProductPage } from './Product';
import Scan from './Scan';
import { SearchPage } from './Search';
import Transparency from './Transparency';

// The jobs summary brings its charts: loaded when it is opened.
const ImpactPage = lazy(() => import('./impact-page'));

// The consumer's shop: browse and search, a product, the cart, checkout, sign-in and orders.
export const storefrontRoutes: RouteObject[] = [
  {
    element: <StorefrontShell />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/search', element: <SearchPage /> },
      { path: '/products/:id', element: <ProductPage /> },
      { path: '/cart', element: <CartPage /> },
      { path: '/checkout', element: <CheckoutPage /> },
      { path: '/account', element: <AccountPage /> },
      { path: '/orders/:id', element: <OrderPage /> },
      { path: '/transparency', element: <Transparency /> },
      {
        path: '/impact',
        element: (
          <Suspense fallback={<Loading />}>
            <ImpactPage />
          </Suspense>
        ),
      },
      // Unit codes' Digital Link URIs: the resolver serves this app to browsers (see unit-codes/routes.ts).
      { path: '/01/*', element: <Scan /> },
    ],
  },
];

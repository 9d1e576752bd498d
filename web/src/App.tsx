import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { consoleRoutes } from './console/routes';
import { merchantRoutes } from './merchant/routes';
import { Layout } from './shared/Layout';
import { SessionProvider } from './shared/session';
import { storefrontRoutes } from './storefront/routes';
import { tillRoutes } from './till/routes';

// One app, four areas; each area owns its routes under its own path.
const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [...storefrontRoutes, ...tillRoutes, ...merchantRoutes, ...consoleRoutes],
  },
]);

export function App() {
  return (
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>
  );
}

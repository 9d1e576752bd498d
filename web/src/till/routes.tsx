import type { RouteObject } from 'react-router-dom';
import { PickupScreen } from './PickupScreen';
import { ReceiptPage } from './ReceiptPage';
import { ReceivingScreen } from './ReceivingScreen';
import { ReturnsScreen } from './ReturnsScreen';
import { SaleScreen } from './SaleScreen';
import { TillFrame } from './TillFrame';

/** The store till (store staff and operators): sale, pick-up hand-over, returns, receiving transfers, receipts. */
export const tillRoutes: RouteObject[] = [
  {
    path: '/till',
    element: <TillFrame />,
    children: [
      { index: true, element: <SaleScreen /> },
      { path: 'pickup', element: <PickupScreen /> },
      { path: 'returns', element: <ReturnsScreen /> },
      { path: 'receiving', element: <ReceivingScreen /> },
      { path: 'receipt/:id', element: <ReceiptPage /> },
    ],
  },
];

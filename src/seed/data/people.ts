import type { Role } from '../../modules/identity/schema.ts';
import { APPAREL_MERCHANT_SLUG } from './merchants.ts';

/** Every demo account signs in with this password. */
export const DEMO_PASSWORD = 'meridian';

/** The demo accounts documented in the README: one per role. */
export const DEMO_ACCOUNTS = {
  operator: 'operator@meridian.demo',
  merchant: 'merchant@meridian.demo',
  clerk: 'clerk@meridian.demo',
  shopper: 'shopper@meridian.demo',
  brand: 'brand@meridian.demo',
} as const;

/**
 * A demo person. `merchant` names a merchant by slug (brand owners); `location` asks for the
 * store the clerk works in (resolved by the loader from the locations data).
 */
export interface PersonSeed {
  email: string;
  display_name: string;
  role: Exclude<Role, 'merchant'>;
  locale: 'en' | 'zh-CN';
  merchant?: string;
  location?: 'clerk_store';
}

/** The operator's staff, the clerk, the brand owner and consumers; merchant owners come with their merchants. */
export const PEOPLE: PersonSeed[] = [
  { email: DEMO_ACCOUNTS.operator, display_name: 'Wei Chen (Operator)', role: 'operator', locale: 'en' },
  { email: 'ops.lin@meridian.demo', display_name: '林晓燕', role: 'operator', locale: 'zh-CN' },
  { email: DEMO_ACCOUNTS.clerk, display_name: '周婷', role: 'store_staff', locale: 'zh-CN', location: 'clerk_store' },
  { email: DEMO_ACCOUNTS.brand, display_name: 'Marcus Hale', role: 'brand_owner', locale: 'en', merchant: APPAREL_MERCHANT_SLUG },
  { email: DEMO_ACCOUNTS.shopper, display_name: '王小明', role: 'consumer', locale: 'zh-CN' },
  { email: 'shopper2@meridian.demo', display_name: '李娜', role: 'consumer', locale: 'zh-CN' },
  { email: 'shopper3@meridian.demo', display_name: '张伟', role: 'consumer', locale: 'zh-CN' },
  { email: 'shopper4@meridian.demo', display_name: '刘洋', role: 'consumer', locale: 'zh-CN' },
  { email: 'shopper5@meridian.demo', display_name: '陈静', role: 'consumer', locale: 'zh-CN' },
  { email: 'shopper6@meridian.demo', display_name: 'Emily Zhao', role: 'consumer', locale: 'en' },
];

/** The sign-in email of a merchant's owner: the demo merchant account for the apparel merchant, owner+<slug>@ for the rest. */
export function ownerEmail(merchantSlug: string): string {
  return merchantSlug === APPAREL_MERCHANT_SLUG ? DEMO_ACCOUNTS.merchant : `owner+${merchantSlug}@meridian.demo`;
}

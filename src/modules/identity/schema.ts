import type { Generated } from 'kysely';

export type Role = 'operator' | 'merchant' | 'brand_owner' | 'store_staff' | 'consumer';
export type MerchantRole = 'owner' | 'staff';

export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  role: Role;
  merchant_id: string | null;
  merchant_role: MerchantRole | null;
  location_id: string | null;
  display_name: string;
  locale: Generated<string>;
  created_at: Generated<Date>;
  disabled_at: Date | null;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  token_hash: string;
  created_at: Generated<Date>;
  expires_at: Date;
  revoked_at: Date | null;
}

export interface ApiKeysTable {
  id: string;
  merchant_id: string;
  name: string;
  key_prefix: string;
  key_hash: string;
  created_by: string;
  created_at: Generated<Date>;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export interface IdentityTables {
  users: UsersTable;
  sessions: SessionsTable;
  api_keys: ApiKeysTable;
}

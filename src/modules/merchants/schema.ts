import type { Generated } from 'kysely';

export type MerchantStatus = 'pending' | 'verified' | 'rejected' | 'suspended';

export interface MerchantsTable {
  id: string;
  legal_name: string;
  display_name: string;
  country: string;
  region: string;
  registration_number: string;
  contact_name: string;
  contact_email: string;
  contact_phone: string | null;
  headcount: number;
  sector: string;
  default_currency: string;
  website: string | null;
  status: Generated<MerchantStatus>;
  status_reason: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface MerchantStatusEventsTable {
  id: string;
  merchant_id: string;
  from_status: MerchantStatus | null;
  to_status: MerchantStatus;
  reason: string | null;
  actor_id: string | null;
  created_at: Generated<Date>;
}

export interface MerchantTables {
  merchants: MerchantsTable;
  merchant_status_events: MerchantStatusEventsTable;
}

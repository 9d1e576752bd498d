import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { CloneFinding } from './clone.ts';

export type UnitCodeStatus = 'genuine' | 'suspicious' | 'void';
export type ScanResult = 'genuine' | 'unknown' | 'suspicious';

export interface UnitCodeKeysTable {
  /** The key id carried in every code it signed. */
  id: string;
  merchant_id: string;
  brand_registration_id: string | null;
  /** AES-256-GCM of the secret, base64 `iv.tag.ciphertext` (secrets.ts). */
  secret_encrypted: string;
  created_by: string | null;
  created_at: Generated<Date>;
  retired_at: Date | null;
}

export interface UnitCodesTable {
  id: string;
  merchant_id: string;
  brand_registration_id: string | null;
  variant_id: string | null;
  batch_id: string;
  gtin: string;
  serial: string;
  lot: string | null;
  /** AI (17) as printed, YYMMDD. */
  expiry: string | null;
  key_id: string;
  status: Generated<UnitCodeStatus>;
  /** Why the status last changed: `{ findings }` from the clone rules, or `{ reason }` of a void. */
  status_reason: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  status_changed_at: Date | null;
  sold_at: Date | null;
  sold_city: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface UnitCodeScansTable {
  id: string;
  code_id: string | null;
  gtin: string;
  serial: string;
  scanned_at: Generated<Date>;
  lat: number | null;
  lon: number | null;
  radius_km: number | null;
  city: string | null;
  device_hash: string | null;
  signature_ok: boolean;
  result: ScanResult;
  findings: JSONColumnType<CloneFinding[], string | undefined, string>;
}

export interface UnitCodeTables {
  unit_code_keys: UnitCodeKeysTable;
  unit_codes: UnitCodesTable;
  unit_code_scans: UnitCodeScansTable;
}

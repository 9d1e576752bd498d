import type { ColumnType, Generated } from 'kysely';

/**
 * The CBEC positive list (跨境电子商务零售进口商品清单, 2019 and 2022 editions) as data, by HS code,
 * with the rates the import tax needs. A product matches the entry with the longest prefix of its
 * HS code (3304990099 matches 330499 before 3304).
 */
export interface CbecPositiveListTable {
  /** 4–10 digits. */
  hs_code: string;
  name_en: string;
  name_zh: string;
  vat_bp: number;
  consumption_tax_bp: Generated<number>;
  /** General-trade MFN tariff: charged only on the over-limit indivisible item. */
  tariff_bp: number;
  note: string | null;
  /** The edition of the list the entry comes from, e.g. '2022'. */
  list_edition: string;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

/** A buyer's real name and resident ID number as declared to customs; the number encrypted, never stored plain. */
export interface BuyerIdentitiesTable {
  id: string;
  /** The consumer keeping it on their account; null for guests and unsaved identities. */
  customer_id: string | null;
  name: string;
  /** AES-256-GCM, base64 `iv.tag.ciphertext`. */
  id_number_ciphertext: string;
  /** HMAC-SHA256 (hex) of the normalized number: finds the yearly limit without decrypting. */
  id_number_hash: string;
  /** e.g. 1101**********002X. */
  masked: string;
  /** Unsaved identities may be named by id (for an order) until then; saved ones: null. */
  usable_until: Date | null;
  created_at: Generated<Date>;
}

/** What one ID number has used of the yearly limit (财关税〔2018〕49号): the running sum of its ledger rows. */
export interface CbecAnnualUsageTable {
  id_number_hash: string;
  /** Calendar year in China time. */
  year: number;
  used_amount: number;
}

/** Every change of cbec_annual_usage.used_amount: + when an order takes the limit, − when a refund gives it back. */
export interface CbecLimitUsageTable {
  id: string;
  id_number_hash: string;
  year: number;
  order_id: string;
  refund_id: string | null;
  /** Signed fen. */
  amount: number;
  created_at: Generated<Date>;
}

export interface CrossBorderTables {
  cbec_positive_list: CbecPositiveListTable;
  buyer_identities: BuyerIdentitiesTable;
  cbec_annual_usage: CbecAnnualUsageTable;
  cbec_limit_usage: CbecLimitUsageTable;
}

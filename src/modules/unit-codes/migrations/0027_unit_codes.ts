import { type Kysely, sql } from 'kysely';

/**
 * Signed unit authentication codes (issue 8): per-merchant signing keys that rotate, the codes a
 * brand generated for units of its variants, and every scan of them. A key's id is carried in
 * each code it signed (`s=<key id>.<mac>`), so it is the primary key; its secret is stored
 * encrypted (AES-256-GCM under a sub-key of MERIDIAN_PII_KEY, see secrets.ts). Codes keep no
 * MAC: the export recomputes it, so a read of this table alone does not yield printable codes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table unit_code_keys (
      id text primary key check (id ~ '^[0-9A-Z]{4,16}$'),
      merchant_id text not null references merchants (id),
      -- The brand registration (issue 8 brand registry) the key signs for; null: the merchant's own scope.
      brand_registration_id text,
      -- base64 iv.tag.ciphertext; the key id is the cipher's associated data.
      secret_encrypted text not null,
      created_by text,
      created_at timestamptz not null default now(),
      -- From then on the key neither signs nor verifies.
      retired_at timestamptz
    );
    create index unit_code_keys_merchant_idx on unit_code_keys (merchant_id, created_at);

    create table unit_codes (
      id text primary key,
      merchant_id text not null references merchants (id),
      brand_registration_id text,
      variant_id text references variants (id),
      -- One generation run: what an export hands out together.
      batch_id text not null,
      gtin char(14) not null check (gtin ~ '^[0-9]{14}$'),
      serial text not null check (length(serial) between 1 and 20),
      lot text check (length(lot) between 1 and 20),
      -- AI (17) as printed, YYMMDD.
      expiry char(6) check (expiry ~ '^[0-9]{6}$'),
      key_id text not null references unit_code_keys (id),
      status text not null default 'genuine' check (status in ('genuine', 'suspicious', 'void')),
      -- Why the status last changed: clone findings, or the brand's reason for a void.
      status_reason jsonb,
      status_changed_at timestamptz,
      -- Where the unit was sold, for the "scanned after the sale in another city" rule.
      sold_at timestamptz,
      sold_city text,
      created_by text,
      created_at timestamptz not null default now(),
      -- GTIN + serial names one unit (an SGTIN) wherever its code is printed.
      unique (gtin, serial),
      check ((sold_at is null) = (sold_city is null))
    );
    create index unit_codes_batch_idx on unit_codes (merchant_id, batch_id, id);
    create index unit_codes_status_idx on unit_codes (merchant_id, status, id) where status <> 'genuine';

    create table unit_code_scans (
      id text primary key,
      -- Null when the scanned GTIN + serial is no code of ours.
      code_id text references unit_codes (id),
      gtin char(14) not null,
      serial text not null,
      scanned_at timestamptz not null default now(),
      -- The coarse place the client gave (often a city centroid) and how far off it may be.
      lat double precision check (lat between -90 and 90),
      lon double precision check (lon between -180 and 180),
      radius_km double precision check (radius_km >= 0),
      city text,
      device_hash text,
      -- Whether the signature verified under the code's merchant's keys: only such scans feed the clone rules.
      signature_ok boolean not null,
      result text not null check (result in ('genuine', 'unknown', 'suspicious')),
      findings jsonb not null default '[]',
      check ((lat is null) = (lon is null))
    );
    create index unit_code_scans_code_idx on unit_code_scans (code_id, scanned_at) where code_id is not null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table unit_code_scans;
    drop table unit_codes;
    drop table unit_code_keys;
  `.execute(db);
}

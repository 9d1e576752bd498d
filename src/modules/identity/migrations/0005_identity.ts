import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table users (
      id text primary key,
      email text not null,
      password_hash text not null,
      role text not null check (role in ('operator', 'merchant', 'brand_owner', 'store_staff', 'consumer')),
      merchant_id text references merchants (id),
      merchant_role text check (merchant_role in ('owner', 'staff')),
      location_id text references locations (id),
      display_name text not null,
      locale text not null default 'en',
      created_at timestamptz not null default now(),
      disabled_at timestamptz,
      -- Merchant staff and brand owners belong to exactly one merchant; store staff to one store.
      check ((role in ('merchant', 'brand_owner')) = (merchant_id is not null)),
      check ((role = 'merchant') = (merchant_role is not null)),
      check ((role = 'store_staff') = (location_id is not null))
    );
    create unique index users_email_idx on users (lower(email));
    create index users_merchant_idx on users (merchant_id) where merchant_id is not null;
    create table sessions (
      id text primary key,
      user_id text not null references users (id),
      token_hash text not null unique,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      revoked_at timestamptz
    );
    create index sessions_user_idx on sessions (user_id);
    create table api_keys (
      id text primary key,
      merchant_id text not null references merchants (id),
      name text not null,
      key_prefix text not null,
      key_hash text not null unique,
      created_by text not null references users (id),
      created_at timestamptz not null default now(),
      last_used_at timestamptz,
      revoked_at timestamptz
    );
    create index api_keys_merchant_idx on api_keys (merchant_id, id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table api_keys; drop table sessions; drop table users;`.execute(db);
}

import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table brands (
      id text primary key,
      merchant_id text not null references merchants (id),
      slug text not null unique,
      name_en text not null,
      name_zh text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index brands_merchant_idx on brands (merchant_id, id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table brands;`.execute(db);
}

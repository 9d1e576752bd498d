import { type Kysely, sql } from 'kysely';

/**
 * Screening results (issue 8): every screening of a listing that found a registered brand used
 * without authorisation (held) or a price far below the brand's reference (flagged), with its
 * findings as data, until an operator reviews it. Clean screenings are not kept.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table listing_screenings (
      id text primary key,
      product_id text not null references products (id),
      merchant_id text not null references merchants (id),
      decision text not null check (decision in ('live', 'held')),
      flags text[] not null default '{}',
      findings jsonb not null,
      created_at timestamptz not null default now(),
      review_outcome text check (review_outcome in ('released', 'taken_down', 'acknowledged', 'superseded')),
      review_reason text,
      reviewed_by text,
      reviewed_at timestamptz,
      check ((review_outcome is null) = (reviewed_at is null))
    );
    create index listing_screenings_open_idx on listing_screenings (created_at, id) where review_outcome is null;
    create index listing_screenings_product_idx on listing_screenings (product_id, created_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table listing_screenings`.execute(db);
}

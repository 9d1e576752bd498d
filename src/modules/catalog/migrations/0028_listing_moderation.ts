import { type Kysely, sql } from 'kysely';

/**
 * Listing moderation (issue 8): the platform, not the merchant, may hold a listing for review
 * (screening) or take it down (a brand owner's notice). It is a state of its own beside the
 * merchant's draft/active/archived, so a merchant cannot set a taken-down listing live again, and
 * the merchant's own status is where it was once the moderation is lifted. Every change is kept.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table products
      add column moderation text check (moderation in ('held', 'taken_down')),
      add column moderation_code text,
      add column moderation_reason text,
      add column moderated_at timestamptz,
      add constraint products_moderation_complete check ((moderation is null) = (moderated_at is null));
    create index products_moderation_idx on products (moderation, id) where moderation is not null;

    create table product_moderation_events (
      id bigint generated always as identity primary key,
      product_id text not null references products (id),
      from_state text,
      to_state text,
      -- Machine-readable why (a screening rule, 'notice', 'reinstated', …) and the words shown to the merchant.
      code text not null,
      reason text not null,
      -- A notice, screening run or the like this change belongs to, when there is one.
      reference text,
      actor text,
      created_at timestamptz not null default now()
    );
    create index product_moderation_events_product_idx on product_moderation_events (product_id, id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table product_moderation_events;
    alter table products drop constraint products_moderation_complete,
      drop column moderation, drop column moderation_code, drop column moderation_reason, drop column moderated_at;
  `.execute(db);
}

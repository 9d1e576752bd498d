import { type Kysely, sql } from 'kysely';

/**
 * What a listing said when a notice was filed against it: its titles and lowest price. The notice
 * keeps them as part of the record (the merchant may edit the listing later), and the brand owner,
 * who may no longer see the taken-down listing, still knows what it filed against.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table takedown_notices
      add column listing_title_en text,
      add column listing_title_zh text,
      add column listing_price_amount bigint,
      add column listing_price_currency text
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table takedown_notices
      drop column listing_title_en,
      drop column listing_title_zh,
      drop column listing_price_amount,
      drop column listing_price_currency
  `.execute(db);
}

import { type Kysely, sql } from 'kysely';

/**
 * The currency a channel sells in. Null: at each product's list price in its list currency (what
 * every channel did before); 'CNY' for the China storefront and the tills of Chinese stores, where
 * list prices in other currencies are converted at the rate in force (the pricing module).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table channels add column sale_currency text check (sale_currency ~ '^[A-Z]{3}$');`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table channels drop column sale_currency;`.execute(db);
}

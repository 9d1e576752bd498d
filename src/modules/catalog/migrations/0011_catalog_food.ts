import { type Kysely, sql } from 'kysely';

/**
 * Food: a variant may be lot-tracked; a product has a temperature class and a minimum remaining
 * shelf life its lots must still have on the promised delivery or pick-up day.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table products
      add column temperature_class text not null default 'ambient' check (temperature_class in ('ambient', 'chilled', 'frozen')),
      -- At most one rule: whole days left, or a fraction of the lot's total shelf life (the "2/3 rule").
      add column min_shelf_life_days integer check (min_shelf_life_days >= 0),
      add column min_shelf_life_fraction numeric(4, 3) check (min_shelf_life_fraction >= 0 and min_shelf_life_fraction <= 1),
      add constraint products_one_shelf_life_rule check (min_shelf_life_days is null or min_shelf_life_fraction is null);
    alter table variants add column lot_tracked boolean not null default false;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table variants drop column lot_tracked;
    alter table products drop constraint products_one_shelf_life_rule, drop column min_shelf_life_fraction,
      drop column min_shelf_life_days, drop column temperature_class;
  `.execute(db);
}

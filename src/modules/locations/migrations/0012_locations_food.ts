import { type Kysely, sql } from 'kysely';

/** Which temperature classes a location can hold, and how many days its deliveries take. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table locations
      add column temperature_classes text[] not null default '{ambient}'
        check (temperature_classes <@ array['ambient', 'chilled', 'frozen'] and cardinality(temperature_classes) > 0),
      -- Days from an order to its delivery from here; the promised date lots must still be good on.
      add column delivery_days integer not null default 2 check (delivery_days between 0 and 60);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table locations drop column delivery_days, drop column temperature_classes;`.execute(db);
}

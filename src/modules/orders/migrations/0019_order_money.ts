import { type Kysely, sql } from 'kysely';

/**
 * What an order's money was made of (issue 6): per line the list price and the exchange rate that
 * turned it into the sale price, per shipment its fulfilment mode and freight, per order its import
 * tax and the buyer identity cross-border goods were declared for, and the tax lines themselves,
 * each naming the rule that produced it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table orders
      add column tax_amount integer not null default 0 check (tax_amount >= 0),
      add column customs_regime text check (customs_regime in ('cbec', 'general_trade')),
      add column buyer_identity_id text,
      add column buyer_name text,
      add column buyer_id_masked text,
      -- The keyed hash of the buyer's ID number and the China-time year whose annual limit the
      -- order used: a refund gives that limit back.
      add column limit_key text,
      add column limit_year integer,
      add column limit_amount integer not null default 0;
    alter table shipments
      add column fulfilment_mode text not null default 'domestic' check (fulfilment_mode in ('domestic', 'bonded_import', 'direct_mail')),
      add column freight_amount integer not null default 0 check (freight_amount >= 0);
    alter table order_lines
      add column list_unit_price_amount integer,
      add column list_currency text,
      add column fx_rate text,
      add column fx_rate_id text,
      add column price_source text not null default 'list' check (price_source in ('list', 'converted', 'override')),
      add column customs_regime text not null default 'domestic' check (customs_regime in ('domestic', 'cbec', 'general_trade')),
      add column hs_code text,
      add column freight_amount integer not null default 0 check (freight_amount >= 0),
      add column tax_amount integer not null default 0 check (tax_amount >= 0);
    create table order_tax_lines (
      id text primary key,
      order_id text not null references orders (id),
      order_line_id text not null references order_lines (id),
      kind text not null check (kind in ('tariff', 'consumption_tax', 'vat')),
      amount integer not null check (amount >= 0),
      currency text not null,
      rate_bp integer not null,
      base_amount integer not null,
      -- Included: informational (VAT inside a domestic price); not included: charged on top.
      included boolean not null,
      rule text not null,
      rule_text text not null
    );
    create index order_tax_lines_order_idx on order_tax_lines (order_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table order_tax_lines;
    alter table order_lines drop column list_unit_price_amount, drop column list_currency, drop column fx_rate,
      drop column fx_rate_id, drop column price_source, drop column customs_regime, drop column hs_code,
      drop column freight_amount, drop column tax_amount;
    alter table shipments drop column fulfilment_mode, drop column freight_amount;
    alter table orders drop column tax_amount, drop column customs_regime, drop column buyer_identity_id,
      drop column buyer_name, drop column buyer_id_masked, drop column limit_key, drop column limit_year, drop column limit_amount;
  `.execute(db);
}

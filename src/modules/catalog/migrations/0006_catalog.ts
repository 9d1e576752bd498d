import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table categories (
      id text primary key,
      slug text not null unique,
      parent_id text references categories (id),
      name_en text not null,
      name_zh text not null,
      position integer not null default 0
    );
    create table products (
      id text primary key,
      merchant_id text not null references merchants (id),
      brand_id text references brands (id),
      title_en text not null,
      title_zh text not null,
      description_en text not null default '',
      description_zh text not null default '',
      hs_code text not null,
      origin_country char(2) not null,
      image_urls jsonb not null default '[]'::jsonb,
      -- [{"name": "size", "values": ["S", "M"]}]: the axes a variant picks one value of.
      options jsonb not null default '[]'::jsonb,
      status text not null default 'draft' check (status in ('draft', 'active', 'archived')),
      -- Lower-cased titles, descriptions, brand names and SKUs in both languages; searched by
      -- substring, which a trigram index serves for Chinese (no word breaks) as well as English.
      search_text text not null default '',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index products_merchant_idx on products (merchant_id, id);
    create index products_status_idx on products (status, id);
    create index products_brand_idx on products (brand_id);
    create index products_search_idx on products using gin (search_text gin_trgm_ops);
    create table product_categories (
      product_id text not null references products (id) on delete cascade,
      category_id text not null references categories (id),
      primary key (product_id, category_id)
    );
    create index product_categories_category_idx on product_categories (category_id, product_id);
    create table variants (
      id text primary key,
      product_id text not null references products (id),
      merchant_id text not null references merchants (id),
      sku text not null,
      -- Normalised to 14 digits (GTIN-8/12/13 left-padded with zeros), check digit verified.
      gtin char(14) unique,
      option_values jsonb not null default '{}'::jsonb,
      weight_g integer not null check (weight_g >= 0),
      price_amount bigint not null check (price_amount >= 0),
      price_currency char(3) not null,
      status text not null default 'active' check (status in ('active', 'archived')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (merchant_id, sku)
    );
    create index variants_product_idx on variants (product_id, id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table variants; drop table product_categories; drop table products; drop table categories;`.execute(db);
}

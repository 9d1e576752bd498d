/**
 * A merchant's catalogue as CSV: export one row per variant, and import the same layout back,
 * all or nothing. The import checks every row first and answers a report row by row; then it
 * runs the catalogue's own service functions (the same rules as the API: GTIN check digits,
 * currencies, option combinations, verification) inside one transaction that is rolled back
 * unless every row went through (and always on a dry run).
 */
import Papa from 'papaparse';
import { sql } from 'kysely';
import { AppError, badRequest, forbidden, notFound } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import { type Actor, isOperator, merchantOf } from '../../shared/actor.ts';
import { displayGtin, normaliseGtin } from '../../shared/gtin.ts';
import { type Money, isCurrency } from '../../shared/money.ts';
import { merchantStatus } from '../merchants/service.ts';
import { writeScope } from './helpers.ts';
import { MAX_IMAGES, MAX_VARIANTS, isCountry, isHsCode, isImageUrl } from './rules.ts';
import type { ProductOption, ProductStatus, TemperatureClass } from './schema.ts';
import { TEMPERATURE_CLASSES } from './schema.ts';
import * as catalog from './service.ts';

export const MAX_OPTIONS = 5;
/** Rows one import takes (the request itself is limited to about 2 MB of CSV). */
export const MAX_IMPORT_ROWS = 10_000;
/** Errors one report lists; past it the report says it was cut short. */
export const MAX_REPORTED_ERRORS = 1000;
export const MAX_CSV_CHARS = 2 * 1024 * 1024;
const LIST_SEPARATOR = '|';
/** Text a spreadsheet would run as a formula; the export writes it with a leading ', the import takes that off. */
const FORMULA_START = /^[=+\-@\t\r]/;
const FORMULA_ESCAPED = /^'[=+\-@\t\r]/;

type OptionColumn = `option${1 | 2 | 3 | 4 | 5}_${'name' | 'value'}`;
const OPTION_COLUMNS = Array.from({ length: MAX_OPTIONS }, (_, i) => [`option${i + 1}_name`, `option${i + 1}_value`]).flat() as OptionColumn[];

/** The columns, in export order. `product` groups rows into products: a product id, or any handle for a new product. */
export const CSV_COLUMNS = [
  'product',
  'title_en',
  'title_zh',
  'description_en',
  'description_zh',
  'hs_code',
  'origin_country',
  'categories',
  'image_urls',
  'status',
  'temperature_class',
  'sku',
  'gtin',
  ...OPTION_COLUMNS,
  'weight_g',
  'price_amount',
  'price_currency',
  'lot_tracked',
  'variant_status',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Columns an import must have; any other may be left out (then it changes nothing on existing products). */
export const REQUIRED_COLUMNS: readonly CsvColumn[] = [
  'product',
  'title_en',
  'title_zh',
  'hs_code',
  'origin_country',
  'sku',
  'weight_g',
  'price_amount',
  'price_currency',
];

const PRODUCT_COLUMNS = [
  'title_en',
  'title_zh',
  'description_en',
  'description_zh',
  'hs_code',
  'origin_country',
  'categories',
  'image_urls',
  'status',
  'temperature_class',
] as const;
type ProductColumn = (typeof PRODUCT_COLUMNS)[number];

// ---- export

type Cell = string | number;

/** The actor's merchant (merchant staff, brand owners), or the one an operator names. */
async function readScope(ctx: Ctx, actor: Actor, merchantId: string | undefined): Promise<string> {
  if (isOperator(actor)) {
    if (!merchantId) throw badRequest('merchant_required', 'An operator exports one merchant’s products: give merchant_id');
    if (!(await merchantStatus(ctx, merchantId))) throw notFound('merchant', merchantId);
    return merchantId;
  }
  const own = merchantOf(actor);
  if (!own) throw forbidden('Only merchant staff, brand owners and operators export products');
  if (merchantId && merchantId !== own) throw notFound('merchant', merchantId);
  return own;
}

/**
 * Every product of a merchant (any status) as CSV, one row per variant (archived ones too),
 * RFC 4180 quoting, CRLF line ends; text that a spreadsheet would run as a formula (= + - @ tab
 * CR first) gets a leading ', which the import takes off again.
 */
export async function exportProductsCsv(ctx: Ctx, actor: Actor, q: { merchant_id?: string }): Promise<{ merchantId: string; csv: string }> {
  const merchantId = await readScope(ctx, actor, q.merchant_id);
  const [products, variants, categories] = await Promise.all([
    ctx.db
      .selectFrom('products')
      .select([
        'id',
        'title_en',
        'title_zh',
        'description_en',
        'description_zh',
        'hs_code',
        'origin_country',
        'image_urls',
        'options',
        'status',
        'temperature_class',
      ])
      .where('merchant_id', '=', merchantId)
      .orderBy('id')
      .execute(),
    ctx.db
      .selectFrom('variants')
      .select(['id', 'product_id', 'sku', 'gtin', 'option_values', 'weight_g', 'price_amount', 'price_currency', 'lot_tracked', 'status'])
      .where('merchant_id', '=', merchantId)
      .orderBy('product_id')
      .orderBy('id')
      .execute(),
    ctx.db
      .selectFrom('product_categories as pc')
      .innerJoin('products as p', 'p.id', 'pc.product_id')
      .innerJoin('categories as c', 'c.id', 'pc.category_id')
      .select(['pc.product_id', 'c.slug'])
      .where('p.merchant_id', '=', merchantId)
      .orderBy('c.position')
      .orderBy('c.slug')
      .execute(),
  ]);
  const slugs = new Map<string, string[]>();
  for (const c of categories) slugs.set(c.product_id, [...(slugs.get(c.product_id) ?? []), c.slug]);
  const byProduct = new Map<string, typeof variants>();
  for (const v of variants) byProduct.set(v.product_id, [...(byProduct.get(v.product_id) ?? []), v]);

  const rows: Cell[][] = [];
  for (const p of products) {
    for (const v of byProduct.get(p.id) ?? []) {
      const cells: Record<CsvColumn, Cell> = Object.fromEntries(CSV_COLUMNS.map((c) => [c, ''])) as Record<CsvColumn, Cell>;
      Object.assign(cells, {
        product: p.id,
        title_en: p.title_en,
        title_zh: p.title_zh,
        description_en: p.description_en,
        description_zh: p.description_zh,
        hs_code: p.hs_code,
        origin_country: p.origin_country,
        categories: (slugs.get(p.id) ?? []).join(LIST_SEPARATOR),
        image_urls: p.image_urls.join(LIST_SEPARATOR),
        status: p.status,
        temperature_class: p.temperature_class,
        sku: v.sku,
        gtin: v.gtin ? displayGtin(v.gtin) : '',
        weight_g: v.weight_g,
        price_amount: v.price_amount,
        price_currency: v.price_currency,
        lot_tracked: v.lot_tracked ? 'true' : 'false',
        variant_status: v.status,
      });
      p.options.forEach((o, i) => {
        cells[`option${i + 1}_name` as CsvColumn] = o.name;
        cells[`option${i + 1}_value` as CsvColumn] = v.option_values[o.name] ?? '';
      });
      rows.push(CSV_COLUMNS.map((c) => cells[c] ?? ''));
    }
  }
  // Text cells (never numbers) starting with = + - @ tab or CR get a leading '. Papa's own default
  // pattern (/^[=+\-@\t\r].*$/) misses a cell whose formula is followed by a line break.
  const csv = Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n', escapeFormulae: FORMULA_START, quotes: false });
  return { merchantId, csv: `${csv}\r\n` };
}

// ---- import

/** One problem with one row (row 1 is the header, as a spreadsheet numbers them). */
export interface RowError {
  row: number;
  column: string | null;
  code: string;
  message: string;
}

export interface ImportReport {
  /** True when every row is valid (and, unless dry_run, written). */
  ok: boolean;
  dry_run: boolean;
  /** Variants created (or, on a dry run, that would be). */
  created: number;
  /** Rows whose SKU the merchant already has: that variant (and its product) take the row's values. */
  updated: number;
  products_created: number;
  products_updated: number;
  errors: RowError[];
  /** More errors were found than are listed. */
  errors_truncated: boolean;
}

interface OptionPick {
  name: string;
  value: string;
}

/** A data row, checked and typed; `undefined` for a column the file does not have. */
interface Row {
  row: number;
  product: string;
  cells: Partial<Record<CsvColumn, string>>;
  sku: string;
  gtin: string | null | undefined;
  options: OptionPick[] | undefined;
  weight_g: number;
  price: Money;
  lot_tracked: boolean | undefined;
  variant_status: 'active' | 'archived' | undefined;
}

/** What a group of rows says about its product (first non-blank value of each column). */
interface ProductValues {
  title_en: string;
  title_zh: string;
  description_en?: string;
  description_zh?: string;
  hs_code: string;
  origin_country: string;
  category_ids?: string[];
  image_urls?: string[];
  status?: ProductStatus;
  temperature_class?: TemperatureClass;
  options?: ProductOption[];
}

interface Group {
  key: string;
  rows: Row[];
}

interface ExistingVariant {
  id: string;
  product_id: string;
  sku: string;
  gtin: string | null;
  option_values: Record<string, string>;
  weight_g: number;
  price_amount: number;
  price_currency: string;
  status: 'active' | 'archived';
  lot_tracked: boolean;
}

/** Where a service's refusal points in the file. */
const COLUMN_OF_CODE: Record<string, CsvColumn> = {
  invalid_gtin: 'gtin',
  gtin_taken: 'gtin',
  invalid_sku: 'sku',
  sku_taken: 'sku',
  invalid_price: 'price_amount',
  invalid_currency: 'price_currency',
  currency_mismatch: 'price_currency',
  invalid_weight: 'weight_g',
  invalid_title: 'title_en',
  invalid_hs_code: 'hs_code',
  invalid_country: 'origin_country',
  invalid_image_url: 'image_urls',
  too_many_images: 'image_urls',
  category_not_found: 'categories',
  invalid_options: 'option1_name',
  options_in_use: 'option1_name',
  option_values_mismatch: 'option1_value',
  option_combination_taken: 'option1_value',
  merchant_not_verified: 'status',
  invalid_transition: 'status',
  no_active_variant: 'status',
  product_archived: 'status',
  last_active_variant: 'variant_status',
  lot_tracking_fixed: 'lot_tracked',
  invalid_temperature_class: 'temperature_class',
  invalid_lot_tracked: 'lot_tracked',
  too_many_variants: 'sku',
};

/** A cell as written: trimmed, and the ' the export put before formula-like text taken off. */
function clean(raw: string | undefined): string {
  const s = (raw ?? '').trim();
  return FORMULA_ESCAPED.test(s) ? s.slice(1) : s;
}

const list = (s: string) =>
  s
    .split(LIST_SEPARATOR)
    .map((x) => x.trim())
    .filter((x) => x !== '');

class Errors {
  readonly items: RowError[] = [];
  readonly rows = new Set<number>();
  count = 0;
  add(row: number, column: string | null, code: string, message: string): void {
    this.count++;
    this.rows.add(row);
    if (this.items.length < MAX_REPORTED_ERRORS) this.items.push({ row, column, code, message });
  }
}

/** A product id as the ids module writes them (prd_ + ULID); anything else in `product` is a handle. */
const PRODUCT_ID = /^prd_[0-9A-HJKMNP-TV-Z]{26}$/;

/**
 * Reads the file into typed rows; every cell problem is reported, none stops the reading.
 * Returns null when the header itself is unusable.
 */
function readRows(text: string, errors: Errors): { rows: Row[]; present: Set<CsvColumn>; badProducts: Set<string> } | null {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { header: false, skipEmptyLines: false, delimitersToGuess: [',', ';', '\t'] });
  for (const e of parsed.errors) {
    if (e.code === 'UndetectableDelimiter') continue;
    errors.add((e.row ?? 0) + 1, null, 'csv_malformed', e.message);
  }
  const records = parsed.data;
  const header = (records[0] ?? []).map((h) => clean(h).toLowerCase());
  if (header.length === 0 || header.every((h) => h === '')) {
    errors.add(1, null, 'empty_file', 'The file has no header row');
    return null;
  }
  const known = new Set<string>(CSV_COLUMNS);
  const seen = new Set<string>();
  header.forEach((h) => {
    if (!known.has(h)) errors.add(1, h || null, 'unknown_column', `Unknown column "${h}"; the columns are ${CSV_COLUMNS.join(', ')}`);
    else if (seen.has(h)) errors.add(1, h, 'duplicate_column', `Column ${h} is given twice`);
    seen.add(h);
  });
  for (const c of REQUIRED_COLUMNS) if (!seen.has(c)) errors.add(1, c, 'missing_column', `Column ${c} is required`);
  if (errors.count > 0) return null;
  const present = new Set(header as CsvColumn[]);

  const dataRows = records.length - 1;
  if (dataRows > MAX_IMPORT_ROWS) {
    errors.add(MAX_IMPORT_ROWS + 2, null, 'too_many_rows', `An import takes at most ${MAX_IMPORT_ROWS} rows; split the file`);
    return null;
  }

  const rows: Row[] = [];
  // Products with a row that failed its own checks: they are reported, not run through the services.
  const badProducts = new Set<string>();
  for (let i = 1; i < records.length; i++) {
    const record = records[i]!;
    const rowNo = i + 1;
    // Blank lines (also a trailing one) are nothing to import.
    if (record.every((c) => c.trim() === '')) continue;
    if (record.length !== header.length) {
      errors.add(rowNo, null, 'wrong_field_count', `The row has ${record.length} fields, the header ${header.length}`);
      continue;
    }
    const cells: Partial<Record<CsvColumn, string>> = {};
    header.forEach((h, j) => (cells[h as CsvColumn] = clean(record[j])));
    // Codes are upper case in the API; a spreadsheet user may well type "us" or "usd".
    for (const c of ['origin_country', 'price_currency'] as const) if (cells[c] !== undefined) cells[c] = cells[c].toUpperCase();
    const row = readRow(rowNo, cells, present, errors);
    if (row) rows.push(row);
    else badProducts.add(cells.product ?? '');
  }
  if (rows.length === 0 && errors.count === 0) errors.add(2, null, 'no_rows', 'The file has a header but no rows');
  return { rows, present, badProducts };
}

const WHOLE = /^\d+$/;

/** One row's own checks (those that need no database): the same rules the API's schemas and services apply. */
function readRow(row: number, cells: Partial<Record<CsvColumn, string>>, present: Set<CsvColumn>, errors: Errors): Row | null {
  const before = errors.count;
  const err = (column: CsvColumn | null, code: string, message: string) => errors.add(row, column, code, message);
  const text = (c: CsvColumn, max: number) => {
    const v = cells[c] ?? '';
    if (v.length > max) err(c, 'too_long', `${c} has ${v.length} characters; at most ${max}`);
    return v;
  };

  const product = text('product', 100);
  if (!product) err('product', 'required', 'product is required: a product id, or a handle that groups the rows of a new product');
  const sku = text('sku', 64);
  if (!sku) err('sku', 'required', 'sku is required');
  text('title_en', 200);
  text('title_zh', 200);
  text('description_en', 10_000);
  text('description_zh', 10_000);

  const hs = cells.hs_code ?? '';
  if (hs && !isHsCode(hs)) err('hs_code', 'invalid_hs_code', 'hs_code is 6 to 10 digits');
  const country = cells.origin_country ?? '';
  if (country && !isCountry(country)) err('origin_country', 'invalid_country', `${country} is not an ISO 3166-1 alpha-2 country code`);
  const images = list(cells.image_urls ?? '');
  if (images.length > MAX_IMAGES) err('image_urls', 'too_many_images', `At most ${MAX_IMAGES} images`);
  for (const u of images) if (u.length > 2000 || !isImageUrl(u)) err('image_urls', 'invalid_image_url', `${u.slice(0, 100)} is not an https URL`);
  if (list(cells.categories ?? '').length > 20) err('categories', 'too_many_categories', 'At most 20 categories');
  const status = cells.status ?? '';
  if (status && !['draft', 'active', 'archived'].includes(status)) err('status', 'invalid_status', 'status is draft, active or archived');
  const temperature = cells.temperature_class ?? '';
  if (temperature && !(TEMPERATURE_CLASSES as readonly string[]).includes(temperature))
    err('temperature_class', 'invalid_temperature_class', `temperature_class is one of ${TEMPERATURE_CLASSES.join(', ')}`);

  let gtin: string | null | undefined;
  if (present.has('gtin')) {
    const g = cells.gtin ?? '';
    gtin = g ? normaliseGtin(g) : null;
    if (g && !gtin) err('gtin', 'invalid_gtin', `${g} is not a GTIN-8/12/13/14 with a valid check digit`);
  }

  const weight = cells.weight_g ?? '';
  if (!WHOLE.test(weight) || Number(weight) > 1_000_000_000) err('weight_g', 'invalid_weight', 'weight_g is whole grams, 0 to 1,000,000,000');
  const amount = cells.price_amount ?? '';
  if (!WHOLE.test(amount) || Number(amount) > 1e13)
    err('price_amount', 'invalid_price', `price_amount is a whole number of minor units (cents, fen), 0 or more; got "${amount}"`);
  const currency = cells.price_currency ?? '';
  if (!isCurrency(currency)) err('price_currency', 'invalid_currency', `"${currency}" is not an ISO 4217 currency code`);

  let options: OptionPick[] | undefined;
  if (OPTION_COLUMNS.some((c) => present.has(c))) {
    options = [];
    for (let i = 1; i <= MAX_OPTIONS; i++) {
      const nameCol = `option${i}_name` as CsvColumn;
      const valueCol = `option${i}_value` as CsvColumn;
      const name = text(nameCol, 50);
      const value = text(valueCol, 50);
      if (!name && !value) continue;
      if (!name || !value) {
        err(name ? valueCol : nameCol, 'option_incomplete', `option${i}_name and option${i}_value are given together`);
        continue;
      }
      if (options.some((o) => o.name.toLowerCase() === name.toLowerCase())) err(nameCol, 'invalid_options', `Option "${name}" is named twice`);
      options.push({ name, value });
    }
  }

  let lot_tracked: boolean | undefined;
  const lt = (cells.lot_tracked ?? '').toLowerCase();
  if (lt) {
    if (['true', 'yes', '1'].includes(lt)) lot_tracked = true;
    else if (['false', 'no', '0'].includes(lt)) lot_tracked = false;
    else err('lot_tracked', 'invalid_lot_tracked', 'lot_tracked is true or false');
  }
  const vs = cells.variant_status ?? '';
  if (vs && vs !== 'active' && vs !== 'archived') err('variant_status', 'invalid_variant_status', 'variant_status is active or archived');

  if (errors.count > before) return null;
  return {
    row,
    product,
    cells,
    sku,
    gtin,
    options,
    weight_g: Number(weight),
    price: { amount: Number(amount), currency },
    lot_tracked,
    variant_status: (vs || undefined) as Row['variant_status'],
  };
}

/** The product a group of rows describes: one value per product column, the same on every row that gives one. */
function productValues(group: Group, present: Set<CsvColumn>, categoryIds: Map<string, string>, errors: Errors): ProductValues | null {
  const before = errors.count;
  const value: Partial<Record<ProductColumn, string>> = {};
  for (const c of PRODUCT_COLUMNS) {
    if (!present.has(c)) continue;
    const norm = (s: string) => (c === 'categories' || c === 'image_urls' ? list(s).join(LIST_SEPARATOR) : s);
    for (const r of group.rows) {
      const v = norm(r.cells[c] ?? '');
      if (v === '') continue;
      if (value[c] === undefined) value[c] = v;
      else if (value[c] !== v)
        errors.add(r.row, c, 'product_values_differ', `Rows of product ${group.key} give different ${c}; give it on one row or the same on each`);
    }
  }
  const first = group.rows[0]!.row;
  for (const c of ['title_en', 'title_zh', 'hs_code', 'origin_country'] as const)
    if (!value[c]) errors.add(first, c, 'required', `${c} is required (on at least one row of product ${group.key})`);

  let category_ids: string[] | undefined;
  if (present.has('categories')) {
    category_ids = [];
    for (const slug of list(value.categories ?? '')) {
      const id = categoryIds.get(slug.toLowerCase());
      if (id) category_ids.push(id);
      else errors.add(first, 'categories', 'category_not_found', `No category with slug ${slug}`);
    }
  }

  // Options: the axes the rows name (the same on every row), their values in order of appearance.
  let options: ProductOption[] | undefined;
  if (group.rows[0]!.options !== undefined) {
    const names = group.rows[0]!.options.map((o) => o.name);
    options = names.map((name) => ({ name, values: [] }));
    for (const r of group.rows) {
      const rowNames = (r.options ?? []).map((o) => o.name);
      if (rowNames.join('\u0000') !== names.join('\u0000')) {
        errors.add(
          r.row,
          'option1_name',
          'option_names_differ',
          `Every row of product ${group.key} names the same options in the same order: ${names.join(', ') || '(none)'}`,
        );
        continue;
      }
      for (const [i, o] of (r.options ?? []).entries()) if (!options[i]!.values.includes(o.value)) options[i]!.values.push(o.value);
    }
  }
  if (group.rows.length > MAX_VARIANTS) errors.add(group.rows[MAX_VARIANTS]!.row, 'sku', 'too_many_variants', `A product has at most ${MAX_VARIANTS} variants`);
  if (errors.count > before) return null;
  return {
    title_en: value.title_en!,
    title_zh: value.title_zh!,
    hs_code: value.hs_code!,
    origin_country: value.origin_country!,
    ...(present.has('description_en') ? { description_en: value.description_en ?? '' } : {}),
    ...(present.has('description_zh') ? { description_zh: value.description_zh ?? '' } : {}),
    ...(category_ids ? { category_ids } : {}),
    ...(present.has('image_urls') ? { image_urls: list(value.image_urls ?? '') } : {}),
    ...(value.status ? { status: value.status as ProductStatus } : {}),
    ...(value.temperature_class ? { temperature_class: value.temperature_class as TemperatureClass } : {}),
    ...(options ? { options } : {}),
  };
}

const optionValuesOf = (r: Row): Record<string, string> => Object.fromEntries((r.options ?? []).map((o) => [o.name, o.value]));

function sameValues(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

class Rollback extends Error {}

/**
 * Imports a catalogue CSV for the actor's merchant (an operator names merchant_id). Rows with
 * the same `product` are the variants of one product; `product` is an existing product id, or a
 * handle for a new product (rows whose SKUs exist update those variants' product). A row whose
 * SKU exists updates that variant, any other row adds one. All or nothing: the report lists
 * every row's errors and nothing is written unless there are none; dry_run writes nothing.
 */
export async function importProductsCsv(ctx: Ctx, actor: Actor, input: { csv: string; dry_run?: boolean; merchant_id?: string }): Promise<ImportReport> {
  const scope = writeScope(actor);
  if (scope !== null && input.merchant_id && input.merchant_id !== scope) throw notFound('merchant', input.merchant_id);
  const merchantId = scope ?? input.merchant_id;
  if (!merchantId) throw badRequest('merchant_required', 'An operator imports products for a merchant: give merchant_id');
  if (!(await merchantStatus(ctx, merchantId))) throw notFound('merchant', merchantId);
  if (input.csv.length > MAX_CSV_CHARS) throw badRequest('csv_too_large', `An import takes at most ${MAX_CSV_CHARS} characters of CSV`);
  const dryRun = input.dry_run ?? false;
  const errors = new Errors();
  const report = (counts: Pick<ImportReport, 'created' | 'updated' | 'products_created' | 'products_updated'>): ImportReport => {
    const ok = errors.count === 0;
    errors.items.sort((a, b) => a.row - b.row);
    return {
      ok,
      dry_run: dryRun,
      ...(ok ? counts : { created: 0, updated: 0, products_created: 0, products_updated: 0 }),
      errors: errors.items,
      errors_truncated: errors.count > errors.items.length,
    };
  };

  const read = readRows(input.csv, errors);
  if (!read) return report({ created: 0, updated: 0, products_created: 0, products_updated: 0 });
  const { rows, present, badProducts } = read;

  // Within the file: a SKU names one variant, a GTIN one trade item.
  const skuRow = new Map<string, number>();
  const gtinRow = new Map<string, number>();
  for (const r of rows) {
    const first = skuRow.get(r.sku);
    if (first !== undefined) errors.add(r.row, 'sku', 'sku_duplicate', `SKU ${r.sku} is also on row ${first}`);
    else skuRow.set(r.sku, r.row);
    if (r.gtin) {
      const g = gtinRow.get(r.gtin);
      if (g !== undefined) errors.add(r.row, 'gtin', 'gtin_duplicate', `GTIN ${r.cells.gtin} is also on row ${g}`);
      else gtinRow.set(r.gtin, r.row);
    }
  }

  const groups = new Map<string, Group>();
  for (const r of rows) {
    const g = groups.get(r.product) ?? { key: r.product, rows: [] };
    g.rows.push(r);
    groups.set(r.product, g);
  }

  const existing = new Map<string, ExistingVariant>();
  const skus = [...skuRow.keys()];
  for (let i = 0; i < skus.length; i += 1000) {
    const found = await ctx.db
      .selectFrom('variants')
      .select(['id', 'product_id', 'sku', 'gtin', 'option_values', 'weight_g', 'price_amount', 'price_currency', 'status', 'lot_tracked'])
      .where('merchant_id', '=', merchantId)
      .where('sku', 'in', skus.slice(i, i + 1000))
      .execute();
    for (const v of found) existing.set(v.sku, v);
  }
  const keyIds = [...groups.keys()].filter((k) => PRODUCT_ID.test(k));
  const ownProducts = new Set(
    keyIds.length === 0
      ? []
      : (await ctx.db.selectFrom('products').select('id').where('merchant_id', '=', merchantId).where('id', 'in', keyIds).execute()).map((p) => p.id),
  );
  const categoryIds = new Map((await catalog.listCategories(ctx)).map((c) => [c.slug, c.id]));

  // Which product each group is: the id it names, or the product its existing SKUs belong to, or a new one.
  const plans: Array<{ group: Group; target: string | null; values: ProductValues }> = [];
  const targeted = new Map<string, string>();
  for (const group of groups.values()) {
    const first = group.rows[0]!;
    let target: string | null = null;
    let bad = false;
    if (PRODUCT_ID.test(group.key)) {
      if (!ownProducts.has(group.key)) {
        errors.add(first.row, 'product', 'product_not_found', `The merchant has no product ${group.key}; use a handle (not a prd_ id) for a new product`);
        bad = true;
      } else target = group.key;
    }
    for (const r of group.rows) {
      const v = existing.get(r.sku);
      if (!v || bad) continue;
      if (target === null) target = v.product_id;
      else if (v.product_id !== target) {
        errors.add(r.row, 'sku', 'sku_other_product', `SKU ${r.sku} belongs to product ${v.product_id}, not to ${target}`);
        bad = true;
      }
    }
    if (target !== null) {
      const other = targeted.get(target);
      if (other !== undefined) {
        errors.add(first.row, 'product', 'product_twice', `Product ${target} is also given as ${other}; give all its rows one product value`);
        bad = true;
      } else targeted.set(target, group.key);
    }
    const values = productValues(group, present, categoryIds, errors);
    if (!values || bad || badProducts.has(group.key)) continue;
    plans.push({ group, target, values });
  }

  const counts = { created: 0, updated: 0, products_created: 0, products_updated: 0 };
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const tx: Ctx = { ...ctx, db: trx };
      for (const plan of plans) {
        // A group whose rows already failed their own checks is not run: its report is already made.
        if (plan.group.rows.some((r) => errors.rows.has(r.row))) continue;
        // Each product in a savepoint: a refusal (even a failed statement) leaves the others runnable.
        await sql`savepoint csv_product`.execute(trx);
        let current: Row = plan.group.rows[0]!;
        try {
          if (plan.target === null) {
            await createFromRows(tx, actor, merchantId, plan.group, plan.values, present, (r) => (current = r));
            counts.products_created++;
            counts.created += plan.group.rows.length;
          } else {
            const added = await updateFromRows(tx, actor, plan.target, plan.group, plan.values, existing, (r) => (current = r));
            counts.products_updated++;
            counts.created += added;
            counts.updated += plan.group.rows.length - added;
          }
          await sql`release savepoint csv_product`.execute(trx);
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
          await sql`rollback to savepoint csv_product`.execute(trx);
          const at = rowOf(plan.group, err, current);
          errors.add(at.row, COLUMN_OF_CODE[err.code] ?? null, err.code, err.message);
        }
      }
      if (errors.count > 0 || dryRun) throw new Rollback();
    });
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
  }
  return report(counts);
}

/** The row a refusal is about: the one its details name (SKU or GTIN), else the one being written. */
function rowOf(group: Group, err: AppError, current: Row): Row {
  const sku = err.details?.sku;
  const gtin = typeof err.details?.gtin === 'string' ? normaliseGtin(err.details.gtin) : null;
  return group.rows.find((r) => (typeof sku === 'string' && r.sku === sku) || (gtin !== null && r.gtin === gtin)) ?? current;
}

async function createFromRows(
  tx: Ctx,
  actor: Actor,
  merchantId: string,
  group: Group,
  values: ProductValues,
  present: Set<CsvColumn>,
  at: (r: Row) => void,
): Promise<void> {
  const { status, ...fields } = values;
  if (status === 'archived') {
    at(group.rows[0]!);
    throw badRequest('invalid_status', 'A new product starts as draft or active');
  }
  const p = await catalog.createProduct(tx, actor, {
    ...(isOperator(actor) ? { merchant_id: merchantId } : {}),
    ...fields,
    ...(status ? { status } : {}),
    variants: group.rows.map((r) => ({
      sku: r.sku,
      gtin: r.gtin ?? null,
      option_values: optionValuesOf(r),
      weight_g: r.weight_g,
      price: r.price,
      ...(r.lot_tracked !== undefined ? { lot_tracked: r.lot_tracked } : {}),
    })),
  });
  if (!present.has('variant_status')) return;
  for (const r of group.rows) {
    if (r.variant_status !== 'archived') continue;
    at(r);
    const v = p.variants.find((x) => x.sku === r.sku)!;
    await catalog.updateVariant(tx, actor, v.id, { status: 'archived' });
  }
}

/** Brings an existing product and its variants to what the rows say; returns how many variants it added. */
async function updateFromRows(
  tx: Ctx,
  actor: Actor,
  productId: string,
  group: Group,
  values: ProductValues,
  existing: Map<string, ExistingVariant>,
  at: (r: Row) => void,
): Promise<number> {
  const first = group.rows[0]!;
  at(first);
  const p = await catalog.getProduct(tx, actor, productId);
  const target = values.status;
  if (p.status === 'archived' && target && target !== 'archived') await catalog.setProductStatus(tx, actor, productId, 'draft');

  // Options keep every value they have (archived variants may use them) and gain the file's new ones.
  let options: ProductOption[] | undefined;
  if (values.options) {
    const merged = values.options.map((o) => {
      const had = p.options.find((x) => x.name === o.name);
      return had ? { name: o.name, values: [...had.values, ...o.values.filter((v) => !had.values.includes(v))] } : o;
    });
    const sameAxes = merged.length === p.options.length && merged.every((o) => p.options.some((x) => x.name === o.name));
    // Axes in the product's own order when they are the same axes.
    options = sameAxes ? p.options.map((x) => merged.find((o) => o.name === x.name)!) : merged;
    if (JSON.stringify(options) === JSON.stringify(p.options)) options = undefined;
  }
  const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  const patch: catalog.ProductPatch = {};
  for (const k of ['title_en', 'title_zh', 'description_en', 'description_zh', 'hs_code', 'origin_country', 'temperature_class'] as const) {
    const v = values[k];
    if (v !== undefined && v !== p[k]) (patch as Record<string, unknown>)[k] = v;
  }
  if (values.image_urls && !sameList(values.image_urls, p.image_urls)) patch.image_urls = values.image_urls;
  if (values.category_ids && !sameList([...values.category_ids].sort(), p.categories.map((c) => c.id).sort())) patch.category_ids = values.category_ids;
  if (options) patch.options = options;
  if (Object.keys(patch).length > 0) await catalog.updateProduct(tx, actor, productId, patch);

  const archive: Array<{ row: Row; id: string }> = [];
  let added = 0;
  for (const r of group.rows) {
    at(r);
    const v = existing.get(r.sku);
    if (!v) {
      const made = await catalog.addVariant(tx, actor, productId, {
        sku: r.sku,
        gtin: r.gtin ?? null,
        option_values: optionValuesOf(r),
        weight_g: r.weight_g,
        price: r.price,
        ...(r.lot_tracked !== undefined ? { lot_tracked: r.lot_tracked } : {}),
      });
      added++;
      if (r.variant_status === 'archived') archive.push({ row: r, id: made.id });
      continue;
    }
    // A variant's option values are fixed: a different combination is another variant (new SKU).
    if (r.options !== undefined && !sameValues(optionValuesOf(r), v.option_values))
      throw badRequest(
        'option_values_fixed',
        `Variant ${r.sku} has options ${JSON.stringify(v.option_values)}; a variant keeps its options (give a new SKU for another combination)`,
        {
          sku: r.sku,
        },
      );
    const vpatch: catalog.VariantPatch = {};
    if (r.price.amount !== v.price_amount || r.price.currency !== v.price_currency) vpatch.price = r.price;
    if (r.weight_g !== v.weight_g) vpatch.weight_g = r.weight_g;
    if (r.gtin !== undefined && r.gtin !== v.gtin) vpatch.gtin = r.gtin;
    if (r.lot_tracked !== undefined && r.lot_tracked !== v.lot_tracked) vpatch.lot_tracked = r.lot_tracked;
    if (r.variant_status === 'active' && v.status !== 'active') vpatch.status = 'active';
    if (Object.keys(vpatch).length > 0) await catalog.updateVariant(tx, actor, v.id, vpatch);
    if (r.variant_status === 'archived' && v.status !== 'archived') archive.push({ row: r, id: v.id });
  }

  const archiveVariants = async () => {
    for (const a of archive) {
      at(a.row);
      await catalog.updateVariant(tx, actor, a.id, { status: 'archived' });
    }
  };
  const moveProduct = async () => {
    at(first);
    const now = (await catalog.getProduct(tx, actor, productId)).status;
    if (target && target !== now) await catalog.setProductStatus(tx, actor, productId, target);
  };
  // An active product keeps an active variant: archive the product before its last variants.
  if (target === 'archived') {
    await moveProduct();
    await archiveVariants();
  } else {
    await archiveVariants();
    await moveProduct();
  }
  return added;
}

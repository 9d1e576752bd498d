import { Type } from 'typebox';
import type { App } from '../../http/types.ts';
import { Country, Id, IdParams, Money, Nullable, Obj, Page, PageQuery, Text, Timestamp } from '../../http/schemas.ts';
import { DEFAULT_SALE_CURRENCY, type DisplayPrice, salePricesFrom, withSalePrices } from '../pricing/service.ts';
import { MAX_IMAGES, MAX_VARIANTS } from './rules.ts';
import * as moderation from './moderation.ts';
import * as catalog from './service.ts';
import { MAX_SHELF_LIFE_DAYS } from './service.ts';

const tags = ['catalog'];

const ProductStatus = Type.Union([Type.Literal('draft'), Type.Literal('active'), Type.Literal('archived')]);
const ModerationState = Type.Union([Type.Literal('held'), Type.Literal('taken_down')]);
const VariantStatus = Type.Union([Type.Literal('active'), Type.Literal('archived')]);
// Any string: the service answers every malformed GTIN (length, digits, check digit) with invalid_gtin.
const Gtin = Type.String({ minLength: 1, maxLength: 32, description: 'GTIN-8, -12, -13 or -14 digits, check digit verified; stored as 14 digits' });
const HsCode = Type.String({ pattern: '^[0-9]{6,10}$', description: 'Harmonized System code, 6 to 10 digits' });
const ImageUrls = Type.Array(Type.String({ pattern: '^https://', maxLength: 2000 }), { maxItems: MAX_IMAGES });
const Options = Type.Array(Obj({ name: Text(50), values: Type.Array(Text(50), { minItems: 1, maxItems: 100 }) }), {
  maxItems: 5,
  description: 'Axes a variant picks one value of, e.g. [{"name": "size", "values": ["S", "M"]}]',
});
const OptionValues = Type.Record(Type.String(), Type.String({ maxLength: 50 }), {
  maxProperties: 5,
  description: 'One value per product option, e.g. {"size": "M"}',
});
const Weight = Type.Integer({ minimum: 0, maximum: 1_000_000_000, description: 'grams' });
const Title = Text(200);
const Description = Type.String({ maxLength: 10_000 });
const CategoryIds = Type.Array(Id('category'), { maxItems: 20 });
const TemperatureClass = Type.Union([Type.Literal('ambient'), Type.Literal('chilled'), Type.Literal('frozen')], {
  description: 'How the product is stored and moved; only locations holding this class take its stock',
});
// Strict objects: {"days": 3, "fraction": 0.5} matches neither, so at most one rule is given.
const ShelfLifeRule = Nullable(
  Type.Union(
    [
      Obj({ days: Type.Integer({ minimum: 0, maximum: MAX_SHELF_LIFE_DAYS, description: 'whole days left on the promised day' }) }),
      Obj({
        fraction: Type.Number({
          minimum: 0,
          maximum: 1,
          description: 'share of the total shelf life (production to expiry) left on the promised day, at most 3 decimals, e.g. 0.667',
        }),
      }),
    ],
    { description: 'Minimum remaining shelf life a lot must have on the delivery or pick-up day; null: any lot not yet expired' },
  ),
);
const LotTracked = Type.Boolean({ description: 'Stock is received and sold by lot (with dates); fixed when the variant is created' });

const CategorySchema = Obj({
  id: Id('category'),
  slug: Type.String(),
  parent_id: Nullable(Type.String()),
  name_en: Type.String(),
  name_zh: Type.String(),
  position: Type.Integer(),
});

/** What the consumer pays, in the sale currency asked for (issue 6); null when no rate is in force. */
const SalePrice = Nullable(
  Obj(
    {
      amount: Type.Integer({ description: 'minor units of the sale currency' }),
      currency: Type.String(),
      source: Type.Union([Type.Literal('list'), Type.Literal('converted'), Type.Literal('override')], {
        description:
          "list: priced in this currency; converted: the list price at the rate in force, with the price rule's markup and rounding; override: the merchant's own price",
      }),
    },
    { description: 'The consumer price in the sale currency; null when it needs an exchange rate and none is in force' },
  ),
);
const SaleCurrencyQuery = {
  currency: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$', description: `ISO 4217 sale currency of sale_price (default ${DEFAULT_SALE_CURRENCY})` })),
};

const variantProperties = {
  id: Id('variant'),
  product_id: Type.String(),
  merchant_id: Type.String(),
  sku: Type.String(),
  gtin: Nullable(Type.String({ description: '14 digits' })),
  option_values: Type.Record(Type.String(), Type.String()),
  weight_g: Type.Integer(),
  price: Money,
  status: VariantStatus,
  lot_tracked: LotTracked,
  sale_price: SalePrice,
  created_at: Timestamp,
  updated_at: Timestamp,
};
const VariantSchema = Obj(variantProperties);

const productProperties = {
  id: Id('product'),
  merchant_id: Type.String(),
  brand_id: Nullable(Type.String()),
  brand: Nullable(Obj({ id: Type.String(), name_en: Type.String(), name_zh: Type.String() })),
  title_en: Type.String(),
  title_zh: Type.String(),
  description_en: Type.String(),
  description_zh: Type.String(),
  hs_code: Type.String(),
  origin_country: Type.String(),
  image_urls: Type.Array(Type.String()),
  options: Type.Array(Obj({ name: Type.String(), values: Type.Array(Type.String()) })),
  status: ProductStatus,
  moderation: Nullable(
    Obj(
      { state: ModerationState, code: Type.String(), reason: Type.String(), since: Timestamp },
      { description: 'The platform holds (screening) or took down (a notice) this listing: hidden from the public, not for sale' },
    ),
  ),
  temperature_class: TemperatureClass,
  min_remaining_shelf_life: ShelfLifeRule,
  categories: Type.Array(Obj({ id: Type.String(), slug: Type.String(), name_en: Type.String(), name_zh: Type.String() })),
  variants: Type.Array(VariantSchema),
  created_at: Timestamp,
  updated_at: Timestamp,
};
const ProductSchema = Obj(productProperties);

const ProductSummary = Obj({
  id: Id('product'),
  merchant_id: Type.String(),
  brand_id: Nullable(Type.String()),
  title_en: Type.String(),
  title_zh: Type.String(),
  status: ProductStatus,
  moderation: Nullable(ModerationState),
  image_urls: Type.Array(Type.String()),
  temperature_class: TemperatureClass,
  min_remaining_shelf_life: ShelfLifeRule,
  price_from: Nullable(Money),
  sale_price_from: SalePrice,
  created_at: Timestamp,
  updated_at: Timestamp,
});

const NewVariantBody = Obj({
  sku: Text(64),
  gtin: Type.Optional(Nullable(Gtin)),
  option_values: Type.Optional(OptionValues),
  weight_g: Weight,
  price: Money,
  lot_tracked: Type.Optional(LotTracked),
});

type PriceableVariant = { id: string; product_id: string; merchant_id: string; price: { amount: number; currency: string } };

/**
 * Every catalogue view of a variant carries its consumer price in the sale currency (issue 6):
 * GETs take ?currency=, writes answer in the default one.
 */
async function withSalePrice<P extends { variants: PriceableVariant[] }>(
  app: App,
  product: P,
  currency = DEFAULT_SALE_CURRENCY,
): Promise<Omit<P, 'variants'> & { variants: Array<P['variants'][number] & { sale_price: DisplayPrice | null }> }> {
  const variants: Array<P['variants'][number]> = product.variants;
  return { ...product, variants: await withSalePrices(app.ctx, variants, currency) };
}

async function variantWithSalePrice<V extends PriceableVariant>(app: App, variant: V, currency = DEFAULT_SALE_CURRENCY) {
  return (await withSalePrices(app.ctx, [variant], currency))[0]!;
}

export default async function catalogRoutes(app: App): Promise<void> {
  app.post(
    '/categories',
    {
      config: { access: ['operator'] },
      schema: {
        tags,
        summary: 'Add a category (operator)',
        body: Obj({
          slug: Type.String({ pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', maxLength: 100 }),
          name_en: Text(100),
          name_zh: Text(100),
          parent_id: Type.Optional(Nullable(Id('category'))),
          position: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
        }),
        response: { 201: CategorySchema },
      },
    },
    async (req, reply) => reply.code(201).send(await catalog.createCategory(app.ctx, req.actor, req.body)),
  );

  app.get(
    '/categories',
    {
      config: { access: ['public'] },
      schema: { tags, summary: 'All categories, flat; parent_id gives the tree', response: { 200: Obj({ items: Type.Array(CategorySchema) }) } },
    },
    async () => ({ items: await catalog.listCategories(app.ctx) }),
  );

  app.post(
    '/products',
    {
      config: { access: ['merchant', 'operator'] },
      schema: {
        tags,
        summary: 'List a product with its variants (merchant: its own; operator: for merchant_id), all or nothing',
        body: Obj({
          merchant_id: Type.Optional(Id('merchant')),
          brand_id: Type.Optional(Nullable(Id('brand'))),
          title_en: Title,
          title_zh: Title,
          description_en: Type.Optional(Description),
          description_zh: Type.Optional(Description),
          hs_code: HsCode,
          origin_country: Country,
          image_urls: Type.Optional(ImageUrls),
          category_ids: Type.Optional(CategoryIds),
          options: Type.Optional(Options),
          status: Type.Optional(Type.Union([Type.Literal('draft'), Type.Literal('active')])),
          temperature_class: Type.Optional(TemperatureClass),
          min_remaining_shelf_life: Type.Optional(ShelfLifeRule),
          variants: Type.Array(NewVariantBody, { minItems: 1, maxItems: MAX_VARIANTS }),
        }),
        response: { 201: ProductSchema },
      },
    },
    async (req, reply) => reply.code(201).send(await withSalePrice(app, await catalog.createProduct(app.ctx, req.actor, req.body))),
  );

  app.get(
    '/products',
    {
      config: { access: ['public'] },
      schema: {
        tags,
        summary: 'Browse and search products (public: active ones; merchant: its own, any status; operator: all)',
        description: 'q matches substrings of titles, descriptions, brand names and SKUs in English and Chinese; every whitespace-separated term must match.',
        querystring: Obj({
          ...PageQuery,
          q: Type.Optional(Type.String({ maxLength: 200 })),
          category_id: Type.Optional(Id('category')),
          brand_id: Type.Optional(Id('brand')),
          merchant_id: Type.Optional(Id('merchant')),
          status: Type.Optional(ProductStatus),
          ...SaleCurrencyQuery,
        }),
        response: { 200: Page(ProductSummary) },
      },
    },
    async (req) => {
      const { currency, ...query } = req.query;
      const page = await catalog.listProducts(app.ctx, req.actor, query);
      const from = await salePricesFrom(
        app.ctx,
        page.items.map((p) => p.id),
        currency ?? DEFAULT_SALE_CURRENCY,
      );
      return { ...page, items: page.items.map((p) => ({ ...p, sale_price_from: from.get(p.id) ?? null })) };
    },
  );

  app.get(
    '/products/:id',
    {
      config: { access: ['public'] },
      schema: {
        tags,
        summary: 'One product with variants (each with its sale price), categories and brand',
        params: IdParams('product'),
        querystring: Obj(SaleCurrencyQuery),
        response: { 200: ProductSchema },
      },
    },
    async (req) => withSalePrice(app, await catalog.getProduct(app.ctx, req.actor, req.params.id), req.query.currency),
  );

  app.patch(
    '/products/:id',
    {
      config: { access: ['merchant', 'operator'] },
      schema: {
        tags,
        summary: "Change a product's descriptive fields, brand, categories, options, temperature class or shelf-life rule",
        params: IdParams('product'),
        body: Obj(
          {
            brand_id: Type.Optional(Nullable(Id('brand'))),
            title_en: Type.Optional(Title),
            title_zh: Type.Optional(Title),
            description_en: Type.Optional(Description),
            description_zh: Type.Optional(Description),
            hs_code: Type.Optional(HsCode),
            origin_country: Type.Optional(Country),
            image_urls: Type.Optional(ImageUrls),
            category_ids: Type.Optional(CategoryIds),
            options: Type.Optional(Options),
            temperature_class: Type.Optional(TemperatureClass),
            min_remaining_shelf_life: Type.Optional(ShelfLifeRule),
          },
          { minProperties: 1 },
        ),
        response: { 200: ProductSchema },
      },
    },
    async (req) => withSalePrice(app, await catalog.updateProduct(app.ctx, req.actor, req.params.id, req.body)),
  );

  app.post(
    '/products/:id/status',
    {
      config: { access: ['merchant', 'operator'] },
      schema: {
        tags,
        summary: 'Move a product: draft → active (verified merchants) → archived → draft',
        params: IdParams('product'),
        body: Obj({ status: ProductStatus }),
        response: { 200: ProductSchema },
      },
    },
    async (req) => withSalePrice(app, await catalog.setProductStatus(app.ctx, req.actor, req.params.id, req.body.status)),
  );

  app.post(
    '/products/:id/moderation',
    {
      config: { access: ['operator'] },
      schema: {
        tags,
        summary: 'Hold a listing for review, take it down, or lift that (null); the merchant sees the reason',
        params: IdParams('product'),
        body: Obj({
          state: Nullable(ModerationState),
          code: Type.String({ minLength: 2, maxLength: 64, pattern: '^[a-z][a-z0-9_.-]+$' }),
          reason: Type.String({ minLength: 1, maxLength: 2000 }),
          reference: Type.Optional(Type.String({ maxLength: 100 })),
        }),
        response: { 200: ProductSchema },
      },
    },
    async (req) =>
      withSalePrice(
        app,
        await moderation.moderateProduct(app.ctx, req.actor, req.params.id, {
          to: req.body.state,
          code: req.body.code,
          reason: req.body.reason,
          reference: req.body.reference,
        }),
      ),
  );

  app.get(
    '/products/:id/moderation',
    {
      config: { access: ['merchant', 'operator'] },
      schema: {
        tags,
        summary: "A listing's moderation history, oldest first (its merchant and operators)",
        params: IdParams('product'),
        response: {
          200: Obj({
            items: Type.Array(
              Obj({
                from_state: Nullable(ModerationState),
                to_state: Nullable(ModerationState),
                code: Type.String(),
                reason: Type.String(),
                reference: Nullable(Type.String()),
                created_at: Timestamp,
              }),
            ),
          }),
        },
      },
    },
    async (req) => ({ items: await moderation.moderationHistory(app.ctx, req.actor, req.params.id) }),
  );

  app.get(
    '/moderation/products',
    {
      config: { access: ['operator'] },
      schema: {
        tags,
        summary: "Listings held for review or taken down, oldest first (the operators' queue)",
        querystring: Obj({ state: ModerationState, limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })) }),
        response: {
          200: Obj({
            items: Type.Array(
              Obj({
                id: Id('product'),
                merchant_id: Type.String(),
                title_en: Type.String(),
                title_zh: Type.String(),
                status: ProductStatus,
                moderation: ModerationState,
                moderation_code: Type.String(),
                moderation_reason: Type.String(),
                moderated_at: Timestamp,
              }),
            ),
          }),
        },
      },
    },
    async (req) => ({ items: await moderation.moderatedProducts(app.ctx, req.actor, req.query.state, req.query.limit) }),
  );

  app.post(
    '/products/:id/variants',
    {
      config: { access: ['merchant', 'operator'] },
      schema: { tags, summary: 'Add a variant to a product', params: IdParams('product'), body: NewVariantBody, response: { 201: VariantSchema } },
    },
    async (req, reply) => reply.code(201).send(await variantWithSalePrice(app, await catalog.addVariant(app.ctx, req.actor, req.params.id, req.body))),
  );

  app.patch(
    '/variants/:id',
    {
      config: { access: ['merchant', 'operator'] },
      schema: {
        tags,
        summary: "Change a variant's price, weight, GTIN (null removes it) or status",
        description: 'lot_tracked is fixed at creation: sending a different value is refused with 409 lot_tracking_fixed.',
        params: IdParams('variant'),
        body: Obj(
          {
            price: Type.Optional(Money),
            weight_g: Type.Optional(Weight),
            gtin: Type.Optional(Nullable(Gtin)),
            status: Type.Optional(VariantStatus),
            lot_tracked: Type.Optional(LotTracked),
          },
          { minProperties: 1 },
        ),
        response: { 200: VariantSchema },
      },
    },
    async (req) => variantWithSalePrice(app, await catalog.updateVariant(app.ctx, req.actor, req.params.id, req.body)),
  );

  app.get(
    '/variants/:id',
    {
      config: { access: ['public'] },
      schema: {
        tags,
        summary: 'One variant (visible as its product is)',
        params: IdParams('variant'),
        querystring: Obj(SaleCurrencyQuery),
        response: { 200: VariantSchema },
      },
    },
    async (req) => variantWithSalePrice(app, await catalog.getVariant(app.ctx, req.actor, req.params.id), req.query.currency),
  );

  app.get(
    '/variants',
    {
      config: { access: ['public'] },
      schema: {
        tags,
        summary: 'Look a variant up by GTIN (8, 12, 13 or 14 digits): zero or one item',
        querystring: Obj({ gtin: Gtin, ...SaleCurrencyQuery }),
        response: { 200: Obj({ items: Type.Array(VariantSchema) }) },
      },
    },
    async (req) => {
      const found = await catalog.findVariantsByGtin(app.ctx, req.actor, req.query.gtin);
      return { items: await withSalePrices(app.ctx, found.items, req.query.currency ?? DEFAULT_SALE_CURRENCY) };
    },
  );
}

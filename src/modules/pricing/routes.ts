import { Type } from 'typebox';
import { Currency, Id, IdParams, Money, Nullable, Obj, Page, PageQuery, Text, Timestamp } from '../../http/schemas.ts';
import { notFound } from '../../http/errors.ts';
import type { App } from '../../http/types.ts';
import { MAX_RATE_CSV_CHARS, MAX_RATE_ROWS, RATE_CSV_COLUMNS } from './rates-csv.ts';
import * as pricing from './service.ts';

const tags = ['pricing'];

const Rate = Type.String({
  pattern: '^[0-9]{1,10}(\\.[0-9]{1,8})?$',
  description: 'Units of quote per 1 unit of base, a decimal string with at most 8 decimals, e.g. "7.1234" (never a float)',
});
const Instant = Type.String({ format: 'date-time', description: 'ISO 8601 instant with its zone' });
const Rounding = Type.Union([Type.Literal('none'), Type.Literal('up_to_yuan'), Type.Literal('nearest_yuan'), Type.Literal('end_90')], {
  description: 'none; up_to_yuan: up to a whole major unit; nearest_yuan: nearest whole, half-up; end_90: the smallest price >= x ending in .90',
});
const Scope = Type.Union([Type.Literal('default'), Type.Literal('category'), Type.Literal('merchant')]);

const FxRateSchema = Obj({
  id: Id('fxRate'),
  base: Type.String(),
  quote: Type.String(),
  rate: Type.String(),
  valid_from: Timestamp,
  valid_to: Nullable(Timestamp),
  source: Type.Union([Type.Literal('operator'), Type.Literal('file')]),
  note: Nullable(Type.String()),
  created_by: Nullable(Type.String()),
  created_at: Timestamp,
});

const FxRateRefSchema = Obj({ id: Id('fxRate'), base: Type.String(), quote: Type.String(), rate: Type.String(), valid_from: Type.String() });

const PriceRuleSchema = Obj({
  id: Id('priceRule'),
  scope: Scope,
  category_id: Nullable(Type.String()),
  merchant_id: Nullable(Type.String()),
  sale_currency: Type.String(),
  markup_bp: Type.Integer(),
  rounding: Rounding,
  created_by: Nullable(Type.String()),
  created_at: Timestamp,
  updated_at: Timestamp,
});

const SalePriceSchema = Obj({
  id: Id('salePrice'),
  variant_id: Type.String(),
  merchant_id: Type.String(),
  currency: Type.String(),
  amount: Type.Integer({ description: 'minor units (fen, cents)' }),
  created_at: Timestamp,
  updated_at: Timestamp,
});

const ImportReport = Obj({
  ok: Type.Boolean({ description: 'every row is valid (and, unless dry_run, written); false: nothing was written' }),
  dry_run: Type.Boolean(),
  created: Type.Integer({ description: 'rates written (on a dry run: that would be)' }),
  errors: Type.Array(
    Obj({
      row: Type.Integer({ description: 'as a spreadsheet numbers rows: the header is row 1' }),
      column: Nullable(Type.String()),
      code: Type.String(),
      message: Type.String(),
    }),
  ),
  errors_truncated: Type.Boolean(),
});

const SalePriceParams = Obj({ id: Id('variant'), currency: Currency });

export default async function pricingRoutes(app: App): Promise<void> {
  app.get(
    '/fx-rates',
    {
      config: { access: ['operator'] },
      schema: {
        tags,
        summary: 'Exchange rates, newest first (operator)',
        querystring: Obj({ ...PageQuery, base: Type.Optional(Currency), quote: Type.Optional(Currency) }),
        response: { 200: Page(FxRateSchema) },
      },
    },
    async (req) => pricing.listRates(app.ctx, req.actor, req.query),
  );

  app.post(
    '/fx-rates',
    {
      config: { access: ['operator'] },
      schema: {
        tags,
        summary: 'Set an exchange rate (operator); rates are never edited, a later valid_from supersedes',
        description:
          'The rate in force at t: valid_from <= t < valid_to (or no valid_to), the latest valid_from winning. 409 rate_exists for a second rate of the pair from the same instant.',
        body: Obj({
          base: Currency,
          quote: Currency,
          rate: Rate,
          valid_from: Type.Optional(Instant),
          valid_to: Type.Optional(Nullable(Instant)),
          note: Type.Optional(Nullable(Text(500, 0))),
        }),
        response: { 201: FxRateSchema },
      },
    },
    async (req, reply) => reply.code(201).send(await pricing.createRate(app.ctx, req.actor, req.body)),
  );

  app.post(
    '/fx-rates/import',
    {
      config: { access: ['operator'] },
      bodyLimit: 3 * MAX_RATE_CSV_CHARS + 4096,
      schema: {
        tags,
        summary: 'Load exchange rates from CSV (operator), all or nothing, with a report row by row',
        description:
          `Columns: ${RATE_CSV_COLUMNS.join(', ')} (valid_to optional). Instants are ISO 8601 with a zone, or a date (00:00 UTC). ` +
          `Any error (or dry_run) writes nothing. At most ${MAX_RATE_ROWS} rows.`,
        body: Obj({ csv: Type.String({ maxLength: MAX_RATE_CSV_CHARS }), dry_run: Type.Optional(Type.Boolean({ default: false })) }),
        response: { 200: ImportReport },
      },
    },
    async (req) => pricing.importRatesCsv(app.ctx, req.actor, req.body.csv, req.body.dry_run ?? false),
  );

  app.get(
    '/fx-rates/current',
    {
      config: { access: ['public'] },
      schema: {
        tags,
        summary: 'The exchange rate in force now (or at `at`); 404 exchange_rate_not_found when none is',
        querystring: Obj({ base: Currency, quote: Currency, at: Type.Optional(Instant) }),
        response: { 200: FxRateRefSchema },
      },
    },
    async (req) => {
      const { base, quote, at } = req.query;
      const rate = await pricing.rateInForce(app.ctx, base, quote, at ? new Date(at) : new Date());
      if (!rate) throw notFound('exchange_rate');
      return rate;
    },
  );

  app.get(
    '/price-rules',
    {
      config: { access: ['operator'] },
      schema: {
        tags,
        summary: 'Price rules (markup and rounding of converted prices), in creation order (operator)',
        querystring: Obj({ ...PageQuery, scope: Type.Optional(Scope), sale_currency: Type.Optional(Currency) }),
        response: { 200: Page(PriceRuleSchema) },
      },
    },
    async (req) => pricing.listPriceRules(app.ctx, req.actor, req.query),
  );

  app.post(
    '/price-rules',
    {
      config: { access: ['operator'] },
      schema: {
        tags,
        summary: 'Add a price rule (operator): merchant > category (or nearest ancestor) > default',
        description: 'One rule per target and sale currency (409 price_rule_exists). Markup and rounding apply to converted prices only.',
        body: Obj({
          scope: Scope,
          category_id: Type.Optional(Nullable(Id('category'))),
          merchant_id: Type.Optional(Nullable(Id('merchant'))),
          sale_currency: Type.Optional(Currency),
          markup_bp: Type.Integer({ minimum: 0, maximum: pricing.MAX_MARKUP_BP, description: 'basis points: 800 = 8 %' }),
          rounding: Rounding,
        }),
        response: { 201: PriceRuleSchema },
      },
    },
    async (req, reply) => reply.code(201).send(await pricing.createPriceRule(app.ctx, req.actor, req.body)),
  );

  app.delete(
    '/price-rules/:id',
    {
      config: { access: ['operator'] },
      schema: { tags, summary: 'Remove a price rule (operator); answers the rule removed', params: IdParams('priceRule'), response: { 200: PriceRuleSchema } },
    },
    async (req) => pricing.deletePriceRule(app.ctx, req.actor, req.params.id),
  );

  app.get(
    '/variants/:id/sale-prices',
    {
      config: { access: ['merchant', 'operator'] },
      schema: {
        tags,
        summary: "A variant's own consumer prices, one per sale currency (its merchant, operator)",
        params: IdParams('variant'),
        response: { 200: Obj({ items: Type.Array(SalePriceSchema) }) },
      },
    },
    async (req) => pricing.listVariantSalePrices(app.ctx, req.actor, req.params.id),
  );

  app.put(
    '/variants/:id/sale-prices/:currency',
    {
      config: { access: ['merchant', 'operator'] },
      schema: {
        tags,
        summary: "Set a variant's own consumer price in a sale currency; it beats the converted price (its merchant, operator)",
        params: SalePriceParams,
        body: Obj({ amount: Money.properties.amount }),
        response: { 200: SalePriceSchema },
      },
    },
    async (req) => pricing.setVariantSalePrice(app.ctx, req.actor, req.params.id, req.params.currency, req.body.amount),
  );

  app.delete(
    '/variants/:id/sale-prices/:currency',
    {
      config: { access: ['merchant', 'operator'] },
      schema: {
        tags,
        summary: "Remove a variant's own consumer price; the converted price applies again. Answers the price removed",
        params: SalePriceParams,
        response: { 200: SalePriceSchema },
      },
    },
    async (req) => pricing.removeVariantSalePrice(app.ctx, req.actor, req.params.id, req.params.currency),
  );
}

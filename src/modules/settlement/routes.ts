import { Type } from 'typebox';
import { CalendarDate, Currency, Id, IdParams, Nullable, Obj, Page, PageQuery, Text, Timestamp } from '../../http/schemas.ts';
import type { App } from '../../http/types.ts';
import * as settlement from './service.ts';
import { LEDGER_KINDS, MAX_STATEMENT_DAYS, STATEMENT_CSV_COLUMNS, STATEMENT_TIME_ZONE } from './statement.ts';

const tags = ['settlement'];

const Scope = Type.Union([Type.Literal('default'), Type.Literal('category'), Type.Literal('merchant')]);
const Kind = Type.Unsafe<settlement.LedgerKind>({ type: 'string', enum: [...LEDGER_KINDS] });
const PayoutStatus = Type.Union([Type.Literal('pending'), Type.Literal('paid')]);
const Minor = (description: string) => Type.Integer({ description });
const FxRate = Nullable(Type.String({ description: 'sale currency per 1 unit of the merchant currency, as the order recorded it; null: same currency' }));

const CommissionRate = Obj({
  id: Id('commissionRate'),
  scope: Scope,
  category_id: Nullable(Type.String()),
  merchant_id: Nullable(Type.String()),
  rate_bp: Type.Integer({ description: 'basis points: 1000 = 10 %' }),
  created_by: Nullable(Type.String()),
  created_at: Timestamp,
  updated_at: Timestamp,
});

const LedgerFields = {
  id: Id('ledgerEntry'),
  kind: Kind,
  amount: Minor('signed minor units of the merchant currency: sale +, commission −, refund −, commission_reversal +, fee −, payout −'),
  order_id: Nullable(Type.String()),
  order_line_id: Nullable(Type.String()),
  refund_id: Nullable(Type.String()),
  payout_id: Nullable(Type.String({ description: 'the payout that paid this entry; null while unpaid' })),
  quantity: Nullable(Type.Integer()),
  source_amount: Nullable(Minor('what was paid (+) or refunded (−) in the sale currency')),
  source_currency: Nullable(Type.String()),
  fx_rate: FxRate,
  rate_bp: Nullable(Type.Integer()),
  note: Nullable(Type.String()),
  occurred_at: Timestamp,
};

const LedgerEntry = Obj({ ...LedgerFields, merchant_id: Type.String(), currency: Currency, created_by: Nullable(Type.String()), created_at: Timestamp });

const Balance = Obj({
  merchant_id: Type.String(),
  currency: Currency,
  unpaid: Minor('owed to the merchant and not yet paid out (negative: the merchant owes the platform)'),
  unpaid_entries: Type.Integer(),
  paid_total: Minor('everything payouts have paid'),
  pending_payouts: Minor('paid out but not yet confirmed by the bank'),
});

const Totals = Obj(Object.fromEntries(LEDGER_KINDS.map((k) => [k, Type.Integer()])) as Record<settlement.LedgerKind, ReturnType<typeof Type.Integer>>);

const Statement = Obj({
  merchant_id: Type.String(),
  currency: Currency,
  from: CalendarDate,
  to: CalendarDate,
  time_zone: Type.String(),
  opening_balance: Type.Integer(),
  entries: Type.Array(
    Obj({
      ...LedgerFields,
      order_number: Nullable(Type.Integer()),
      booked_at: Timestamp,
    }),
  ),
  totals: Totals,
  closing_balance: Type.Integer({ description: 'opening_balance + the sum of entries' }),
});

const Payout = Obj({
  id: Id('payout'),
  run_id: Id('payoutRun'),
  merchant_id: Type.String(),
  currency: Currency,
  amount: Minor('positive minor units of currency'),
  entry_count: Type.Integer(),
  status: PayoutStatus,
  reference: Nullable(Type.String()),
  paid_at: Nullable(Timestamp),
  paid_by: Nullable(Type.String()),
  created_at: Timestamp,
});

const RunFields = {
  id: Id('payoutRun'),
  as_of: Timestamp,
  idempotency_key: Type.String(),
  created_by: Nullable(Type.String()),
  created_at: Timestamp,
};

const MerchantQuery = Type.Optional(Id('merchant'));
const STAFF = ['merchant', 'operator'] as const;

export default async function settlementRoutes(app: App): Promise<void> {
  app.get(
    '/commission-rates',
    {
      config: { access: ['operator'] },
      schema: {
        tags,
        summary: 'Commission rates (operator)',
        querystring: Obj({ scope: Type.Optional(Scope), merchant_id: MerchantQuery, category_id: Type.Optional(Id('category')) }),
        response: { 200: Obj({ items: Type.Array(CommissionRate) }) },
      },
    },
    async (req) => ({ items: await settlement.listCommissionRates(app.ctx, req.actor, req.query) }),
  );

  app.post(
    '/commission-rates',
    {
      config: { access: ['operator'] },
      schema: {
        tags,
        summary: 'Set a commission rate: the default, a category’s or a merchant’s override (operator)',
        description:
          'A paid line is charged its merchant’s override, else the rate of its nearest category that has one, else the default, else 0. ' +
          'One rate per key: 409 commission_rate_exists (delete the old one first).',
        body: Obj({
          scope: Scope,
          category_id: Type.Optional(Nullable(Id('category'))),
          merchant_id: Type.Optional(Nullable(Id('merchant'))),
          rate_bp: Type.Integer({ minimum: 0, maximum: 10_000 }),
        }),
        response: { 201: CommissionRate },
      },
    },
    async (req, reply) => reply.code(201).send(await settlement.createCommissionRate(app.ctx, req.actor, req.body)),
  );

  app.delete(
    '/commission-rates/:id',
    {
      config: { access: ['operator'] },
      schema: {
        tags,
        summary: 'Remove a commission rate (operator); answers the rate removed',
        params: IdParams('commissionRate'),
        response: { 200: CommissionRate },
      },
    },
    async (req) => settlement.deleteCommissionRate(app.ctx, req.actor, req.params.id),
  );

  app.get(
    '/settlement/balance',
    {
      config: { access: [...STAFF] },
      schema: {
        tags,
        summary: 'A merchant’s balance in its own currency (merchant: own; operator: merchant_id)',
        querystring: Obj({ merchant_id: MerchantQuery }),
        response: { 200: Balance },
      },
    },
    async (req) => settlement.balance(app.ctx, req.actor, req.query.merchant_id),
  );

  app.get(
    '/settlement/statement',
    {
      config: { access: [...STAFF] },
      schema: {
        tags,
        summary: 'A merchant’s statement for a range of days, JSON or CSV (merchant: own; operator: merchant_id)',
        description:
          `Days are ${STATEMENT_TIME_ZONE} days, from and to inclusive, at most ${MAX_STATEMENT_DAYS}; entries go by when they were booked. ` +
          'opening_balance + the sum of entries = closing_balance, to the cent. ' +
          `CSV columns: ${STATEMENT_CSV_COLUMNS.join(', ')}; rows opening_balance, entry…, total (one per kind), closing_balance; amounts as decimals.`,
        querystring: Obj({
          merchant_id: MerchantQuery,
          from: CalendarDate,
          to: CalendarDate,
          format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')], { default: 'json' })),
        }),
        response: {
          200: {
            description: 'The statement (JSON), or as CSV with format=csv (RFC 4180, UTF-8, CRLF)',
            content: { 'application/json': { schema: Statement }, 'text/csv': { schema: Type.String() } },
          },
        },
      },
    },
    async (req, reply) => {
      const q = { merchant_id: req.query.merchant_id, from: req.query.from, to: req.query.to };
      if (req.query.format === 'csv') {
        const { merchant_id, csv } = await settlement.statementCsv(app.ctx, req.actor, q);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="statement-${merchant_id}-${q.from}-${q.to}.csv"`)
          .send(csv);
      }
      return reply.type('application/json; charset=utf-8').send(await settlement.statement(app.ctx, req.actor, q));
    },
  );

  app.post(
    '/settlement/fees',
    {
      config: { access: ['operator'] },
      schema: {
        tags,
        summary: 'Charge a merchant a fee in its own currency (operator)',
        body: Obj({
          merchant_id: Id('merchant'),
          amount: Type.Integer({ minimum: 1, maximum: 1e13, description: 'minor units of the merchant currency' }),
          note: Text(500),
        }),
        response: { 201: LedgerEntry },
      },
    },
    async (req, reply) => reply.code(201).send(await settlement.recordFee(app.ctx, req.actor, req.body)),
  );

  app.post(
    '/payout-runs',
    {
      config: { access: ['operator'] },
      schema: {
        tags,
        summary: 'Pay every merchant its positive unpaid balance booked before as_of, exactly once (operator)',
        description:
          'One payout per merchant owed more than zero; the entries it pays are marked with it. The same idempotency_key answers the same run ' +
          '(200, replayed: true; with another as_of: 409 idempotency_key_reused). as_of defaults to now and may not be in the future.',
        body: Obj({ as_of: Type.Optional(Timestamp), idempotency_key: Text(100) }),
        response: {
          200: Obj({ run: Obj(RunFields), payouts: Type.Array(Payout), replayed: Type.Boolean() }),
          201: Obj({ run: Obj(RunFields), payouts: Type.Array(Payout), replayed: Type.Boolean() }),
        },
      },
    },
    async (req, reply) => {
      const r = await settlement.runPayouts(app.ctx, req.actor, {
        idempotency_key: req.body.idempotency_key,
        ...(req.body.as_of !== undefined ? { as_of: new Date(req.body.as_of) } : {}),
      });
      return reply.code(r.replayed ? 200 : 201).send(r);
    },
  );

  app.get(
    '/payout-runs',
    {
      config: { access: ['operator'] },
      schema: {
        tags,
        summary: 'Payout runs, newest first, with their totals per currency (operator)',
        querystring: Obj({ ...PageQuery }),
        response: {
          200: Page(Obj({ ...RunFields, payout_count: Type.Integer(), totals: Type.Array(Obj({ currency: Currency, amount: Type.Integer() })) })),
        },
      },
    },
    async (req) => settlement.listPayoutRuns(app.ctx, req.actor, req.query),
  );

  app.get(
    '/payouts',
    {
      config: { access: [...STAFF] },
      schema: {
        tags,
        summary: 'Payouts, newest first (merchant: own; operator: all or merchant_id)',
        querystring: Obj({ merchant_id: MerchantQuery, run_id: Type.Optional(Id('payoutRun')), status: Type.Optional(PayoutStatus), ...PageQuery }),
        response: { 200: Page(Payout) },
      },
    },
    async (req) => settlement.listPayouts(app.ctx, req.actor, req.query),
  );

  app.get(
    '/payouts/:id',
    {
      config: { access: [...STAFF] },
      schema: {
        tags,
        summary: 'One payout with the ledger entries it paid (merchant: own)',
        params: IdParams('payout'),
        response: { 200: Obj({ ...Payout.properties, entries: Type.Array(LedgerEntry) }) },
      },
    },
    async (req) => settlement.getPayout(app.ctx, req.actor, req.params.id),
  );

  app.post(
    '/payouts/:id/paid',
    {
      config: { access: ['operator'] },
      schema: {
        tags,
        summary: 'Confirm a payout’s bank transfer: pending → paid, once (operator)',
        params: IdParams('payout'),
        body: Obj({ reference: Type.Optional(Nullable(Text(200, 0))) }),
        response: { 200: Payout },
      },
    },
    async (req) => settlement.markPayoutPaid(app.ctx, req.actor, req.params.id, req.body),
  );
}

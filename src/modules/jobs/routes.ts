import { Type } from 'typebox';
import { Currency, Nullable, Obj, Timestamp } from '../../http/schemas.ts';
import type { App } from '../../http/types.ts';
import { SECTORS } from '../merchants/service.ts';
import * as svc from './service.ts';

const tags = ['jobs ledger'];
const QuarterText = Type.String({ minLength: 1, maxLength: 10, description: 'YYYY-Qn, e.g. 2026-Q1' });
const Amount = Obj({ amount: Type.Integer({ minimum: 0, maximum: 1e13, description: 'minor units' }), currency: Currency });
const Count = Type.Integer({ minimum: 0 });

const Report = Obj({
  id: Type.String(),
  merchant_id: Type.String(),
  quarter: Type.String(),
  version: Type.Integer({ minimum: 1, description: 'versions of the same quarter: a correction supersedes' }),
  full_time: Count,
  part_time: Count,
  headcount: Count,
  new_hires_attributed: Count,
  state: Type.String(),
  total_revenue: Nullable(Amount),
  source: Type.Union([Type.Literal('report'), Type.Literal('application')]),
  attested_name: Type.String(),
  attested_by: Nullable(Type.String()),
  attested_at: Timestamp,
  created_at: Timestamp,
  superseded_at: Nullable(Timestamp),
  status: Type.Union([Type.Literal('on_time'), Type.Literal('late'), Type.Literal('current')], {
    description: 'by the first attestation of the quarter: a correction does not make a report late',
  }),
});

const Status = Type.Union([Type.Literal('on_time'), Type.Literal('late'), Type.Literal('missing'), Type.Literal('due')]);

const FigureRow = Obj({
  merchant_id: Type.String(),
  display_name: Type.String(),
  state: Type.String(),
  sector: Type.String(),
  headcount: Count,
  headcount_source: Type.Union([Type.Literal('report'), Type.Literal('earlier_report'), Type.Literal('application')]),
  small_business: Type.Boolean(),
  size_limit: Type.Integer(),
  active: Type.Boolean(),
  paid_orders: Count,
  platform_revenue: Amount,
  total_revenue: Nullable(Amount),
  revenue_share: Nullable(Type.Number()),
  jobs_supported: Nullable(Type.Number()),
  new_hires_attributed: Count,
  report_status: Type.Union([...Status.anyOf, Type.Literal('current')]),
  counts_toward_promise: Type.Boolean({ description: 'a small business in the US: the totals add up these rows' }),
});

const Totals = Obj({
  small_businesses_active: Count,
  reported_new_hires: Count,
  jobs_supported: Type.Number(),
  not_estimable: Count,
  merchants: Count,
  counted: Count,
});

const Methods = Obj({ reported_new_hires: Type.String(), jobs_supported: Type.String(), small_business: Type.String(), active: Type.String() });
const Programme = Obj({
  start_date: Type.String({ format: 'date' }),
  end_date: Type.String({ format: 'date' }),
  target_jobs: Type.Integer(),
  target_businesses: Type.Integer(),
});
const ToDate = Obj({
  reported_new_hires: Count,
  small_businesses: Count,
  latest_quarter: Nullable(Type.String()),
  jobs_supported_latest: Nullable(Type.Number()),
});
const QuarterPoint = Obj({
  quarter: Type.String(),
  reported_new_hires: Count,
  cumulative_new_hires: Count,
  jobs_supported: Nullable(Type.Number()),
  small_businesses_active: Count,
  cumulative_small_businesses: Count,
  target_path_jobs: Type.Integer(),
  target_path_businesses: Type.Integer(),
});
const RunRate = Obj({
  jobs_needed_per_quarter: Type.Integer(),
  businesses_needed_per_quarter: Type.Integer(),
  jobs_current_per_quarter: Type.Number(),
  businesses_current_per_quarter: Type.Number(),
  quarters_left: Type.Integer(),
});
const Breakdown = (key: 'state' | 'sector') =>
  Type.Array(Obj({ [key]: Type.String(), reported_new_hires: Count, jobs_supported: Type.Number(), small_businesses: Count }));

const Settings = Obj({
  start_date: Type.String({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
  years: Type.Integer({ minimum: 1, maximum: 50 }),
  target_jobs: Type.Integer({ minimum: 1, maximum: 1e12 }),
  target_businesses: Type.Integer({ minimum: 1, maximum: 1e12 }),
  default_size_limit: Type.Integer({ minimum: 1, maximum: 1e9 }),
  report_due_days: Type.Integer({ minimum: 0, maximum: 366 }),
  sector_limits: Type.Record(Type.String({ maxLength: 40 }), Type.Integer({ minimum: 1, maximum: 1e9 }), {
    description: `sector → size limit; sectors: ${SECTORS.join(', ')}`,
  }),
});

/** The small-business jobs ledger: quarterly reports, status, figures, progress and settings. */
export default async function jobsRoutes(app: App): Promise<void> {
  app.get(
    '/jobs/reports',
    {
      config: { access: ['merchant', 'brand_owner', 'operator'] },
      schema: {
        tags,
        summary: "Current jobs reports, newest quarter first: a merchant's own; operators any merchant's or all",
        querystring: Obj({ merchant_id: Type.Optional(Type.String({ maxLength: 40 })), quarter: Type.Optional(QuarterText) }),
        response: { 200: Obj({ items: Type.Array(Report) }) },
      },
    },
    async (req) => svc.listReports(app.ctx, req.actor, req.query),
  );

  app.get(
    '/jobs/reports/status',
    {
      config: { access: ['operator'] },
      schema: {
        tags,
        summary: "Every verified merchant's report status for an ended quarter (default: the last ended quarter)",
        querystring: Obj({ quarter: Type.Optional(QuarterText) }),
        response: {
          200: Obj({
            quarter: Type.String(),
            due_on: Type.String({ format: 'date' }),
            items: Type.Array(
              Obj({ merchant_id: Type.String(), display_name: Type.String(), state: Type.String(), status: Status, attested_at: Nullable(Timestamp) }),
            ),
            counts: Obj({ on_time: Count, late: Count, missing: Count, due: Count }),
          }),
        },
      },
    },
    async (req) => svc.reportStatuses(app.ctx, req.actor, req.query.quarter),
  );

  app.put(
    '/jobs/reports/:quarter',
    {
      config: { access: ['merchant'] },
      schema: {
        tags,
        summary: "The merchant's owner files or corrects (supersedes) its attested report for a quarter",
        params: Obj({ quarter: QuarterText }),
        body: Obj({
          full_time: Type.Integer(),
          part_time: Type.Integer(),
          new_hires_attributed: Type.Integer(),
          state: Type.String({ minLength: 1, maxLength: 10 }),
          total_revenue: Type.Optional(Nullable(Obj({ amount: Type.Integer(), currency: Currency }))),
          attestation: Obj({ name: Type.String({ maxLength: 200 }), confirmed: Type.Boolean() }),
        }),
        response: { 200: Report },
      },
    },
    async (req) => svc.putReport(app.ctx, req.actor, req.params.quarter, req.body),
  );

  app.get(
    '/jobs/reports/:quarter/history',
    {
      config: { access: ['merchant', 'brand_owner', 'operator'] },
      schema: {
        tags,
        summary: 'Every version of a report for a quarter, newest first (operators name the merchant)',
        params: Obj({ quarter: QuarterText }),
        querystring: Obj({ merchant_id: Type.Optional(Type.String({ maxLength: 40 })) }),
        response: { 200: Obj({ merchant_id: Type.String(), quarter: Type.String(), items: Type.Array(Report) }) },
      },
    },
    async (req) => svc.reportHistory(app.ctx, req.actor, req.params.quarter, req.query.merchant_id),
  );

  app.get(
    '/jobs/figures',
    {
      config: { access: ['operator'] },
      schema: {
        tags,
        summary: 'One row per verified merchant for a quarter (default: the last ended), with totals that are sums of the rows; CSV with format=csv',
        querystring: Obj({ quarter: Type.Optional(QuarterText), format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')])) }),
        response: {
          200: {
            description: 'The figures',
            content: {
              'application/json': { schema: Obj({ quarter: Type.String(), items: Type.Array(FigureRow), totals: Totals }) },
              'text/csv': { schema: Type.String() },
            },
          },
        },
      },
    },
    async (req, reply) => {
      const f = await svc.quarterFigures(app.ctx, req.actor, req.query.quarter);
      if (req.query.format === 'csv')
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="jobs-${f.quarter}.csv"`)
          .send(svc.figuresCsv(f.items));
      return f;
    },
  );

  app.get(
    '/jobs/progress',
    {
      config: { access: ['operator'] },
      schema: {
        tags,
        summary: 'Progress against the promise: to date, per quarter, run-rates, by state and by sector, each figure with its method',
        response: {
          200: Obj({
            programme: Programme,
            methods: Methods,
            to_date: ToDate,
            quarters: Type.Array(QuarterPoint),
            run_rate: RunRate,
            by_state: Breakdown('state'),
            by_sector: Breakdown('sector'),
          }),
        },
      },
    },
    async (req) => svc.progress(app.ctx, req.actor),
  );

  app.get(
    '/public/jobs',
    {
      config: { access: ['public'] },
      schema: {
        tags,
        summary: 'The public headline of the jobs promise: to date, targets, methods, the quarter series and the top states; no per-merchant data',
        response: {
          200: Obj({
            programme: Programme,
            methods: Methods,
            to_date: ToDate,
            quarters: Type.Array(QuarterPoint),
            run_rate: RunRate,
            by_state: Breakdown('state'),
          }),
        },
      },
    },
    async () => svc.publicProgress(app.ctx),
  );

  app.get(
    '/jobs/settings',
    { config: { access: ['operator'] }, schema: { tags, summary: "The programme's settings and size rule", response: { 200: Settings } } },
    async (req) => svc.getSettings(app.ctx, req.actor),
  );

  app.put(
    '/jobs/settings',
    {
      config: { access: ['operator'] },
      schema: {
        tags,
        summary: "Change the programme's settings and size rule (sector limits replace the whole set)",
        body: Settings,
        response: { 200: Settings },
      },
    },
    async (req) => svc.updateSettings(app.ctx, req.actor, req.body as svc.Settings),
  );
}

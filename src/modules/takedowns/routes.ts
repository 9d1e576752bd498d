import { Type } from 'typebox';
import { Nullable, Obj, Timestamp } from '../../http/schemas.ts';
import type { App } from '../../http/types.ts';
import { reportCsv, transparencyReport } from './report.ts';
import * as svc from './service.ts';

const tags = ['brand protection'];
const Kind = Type.Union([Type.Literal('counterfeit'), Type.Literal('trademark'), Type.Literal('copyright'), Type.Literal('design')]);
const Status = Type.Union([Type.Literal('actioned'), Type.Literal('countered'), Type.Literal('upheld'), Type.Literal('reinstated'), Type.Literal('withdrawn')]);
const NoticeId = Type.String({ pattern: svc.NOTICE_ID, description: 'notice id' });
const Urls = Type.Array(Type.String({ maxLength: 2000 }), { maxItems: 20 });
const Statement = Type.String({ minLength: 1, maxLength: 5000 });

const Notice = Obj({
  id: Type.String(),
  registration_id: Type.String(),
  notifier_merchant_id: Type.String(),
  listing_merchant_id: Type.String(),
  product_id: Type.String(),
  kind: Kind,
  statement: Type.String(),
  evidence_urls: Type.Array(Type.String()),
  status: Status,
  counter_statement: Nullable(Type.String()),
  counter_evidence_urls: Nullable(Type.Array(Type.String())),
  decision_reason: Nullable(Type.String()),
  decided_by: Nullable(Type.String()),
  received_at: Timestamp,
  actioned_at: Timestamp,
  countered_at: Nullable(Timestamp),
  decided_at: Nullable(Timestamp),
  created_by: Nullable(Type.String()),
  listing: Obj(
    {
      title_en: Nullable(Type.String()),
      title_zh: Nullable(Type.String()),
      price: Nullable(Obj({ amount: Type.Integer(), currency: Type.String() })),
    },
    { description: 'the listing as it was when the notice was filed' },
  ),
});
const NoticeWithHistory = Obj({
  ...Notice.properties,
  history: Type.Array(Obj({ from_status: Nullable(Status), to_status: Status, note: Nullable(Type.String()), created_at: Timestamp })),
});
const Suspension = Obj({
  id: Type.String(),
  merchant_id: Type.String(),
  strikes: Type.Integer(),
  suspended_at: Timestamp,
  appeal_statement: Nullable(Type.String()),
  appealed_at: Nullable(Timestamp),
  appeal_status: Nullable(Type.Union([Type.Literal('pending'), Type.Literal('granted'), Type.Literal('denied')])),
  appeal_reason: Nullable(Type.String()),
  appeal_decided_by: Nullable(Type.String()),
  appeal_decided_at: Nullable(Timestamp),
});
const Report = Obj({
  quarter: Type.String(),
  from: Timestamp,
  to: Timestamp,
  notices_received: Type.Integer(),
  notices_by_kind: Obj({ counterfeit: Type.Integer(), trademark: Type.Integer(), copyright: Type.Integer(), design: Type.Integer() }),
  listings_removed: Type.Integer(),
  median_hours_to_action: Nullable(Type.Number()),
  counter_notices: Type.Integer(),
  notices_upheld: Type.Integer(),
  reinstatements: Type.Integer(),
  notices_withdrawn: Type.Integer(),
  merchants_suspended: Type.Integer(),
});

/** Notice and takedown, strikes and appeals, and the public transparency report. */
export default async function takedownRoutes(app: App): Promise<void> {
  app.post(
    '/takedowns/notices',
    {
      config: { access: ['merchant', 'brand_owner'] },
      schema: {
        tags,
        summary: 'File a notice against a listing as the owner of an active brand registration: the listing comes down at once',
        body: Obj({
          registration_id: Type.String({ maxLength: 40 }),
          product_id: Type.String({ maxLength: 40 }),
          kind: Kind,
          statement: Statement,
          evidence_urls: Urls,
        }),
        response: { 201: NoticeWithHistory },
      },
    },
    async (req, reply) => reply.code(201).send(await svc.fileNotice(app.ctx, req.actor, req.body)),
  );

  app.get(
    '/takedowns/notices',
    {
      config: { access: ['merchant', 'brand_owner', 'operator'] },
      schema: {
        tags,
        summary: 'Notices: operators all; a merchant those it filed or received (role=filed|received)',
        querystring: Obj({
          status: Type.Optional(Status),
          role: Type.Optional(Type.Union([Type.Literal('filed'), Type.Literal('received')])),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
          cursor: Type.Optional(Type.String({ maxLength: 200 })),
        }),
        response: { 200: Obj({ items: Type.Array(Notice), next_cursor: Nullable(Type.String()) }) },
      },
    },
    async (req) => svc.listNotices(app.ctx, req.actor, req.query),
  );

  app.get(
    '/takedowns/notices/:id',
    {
      config: { access: ['merchant', 'brand_owner', 'operator'] },
      schema: { tags, summary: 'One notice with every step and its time', params: Obj({ id: NoticeId }), response: { 200: NoticeWithHistory } },
    },
    async (req) => svc.getNotice(app.ctx, req.actor, req.params.id),
  );

  app.post(
    '/takedowns/notices/:id/counter-notice',
    {
      config: { access: ['merchant'] },
      schema: {
        tags,
        summary: "The listing's merchant answers with a counter-notice and evidence",
        params: Obj({ id: NoticeId }),
        body: Obj({ statement: Statement, evidence_urls: Urls }),
        response: { 200: NoticeWithHistory },
      },
    },
    async (req) => svc.counterNotice(app.ctx, req.actor, req.params.id, req.body),
  );

  app.post(
    '/takedowns/notices/:id/decision',
    {
      config: { access: ['operator'] },
      schema: {
        tags,
        summary: 'Uphold (a strike; suspension at the limit) or reinstate the listing',
        params: Obj({ id: NoticeId }),
        body: Obj({ decision: Type.Union([Type.Literal('uphold'), Type.Literal('reinstate')]), reason: Type.String({ minLength: 1, maxLength: 2000 }) }),
        response: { 200: NoticeWithHistory },
      },
    },
    async (req) => svc.decideNotice(app.ctx, req.actor, req.params.id, req.body),
  );

  app.post(
    '/takedowns/notices/:id/withdraw',
    {
      config: { access: ['merchant', 'brand_owner'] },
      schema: {
        tags,
        summary: 'The brand owner withdraws its notice; the listing goes back up unless another notice keeps it down',
        params: Obj({ id: NoticeId }),
        body: Obj({ note: Type.Optional(Type.String({ maxLength: 2000 })) }),
        response: { 200: NoticeWithHistory },
      },
    },
    async (req) => svc.withdrawNotice(app.ctx, req.actor, req.params.id, req.body.note),
  );

  app.get(
    '/takedowns/strikes/:merchant_id',
    {
      config: { access: ['merchant', 'brand_owner', 'operator'] },
      schema: {
        tags,
        summary: "A merchant's strikes, which count now, the policy and its suspensions",
        params: Obj({ merchant_id: Type.String({ maxLength: 40 }) }),
        response: {
          200: Obj({
            merchant_id: Type.String(),
            limit: Type.Integer(),
            window_months: Type.Integer(),
            counting: Type.Integer(),
            strikes: Type.Array(
              Obj({
                id: Type.String(),
                merchant_id: Type.String(),
                notice_id: Type.String(),
                struck_at: Timestamp,
                voided_at: Nullable(Timestamp),
                voided_reason: Nullable(Type.String()),
                counts: Type.Boolean(),
              }),
            ),
            suspensions: Type.Array(Suspension),
          }),
        },
      },
    },
    async (req) => svc.strikesOf(app.ctx, req.actor, req.params.merchant_id),
  );

  app.post(
    '/takedowns/appeals',
    {
      config: { access: ['merchant'] },
      schema: {
        tags,
        summary: 'A merchant suspended for strikes appeals (once per suspension)',
        body: Obj({ statement: Statement }),
        response: { 200: Suspension },
      },
    },
    async (req) => svc.appealSuspension(app.ctx, req.actor, req.body),
  );

  app.get(
    '/takedowns/appeals',
    {
      config: { access: ['operator'] },
      schema: { tags, summary: 'Appeals waiting for a decision', response: { 200: Obj({ items: Type.Array(Suspension) }) } },
    },
    async (req) => ({ items: await svc.pendingAppeals(app.ctx, req.actor) }),
  );

  app.post(
    '/takedowns/appeals/:id/decision',
    {
      config: { access: ['operator'] },
      schema: {
        tags,
        summary: 'Grant (strikes voided, merchant reinstated) or deny an appeal',
        params: Obj({ id: Type.String({ pattern: svc.SUSPENSION_ID }) }),
        body: Obj({ grant: Type.Boolean(), reason: Type.String({ minLength: 1, maxLength: 2000 }) }),
        response: { 200: Suspension },
      },
    },
    async (req) => svc.decideAppeal(app.ctx, req.actor, req.params.id, req.body),
  );

  app.get(
    '/transparency/takedowns',
    {
      config: { access: ['public'] },
      schema: {
        tags,
        summary: 'The quarterly transparency report of notice and takedown (JSON, or CSV with format=csv)',
        querystring: Obj({
          quarter: Type.String({ pattern: '^\\d{4}-Q[1-4]$', description: 'e.g. 2026-Q4' }),
          format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')])),
        }),
        response: { 200: { description: 'The report', content: { 'application/json': { schema: Report }, 'text/csv': { schema: Type.String() } } } },
      },
    },
    async (req, reply) => {
      const r = await transparencyReport(app.ctx, req.query.quarter);
      if (req.query.format === 'csv')
        return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="takedowns-${r.quarter}.csv"`).send(reportCsv(r));
      return r;
    },
  );
}

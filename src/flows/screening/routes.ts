import { Type } from 'typebox';
import { Nullable, Obj, Timestamp } from '../../http/schemas.ts';
import type { App } from '../../http/types.ts';
import { onListingWritten } from '../../modules/catalog/hooks.ts';
import { SCREENING_ID, reviewQueue, reviewScreening } from '../../modules/screening/service.ts';
import { screenProduct } from './screen-listing.ts';

const tags = ['brand protection'];
const Finding = Obj(
  {
    rule: Type.String(),
    severity: Type.Union([Type.Literal('hold'), Type.Literal('flag')]),
    field: Type.String(),
    language: Nullable(Type.String()),
    matched: Obj({ registration_id: Type.String(), name: Type.String() }),
    detail: Type.String(),
    via: Type.Optional(Type.String()),
    excerpt: Type.Optional(Type.String()),
  },
  { additionalProperties: true },
);
const Screening = Obj({
  id: Type.String(),
  product_id: Type.String(),
  merchant_id: Type.String(),
  decision: Type.Union([Type.Literal('live'), Type.Literal('held')]),
  flags: Type.Array(Type.String()),
  findings: Type.Array(Finding),
  created_at: Timestamp,
  review_outcome: Nullable(Type.String()),
  review_reason: Nullable(Type.String()),
  reviewed_by: Nullable(Type.String()),
  reviewed_at: Nullable(Timestamp),
});

/** Screening of listings as they are written, and the operators' review queue. */
export default async function screeningRoutes(app: App): Promise<void> {
  onListingWritten('screening', async (tx, productId) => {
    await screenProduct(tx, productId);
  });

  app.get(
    '/screening/queue',
    {
      config: { access: ['operator'] },
      schema: {
        tags,
        summary: 'Listings held by screening or flagged, not yet reviewed, oldest first, with each finding and its rule',
        querystring: Obj({
          decision: Type.Optional(Type.Union([Type.Literal('held'), Type.Literal('live')])),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
        }),
        response: { 200: Obj({ items: Type.Array(Screening) }) },
      },
    },
    async (req) => ({ items: await reviewQueue(app.ctx, req.actor, req.query) }),
  );

  app.post(
    '/screening/:id/review',
    {
      config: { access: ['operator'] },
      schema: {
        tags,
        summary: 'Release a held listing, take it down, or acknowledge a flag; the merchant sees the reason',
        params: Obj({ id: Type.String({ pattern: SCREENING_ID }) }),
        body: Obj({
          action: Type.Union([Type.Literal('release'), Type.Literal('take_down'), Type.Literal('acknowledge')]),
          reason: Type.String({ minLength: 1, maxLength: 2000 }),
        }),
        response: { 200: Screening },
      },
    },
    async (req) => reviewScreening(app.ctx, req.actor, req.params.id, req.body),
  );
}

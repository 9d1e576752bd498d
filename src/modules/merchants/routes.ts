import { Type } from 'typebox';
import type { App } from '../../http/types.ts';
import { Country, Currency, Email, Id, IdParams, Nullable, Obj, Page, PageQuery, Timestamp } from '../../http/schemas.ts';
import { UserSchema } from '../identity/routes.ts';
import type { Actor } from '../../shared/actor.ts';
import * as merchants from './service.ts';

/** Non-blank text: at least one visible character. */
const Name = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '\\S' });

const Status = Type.Union([Type.Literal('pending'), Type.Literal('verified'), Type.Literal('rejected'), Type.Literal('suspended')]);
const Sector = Type.Union([
  Type.Literal('agriculture'),
  Type.Literal('food'),
  Type.Literal('apparel'),
  Type.Literal('cosmetics'),
  Type.Literal('nutrition'),
  Type.Literal('retail'),
  Type.Literal('home'),
  Type.Literal('electronics'),
  Type.Literal('other'),
]);
const Website = Type.String({ format: 'uri', pattern: '^https?://', maxLength: 500 });
const Phone = Type.String({ pattern: '^\\+?[0-9][0-9 ()./-]{4,29}$', description: 'digits, optionally + and separators' });
const Reason = Name(1000);

export const MerchantSchema = Obj({
  id: Id('merchant'),
  legal_name: Type.String(),
  display_name: Type.String(),
  country: Type.String(),
  region: Type.String(),
  registration_number: Type.String(),
  contact_name: Type.String(),
  contact_email: Type.String(),
  contact_phone: Nullable(Type.String()),
  headcount: Type.Integer(),
  sector: Type.String(),
  default_currency: Type.String(),
  website: Nullable(Type.String()),
  status: Status,
  status_reason: Nullable(Type.String()),
  created_at: Timestamp,
  updated_at: Timestamp,
});

const EventSchema = Obj({
  id: Id('merchantEvent'),
  merchant_id: Type.String(),
  from_status: Nullable(Status),
  to_status: Status,
  reason: Nullable(Type.String()),
  actor_id: Nullable(Type.String()),
  created_at: Timestamp,
});

const Application = Obj({
  legal_name: Name(200),
  display_name: Name(100),
  country: Country,
  region: Name(100),
  registration_number: Name(64),
  contact_name: Name(100),
  contact_email: Email,
  contact_phone: Type.Optional(Phone),
  headcount: Type.Integer({ minimum: 0, maximum: 10_000_000, description: 'people employed when applying' }),
  sector: Sector,
  default_currency: Currency,
  website: Type.Optional(Website),
  owner: Obj({ email: Email, password: Type.String({ minLength: 8, maxLength: 200 }), display_name: Name(100) }),
});

const Patch = Obj({
  display_name: Type.Optional(Name(100)),
  contact_name: Type.Optional(Name(100)),
  contact_email: Type.Optional(Email),
  contact_phone: Type.Optional(Nullable(Phone)),
  website: Type.Optional(Nullable(Website)),
});

type Decide = (ctx: App['ctx'], actor: Actor, id: string, reason: string | undefined) => ReturnType<typeof merchants.verifyMerchant>;

const DECISIONS: { action: string; summary: string; reasonRequired: boolean; run: Decide }[] = [
  { action: 'verify', summary: 'Verify a pending merchant', reasonRequired: false, run: merchants.verifyMerchant },
  {
    action: 'reject',
    summary: 'Reject a pending merchant (final; reason required)',
    reasonRequired: true,
    run: (c, a, id, r) => merchants.rejectMerchant(c, a, id, r ?? ''),
  },
  {
    action: 'suspend',
    summary: 'Suspend a verified merchant (reason required)',
    reasonRequired: true,
    run: (c, a, id, r) => merchants.suspendMerchant(c, a, id, r ?? ''),
  },
  { action: 'reinstate', summary: 'Reinstate a suspended merchant (back to verified)', reasonRequired: false, run: merchants.reinstateMerchant },
];

export default async function merchantsRoutes(app: App): Promise<void> {
  app.post(
    '/merchants/applications',
    {
      config: { access: ['public'] },
      schema: {
        tags: ['merchants'],
        summary: 'A business applies to sell; creates the merchant (pending) and its owner account',
        body: Application,
        response: { 201: Obj({ merchant: MerchantSchema, owner: UserSchema }) },
      },
    },
    async (req, reply) => reply.code(201).send(await merchants.applyAsMerchant(app.ctx, req.body)),
  );

  app.get(
    '/merchants',
    {
      config: { access: ['operator'] },
      schema: {
        tags: ['merchants'],
        summary: 'List merchants by status, country or name',
        querystring: Obj({ ...PageQuery, status: Type.Optional(Status), country: Type.Optional(Country), q: Type.Optional(Type.String({ maxLength: 100 })) }),
        response: { 200: Page(MerchantSchema) },
      },
    },
    async (req) => merchants.listMerchants(app.ctx, req.actor, req.query),
  );

  app.get(
    '/merchants/directory',
    {
      config: { access: ['operator', 'merchant', 'brand_owner'] },
      schema: {
        tags: ['merchants'],
        summary: 'Verified merchants by name (id, display name, country): e.g. for a brand owner authorising sellers',
        querystring: Obj({ ...PageQuery, q: Type.Optional(Type.String({ maxLength: 100 })) }),
        response: {
          200: Obj({
            items: Type.Array(Obj({ id: Type.String(), display_name: Type.String(), country: Type.String(), region: Nullable(Type.String()) })),
            next_cursor: Nullable(Type.String()),
          }),
        },
      },
    },
    async (req) => merchants.merchantDirectory(app.ctx, req.actor, req.query),
  );

  app.get(
    '/merchants/:id',
    {
      config: { access: ['operator', 'merchant', 'brand_owner'] },
      schema: {
        tags: ['merchants'],
        summary: 'One merchant (merchant staff and brand owners: their own)',
        params: IdParams('merchant'),
        response: { 200: MerchantSchema },
      },
    },
    async (req) => merchants.getMerchant(app.ctx, req.actor, req.params.id),
  );

  app.patch(
    '/merchants/:id',
    {
      config: { access: ['operator', 'merchant'] },
      schema: {
        tags: ['merchants'],
        summary: "Change the merchant's display and contact details (owner or operator)",
        params: IdParams('merchant'),
        body: Patch,
        response: { 200: MerchantSchema },
      },
    },
    async (req) => merchants.updateMerchant(app.ctx, req.actor, req.params.id, req.body),
  );

  app.get(
    '/merchants/:id/history',
    {
      config: { access: ['operator', 'merchant', 'brand_owner'] },
      schema: {
        tags: ['merchants'],
        summary: "The merchant's status changes, oldest first",
        params: IdParams('merchant'),
        response: { 200: Obj({ items: Type.Array(EventSchema) }) },
      },
    },
    async (req) => ({ items: await merchants.merchantHistory(app.ctx, req.actor, req.params.id) }),
  );

  for (const d of DECISIONS) {
    app.post(
      `/merchants/:id/${d.action}`,
      {
        config: { access: ['operator'] },
        // Where the reason is optional the body may be left out entirely; validate it as {}.
        preValidation: async (req) => {
          (req as { body: unknown }).body ??= {};
        },
        schema: {
          tags: ['merchants'],
          summary: d.summary,
          params: IdParams('merchant'),
          body: d.reasonRequired ? Obj({ reason: Reason }) : Obj({ reason: Type.Optional(Reason) }),
          response: { 200: MerchantSchema },
        },
      },
      async (req) => d.run(app.ctx, req.actor, req.params.id, (req.body as { reason?: string } | undefined)?.reason),
    );
  }
}

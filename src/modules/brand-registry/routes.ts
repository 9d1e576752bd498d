import { Type } from 'typebox';
import { CalendarDate, Country, Currency, Id, Nullable, Obj, Page, PageQuery, Text, Timestamp } from '../../http/schemas.ts';
import type { App } from '../../http/types.ts';
import { PRICE_ID, REGISTRATION_ID, SELLER_ID } from './access.ts';
import { LIMITS } from './rules.ts';
import * as svc from './service.ts';

const TAGS = ['brand-registry'];
const READERS = ['operator', 'merchant', 'brand_owner'] as const;
// Route access admits the merchant's users; the service narrows changes to its owner and brand owners.
const OWNERS = ['merchant', 'brand_owner'] as const;

const RegistrationId = Type.String({ pattern: REGISTRATION_ID, description: 'brand registration id' });
const Params = Obj({ id: RegistrationId });
const Status = Type.Union([Type.Literal('pending'), Type.Literal('active'), Type.Literal('rejected'), Type.Literal('withdrawn'), Type.Literal('lapsed')]);
const Office = Type.Union([Type.Literal('USPTO'), Type.Literal('CNIPA'), Type.Literal('EUIPO'), Type.Literal('WIPO'), Type.Literal('other')]);
// Array bounds here only keep requests small; the service refuses past its own limits with a code.
const Names = Type.Array(Type.String({ maxLength: LIMITS.name * 2 }), { maxItems: 200 });
const Url = Type.String({ maxLength: LIMITS.url * 2 });

const TrademarkIn = Obj({
  office: Office,
  office_name: Type.Optional(Nullable(Type.String({ maxLength: 200, description: 'which office, when office is "other" (e.g. JPO)' }))),
  number: Type.String({ maxLength: 200, description: 'registration number as the office writes it' }),
  classes: Type.Array(Type.Integer(), { maxItems: 100, description: 'Nice classes, 1–45' }),
  expires_on: Type.String({ maxLength: 20, description: 'expiry day, YYYY-MM-DD; in force through that day' }),
});

const Trademark = Obj({
  office: Office,
  office_name: Nullable(Type.String()),
  number: Type.String(),
  classes: Type.Array(Type.Integer()),
  expires_on: CalendarDate,
});

const ApplicationFields = {
  name_en: Text(LIMITS.name * 2),
  name_zh: Type.String({ minLength: 1, maxLength: LIMITS.name * 2, description: 'name in Simplified Chinese (zh-CN)' }),
  aliases_en: Type.Optional(Names),
  aliases_zh: Type.Optional(Names),
  logo_url: Type.Optional(Nullable(Url)),
  evidence_urls: Type.Array(Url, { maxItems: 100, description: 'evidence files (registration certificates) by URL; at least one' }),
  trademarks: Type.Array(TrademarkIn, { maxItems: 100, description: 'at least one trademark registration' }),
  brand_id: Type.Optional(Nullable(Id('brand'))),
};

const Registration = Obj({
  id: Type.String(),
  merchant_id: Type.String({ description: 'the brand owner (applicant)' }),
  brand_id: Nullable(Type.String()),
  name_en: Type.String(),
  name_zh: Type.String(),
  aliases_en: Type.Array(Type.String()),
  aliases_zh: Type.Array(Type.String()),
  logo_url: Nullable(Type.String()),
  evidence_urls: Type.Array(Type.String()),
  trademarks: Type.Array(Trademark),
  status: Type.Union(Status.anyOf, { description: 'in force today: an active registration past its latest expiry reads lapsed' }),
  status_reason: Nullable(Type.String()),
  expires_on: Type.Unsafe<string>({ type: 'string', format: 'date', description: 'latest trademark expiry; lapses the day after' }),
  applied_by: Nullable(Type.String()),
  decided_by: Nullable(Type.String()),
  decided_at: Nullable(Timestamp),
  created_at: Timestamp,
  updated_at: Timestamp,
});

const HistoryEntry = Obj({
  id: Type.String(),
  action: Type.String(),
  from_status: Nullable(Status),
  to_status: Status,
  reason: Nullable(Type.String()),
  details: Type.Record(Type.String(), Type.Unknown()),
  actor_id: Nullable(Type.String({ description: 'null: the background lapse' })),
  created_at: Timestamp,
});

const Seller = Obj({
  id: Type.String(),
  registration_id: Type.String(),
  merchant_id: Type.String(),
  category_id: Nullable(Type.String({ description: 'product line: a catalog category and its sub-categories; null: every line' })),
  country: Nullable(Type.String({ description: 'ISO 3166-1 alpha-2; null: every country' })),
  created_by: Nullable(Type.String()),
  created_at: Timestamp,
});

const Price = Obj({
  id: Type.String(),
  registration_id: Type.String(),
  product_id: Nullable(Type.String()),
  variant_id: Nullable(Type.String()),
  amount: Type.Integer({ description: 'minor units' }),
  currency: Type.String(),
  created_by: Nullable(Type.String()),
  created_at: Timestamp,
  updated_at: Timestamp,
});

export default async function routes(app: App): Promise<void> {
  app.post(
    '/brand-registry/registrations',
    {
      config: { access: [...OWNERS] },
      schema: {
        tags: TAGS,
        summary: "Apply to register a brand (the merchant's owner or brand owners; the merchant must be verified); starts pending",
        body: Obj(ApplicationFields),
        response: { 201: Registration },
      },
    },
    async (req, reply) => reply.code(201).send(await svc.applyForRegistration(app.ctx, req.actor, req.body)),
  );

  app.get(
    '/brand-registry/registrations',
    {
      config: { access: [...READERS] },
      schema: {
        tags: TAGS,
        summary: 'Brand registrations and applications (merchants: own; operators: all or one merchant_id), by status in force today',
        querystring: Obj({ ...PageQuery, status: Type.Optional(Status), merchant_id: Type.Optional(Id('merchant')) }),
        response: { 200: Page(Registration) },
      },
    },
    async (req) => svc.listRegistrations(app.ctx, req.actor, req.query),
  );

  app.get(
    '/brand-registry/registrations/:id',
    {
      config: { access: [...READERS] },
      schema: { tags: TAGS, summary: 'One registration with its trademarks', params: Params, response: { 200: Registration } },
    },
    async (req) => svc.getRegistration(app.ctx, req.actor, req.params.id),
  );

  app.patch(
    '/brand-registry/registrations/:id',
    {
      config: { access: [...OWNERS] },
      schema: {
        tags: TAGS,
        summary: 'Change a pending application (checked again as a whole; trademarks, if sent, replace the list)',
        params: Params,
        body: Obj({
          name_en: Type.Optional(ApplicationFields.name_en),
          name_zh: Type.Optional(ApplicationFields.name_zh),
          aliases_en: ApplicationFields.aliases_en,
          aliases_zh: ApplicationFields.aliases_zh,
          logo_url: ApplicationFields.logo_url,
          evidence_urls: Type.Optional(ApplicationFields.evidence_urls),
          trademarks: Type.Optional(ApplicationFields.trademarks),
          brand_id: ApplicationFields.brand_id,
        }),
        response: { 200: Registration },
      },
    },
    async (req) => svc.updateApplication(app.ctx, req.actor, req.params.id, req.body),
  );

  app.delete(
    '/brand-registry/registrations/:id',
    {
      config: { access: [...OWNERS] },
      schema: { tags: TAGS, summary: 'Withdraw a pending application (kept, with its history, as withdrawn)', params: Params, response: { 200: Registration } },
    },
    async (req) => svc.withdrawApplication(app.ctx, req.actor, req.params.id),
  );

  app.get(
    '/brand-registry/registrations/:id/history',
    {
      config: { access: [...READERS] },
      schema: {
        tags: TAGS,
        summary: 'Every step of a registration, oldest first',
        params: Params,
        response: { 200: Obj({ items: Type.Array(HistoryEntry) }) },
      },
    },
    async (req) => ({ items: await svc.registrationHistory(app.ctx, req.actor, req.params.id) }),
  );

  app.post(
    '/brand-registry/registrations/:id/approve',
    {
      config: { access: ['operator'] },
      schema: {
        tags: TAGS,
        summary: 'Approve a pending application (an optional note); it becomes active',
        params: Params,
        body: Type.Optional(Obj({ note: Type.Optional(Type.String({ maxLength: 1000 })) })),
        response: { 200: Registration },
      },
    },
    async (req) => svc.approveApplication(app.ctx, req.actor, req.params.id, req.body?.note),
  );

  app.post(
    '/brand-registry/registrations/:id/reject',
    {
      config: { access: ['operator'] },
      schema: {
        tags: TAGS,
        summary: 'Reject a pending application with a reason',
        params: Params,
        body: Obj({ reason: Text(1000) }),
        response: { 200: Registration },
      },
    },
    async (req) => svc.rejectApplication(app.ctx, req.actor, req.params.id, req.body.reason),
  );

  app.get(
    '/brand-registry/registrations/:id/sellers',
    {
      config: { access: [...READERS] },
      schema: {
        tags: TAGS,
        summary: 'Merchants authorised to sell the brand (the owner and operators)',
        params: Params,
        response: { 200: Obj({ items: Type.Array(Seller) }) },
      },
    },
    async (req) => ({ items: await svc.listSellers(app.ctx, req.actor, req.params.id) }),
  );

  app.post(
    '/brand-registry/registrations/:id/sellers',
    {
      config: { access: [...OWNERS] },
      schema: {
        tags: TAGS,
        summary: 'Authorise a merchant to sell the brand, optionally for one product line (catalog category) and/or one country',
        params: Params,
        body: Obj({ merchant_id: Id('merchant'), category_id: Type.Optional(Nullable(Id('category'))), country: Type.Optional(Nullable(Country)) }),
        response: { 201: Seller },
      },
    },
    async (req, reply) => reply.code(201).send(await svc.addSeller(app.ctx, req.actor, req.params.id, req.body)),
  );

  app.delete(
    '/brand-registry/registrations/:id/sellers/:seller_id',
    {
      config: { access: [...OWNERS] },
      schema: {
        tags: TAGS,
        summary: 'Remove an authorisation',
        params: Obj({ id: RegistrationId, seller_id: Type.String({ pattern: SELLER_ID }) }),
        response: { 204: Type.Null() },
      },
    },
    async (req, reply) => {
      await svc.removeSeller(app.ctx, req.actor, req.params.id, req.params.seller_id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/brand-registry/registrations/:id/reference-prices',
    {
      config: { access: [...READERS] },
      schema: { tags: TAGS, summary: "Reference prices of the brand owner's products", params: Params, response: { 200: Obj({ items: Type.Array(Price) }) } },
    },
    async (req) => ({ items: await svc.listPrices(app.ctx, req.actor, req.params.id) }),
  );

  app.put(
    '/brand-registry/registrations/:id/reference-prices',
    {
      config: { access: [...OWNERS] },
      schema: {
        tags: TAGS,
        summary: "Set the reference price of one of the owner's products or variants in a currency (201 new, 200 replaced)",
        params: Params,
        body: Obj({
          product_id: Type.Optional(Id('product')),
          variant_id: Type.Optional(Id('variant')),
          amount: Type.Integer({ maximum: 1e13, description: 'minor units (cents, fen), more than 0' }),
          currency: Currency,
        }),
        response: { 200: Price, 201: Price },
      },
    },
    async (req, reply) => {
      const { price, created } = await svc.setPrice(app.ctx, req.actor, req.params.id, req.body);
      return reply.code(created ? 201 : 200).send(price);
    },
  );

  app.delete(
    '/brand-registry/registrations/:id/reference-prices/:price_id',
    {
      config: { access: [...OWNERS] },
      schema: {
        tags: TAGS,
        summary: 'Remove a reference price',
        params: Obj({ id: RegistrationId, price_id: Type.String({ pattern: PRICE_ID }) }),
        response: { 204: Type.Null() },
      },
    },
    async (req, reply) => {
      await svc.removePrice(app.ctx, req.actor, req.params.id, req.params.price_id);
      return reply.code(204).send(null);
    },
  );
}

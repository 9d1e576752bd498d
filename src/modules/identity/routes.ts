import { Type } from 'typebox';
import type { App } from '../../http/types.ts';
import { Email, Id, IdParams, Nullable, Obj, Page, PageQuery, Text, Timestamp } from '../../http/schemas.ts';
import * as identity from './service.ts';

const Roles = Type.Union([
  Type.Literal('operator'),
  Type.Literal('merchant'),
  Type.Literal('brand_owner'),
  Type.Literal('store_staff'),
  Type.Literal('consumer'),
]);

export const UserSchema = Obj({
  id: Id('user'),
  email: Type.String(),
  role: Roles,
  merchant_id: Nullable(Type.String()),
  merchant_role: Nullable(Type.Union([Type.Literal('owner'), Type.Literal('staff')])),
  location_id: Nullable(Type.String()),
  display_name: Type.String(),
  locale: Type.String(),
  created_at: Timestamp,
});

const Password = Type.String({ minLength: 8, maxLength: 200 });
const Locale = Type.Union([Type.Literal('en'), Type.Literal('zh-CN')]);
const Session = Obj({ token: Type.String(), expires_at: Timestamp, user: UserSchema });

const ApiKeySchema = Obj({
  id: Id('apiKey'),
  merchant_id: Type.String(),
  name: Type.String(),
  key_prefix: Type.String(),
  created_at: Timestamp,
  last_used_at: Nullable(Timestamp),
  revoked_at: Nullable(Timestamp),
});

export default async function identityRoutes(app: App): Promise<void> {
  app.post(
    '/auth/login',
    {
      config: {
        access: ['public'],
        // Per client address and email, checked after the body is parsed: slows password guessing
        // against one account without locking the account itself.
        rateLimit: {
          max: app.ctx.config.loginAttemptsPerMinute,
          timeWindow: 60_000,
          hook: 'preHandler',
          keyGenerator: (req) => `${req.ip}|${String((req.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase()}`,
        },
      },
      schema: {
        tags: ['identity'],
        summary: 'Sign in with email and password; returns a bearer token',
        body: Obj({ email: Email, password: Type.String({ minLength: 1, maxLength: 200 }) }),
        response: { 200: Session },
      },
    },
    async (req) => identity.login(app.ctx, req.body.email, req.body.password),
  );

  app.post(
    '/auth/logout',
    { config: { access: ['authenticated'] }, schema: { tags: ['identity'], summary: 'End this session', response: { 204: Type.Null() } } },
    async (req, reply) => {
      const token = req.headers.authorization?.slice(7) ?? '';
      await identity.logout(app.ctx, token);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/register',
    {
      config: { access: ['public'] },
      schema: {
        tags: ['identity'],
        summary: 'A consumer creates an account and is signed in',
        body: Obj({ email: Email, password: Password, display_name: Text(100), locale: Type.Optional(Locale) }),
        response: { 201: Session },
      },
    },
    async (req, reply) => reply.code(201).send(await identity.registerConsumer(app.ctx, req.body)),
  );

  app.get(
    '/me',
    { config: { access: ['authenticated'] }, schema: { tags: ['identity'], summary: 'The signed-in account', response: { 200: UserSchema } } },
    async (req) => identity.me(app.ctx, req.actor),
  );

  app.post(
    '/users',
    {
      config: { access: ['operator', 'merchant'] },
      schema: {
        tags: ['identity'],
        summary: 'Create a staff account (operator: any; merchant owner: own staff and brand owners)',
        body: Obj({
          email: Email,
          password: Password,
          display_name: Text(100),
          role: Roles,
          merchant_id: Type.Optional(Id('merchant')),
          merchant_role: Type.Optional(Type.Union([Type.Literal('owner'), Type.Literal('staff')])),
          location_id: Type.Optional(Id('location')),
          locale: Type.Optional(Locale),
        }),
        response: { 201: UserSchema },
      },
    },
    async (req, reply) => reply.code(201).send(await identity.createUser(app.ctx, req.actor, req.body)),
  );

  app.get(
    '/users',
    {
      config: { access: ['operator', 'merchant'] },
      schema: {
        tags: ['identity'],
        summary: 'List accounts (operator: all; merchant owner: own)',
        querystring: Obj({ ...PageQuery, role: Type.Optional(Roles) }),
        response: { 200: Page(UserSchema) },
      },
    },
    async (req) => identity.listUsers(app.ctx, req.actor, req.query),
  );

  app.post(
    '/api-keys',
    {
      config: { access: ['merchant'] },
      schema: {
        tags: ['identity'],
        summary: 'Create an API key for the merchant (owner only); the secret is shown once',
        body: Obj({ name: Text(100) }),
        response: { 201: Obj({ ...ApiKeySchema.properties, secret: Type.String() }) },
      },
    },
    async (req, reply) => reply.code(201).send(await identity.createApiKey(app.ctx, req.actor, req.body.name)),
  );

  app.get(
    '/api-keys',
    {
      config: { access: ['merchant'] },
      schema: { tags: ['identity'], summary: "The merchant's API keys", response: { 200: Obj({ items: Type.Array(ApiKeySchema) }) } },
    },
    async (req) => ({ items: await identity.listApiKeys(app.ctx, req.actor) }),
  );

  app.delete(
    '/api-keys/:id',
    {
      config: { access: ['merchant'] },
      schema: { tags: ['identity'], summary: 'Revoke an API key (owner only)', params: IdParams('apiKey'), response: { 200: ApiKeySchema } },
    },
    async (req) => identity.revokeApiKey(app.ctx, req.actor, req.params.id),
  );
}

import { Type } from 'typebox';
import type { App } from '../../http/types.ts';
import { Id, IdParams, Obj, Page, PageQuery, Timestamp } from '../../http/schemas.ts';
import { renameBrand } from '../../flows/rename-brand.ts';
import * as brands from './service.ts';
import { SLUG_MAX, SLUG_PATTERN } from './slug.ts';

/** Non-blank text: at least one visible character. */
const Name = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });
const Slug = Type.String({ pattern: SLUG_PATTERN, maxLength: SLUG_MAX, description: 'lowercase a-z, 0-9 and hyphens' });

export const BrandSchema = Obj({
  id: Id('brand'),
  merchant_id: Type.String(),
  slug: Type.String(),
  name_en: Type.String(),
  name_zh: Type.String({ description: 'name in Simplified Chinese (zh-CN)' }),
  created_at: Timestamp,
  updated_at: Timestamp,
});

export default async function brandsRoutes(app: App): Promise<void> {
  app.post(
    '/brands',
    {
      config: { access: ['operator', 'merchant', 'brand_owner'] },
      schema: {
        tags: ['brands'],
        summary: 'Create a brand (merchant owner or brand owner: for their merchant; operator: names merchant_id)',
        body: Obj({ name_en: Name, name_zh: Name, slug: Type.Optional(Slug), merchant_id: Type.Optional(Id('merchant')) }),
        response: { 201: BrandSchema },
      },
    },
    async (req, reply) => reply.code(201).send(await brands.createBrand(app.ctx, req.actor, req.body)),
  );

  app.get(
    '/brands',
    {
      config: { access: ['public'] },
      schema: {
        tags: ['brands'],
        summary: 'List brands, optionally of one merchant or matching a name',
        querystring: Obj({ ...PageQuery, merchant_id: Type.Optional(Id('merchant')), q: Type.Optional(Type.String({ maxLength: 100 })) }),
        response: { 200: Page(BrandSchema) },
      },
    },
    async (req) => brands.listBrands(app.ctx, req.actor, req.query),
  );

  app.get(
    '/brands/:id',
    { config: { access: ['public'] }, schema: { tags: ['brands'], summary: 'One brand', params: IdParams('brand'), response: { 200: BrandSchema } } },
    async (req) => brands.getBrand(app.ctx, req.actor, req.params.id),
  );

  app.patch(
    '/brands/:id',
    {
      config: { access: ['operator', 'merchant', 'brand_owner'] },
      schema: {
        tags: ['brands'],
        summary: "Rename a brand or change its slug (its merchant's owner or brand owners, or an operator)",
        params: IdParams('brand'),
        body: Obj({ name_en: Type.Optional(Name), name_zh: Type.Optional(Name), slug: Type.Optional(Slug) }),
        response: { 200: BrandSchema },
      },
    },
    async (req) => renameBrand(app.ctx, req.actor, req.params.id, req.body),
  );
}

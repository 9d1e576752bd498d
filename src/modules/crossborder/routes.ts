import { Type } from 'typebox';
import { invalidState } from '../../http/errors.ts';
import { Id, IdParams, Nullable, Obj, Page, PageQuery, Timestamp } from '../../http/schemas.ts';
import type { App } from '../../http/types.ts';
import { LIST_COLUMNS, MAX_LIST_CSV_CHARS, MAX_LIST_ROWS, REQUIRED_LIST_COLUMNS } from './positive-list.ts';
import * as cbec from './service.ts';

const tags = ['crossborder'];

const Bp = (description: string) => Type.Integer({ minimum: 0, maximum: 100_000, description: `${description}, basis points (1300 = 13 %)` });
const Fen = (description: string) => Type.Integer({ minimum: 0, maximum: 1e12, description: `${description}, CNY fen` });

const EntrySchema = Obj({
  hs_code: Type.String({ description: '4–10 digits; a product matches the entry with the longest prefix of its code' }),
  name_en: Type.String(),
  name_zh: Type.String(),
  vat_bp: Bp('import VAT'),
  consumption_tax_bp: Bp('consumption tax'),
  tariff_bp: Bp('general-trade MFN tariff (only for an indivisible item over the 5,000 CNY order limit)'),
  note: Nullable(Type.String()),
  list_edition: Type.String({ description: 'edition of the positive list, e.g. 2022' }),
  updated_at: Timestamp,
});

const ImportReport = Obj({
  ok: Type.Boolean({ description: 'every row is valid (and, unless dry_run, written); false: nothing was written' }),
  dry_run: Type.Boolean(),
  replace: Type.Boolean(),
  created: Type.Integer(),
  updated: Type.Integer(),
  removed: Type.Integer({ description: 'with replace: codes not in the file, removed' }),
  errors: Type.Array(Obj({ row: Type.Integer(), column: Nullable(Type.String()), code: Type.String(), message: Type.String() })),
  errors_truncated: Type.Boolean(),
});

const IdentitySchema = Obj({
  id: Id('buyerIdentity'),
  name: Type.String(),
  masked: Type.String({ description: 'the ID number with all but its first 4 and last 4 characters hidden' }),
  saved: Type.Boolean({ description: 'kept on the consumer’s account; false: usable by id for an order for 24 hours' }),
  created_at: Timestamp,
});

const IdNumber = Type.String({ minLength: 18, maxLength: 24, description: 'resident ID number (GB 11643-1999): 17 digits and a digit or X' });
const PersonName = Type.String({ minLength: 1, maxLength: 100, pattern: '\\S', description: 'real name as on the ID card' });

const LimitsSchema = Obj({
  identity_id: Id('buyerIdentity'),
  name: Type.String(),
  masked: Type.String(),
  year: Type.Integer({ description: 'calendar year, China time' }),
  used: Fen('used of the yearly limit'),
  left: Fen('left of the yearly limit'),
  annual_limit: Fen('yearly limit (26,000.00)'),
  single_limit: Fen('limit of one order (5,000.00)'),
  currency: Type.Literal('CNY'),
});

const TaxLineSchema = Obj({
  ref: Type.String(),
  kind: Type.Union([Type.Literal('tariff'), Type.Literal('consumption_tax'), Type.Literal('vat')]),
  amount: Type.Integer(),
  currency: Type.Literal('CNY'),
  rate_bp: Type.Integer({ description: 'effective rate applied, e.g. 910 = 9.1 %' }),
  base_amount: Type.Integer(),
  included: Type.Boolean(),
  rule: Type.String(),
  rule_text: Type.String(),
});

const refusals = 'cbec_not_on_positive_list, cbec_single_limit, cbec_annual_limit (problem details: amount_left, limit, order_value, year)';

export default async function crossborderRoutes(app: App): Promise<void> {
  app.get(
    '/cbec/positive-list',
    {
      config: { access: ['public'] },
      schema: {
        tags,
        summary: 'The cross-border e-commerce positive list (goods that may be sold through the cross-border channel), with tax rates',
        description: 'hs_code finds entries under the code and the entry a product with that code falls under; q searches names (en, zh) and codes.',
        querystring: Obj({
          ...PageQuery,
          q: Type.Optional(Type.String({ maxLength: 100 })),
          hs_code: Type.Optional(Type.String({ pattern: '^[0-9][0-9.]{0,12}[0-9]$', maxLength: 14 })),
        }),
        response: { 200: Page(EntrySchema) },
      },
    },
    async (req) => cbec.listPositiveList(app.ctx, req.query),
  );

  app.post(
    '/cbec/positive-list/import',
    {
      config: { access: ['operator'] },
      bodyLimit: 3 * MAX_LIST_CSV_CHARS + 4096,
      schema: {
        tags,
        summary: 'Load positive-list entries from CSV, all or nothing, with a report row by row',
        description:
          `Columns: ${LIST_COLUMNS.join(', ')} (required: ${REQUIRED_LIST_COLUMNS.join(', ')}); rates are whole basis points; ` +
          `consumption_tax_bp defaults to 0. Any error, or dry_run, writes nothing; replace also removes codes not in the file. At most ${MAX_LIST_ROWS} rows.`,
        body: Obj({
          csv: Type.String({ maxLength: MAX_LIST_CSV_CHARS }),
          dry_run: Type.Optional(Type.Boolean({ default: false })),
          replace: Type.Optional(Type.Boolean({ default: false })),
        }),
        response: { 200: ImportReport },
      },
    },
    async (req) => cbec.importPositiveListCsv(app.ctx, req.actor, req.body.csv, { dryRun: req.body.dry_run ?? false, replace: req.body.replace ?? false }),
  );

  app.post(
    '/me/identities',
    {
      // Guests register an unsaved identity for their checkout, so anonymous callers are admitted.
      config: { access: ['public'] },
      schema: {
        tags,
        summary: 'Register a buyer identity (real name and resident ID number) for cross-border orders',
        description:
          'A consumer with save: true keeps it on the account. Anyone else (guests), or save: false, gets an unsaved identity whose id may be named ' +
          'for an order for 24 hours. The number is validated (check character, birth date), stored encrypted and never returned: only masked. ' +
          '422 id_number_format | id_number_birth_date | id_number_check | invalid_name; 403 when a non-consumer account asks to save; 409 too_many_identities.',
        body: Obj({ name: PersonName, id_number: IdNumber, save: Type.Optional(Type.Boolean({ default: false })) }),
        response: { 201: IdentitySchema },
      },
    },
    async (req, reply) => reply.code(201).send(await cbec.registerIdentity(app.ctx, req.actor, { ...req.body, save: req.body.save ?? false })),
  );

  app.get(
    '/me/identities',
    {
      config: { access: ['consumer'] },
      schema: { tags, summary: 'The buyer identities kept on my account (masked)', response: { 200: Obj({ items: Type.Array(IdentitySchema) }) } },
    },
    async (req) => ({ items: await cbec.listIdentities(app.ctx, req.actor) }),
  );

  app.delete(
    '/me/identities/:id',
    {
      config: { access: ['consumer'] },
      schema: {
        tags,
        summary: 'Remove a buyer identity from my account (orders that declared it keep their record)',
        params: IdParams('buyerIdentity'),
        response: { 204: Type.Null() },
      },
    },
    async (req, reply) => {
      await cbec.deleteIdentity(app.ctx, req.actor, req.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me/cross-border-limits',
    {
      config: { access: ['consumer'] },
      schema: {
        tags,
        summary: 'What is used and left of the yearly cross-border limit (26,000.00 CNY) for each identity on my account',
        response: { 200: Obj({ items: Type.Array(LimitsSchema) }) },
      },
    },
    async (req) => ({ items: await cbec.limitsFor(app.ctx, req.actor) }),
  );

  app.post(
    '/cbec/assess',
    {
      config: { access: ['public'] },
      schema: {
        tags,
        summary: 'Preview the import tax and limits of cross-border lines (CNY fen)',
        description:
          `Without identity_id: tax and the single-order limit only. With one (a saved identity of mine, or an unsaved one still usable): the yearly limit too. ` +
          `Refusals are 422 with code ${refusals}; an unknown identity is 404.`,
        body: Obj({
          at: Type.Optional(Type.String({ format: 'date-time', description: 'the order instant (default now): picks the limit year' })),
          identity_id: Type.Optional(Id('buyerIdentity')),
          lines: Type.Array(
            Obj({
              ref: Type.String({ minLength: 1, maxLength: 100 }),
              hs_code: Nullable(Type.String({ pattern: '^[0-9]{4,10}$' })),
              quantity: Type.Integer({ minimum: 1, maximum: 10_000 }),
              amount: Fen('goods paid for the line'),
              freight: Fen('the line’s share of freight'),
            }),
            { minItems: 1, maxItems: 100 },
          ),
        }),
        response: {
          200: Obj({
            ok: Type.Literal(true),
            regime: Type.Union([Type.Literal('cbec'), Type.Literal('general_trade')]),
            order_value: Type.Integer(),
            tax_lines: Type.Array(TaxLineSchema),
            tax_total: Type.Integer(),
            year: Type.Integer(),
            annual_used: Type.Integer(),
            annual_left: Type.Integer(),
            annual_left_after: Type.Integer(),
          }),
        },
      },
    },
    async (req) => {
      const identity = req.body.identity_id ? await cbec.identityForOrder(app.ctx, req.actor, { identity_id: req.body.identity_id }) : null;
      const result = await cbec.assessCrossBorder(app.ctx, {
        id_number_hash: identity?.id_number_hash ?? null,
        at: req.body.at ? new Date(req.body.at) : new Date(),
        lines: req.body.lines,
      });
      if (!result.ok) throw invalidState(result.code, result.message, result.details);
      return result;
    },
  );
}

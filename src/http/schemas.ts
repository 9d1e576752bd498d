import { Type, type TProperties, type TSchema } from 'typebox';
import { type IdKind, idPattern } from '../shared/ids.ts';

/** An object schema that rejects unknown fields: a typo must not be silently dropped. */
export const Obj = <P extends TProperties>(props: P, opts: Record<string, unknown> = {}) => Type.Object(props, { additionalProperties: false, ...opts });

export const Id = (kind: IdKind) => Type.String({ pattern: idPattern(kind), description: `${kind} id` });

export const IdParams = (kind: IdKind) => Obj({ id: Id(kind) });

export const Text = (maxLength = 200, minLength = 1) => Type.String({ minLength, maxLength });

export const Email = Type.String({ format: 'email', maxLength: 254 });

export const Currency = Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217 code' });

export const Country = Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 code' });

/** Integer minor units plus ISO 4217 code; never a float. */
export const Money = Obj({
  amount: Type.Integer({ minimum: 0, maximum: 1e13, description: 'minor units (cents, fen)' }),
  currency: Currency,
});

export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

/** An instant; services hand out Date, the serializer writes ISO 8601 UTC. */
export const Timestamp = Type.Unsafe<Date | string>({ type: 'string', format: 'date-time' });

export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  cursor: Type.Optional(Type.String({ maxLength: 200, pattern: '^[A-Za-z0-9_-]+$' })),
};

/** A page of items plus the cursor of the next page (null on the last). */
export const Page = <T extends TSchema>(item: T) => Obj({ items: Type.Array(item), next_cursor: Type.Union([Type.String(), Type.Null()]) });

export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    code: Type.String({ description: 'stable machine-readable reason' }),
    detail: Type.String(),
    instance: Type.Optional(Type.String()),
    request_id: Type.String(),
  },
  { additionalProperties: true, $id: 'Problem', title: 'Problem (RFC 9457)' },
);

/** A lot or batch number as GS1 AI 10 allows it: 1–20 characters of GS1's character set 82. */
export const LotCode = Type.String({ minLength: 1, maxLength: 20, pattern: '^[!"%&\'()*+,\\-./0-9:;<=>?A-Z_a-z]{1,20}$', description: 'Lot (GS1 AI 10)' });

/** A calendar day (business date), YYYY-MM-DD. */
export const CalendarDate = Type.String({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

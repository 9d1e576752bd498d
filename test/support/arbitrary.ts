import fc from 'fast-check';

/** The subset of JSON Schema our routes use (TypeBox output as it appears in the OpenAPI document). */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  const?: unknown;
  enum?: unknown[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  $ref?: string;
}

// Strings that have broken servers before: injection, control characters, huge, non-BMP, width variants.
const NASTY = [
  '',
  ' ',
  "'; drop table users; --",
  '%_\\',
  '\u0000',
  '\uFEFF',
  'Ｌｅｖｉ’ｓ',
  '😀🇨🇳',
  '牛仔裤',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  'x'.repeat(5000),
  '9'.repeat(40),
  '-1',
  'NaN',
  '2026-02-30T25:61:00Z',
];

/**
 * Inputs shaped like the schema but often wrong: right keys with wrong values, missing required
 * keys, extra keys, wrong types. `pool` adds real values (ids that exist) so some inputs get past
 * schema validation into the services.
 */
export function nearSchema(schema: JsonSchema, pool: Record<string, string[]>, depth = 0): fc.Arbitrary<unknown> {
  const wild = fc.oneof(
    fc.constantFrom(...NASTY),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.string(),
    fc.array(fc.string(), { maxLength: 3 }),
  );
  if (depth > 4) return wild;
  // Mostly well-formed below the top, so many inputs pass the schema and reach the services.
  return fc.oneof({ weight: 1, arbitrary: wild }, { weight: depth === 0 ? 4 : 15, arbitrary: conforming(schema, pool, depth) });
}

function conforming(schema: JsonSchema, pool: Record<string, string[]>, depth: number): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alts = schema.anyOf ?? schema.oneOf;
  if (alts) return fc.oneof(...alts.map((s) => nearSchema(s, pool, depth + 1)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const props = schema.properties ?? {};
      const entries = Object.entries(props).map(([k, s]) => [k, nearSchema(s, pool, depth + 1)] as const);
      const record = fc.record(Object.fromEntries(entries), { requiredKeys: (schema.required ?? []).filter((k) => k in props) });
      return fc.oneof(
        { weight: 5, arbitrary: record },
        // Drop a required key, or add an unknown one.
        { weight: 1, arbitrary: record.map((r) => Object.fromEntries(Object.entries(r as object).slice(1))) },
        { weight: 1, arbitrary: record.map((r) => ({ ...(r as object), unexpected_field: 1 })) },
      );
    }
    case 'array':
      return fc.array(schema.items ? nearSchema(schema.items, pool, depth + 1) : fc.anything(), { maxLength: Math.min(schema.maxItems ?? 4, 4) });
    case 'integer':
      return fc.oneof(
        fc.integer({ min: schema.minimum ?? -1_000_000, max: schema.maximum ?? 1_000_000 }),
        fc.constantFrom(-1, 0, 1, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER),
      );
    case 'number':
      return fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(-91, 0, 91, 181, 1e308));
    case 'boolean':
      return fc.boolean();
    case 'string': {
      const fromPool = poolFor(schema, pool);
      if (schema.format === 'email') return fc.oneof(fc.emailAddress(), fc.constantFrom(...NASTY));
      if (schema.format === 'date-time')
        return fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.constantFrom(...NASTY),
        );
      if (schema.pattern && !fromPool.length) {
        const re = new RegExp(schema.pattern);
        const matching = fc.stringMatching(re).filter((x) => x.length >= (schema.minLength ?? 0) && x.length <= (schema.maxLength ?? 1000));
        return fc.oneof({ weight: 4, arbitrary: matching }, { weight: 1, arbitrary: fc.constantFrom(...NASTY) });
      }
      const base = fc.oneof(
        fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 30, 30) }),
        fc.constantFrom(...NASTY),
        fc.constantFrom('US', 'CN', 'USD', 'CNY', 'XXX', 'Asia/Shanghai', 'a@b.co', '00012345678905', '4006381333931', '620342', 'https://example.com/a.jpg'),
      );
      return fromPool.length ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...fromPool) }, { weight: 2, arbitrary: base }) : base;
    }
    default:
      return fc.anything();
  }
}

function poolFor(schema: JsonSchema, pool: Record<string, string[]>): string[] {
  const m = schema.pattern ? /^\^([a-z]+)_/.exec(schema.pattern) : null;
  if (m) return pool[m[1]!] ?? [];
  return [];
}

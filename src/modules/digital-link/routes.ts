import { Type } from 'typebox';
import { badRequest } from '../../http/errors.ts';
import { Obj } from '../../http/schemas.ts';
import type { App } from '../../http/types.ts';
import { describeDigitalLink } from './service.ts';

const TAGS = ['digital-link'];

const Element = Obj({
  ai: Type.String({ description: 'GS1 Application Identifier, e.g. "01"' }),
  title: Type.String({ description: 'what the AI is' }),
  value: Type.String({ description: 'the value, percent-decoded' }),
});

const Description = Obj({
  ais: Type.Record(Type.String(), Type.String(), { description: 'every AI of the URI (path and query) with its value' }),
  primary_key: Element,
  qualifiers: Type.Array(Element, { description: 'key qualifiers in the path, in order' }),
  attributes: Type.Array(Element, { description: 'data attributes from the query string, in order' }),
  uri: Type.String(),
});

/** GET /api/digital-link/parse: anyone may check a GS1 Digital Link URI. */
export default async function digitalLinkRoutes(app: App): Promise<void> {
  app.get(
    '/digital-link/parse',
    {
      config: { access: ['public'] },
      schema: {
        tags: TAGS,
        summary: 'Parse a GS1 Digital Link URI by the standard (strict): every AI with its value, or the fault',
        description:
          'The URI is checked by the GS1 Digital Link URI syntax (1.2) with its default rules: any domain and path prefix, every primary key ' +
          'with its qualifiers in an allowed order, values checked against the GS1 AI table (length, characters, check digit, dates), numeric ' +
          'query parameters as data attributes, other parameters ignored. Zero-suppressed GTINs and convenience alphas (/gtin/, ?lot=) are ' +
          'refused. A fault is 400 with a `code` (e.g. bad_check_digit, bad_qualifier_order, unknown_ai, convenience_alpha) and `ai` when one is at fault.',
        querystring: Obj({ uri: Type.String({ minLength: 1, maxLength: 4096, description: 'the full Digital Link URI, URL-encoded' }) }),
        response: { 200: Description },
      },
    },
    async (req) => {
      const result = describeDigitalLink(req.query.uri);
      if (!result.ok) throw badRequest(result.code, result.detail, result.ai === undefined ? undefined : { ai: result.ai });
      return result.description;
    },
  );
}

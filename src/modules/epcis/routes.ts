import { Type } from 'typebox';
import { AppError, badRequest } from '../../http/errors.ts';
import type { App } from '../../http/types.ts';
import { captureDocument, getCapture, parseEventQuery, queryDocument, queryEvents } from './service.ts';

// EPCIS documents are open JSON-LD (extensions are allowed anywhere), so the route schemas only
// say "an object"; our own EPCIS schema (epcis-schema.ts) validates captures, and the query
// string is parsed by the binding's rules so an unknown parameter gets its own problem code.
const AnyObject = Type.Object({}, { additionalProperties: true });
const TAGS = ['epcis'];
const VERSION_HEADERS = { 'GS1-EPCIS-Version': '2.0.0', 'GS1-CBV-Version': '2.0.0', 'GS1-EPCIS-Min': '2.0.0', 'GS1-EPCIS-Max': '2.0.0' };

/** GS1 EPCIS 2.0 REST binding (registered under /epcis): events query, capture, capture jobs. */
export default async function routes(app: App): Promise<void> {
  // The binding sends JSON-LD; parse it as the JSON it is (the app's body limit applies).
  app.addContentTypeParser('application/ld+json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));
  app.addHook('onSend', async (_req, reply) => {
    reply.headers(VERSION_HEADERS);
  });

  app.get(
    '/events',
    {
      config: { access: ['merchant', 'brand_owner', 'operator'] },
      schema: {
        tags: TAGS,
        summary: 'EPCIS 2.0 events: captured ones and the ledger read as events, in eventTime order',
        description:
          'Query parameters of the EPCIS 2.0 REST binding: eventType, GE_/LT_eventTime, GE_/LT_recordTime, EQ_action, EQ_bizStep, ' +
          'EQ_disposition (bare CBV word or full URI), EQ_bizLocation, EQ_readPoint, MATCH_epc, MATCH_epcClass, MATCH_anyEPCClass, ' +
          'EQ_eventID, perPage, nextPageToken. Several values: repeat the parameter or separate with "|".',
        querystring: AnyObject,
        response: { 200: AnyObject },
      },
    },
    async (req, reply) => {
      const q = parseEventQuery(req.query as Record<string, unknown>);
      const page = await queryEvents(app.ctx, req.actor, q);
      if (page.nextPageToken) {
        const params = new URLSearchParams(req.url.split('?')[1] ?? '');
        params.set('nextPageToken', page.nextPageToken);
        reply.header('link', `<${req.url.split('?')[0]}?${params.toString()}>; rel="next"`);
      }
      return reply.type('application/ld+json').send(queryDocument(page.events));
    },
  );

  app.post(
    '/capture',
    {
      config: { access: ['merchant'] },
      schema: {
        tags: TAGS,
        summary: 'Capture an EPCIS 2.0 document (EPCISDocument with an eventList); answered 202 with the capture job',
        description:
          'Validated against our EPCIS 2.0 JSON Schema: invalid documents are refused whole (400 epcis_invalid with the validator messages). ' +
          'Processed within the request: receiving/shipping events about own GTINs at known locations move stock, all or nothing.',
        body: Type.Unsafe<unknown>({ description: 'EPCISDocument (application/json or application/ld+json)' }),
        response: { 202: AnyObject },
      },
    },
    async (req, reply) => {
      const behaviour = req.headers['gs1-capture-error-behaviour'];
      if (behaviour !== undefined && behaviour !== 'rollback')
        throw badRequest(
          'epcis_capture_error_behaviour_unsupported',
          'Only GS1-Capture-Error-Behaviour: rollback is supported (a document is applied whole or not at all)',
        );
      try {
        const result = await captureDocument(app.ctx, req.actor, req.body);
        return reply
          .code(202)
          .header('location', `/epcis/capture/${result.captureId}`)
          .send({
            captureID: result.captureId,
            eventCount: result.stored + result.duplicates,
            stored: result.stored,
            duplicates: result.duplicates,
            applied: result.applied,
          });
      } catch (e) {
        // A valid document the ledger refused still has a (failed) capture job to look at.
        if (e instanceof AppError && typeof e.details?.captureID === 'string') reply.header('location', `/epcis/capture/${e.details.captureID}`);
        throw e;
      }
    },
  );

  app.get(
    '/capture/:captureID',
    {
      config: { access: ['merchant', 'brand_owner', 'operator'] },
      schema: {
        tags: TAGS,
        summary: 'A capture job: running, success and errors',
        params: Type.Object({ captureID: Type.String({ pattern: '^ecp_[0-9A-HJKMNP-TV-Z]{26}$' }) }, { additionalProperties: false }),
        response: { 200: AnyObject },
      },
    },
    async (req) => getCapture(app.ctx, req.actor, req.params.captureID),
  );
}

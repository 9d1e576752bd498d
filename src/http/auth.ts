import type { FastifyRequest } from 'fastify';
import { authenticate } from '../modules/identity/service.ts';
import { ANONYMOUS, roleOf } from '../shared/actor.ts';
import { forbidden, unauthorized } from './errors.ts';
import type { App } from './types.ts';

/**
 * Authentication (bearer session token or merchant API key) and the route access check.
 * Every route must declare `config.access`; a route without one fails at start-up.
 */
export function registerAuth(app: App): void {
  app.decorateRequest('actor', null as never);

  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    if (!access || access.length === 0) throw new Error(`Route ${route.method} ${route.url} does not say who may call it (config.access)`);
    if (route.schema?.hide) return;
    const schema = (route.schema ??= {}) as Record<string, unknown>;
    schema['x-access'] = access;
    if (!access.includes('public')) schema.security = [{ bearer: [] }];
  });

  // onRequest, before body parsing and validation: a caller who may not call a route learns
  // nothing about its input rules, and the answer does not depend on the body sent.
  app.addHook('onRequest', async (req: FastifyRequest) => {
    req.actor = ANONYMOUS;
    const access = req.routeOptions.config?.access;
    if (!access) return; // the not-found handler
    const header = req.headers.authorization;
    if (header !== undefined) {
      const m = /^Bearer\s+(\S{10,200})$/i.exec(header);
      if (!m) throw unauthorized('Authorization must be "Bearer <token>"');
      const actor = await authenticate(app.ctx, m[1]!);
      if (!actor) throw unauthorized('The token is unknown, expired or revoked');
      req.actor = actor;
    }
    if (access.includes('public')) return;
    const role = roleOf(req.actor);
    if (!role) throw unauthorized();
    if (access.includes('authenticated') || access.includes(role)) return;
    throw forbidden(`This needs one of: ${access.join(', ')}`);
  });
}

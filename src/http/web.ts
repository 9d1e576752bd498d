import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { WEB_DIST } from '../web-build.ts';
import { problem, sendProblem } from './problem.ts';
import type { App } from './types.ts';

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Meridian</title></head>
<body><main><h1>Meridian</h1><p>The web app is not built. Run <code>npm start</code> (it builds it) or <code>npm run web:build</code>.
The API is at <a href="/api/docs">/api/docs</a>.</p></main></body></html>`;

/** The built web app's index.html, or null when web/dist has no build (read when called). */
export function readWebIndex(): string | null {
  const file = path.join(WEB_DIST, 'index.html');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
}

/**
 * Serves the built web app from web/dist at / next to the API. Hashed assets are cached for a
 * year; index.html never, so a new build is seen at once. Other paths a browser asks for get
 * index.html (the app routes on the client); unknown /api paths stay a 404 problem document.
 */
export async function registerWeb(app: App): Promise<void> {
  const builtIndex = readWebIndex();
  const built = builtIndex !== null;
  if (built) await app.register(fastifyStatic, { root: WEB_DIST, serve: false });
  const index = builtIndex ?? NOT_BUILT;
  const page = (reply: FastifyReply) => reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(index);
  const handler = async (req: FastifyRequest, reply: FastifyReply) => {
    const url = req.url.split('?')[0]!;
    if (url.startsWith('/api/') || url === '/api' || url === '/metrics')
      return sendProblem(reply, problem(req, 404, 'route_not_found', `No route ${req.method} ${url}`));
    if (built && url !== '/') {
      let decoded = url;
      try {
        decoded = decodeURIComponent(url);
      } catch {
        // A malformed escape names no file.
      }
      const rel = path.normalize(decoded).replace(/^[/\\]+/, '');
      const file = path.join(WEB_DIST, rel);
      if (file.startsWith(WEB_DIST + path.sep) && !rel.startsWith('.') && fs.statSync(file, { throwIfNoEntry: false })?.isFile()) {
        const immutable = rel.startsWith(`assets${path.sep}`);
        return reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache').sendFile(rel);
      }
    }
    // A browser navigating gets the app; anything else asking for an unknown path gets the usual 404.
    if (url === '/' || (req.headers.accept ?? '').includes('text/html')) return page(reply);
    return sendProblem(reply, problem(req, 404, 'route_not_found', `No route ${req.method} ${url}`));
  };
  app.get('/', { config: { access: ['public'] }, schema: { hide: true } }, handler);
  app.get('/*', { config: { access: ['public'] }, schema: { hide: true } }, handler);
}

import { ApiError, type Problem, tokenStore } from '../api/client';

/**
 * A call to an API that web/src/api/schema.d.ts does not describe yet, with the session's token; a
 * problem document becomes an ApiError as with the typed client. Used by the issue 7 pages
 * (webhooks, replenishment, forecasts) until `npm run api:types` regenerates the types: then they
 * move to `api` from ../api/client and this file goes.
 */
export async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  const token = tokenStore.get();
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!res.ok) {
    const p = (json ?? {}) as Partial<Problem>;
    throw new ApiError({ status: res.status, code: p.code ?? 'network_error', detail: p.detail ?? res.statusText, ...p } as Problem);
  }
  return json as T;
}

/** A query string of the defined values. */
export const qs = (q: Record<string, string | number | null | undefined>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
};

import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type { components, paths };
export type Schemas = components['schemas'];

const TOKEN_KEY = 'meridian.token';

export const tokenStore = {
  get: (): string | null => localStorage.getItem(TOKEN_KEY),
  set: (token: string | null) => (token ? localStorage.setItem(TOKEN_KEY, token) : localStorage.removeItem(TOKEN_KEY)),
};

/** A problem document (RFC 9457) as the API answers every error. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  code: string;
  detail?: string;
  [k: string]: unknown;
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.code);
  }
}

const auth: Middleware = {
  onRequest({ request }) {
    const token = tokenStore.get();
    if (token && !request.headers.has('authorization')) request.headers.set('authorization', `Bearer ${token}`);
    return request;
  },
};

/** The typed API client: paths, parameters and answers come from the OpenAPI document. */
export const api = createClient<paths>({ baseUrl: '' });
api.use(auth);

/** The data of an answer, or throws ApiError with the problem document. */
export function unwrap<T>(r: { data?: T; error?: unknown; response: Response }): T {
  if (r.error !== undefined || r.data === undefined) {
    const p = (r.error ?? {}) as Partial<Problem>;
    throw new ApiError({ status: r.response.status, code: p.code ?? 'network_error', detail: p.detail ?? r.response.statusText, ...p } as Problem);
  }
  return r.data;
}

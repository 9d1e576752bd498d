/** A small HTTP client for setting the benchmark up through the API, as its users would. */
export class Api {
  constructor(readonly base: string) {}

  async call<T>(
    method: string,
    path: string,
    o: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<{ status: number; body: T }> {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        ...(o.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(o.token ? { authorization: `Bearer ${o.token}` } : {}),
        ...o.headers,
      },
      body: o.body !== undefined ? JSON.stringify(o.body) : null,
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  }

  /** Like call, but a status other than `expect` is an error. */
  async ok<T>(method: string, path: string, o: { token?: string; body?: unknown; headers?: Record<string, string>; expect?: number } = {}): Promise<T> {
    const r = await this.call<T>(method, path, o);
    if (r.status !== (o.expect ?? (method === 'POST' ? 201 : 200))) throw new Error(`${method} ${path} → ${r.status}: ${JSON.stringify(r.body).slice(0, 500)}`);
    return r.body;
  }

  async login(email: string, password = 'meridian'): Promise<string> {
    return (await this.ok<{ token: string }>('POST', '/api/auth/login', { body: { email, password }, expect: 200 })).token;
  }

  /** Every item of a cursor-paged list. */
  async all<T>(path: string, token?: string): Promise<T[]> {
    const out: T[] = [];
    let cursor: string | null = null;
    do {
      const sep = path.includes('?') ? '&' : '?';
      const page: { items: T[]; next_cursor: string | null } = await this.ok(
        'GET',
        `${path}${sep}limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        token ? { token } : {},
      );
      out.push(...page.items);
      cursor = page.next_cursor;
    } while (cursor);
    return out;
  }
}

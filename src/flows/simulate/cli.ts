import { parseArgs } from 'node:util';
import { basketSize, localClock, poisson, ratePerHour } from './model.ts';

const HELP = `meridian simulate — demo shoppers online and at the store tills, against a running server

Usage: meridian simulate [options]
  --url URL            the server (default http://localhost:3000)
  --speed N            simulated seconds per real second (default 60: a minute a second, a day in 24 minutes)
  --minutes N          stop after this many real minutes (default 10)
  --max-orders N       stop after this many orders and sales (default 5000)
  --store-rate N       till sales per store per hour on an average hour (default 12)
  --online-rate N      online orders per hour on an average hour, over all stores' cities (default 60)
  --start INSTANT      the simulated clock's start, ISO 8601 (default now); shop hours follow it
  --email E            operator account that rings up till sales and restocks (default operator@meridian.demo)
  --password P         its password (default $MERIDIAN_SIM_PASSWORD or "meridian", the demo data's)
  --quiet              no progress lines

Till sales happen in every open department store and mall at their local shop hours; online orders
(delivery to a store's city, or pick-up in a store) around the clock. A sold-out item at a store
is restocked (a receipt, as deliveries would). Ctrl-C stops after the requests in flight.
`;

interface Place {
  id: string;
  kind: string;
  city: string;
  latitude: number;
  longitude: number;
  timezone: string;
  status: string;
}

/** Runs `meridian simulate` with the arguments after the command name; resolves to the exit code. */
export async function runSimulateCommand(args: string[]): Promise<number> {
  let opts;
  try {
    opts = parseArgs({
      args,
      strict: true,
      options: {
        url: { type: 'string', default: 'http://localhost:3000' },
        speed: { type: 'string', default: '60' },
        minutes: { type: 'string', default: '10' },
        'max-orders': { type: 'string', default: '5000' },
        'store-rate': { type: 'string', default: '12' },
        'online-rate': { type: 'string', default: '60' },
        start: { type: 'string' },
        email: { type: 'string', default: 'operator@meridian.demo' },
        password: { type: 'string', default: process.env.MERIDIAN_SIM_PASSWORD ?? 'meridian' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (err) {
    process.stderr.write(`simulate: ${(err as Error).message}\n`);
    return 2;
  }
  if (opts.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const n = (name: keyof typeof opts, min: number) => {
    const v = Number(opts[name]);
    if (!Number.isFinite(v) || v < min) throw new Error(`--${name} must be a number ≥ ${min}`);
    return v;
  };
  let speed: number, minutes: number, maxOrders: number, storeRate: number, onlineRate: number;
  try {
    [speed, minutes, maxOrders, storeRate, onlineRate] = [n('speed', 1), n('minutes', 0), n('max-orders', 1), n('store-rate', 0), n('online-rate', 0)];
  } catch (err) {
    process.stderr.write(`simulate: ${(err as Error).message}\n`);
    return 2;
  }
  const startAt = opts.start === undefined ? Date.now() : Date.parse(opts.start);
  if (Number.isNaN(startAt)) {
    process.stderr.write(`simulate: --start must be an ISO 8601 instant such as 2026-06-06T10:00:00+08:00, got "${opts.start}"\n`);
    return 2;
  }
  const base = opts.url.replace(/\/$/, '');
  const say = (m: string) => {
    if (!opts.quiet) process.stderr.write(`[simulate] ${m}\n`);
  };

  const call = async (method: string, path: string, body?: unknown, token?: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = text;
    }
    return { status: res.status, body: json as Record<string, unknown> };
  };

  let token: string;
  try {
    const login = await call('POST', '/api/auth/login', { email: opts.email, password: opts.password });
    if (login.status !== 200) {
      process.stderr.write(`simulate: cannot sign in as ${opts.email} at ${base} (${login.status})\n`);
      return 1;
    }
    token = String(login.body.token);
  } catch (err) {
    process.stderr.write(`simulate: no server answers at ${base} (${(err as Error).message}); start one with npm start\n`);
    return 1;
  }

  // What can be sold: active, untracked USD variants of active ambient products; open stores.
  const all = async <T>(path: string): Promise<T[]> => {
    const out: T[] = [];
    let next: string | null = null;
    do {
      const r = await call('GET', `${path}${path.includes('?') ? '&' : '?'}limit=100${next ? `&cursor=${encodeURIComponent(next)}` : ''}`);
      if (r.status !== 200) throw new Error(`GET ${path} → ${r.status}`);
      const page = r.body as unknown as { items: T[]; next_cursor: string | null };
      out.push(...page.items);
      next = page.next_cursor;
    } while (next && out.length < 2_000);
    return out;
  };
  const places = await all<Place>('/api/locations');
  // Stores with a till of their own (a mall's counters sell through theirs).
  const stores: Place[] = [];
  for (const p of places.filter((x) => x.status === 'open' && x.kind !== 'warehouse')) {
    const detail = await call('GET', `/api/locations/${p.id}`);
    if (detail.status === 200 && detail.body.till_channel) stores.push(p);
  }
  const variants: string[] = [];
  const products = (await all<{ id: string; status: string; temperature_class: string }>('/api/products')).filter(
    (x) => x.status === 'active' && x.temperature_class === 'ambient',
  );
  for (const p of products.slice(0, 200)) {
    const detail = (await call('GET', `/api/products/${p.id}`)).body as {
      variants: Array<{ id: string; status: string; lot_tracked: boolean; price: { currency: string } }>;
    };
    for (const v of detail.variants) if (v.status === 'active' && !v.lot_tracked && v.price.currency === 'USD') variants.push(v.id);
  }
  if (!stores.length || !variants.length) {
    process.stderr.write('simulate: the server has no open stores or nothing to sell; load the demo data (npm start seeds an empty database)\n');
    return 1;
  }
  say(`${stores.length} stores, ${variants.length} variants; speed ${speed}×, for ${minutes} min or ${maxOrders} orders`);

  let seed = Date.now() % 2 ** 31;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;
  const stats = { till: 0, online: 0, out_of_stock: 0, restocked: 0, errors: 0 };
  // The first answer of each unexpected kind, to say what went wrong.
  const problems: Record<string, string> = {};
  const problem = (what: string, r: { status: number; body: unknown }) => {
    stats.errors++;
    const key = `${what} ${r.status}`;
    if (!(key in problems)) problems[key] = JSON.stringify(r.body).slice(0, 300);
  };
  let stopping = false;
  const stop = () => {
    if (!stopping) say('stopping after the requests in flight…');
    stopping = true;
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  const restock = async (storeId: string, variantId: string) => {
    const r = await call(
      'POST',
      '/api/stock/receipts',
      { location_id: storeId, lines: [{ variant_id: variantId, quantity: 24 }], reference: 'simulate restock' },
      token,
    );
    if (r.status === 201) stats.restocked++;
  };
  const lines = () => {
    const k = basketSize(random);
    return [...new Set(Array.from({ length: k }, () => pick(variants)))].map((variant_id) => ({ variant_id, quantity: 1 }));
  };
  const tillSale = async (store: Place) => {
    const ls = lines();
    const sale = () =>
      call(
        'POST',
        '/api/till/sales',
        {
          client_sale_id: `sim-${Date.now().toString(36)}-${Math.floor(random() * 1e9).toString(36)}`,
          location_id: store.id,
          lines: ls,
          payment: { method: random() < 0.8 ? 'card' : 'cash', token: 'tok_ok' },
        },
        token,
      );
    let r = await sale();
    if (r.body?.code === 'out_of_stock' || r.body?.code === 'insufficient_stock') {
      // The shelf is empty: the store's delivery comes, and the shopper buys after all.
      stats.out_of_stock++;
      for (const l of ls) await restock(store.id, l.variant_id);
      r = await sale();
    }
    if (r.status === 201) stats.till++;
    else if (r.body?.code !== 'out_of_stock') problem('till sale', r);
  };
  const onlineOrder = async () => {
    const store = pick(stores);
    const basket = lines();
    const order = (pickup: boolean) =>
      call(
        'POST',
        '/api/orders',
        {
          lines: basket.map((l) => ({ ...l, fulfilment: pickup ? 'pickup' : 'delivery', ...(pickup ? { pickup_location_id: store.id } : {}) })),
          ...(pickup
            ? {}
            : {
                delivery: {
                  recipient: '王芳',
                  phone: '+86 138 0000 0000',
                  address_line: '1 Demo Road',
                  city: store.city,
                  country: 'CN',
                  latitude: store.latitude,
                  longitude: store.longitude,
                },
              }),
          guest_email: `sim-${Math.floor(random() * 500)}@example.com`,
          payment: { token: 'tok_ok' },
        },
        undefined,
        { 'idempotency-key': `sim-${Date.now().toString(36)}-${Math.floor(random() * 1e9).toString(36)}` },
      );
    let r = await order(random() < 0.3);
    // Goods from a bonded warehouse or the US need the buyer's resident ID, which simulated
    // guests do not give: they collect from the store's own stock instead.
    if (r.body?.code === 'cbec_identity_required') r = await order(true);
    if (r.body?.code === 'out_of_stock') {
      // Nothing near enough: the store is restocked and the shopper collects there.
      stats.out_of_stock++;
      for (const l of basket) await restock(store.id, l.variant_id);
      r = await order(true);
    }
    if (r.status === 201) stats.online++;
    else if (r.body?.code === 'out_of_stock') stats.out_of_stock++;
    else problem('online order', r);
  };

  const started = Date.now();
  let simulated = startAt;
  let lastReport = started;
  const inflight = new Set<Promise<void>>();
  // Orders and sales started: the bound is on these, so a fast simulation does not overshoot it.
  let launched = 0;
  const track = (p: Promise<void>) => {
    launched++;
    const q = p.catch((err: unknown) => problem('request failed', { status: 0, body: err instanceof Error ? err.message : String(err) }));
    inflight.add(q);
    void q.finally(() => inflight.delete(q));
  };
  while (!stopping && Date.now() - started < minutes * 60_000 && launched < maxOrders) {
    const tick = Date.now();
    const hours = speed / 3600; // simulated hours per real second
    // This second's shoppers, in a random order so a bound cuts across stores and the web shop alike.
    const due: Array<() => Promise<void>> = [];
    for (const s of stores) {
      const { hour, weekday } = localClock(new Date(simulated), s.timezone);
      for (let k = poisson(ratePerHour(storeRate, hour, weekday, 'store') * hours, random); k > 0; k--) due.push(() => tillSale(s));
    }
    const { hour, weekday } = localClock(new Date(simulated), 'Asia/Shanghai');
    for (let k = poisson(ratePerHour(onlineRate, hour, weekday, 'online') * hours, random); k > 0; k--) due.push(onlineOrder);
    for (let i = due.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [due[i], due[j]] = [due[j]!, due[i]!];
    }
    for (const start of due) {
      if (launched >= maxOrders) break;
      track(start());
    }
    // Never more than a few hundred requests waiting: a slow server slows the simulation down.
    while (inflight.size > 200) await Promise.race(inflight);
    if (tick - lastReport >= 10_000) {
      lastReport = tick;
      say(`${new Date(simulated).toISOString().slice(0, 16)} simulated: ${JSON.stringify(stats)}`);
    }
    simulated += speed * 1000;
    await new Promise((r) => setTimeout(r, Math.max(0, 1000 - (Date.now() - tick))));
  }
  await Promise.all(inflight);
  process.removeListener('SIGINT', stop);
  process.removeListener('SIGTERM', stop);
  for (const [what, body] of Object.entries(problems)) process.stderr.write(`simulate: ${what}: ${body}\n`);
  process.stdout.write(
    `${JSON.stringify({ ...stats, real_seconds: Math.round((Date.now() - started) / 1000), simulated_hours: Math.round(((simulated - startAt) / 3_600_000) * 10) / 10 })}\n`,
  );
  return stats.errors > 0 && stats.till + stats.online === 0 ? 1 : 0;
}

import { useSyncExternalStore } from 'react';
import { ApiError, api, unwrap } from '../api/client';
import { isNetworkError, type Money, rememberMethod, type SaleBody, type SyncResult } from './data';

/**
 * The till's offline queue. A sale that cannot reach the platform (offline, or the request
 * failed on the network) is kept in localStorage with its client_sale_id and sold_at, exactly as
 * it would have been sent, and sent again when the connection is back (POST /api/till/sales/sync).
 * The platform records a client_sale_id once, so a sale that did arrive before the connection
 * dropped, or is sent by two tabs at once, is never sold twice; the body is resent unchanged,
 * since the platform refuses the same id with a different sale.
 */

export interface QueuedSale {
  body: SaleBody;
  queued_at: string;
  /** queued: waiting to be sent; failed: the platform refused it (e.g. out of stock), the clerk decides. */
  state: 'queued' | 'failed';
  error: { code: string; detail: string } | null;
  /** What the till showed as the total when it was queued (null: some items were not priced offline). */
  total: Money | null;
  units: number;
}

export interface SyncedSale {
  client_sale_id: string;
  order_id: string;
  number: number | null;
  synced_at: string;
}

export interface QueueState {
  queued: QueuedSale[];
  synced: SyncedSale[];
  syncing: boolean;
  /** Why the last attempt did not get through (network), if it did not. */
  lastError: unknown;
  lastAttempt: string | null;
}

const QUEUE_KEY = 'meridian.till.queue';
const SYNCED_KEY = 'meridian.till.synced';
const SYNCED_MAX = 20;

function read<T>(key: string): T[] {
  try {
    const v = JSON.parse(localStorage.getItem(key) ?? '[]') as unknown;
    return Array.isArray(v) ? (v as T[]) : [];
  } catch {
    return [];
  }
}

let state: QueueState = { queued: read<QueuedSale>(QUEUE_KEY), synced: read<SyncedSale>(SYNCED_KEY), syncing: false, lastError: null, lastAttempt: null };
const listeners = new Set<() => void>();

function set(next: Partial<QueueState>) {
  state = { ...state, ...next };
  for (const l of listeners) l();
}

/** Reads the stored queue again (another tab may have changed it) and applies a change to it. */
function update(change: (queued: QueuedSale[], synced: SyncedSale[]) => { queued?: QueuedSale[]; synced?: SyncedSale[] }) {
  const current = { queued: read<QueuedSale>(QUEUE_KEY), synced: read<SyncedSale>(SYNCED_KEY) };
  const out = change(current.queued, current.synced);
  const queued = out.queued ?? current.queued;
  const synced = (out.synced ?? current.synced).slice(-SYNCED_MAX);
  localStorage.setItem(QUEUE_KEY, JSON.stringify(queued));
  localStorage.setItem(SYNCED_KEY, JSON.stringify(synced));
  set({ queued, synced });
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === QUEUE_KEY || e.key === SYNCED_KEY) set({ queued: read<QueuedSale>(QUEUE_KEY), synced: read<SyncedSale>(SYNCED_KEY) });
  });
}

export function enqueue(body: SaleBody, total: Money | null): void {
  rememberMethod(body.client_sale_id, body.payment.method);
  const units = body.lines.reduce((n, l) => n + l.quantity, 0);
  update((queued) => ({
    queued: queued.some((q) => q.body.client_sale_id === body.client_sale_id)
      ? queued
      : [...queued, { body, queued_at: new Date().toISOString(), state: 'queued', error: null, total, units }],
  }));
}

/** A failed sale the clerk has dealt with (e.g. took the goods back) leaves the list. */
export function dismiss(clientSaleId: string): void {
  update((queued) => ({ queued: queued.filter((q) => q.body.client_sale_id !== clientSaleId) }));
}

/** Puts a failed sale back in line (after the shelf was counted, say) and sends it. */
export function retry(clientSaleId: string): Promise<void> {
  update((queued) => ({ queued: queued.map((q) => (q.body.client_sale_id === clientSaleId ? { ...q, state: 'queued', error: null } : q)) }));
  return syncNow();
}

async function orderNumber(id: string): Promise<number | null> {
  try {
    return unwrap(await api.GET('/api/orders/{id}', { params: { path: { id } } })).number;
  } catch {
    return null;
  }
}

/** Sends every queued sale in one call; when the call itself is refused, sends them one by one so one bad sale cannot hold the rest. */
async function send(pending: QueuedSale[]): Promise<SyncResult[] | null> {
  try {
    const r = unwrap(await api.POST('/api/till/sales/sync', { body: { sales: pending.map((p) => p.body) }, signal: AbortSignal.timeout(30_000) }));
    return r.results;
  } catch (e) {
    if (isNetworkError(e) || !(e instanceof ApiError) || e.problem.status === 401 || e.problem.status === 429 || e.problem.status >= 500) {
      set({ lastError: e });
      return null;
    }
  }
  const results: SyncResult[] = [];
  for (const p of pending) {
    try {
      const order = unwrap(await api.POST('/api/till/sales', { body: p.body, signal: AbortSignal.timeout(15_000) }));
      results.push({ client_sale_id: p.body.client_sale_id, status: 'created', order_id: order.id, error: null });
    } catch (e) {
      if (isNetworkError(e) || !(e instanceof ApiError) || e.problem.status === 401 || e.problem.status >= 500) {
        set({ lastError: e });
        break;
      }
      results.push({
        client_sale_id: p.body.client_sale_id,
        status: 'failed',
        order_id: null,
        error: { code: e.problem.code, detail: e.problem.detail ?? '' },
      });
    }
  }
  return results;
}

let running: Promise<void> | null = null;

/** Sends what is queued, once at a time; safe to call from the online event, a timer and a button. */
export function syncNow(): Promise<void> {
  if (running) return running;
  const pending = read<QueuedSale>(QUEUE_KEY).filter((q) => q.state === 'queued');
  if (pending.length === 0) return Promise.resolve();
  running = (async () => {
    set({ syncing: true, lastAttempt: new Date().toISOString() });
    try {
      const results = await send(pending);
      if (!results) return;
      const byId = new Map(results.map((r) => [r.client_sale_id, r]));
      const done: SyncedSale[] = [];
      for (const r of results) {
        if (r.status === 'failed' || !r.order_id) continue;
        const sale = pending.find((p) => p.body.client_sale_id === r.client_sale_id);
        if (sale) rememberMethod(r.order_id, sale.body.payment.method);
        done.push({ client_sale_id: r.client_sale_id, order_id: r.order_id, number: await orderNumber(r.order_id), synced_at: new Date().toISOString() });
      }
      update((queued, synced) => ({
        queued: queued.flatMap((q) => {
          const r = byId.get(q.body.client_sale_id);
          if (!r) return [q];
          if (r.status === 'failed') return [{ ...q, state: 'failed' as const, error: r.error }];
          return [];
        }),
        synced: [...synced.filter((s) => !done.some((d) => d.client_sale_id === s.client_sale_id)), ...done],
      }));
      set({ lastError: null });
    } finally {
      running = null;
      set({ syncing: false });
    }
  })();
  return running;
}

export function forgetSynced(): void {
  update(() => ({ synced: [] }));
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** The queue as React state. */
export function useQueue(): QueueState {
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => state,
  );
}

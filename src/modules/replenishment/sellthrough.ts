// Daily sell-through: the rollup consumer (kept as stock.moved events arrive) and the dashboard query.
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Ctx } from '../../http/types.ts';
import { badRequest, forbidden } from '../../http/errors.ts';
import { type Actor, isOperator, merchantOf } from '../../shared/actor.ts';
import type { Consumer } from '../events/hub.ts';
import type { StreamEvent } from '../events/repository.ts';
import { locationZones } from '../locations/service.ts';
import type { SellChannel } from './schema.ts';

export const ROLLUP_CONSUMER = 'sellthrough.rollup';

const dayFormats = new Map<string, Intl.DateTimeFormat>();
/** The calendar day of an instant in an IANA time zone, YYYY-MM-DD. */
export function localDay(at: Date, timeZone: string): string {
  let f = dayFormats.get(timeZone);
  if (!f) {
    // en-CA formats dates as YYYY-MM-DD.
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, f);
  }
  return f.format(at);
}

interface Row {
  merchant_id: string;
  variant_id: string;
  location_id: string;
  day: string;
  channel: SellChannel;
  units_sold: number;
  units_returned: number;
}

/** Folds a batch of stock.moved events into per-key increments (sales and returns only). */
export async function rollupBatch(ctx: Ctx, events: StreamEvent[]): Promise<Row[]> {
  const relevant = events.filter((e) => {
    const reason = e.payload.reason;
    return (reason === 'sale' || reason === 'return') && e.merchant_id !== null && e.location_id !== null;
  });
  if (relevant.length === 0) return [];
  const zones = await locationZones(ctx, [...new Set(relevant.map((e) => e.location_id!))]);
  const rows = new Map<string, Row>();
  for (const e of relevant) {
    const p = e.payload as { reason: string; variant_id?: string; on_hand_delta?: number; channel?: string | null };
    const units = Math.abs(Number(p.on_hand_delta ?? 0));
    if (!units) continue;
    const tz = zones.get(e.location_id!)?.timezone ?? 'UTC';
    const channel: SellChannel = p.channel === 'online' || p.channel === 'till' ? p.channel : 'other';
    const variant = p.variant_id ?? e.subject_id;
    const day = localDay(new Date(e.occurred_at), tz);
    const key = `${variant}|${e.location_id}|${day}|${channel}`;
    const row = rows.get(key) ?? {
      merchant_id: e.merchant_id!,
      variant_id: variant,
      location_id: e.location_id!,
      day,
      channel,
      units_sold: 0,
      units_returned: 0,
    };
    if (p.reason === 'sale') row.units_sold += units;
    else row.units_returned += units;
    rows.set(key, row);
  }
  return [...rows.values()];
}

/** The durable consumer keeping daily_sell_through: increments commit with its cursor, so each event counts once. */
export function rollupConsumer(config: Ctx['config']): Consumer {
  return {
    name: ROLLUP_CONSUMER,
    startAt: 'beginning',
    filter: { types: ['stock.moved'] },
    async handle(tx: Transaction<DB>, events: StreamEvent[]) {
      const rows = await rollupBatch({ db: tx, config }, events);
      // Bounded statements: a replay from the beginning hands over batches of up to 1,000 events.
      for (let i = 0; i < rows.length; i += 500) {
        await tx
          .insertInto('daily_sell_through')
          .values(rows.slice(i, i + 500))
          .onConflict((oc) =>
            oc.columns(['variant_id', 'location_id', 'day', 'channel']).doUpdateSet({
              units_sold: sql<number>`daily_sell_through.units_sold + excluded.units_sold`,
              units_returned: sql<number>`daily_sell_through.units_returned + excluded.units_returned`,
            }),
          )
          .execute();
      }
    },
  };
}

export type SellThroughGroup = 'day' | 'location' | 'channel';

export interface SellThroughQuery {
  from?: string | undefined;
  to?: string | undefined;
  location_id?: string | undefined;
  variant_id?: string | undefined;
  merchant_id?: string | undefined;
  group?: SellThroughGroup | undefined;
}

export const DEFAULT_DAYS = 28;
export const MAX_DAYS = 366;

const isDay = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const addDays = (s: string, n: number) => new Date(Date.parse(`${s}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

/** Checks and defaults a day range: `to` today (UTC) and `from` DEFAULT_DAYS before; at most MAX_DAYS. */
export function dayRange(from: string | undefined, to: string | undefined, defaultDays = DEFAULT_DAYS): { from: string; to: string } {
  for (const [k, v] of [
    ['from', from],
    ['to', to],
  ] as const)
    if (v !== undefined && !isDay(v)) throw badRequest('invalid_day', `${k} must be a day, YYYY-MM-DD`);
  const end = to ?? (from ? addDays(from, defaultDays - 1) : new Date().toISOString().slice(0, 10));
  const start = from ?? addDays(end, -(defaultDays - 1));
  if (start > end) throw badRequest('invalid_range', 'from is after to');
  if (daysBetween(start, end) + 1 > MAX_DAYS) throw badRequest('range_too_long', `At most ${MAX_DAYS} days at once`);
  return { from: start, to: end };
}

/** The merchant whose data an actor reads: their own; an operator the one asked for (or all: null). */
export function merchantScope(actor: Actor, asked: string | undefined): string | null {
  if (isOperator(actor)) return asked ?? null;
  const mine = merchantOf(actor);
  if (!mine) throw forbidden('Only merchants, brand owners and operators read sell-through');
  if (asked !== undefined && asked !== mine) throw forbidden('You may only read your own sell-through');
  return mine;
}

function filtered(db: Kysely<DB>, merchant: string | null, q: SellThroughQuery, range: { from: string; to: string }) {
  let b = db.selectFrom('daily_sell_through').where('day', '>=', range.from).where('day', '<=', range.to);
  if (merchant) b = b.where('merchant_id', '=', merchant);
  if (q.location_id) b = b.where('location_id', '=', q.location_id);
  if (q.variant_id) b = b.where('variant_id', '=', q.variant_id);
  return b;
}

/** Units sold and returned for the dashboard, grouped by day, location or channel, with totals; own data only. */
export async function sellThrough(ctx: Ctx, actor: Actor, q: SellThroughQuery) {
  const merchant = merchantScope(actor, q.merchant_id);
  const range = dayRange(q.from, q.to);
  const group = q.group ?? 'day';
  const col = group === 'day' ? 'day' : group === 'location' ? 'location_id' : 'channel';
  const rows = await filtered(ctx.db, merchant, q, range)
    .select([
      sql<string>`${sql.ref(col)}::text`.as('key'),
      sql<number>`coalesce(sum(units_sold), 0)::int`.as('units_sold'),
      sql<number>`coalesce(sum(units_returned), 0)::int`.as('units_returned'),
    ])
    .groupBy(col)
    .orderBy(col)
    .execute();
  const byLocationChannel = await filtered(ctx.db, merchant, q, range)
    .select([
      'location_id',
      'channel',
      sql<number>`coalesce(sum(units_sold), 0)::int`.as('units_sold'),
      sql<number>`coalesce(sum(units_returned), 0)::int`.as('units_returned'),
    ])
    .groupBy(['location_id', 'channel'])
    .orderBy('location_id')
    .orderBy('channel')
    .execute();
  const totals = rows.reduce((t, r) => ({ units_sold: t.units_sold + r.units_sold, units_returned: t.units_returned + r.units_returned }), {
    units_sold: 0,
    units_returned: 0,
  });
  const net = <T extends { units_sold: number; units_returned: number }>(r: T) => ({ ...r, net_units: r.units_sold - r.units_returned });
  return {
    from: range.from,
    to: range.to,
    group,
    rows: rows.map(net),
    by_location_channel: byLocationChannel.map(net),
    totals: net(totals),
  };
}

/** Daily net units sold of one variant at one location over [from, to], missing days 0 (the forecast's history). */
export async function dailyUnits(ctx: Ctx, merchantId: string, variantId: string, locationId: string, from: string, to: string): Promise<number[]> {
  const rows = await ctx.db
    .selectFrom('daily_sell_through')
    .select(['day', sql<number>`sum(units_sold - units_returned)::int`.as('units')])
    .where('merchant_id', '=', merchantId)
    .where('variant_id', '=', variantId)
    .where('location_id', '=', locationId)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .groupBy('day')
    .execute();
  const out = new Array<number>(daysBetween(from, to) + 1).fill(0);
  for (const r of rows) out[daysBetween(from, r.day)] = Math.max(0, r.units);
  return out;
}

export { addDays, daysBetween };

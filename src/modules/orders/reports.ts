import { sql } from 'kysely';
import { badRequest, forbidden } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import { type Actor, isOperator, merchantOf } from '../../shared/actor.ts';
import { locationLabels } from '../locations/service.ts';
import { ORDER_STATUSES, type OrderStatus } from './states.ts';

/** Sales days are counted in the platform's business time zone (China Standard Time, no DST). */
export const REPORT_TIME_ZONE = 'Asia/Shanghai';
/** Without `from`, a report covers this many days up to and including `to`. */
export const DEFAULT_REPORT_DAYS = 30;
/** The longest range one report covers (by_day has a row per day and currency). */
export const MAX_REPORT_DAYS = 732;

/**
 * Orders that count as sales: paid, whatever happened after (fulfilled, collected, refunded).
 * Placed orders are not paid yet and cancelled ones were never paid (or were voided).
 */
export const SALE_STATUSES: readonly OrderStatus[] = ORDER_STATUSES.filter((s) => s !== 'placed' && s !== 'cancelled');

export interface Figures {
  currency: string;
  /** Distinct orders with at least one line in scope. */
  orders: number;
  units: number;
  /** Minor units of `currency`: sum of quantity × unit price of the lines in scope. */
  amount: number;
}

export interface SalesReport {
  from: string;
  to: string;
  currency_totals: Figures[];
  by_channel: Array<Figures & { channel: 'online' | 'till' }>;
  by_location: Array<Figures & { location_id: string; name_en: string; name_zh: string; city: string }>;
  by_city: Array<Figures & { city: string }>;
  by_day: Array<Figures & { day: string }>;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
// en-CA writes dates as YYYY-MM-DD.
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: REPORT_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day it is in Shanghai at `at`. */
export function reportDay(at: Date): string {
  return dayFormat.format(at);
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function checkDay(name: string, day: string): void {
  // 2026-02-30 matches the pattern; a round trip through Date proves it is a real calendar day.
  if (!DAY.test(day) || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) throw badRequest('invalid_date', `${name} is a date YYYY-MM-DD`);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The report's days: `to` defaults to today in Shanghai, `from` to 29 days before `to` (30 days in all). */
export function reportRange(q: { from?: string; to?: string }, now: Date = new Date()): { from: string; to: string } {
  const to = q.to ?? reportDay(now);
  checkDay('to', to);
  const from = q.from ?? addDays(to, -(DEFAULT_REPORT_DAYS - 1));
  checkDay('from', from);
  const span = daysBetween(from, to);
  if (span < 0) throw badRequest('invalid_range', `from (${from}) is after to (${to})`);
  if (span + 1 > MAX_REPORT_DAYS) throw badRequest('invalid_range', `A report covers at most ${MAX_REPORT_DAYS} days`);
  return { from, to };
}

interface GroupRow {
  g_channel: number;
  g_location: number;
  g_city: number;
  g_day: number;
  channel_kind: 'online' | 'till' | null;
  location_id: string | null;
  city: string | null;
  day: string | null;
  currency: string;
  orders: number;
  units: number;
  amount: number;
}

const figures = (r: GroupRow): Figures => ({ currency: r.currency, orders: r.orders, units: r.units, amount: r.amount });
const byCurrencyThenAmount = (a: Figures, b: Figures) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : b.amount - a.amount);

/**
 * Paid sales between two days (inclusive, days in Shanghai time), in each currency separately,
 * in total and by channel, by store or warehouse the goods left from, by city and by day.
 * A merchant or brand owner sees only its own order lines (an order with another merchant's
 * lines counts once, with its own lines' units and amounts); an operator sees everything.
 */
export async function salesReport(ctx: Ctx, actor: Actor, q: { from?: string; to?: string }): Promise<SalesReport> {
  const merchant = isOperator(actor) ? null : merchantOf(actor);
  if (!isOperator(actor) && merchant === null) throw forbidden('Sales reports are for merchants, brand owners and operators');
  const { from, to } = reportRange(q);
  const tz = REPORT_TIME_ZONE;
  // One statement with grouping sets: every breakdown is taken from the same snapshot, so they add up.
  const rows = (
    await sql<GroupRow>`
      with lines as (
        select o.id as order_id, o.channel_kind, l.location_id, loc.city, l.currency,
               to_char(o.created_at at time zone ${tz}, 'YYYY-MM-DD') as day,
               l.quantity, l.quantity::bigint * l.unit_price_amount as amount
          from order_lines l
          join orders o on o.id = l.order_id
          join locations loc on loc.id = l.location_id
         where o.status in (${sql.join([...SALE_STATUSES])})
           and o.created_at >= (${from}::date)::timestamp at time zone ${tz}
           and o.created_at < (${to}::date + 1)::timestamp at time zone ${tz}
           and (${merchant}::text is null or l.merchant_id = ${merchant})
      )
      select grouping(channel_kind)::int as g_channel, grouping(location_id)::int as g_location,
             grouping(city)::int as g_city, grouping(day)::int as g_day,
             channel_kind, location_id, city, day, currency,
             count(distinct order_id)::int as orders, sum(quantity)::bigint as units, sum(amount)::bigint as amount
        from lines
       group by grouping sets ((currency), (channel_kind, currency), (location_id, currency), (city, currency), (day, currency))`.execute(ctx.db)
  ).rows;

  const labels = await locationLabels(
    ctx,
    rows.flatMap((r) => (r.g_location === 0 && r.location_id ? [r.location_id] : [])),
  );
  const report: SalesReport = { from, to, currency_totals: [], by_channel: [], by_location: [], by_city: [], by_day: [] };
  for (const r of rows) {
    if (r.g_channel === 0) report.by_channel.push({ channel: r.channel_kind!, ...figures(r) });
    else if (r.g_location === 0) {
      const l = labels.get(r.location_id!);
      report.by_location.push({ location_id: r.location_id!, name_en: l?.name_en ?? '', name_zh: l?.name_zh ?? '', city: l?.city ?? '', ...figures(r) });
    } else if (r.g_city === 0) report.by_city.push({ city: r.city!, ...figures(r) });
    else if (r.g_day === 0) report.by_day.push({ day: r.day!, ...figures(r) });
    else report.currency_totals.push(figures(r));
  }
  report.currency_totals.sort(byCurrencyThenAmount);
  report.by_channel.sort((a, b) => (a.channel === b.channel ? byCurrencyThenAmount(a, b) : a.channel < b.channel ? -1 : 1));
  report.by_location.sort((a, b) => byCurrencyThenAmount(a, b) || (a.location_id < b.location_id ? -1 : 1));
  report.by_city.sort((a, b) => byCurrencyThenAmount(a, b) || (a.city < b.city ? -1 : 1));
  report.by_day.sort((a, b) => (a.day === b.day ? byCurrencyThenAmount(a, b) : a.day < b.day ? -1 : 1));
  return report;
}

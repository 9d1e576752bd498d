/**
 * Replenishment replay (issue 7): `npm run bench -- replenishment`, or alone: `node --import tsx bench/replenishment.ts`.
 *
 * Pure simulation, no server or database. Generates REPL_ITEMS items × REPL_STORES stores of daily demand with the
 * seeded generator of src/modules/forecasting/generate.ts: REPL_WARMUP days of history, then a year (365 days)
 * that is replayed day by day under two policies, each store refilled from a warehouse (unlimited stock) that
 * delivers REPL_LEAD days after the order (2, the default warehouse → store lead time). Every day: the morning's
 * deliveries arrive, demand is served from stock (demand above stock is lost: a stock-out), then the policy
 * looks at the stock position (on hand + on the way) and may order.
 *  - A, naive: when the position falls to (lead time + k) days of last 30 days' mean sales, order up to
 *    (lead time + k + review) days of that mean — k safety days, no notion of variability or season. Replayed
 *    for k in NAIVE_SAFETY_DAYS: its frontier (more cover, fewer stock-outs, more stock).
 *  - B, ours: the proposals of src/modules/replenishment/policy.ts accepted every day: forecasts from the
 *    forecasting library (the whole panel, refitted weekly on the sales seen so far, last 365 days), reorder
 *    point, order-up-to and minimum order as in policy.ts. Replayed at the service levels of OUR_SERVICE_LEVELS
 *    and REPL_SERVICE: its frontier.
 * Both learn only from sales they made (censored by their own stock-outs), both start with 14 days of the
 * warm-up's last month mean. Measured: lost sales units (demand when stock ran out), average units held (end of
 * day, per item × store), fill rate, orders. Two comparisons, both must hold for ok:
 *  (a) B at REPL_SERVICE against the leanest naive setting holding at least B's stock (so A never holds less):
 *      B loses fewer units;
 *  (b) at equal stock: at B's stock and at every naive point inside B's frontier's stock range, the lost units
 *      of the other policy interpolated linearly on its frontier: B loses fewer at each.
 * Knobs: REPL_ITEMS (40), REPL_STORES (8), REPL_WARMUP (365), REPL_SEED (11), REPL_LEAD (2), REPL_SERVICE (0.95),
 * REPL_REVIEW (7), REPL_MIN_ORDER_DAYS (the review period; 0: no minimum order).
 */
import { pathToFileURL } from 'node:url';
import { forecastPanel } from '../src/modules/forecasting/forecast.ts';
import { generatePanel, itemOf, storeOf } from '../src/modules/forecasting/generate.ts';
import type { SeriesForecast } from '../src/modules/forecasting/types.ts';
import { addDays } from '../src/modules/forecasting/calendar.ts';
import { orderQuantity, policyLevels } from '../src/modules/replenishment/policy.ts';

const num = (name: string, fallback: number) => {
  const v = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(v) || v < 0) throw new Error(`${name} must be a non-negative number`);
  return v;
};
const log = (msg: string) => process.stderr.write(`[bench replenishment] ${msg}\n`);

const YEAR = 365;
const REFIT_DAYS = 7;
const FIT_WINDOW = 365;
/** Safety covers tried for the naive policy, in days of last month's mean. */
const NAIVE_SAFETY_DAYS = [0, 0.5, 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8];
/** Service levels of our frontier (REPL_SERVICE is added). */
const OUR_SERVICE_LEVELS = [0.8, 0.85, 0.9, 0.95, 0.98, 0.99];

interface Outcome {
  lost: number;
  demand: number;
  stockDays: number;
  orders: number;
}

type Policy = (s: number, t: number, position: number, sales: number[][]) => number;

/** Replays the year for every series under one policy; `sales` is what each series sold so far (its learning data). */
function replay(demand: number[][], warmup: number, lead: number, policy: Policy, onDay?: (t: number, sales: number[][]) => void): Outcome {
  const series = demand.length;
  const sales = demand.map((d) => d.slice(0, warmup));
  const start = sales.map((h) => Math.ceil((h.slice(-30).reduce((a, b) => a + b, 0) / 30) * 14));
  const onHand = [...start];
  const arriving = demand.map(() => new Array<number>(YEAR + lead + 1).fill(0));
  const pipeline = new Array<number>(series).fill(0);
  const out: Outcome = { lost: 0, demand: 0, stockDays: 0, orders: 0 };
  for (let day = 0; day < YEAR; day++) {
    const t = warmup + day;
    onDay?.(t, sales);
    for (let s = 0; s < series; s++) {
      const arrived = arriving[s]![day]!;
      onHand[s]! += arrived;
      pipeline[s]! -= arrived;
      const d = demand[s]![t]!;
      const sold = Math.min(d, onHand[s]!);
      onHand[s]! -= sold;
      out.lost += d - sold;
      out.demand += d;
      sales[s]!.push(sold);
      out.stockDays += onHand[s]!;
      const q = policy(s, t, onHand[s]! + pipeline[s]!, sales);
      if (q > 0) {
        arriving[s]![day + lead]! += q;
        pipeline[s]! += q;
        out.orders++;
      }
    }
  }
  return out;
}

/** Runs the replay; resolves to its result. */
export async function run(): Promise<Record<string, unknown>> {
  const items = num('REPL_ITEMS', 40);
  const stores = num('REPL_STORES', 8);
  const warmup = num('REPL_WARMUP', 365);
  const seed = num('REPL_SEED', 11);
  const lead = num('REPL_LEAD', 2);
  const serviceLevel = num('REPL_SERVICE', 0.95);
  const review = num('REPL_REVIEW', 7);
  const minOrderDays = num('REPL_MIN_ORDER_DAYS', review);
  const started = performance.now();
  const panel = generatePanel({ items, stores, days: warmup + YEAR, seed });
  const demand = panel.map((p) => p.units);
  log(
    `${panel.length} series, ${warmup} days of warm-up, then ${YEAR} days replayed; lead ${lead} days, review ${review}, minimum order ${minOrderDays} days, service level ${serviceLevel}`,
  );

  // A: naive cover of last month's mean, at several safety covers (days of mean demand held beyond the lead time).
  const mean30 = (h: number[]) => h.slice(-30).reduce((x, y) => x + y, 0) / 30;
  const naive =
    (safetyDays: number): Policy =>
    (s, _t, position, sales) => {
      const m = mean30(sales[s]!);
      return position <= m * (lead + safetyDays) ? Math.max(0, Math.ceil(m * (lead + safetyDays + review) - position)) : 0;
    };
  const frontier = NAIVE_SAFETY_DAYS.map((days) => ({ days, ...replay(demand, warmup, lead, naive(days)) }));
  for (const f of frontier)
    log(`A (naive, ${f.days} safety days): lost ${f.lost} of ${f.demand} units, average stock ${(f.stockDays / (YEAR * panel.length)).toFixed(2)} per series`);

  // B: our policy on library forecasts, refitted weekly over the whole panel (pooling across items and stores).
  let fitSeconds = 0;
  const ours = (p: number): Outcome => {
    let forecasts = new Map<string, SeriesForecast>();
    let fittedAt = -1;
    const horizon = REFIT_DAYS + lead + review + 1;
    return replay(
      demand,
      warmup,
      lead,
      (s, t, position) => {
        const f = forecasts.get(panel[s]!.id)!;
        // Tomorrow onwards, from the forecast made at the last refit.
        const from = t + 1 - fittedAt;
        const levels = policyLevels({
          forecast: f.forecast.slice(from),
          errorSd: f.errorSd,
          leadDays: lead,
          reviewDays: review,
          serviceLevel: p,
          minOrderDays,
        });
        return orderQuantity(position, levels);
      },
      (t, sales) => {
        if (fittedAt >= 0 && t - fittedAt < REFIT_DAYS) return;
        const at = performance.now();
        const first = Math.max(0, t - FIT_WINDOW);
        // History up to yesterday; the forecast's day 0 is today (t).
        forecasts = forecastPanel(
          panel.map((p, s) => ({ id: p.id, start: addDays(p.start, first), units: sales[s]!.slice(first, t) })),
          horizon,
          { groupOf: itemOf, storeOf },
        );
        fittedAt = t;
        fitSeconds += (performance.now() - at) / 1000;
      },
    );
  };
  const serviceLevels = [...new Set([...OUR_SERVICE_LEVELS, serviceLevel])].sort((x, y) => x - y);
  const ourFrontier = serviceLevels.map((p) => ({ p, ...ours(p) }));
  for (const f of ourFrontier)
    log(
      `B (ours, ${f.p} service): lost ${f.lost} of ${f.demand} units, average stock ${(f.stockDays / (YEAR * panel.length)).toFixed(2)} per series, ${f.orders} orders`,
    );
  const b = ourFrontier.find((f) => f.p === serviceLevel)!;

  const avg = (o: Outcome) => Math.round((o.stockDays / (YEAR * panel.length)) * 1000) / 1000;
  const fill = (o: Outcome) => Math.round((1 - o.lost / Math.max(1, o.demand)) * 10_000) / 10_000;
  // (a) The naive setting to beat: the leanest one holding at least B's stock (null when none does).
  const a = frontier.find((f) => avg(f) >= avg(b)) ?? null;
  // (b) Equal stock: lost units interpolated on a frontier (sorted by stock), null outside its range.
  const lostAt = (pts: Outcome[], stock: number): number | null => {
    const sorted = [...pts].sort((x, y) => avg(x) - avg(y));
    for (let i = 1; i < sorted.length; i++) {
      const lo = sorted[i - 1]!;
      const hi = sorted[i]!;
      if (stock >= avg(lo) && stock <= avg(hi))
        return Math.round(avg(hi) === avg(lo) ? lo.lost : lo.lost + ((stock - avg(lo)) / (avg(hi) - avg(lo))) * (hi.lost - lo.lost));
    }
    return null;
  };
  const equalStock = [
    { avg_stock: avg(b), lost_naive: lostAt(frontier, avg(b)), lost_ours: b.lost },
    ...frontier.map((f) => ({ avg_stock: avg(f), lost_naive: f.lost, lost_ours: lostAt(ourFrontier, avg(f)) })).filter((r) => r.lost_ours !== null),
  ];
  const okA = a !== null && b.lost < a.lost;
  const okB = equalStock.every((r) => r.lost_naive !== null && r.lost_ours !== null && r.lost_ours < r.lost_naive);
  return {
    series: panel.length,
    days: YEAR,
    lead_days: lead,
    review_days: review,
    min_order_days: minOrderDays,
    service_level: serviceLevel,
    demand_units: b.demand,
    naive_safety_days: a?.days ?? null,
    lost_a: a?.lost ?? null,
    lost_b: b.lost,
    avg_stock_a: a ? avg(a) : null,
    avg_stock_b: avg(b),
    fill_rate_a: a ? fill(a) : null,
    fill_rate_b: fill(b),
    orders_a: a?.orders ?? null,
    orders_b: b.orders,
    equal_stock: equalStock,
    naive_frontier: frontier.map((f) => ({ safety_days: f.days, lost: f.lost, avg_stock: avg(f), orders: f.orders })),
    our_frontier: ourFrontier.map((f) => ({ service_level: f.p, lost: f.lost, avg_stock: avg(f), orders: f.orders })),
    forecast_seconds: Math.round(fitSeconds * 10) / 10,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    ok: okA && okB,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  run().then(
    (r) => process.stdout.write(`${JSON.stringify(r)}\n`),
    (e: unknown) => {
      log(`failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      process.exitCode = 1;
    },
  );

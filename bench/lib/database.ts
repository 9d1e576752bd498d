import pg from 'pg';

/** The URL of another database on the same server (same user, host, port, options). */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Drops and recreates the benchmark's own database; nothing else on the server is touched. */
export async function recreateDatabase(adminUrl: string, name: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe database name ${name}`);
  await withClient(adminUrl, async (c) => {
    await c.query(`drop database if exists ${name} with (force)`);
    await c.query(`create database ${name}`);
  });
}

/**
 * Refreshes the planner's statistics after the set-up, as autovacuum would in production (the CI
 * server here runs with autovacuum off, and a fresh database has none).
 */
export async function analyze(url: string): Promise<void> {
  await withClient(url, (c) => c.query('analyze'));
}

export async function serverFacts(url: string): Promise<{ version: string; preload: string; settings: Record<string, string> }> {
  return withClient(url, async (c) => {
    const version = (await c.query<{ v: string }>('select version() as v')).rows[0]!.v;
    const rows = (
      await c.query<{ name: string; setting: string; unit: string | null }>(
        `select name, setting, unit from pg_settings where name in ('shared_buffers','max_connections','synchronous_commit','fsync','wal_level','max_wal_size','shared_preload_libraries','work_mem','commit_delay')`,
      )
    ).rows;
    const settings = Object.fromEntries(rows.map((r) => [r.name, r.unit ? `${r.setting} (${r.unit})` : r.setting]));
    return { version, preload: settings.shared_preload_libraries ?? '', settings };
  });
}

/** Clears pg_stat_statements for a fresh measurement; false when the server does not preload it. */
export async function statementsReset(url: string): Promise<boolean> {
  return withClient(url, async (c) => {
    const preload = (await c.query<{ s: string }>(`select current_setting('shared_preload_libraries') as s`)).rows[0]!.s ?? '';
    if (!preload.includes('pg_stat_statements')) return false;
    await c.query('create extension if not exists pg_stat_statements');
    await c.query('select pg_stat_statements_reset()');
    return true;
  });
}

export interface StatementStat {
  calls: number;
  total_ms: number;
  mean_ms: number;
  plan_ms: number;
  rows: number;
  query: string;
}

export interface Statements {
  /** Over every statement of this database since the reset (planning time only if track_planning is on). */
  totals: { statements: number; calls: number; exec_ms: number; plan_ms: number };
  top: StatementStat[];
}

/** The statements of this database that took the most server time since the reset. */
export async function statementsTop(url: string, n = 30): Promise<Statements> {
  return withClient(url, async (c) => {
    const mine = `dbid = (select oid from pg_database where datname = current_database())`;
    const totals = (
      await c.query<Statements['totals']>(
        `select count(*)::int as statements, coalesce(sum(calls), 0)::float8 as calls, round(coalesce(sum(total_exec_time), 0)::numeric, 1)::float8 as exec_ms,
                round(coalesce(sum(total_plan_time), 0)::numeric, 1)::float8 as plan_ms
           from pg_stat_statements where ${mine}`,
      )
    ).rows[0]!;
    const r = await c.query<StatementStat>(
      `select calls::int, round(total_exec_time::numeric, 1)::float8 as total_ms, round(mean_exec_time::numeric, 3)::float8 as mean_ms,
              round(total_plan_time::numeric, 1)::float8 as plan_ms, rows::int, regexp_replace(query, '\\s+', ' ', 'g') as query
         from pg_stat_statements where ${mine}
        order by total_exec_time + total_plan_time desc limit $1`,
      [n],
    );
    return { totals, top: r.rows };
  });
}

export interface Integrity {
  /** Units sold beyond what was received, summed over (variant, location): must be 0. */
  oversold: number;
  units_received: number;
  units_sold: number;
  /** Units the ledger records as sold ('sale' movements): must equal units_sold. */
  ledger_units_sold: number;
  /** Levels breaking on_hand >= 0 or 0 <= reserved <= on_hand (the table's checks forbid them). */
  bad_levels: number;
  orders_by_status: Record<string, number>;
  active_reservations: number;
  /** Per watched variant: received and sold units. */
  variants: Record<string, { received: number; sold: number }>;
}

/**
 * Checks, from the database after the run, that no unit was sold that had not been received.
 * Read-only: the benchmark verifies other modules' tables, it never writes them.
 */
export async function integrity(url: string, watch: string[] = []): Promise<Integrity> {
  return withClient(url, async (c) => {
    const totals = (
      await c.query<{ oversold: number; units_sold: number; units_received: number }>(`
        with recv as (select variant_id, location_id, sum(on_hand_delta)::int as q from stock_movements where reason = 'receipt' group by 1, 2),
             sold as (select l.variant_id, l.location_id, sum(l.quantity)::int as q
                        from order_lines l join orders o on o.id = l.order_id where o.status <> 'cancelled' group by 1, 2)
        select coalesce((select sum(greatest(s.q - coalesce(r.q, 0), 0)) from sold s left join recv r using (variant_id, location_id)), 0)::int as oversold,
               coalesce((select sum(q) from sold), 0)::int as units_sold,
               coalesce((select sum(q) from recv), 0)::int as units_received`)
    ).rows[0]!;
    const ledger = (await c.query<{ n: number }>(`select coalesce(-sum(on_hand_delta), 0)::int as n from stock_movements where reason = 'sale'`)).rows[0]!.n;
    const bad = (await c.query<{ n: number }>(`select count(*)::int as n from stock_levels where on_hand < 0 or reserved < 0 or reserved > on_hand`)).rows[0]!
      .n;
    const statuses = (await c.query<{ status: string; n: number }>(`select status, count(*)::int as n from orders group by status order by status`)).rows;
    const active = (await c.query<{ n: number }>(`select count(*)::int as n from reservations where status = 'active'`)).rows[0]!.n;
    const variants: Integrity['variants'] = {};
    for (const v of watch) {
      const r = (
        await c.query<{ received: number; sold: number }>(
          `select coalesce((select sum(on_hand_delta) from stock_movements where reason = 'receipt' and variant_id = $1), 0)::int as received,
                  coalesce((select sum(l.quantity) from order_lines l join orders o on o.id = l.order_id where o.status <> 'cancelled' and l.variant_id = $1), 0)::int as sold`,
          [v],
        )
      ).rows[0]!;
      variants[v] = r;
    }
    return {
      oversold: totals.oversold,
      units_received: totals.units_received,
      units_sold: totals.units_sold,
      ledger_units_sold: ledger,
      bad_levels: bad,
      orders_by_status: Object.fromEntries(statuses.map((s) => [s.status, s.n])),
      active_reservations: active,
      variants,
    };
  });
}

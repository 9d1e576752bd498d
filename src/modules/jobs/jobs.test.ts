import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { type TestApp, testApp } from '../../../test/support/app.ts';
import { location, operatorActor, product, verifiedMerchant } from '../../../test/support/fixtures.ts';
import type { Actor } from '../../shared/actor.ts';
import * as inventory from '../inventory/service.ts';
import { jobsSupported } from './rules.ts';
import * as svc from './service.ts';

type Merchant = Awaited<ReturnType<typeof verifiedMerchant>>;
type Row = {
  merchant_id: string;
  headcount: number;
  headcount_source: string;
  small_business: boolean;
  active: boolean;
  paid_orders: number;
  platform_revenue: { amount: number; currency: string };
  total_revenue: { amount: number; currency: string } | null;
  revenue_share: number | null;
  jobs_supported: number | null;
  new_hires_attributed: number;
  report_status: string;
  counts_toward_promise: boolean;
};
type Figures = { quarter: string; items: Row[]; totals: Record<string, number> };

const report = (over: Record<string, unknown> = {}) => ({
  full_time: 10,
  part_time: 4,
  new_hires_attributed: 3,
  state: 'WA',
  total_revenue: { amount: 100_000, currency: 'USD' },
  attestation: { name: 'Pat Owner', confirmed: true },
  ...over,
});

describe('jobs ledger', () => {
  let t: TestApp;
  let op: Actor;
  let a: Merchant;
  let b: Merchant;
  const tok: Record<'op' | 'a' | 'aStaff' | 'aBrand' | 'b' | 'clerk', string> = {} as never;
  let saleAmount = 0;

  const call = (method: string, url: string, token?: string, body?: unknown) => t.call(method, `/api${url}`, { token, body });
  const figures = async (quarter: string) => {
    const res = await call('GET', `/jobs/figures?quarter=${quarter}`, tok.op);
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as Figures;
  };

  before(async () => {
    t = await testApp();
    const ctx = t.app.ctx;
    op = await operatorActor(ctx);
    a = await verifiedMerchant(ctx, op, 'Orchard A');
    b = await verifiedMerchant(ctx, op, 'Orchard B');
    tok.op = (await t.userToken({ role: 'operator' })).token;
    tok.a = (await t.userToken({ role: 'merchant', merchant_id: a.merchantId, merchant_role: 'owner' })).token;
    tok.aStaff = (await t.userToken({ role: 'merchant', merchant_id: a.merchantId, merchant_role: 'staff' })).token;
    tok.aBrand = (await t.userToken({ role: 'brand_owner', merchant_id: a.merchantId })).token;
    tok.b = (await t.userToken({ role: 'merchant', merchant_id: b.merchantId, merchant_role: 'owner' })).token;
    // A programme that started in 2025, so that its quarters have ended whatever today is.
    const set = await call('PUT', '/jobs/settings', tok.op, {
      start_date: '2025-01-01',
      years: 5,
      target_jobs: 1_000_000,
      target_businesses: 1_000_000,
      default_size_limit: 500,
      report_due_days: 30,
      sector_limits: {},
    });
    assert.equal(set.statusCode, 200, set.body);
    // A paid till sale of merchant A, dated into 2025-Q3 (mid-August, Pacific time) like any order paid then.
    const store = (await location(ctx, op, { city: 'Shanghai' })).id;
    const variant = (await product(ctx, a.actor, { price: 1999 })).variantIds[0]!;
    await inventory.receiveStock(ctx, a.actor, { location_id: store, lines: [{ variant_id: variant, quantity: 10 }] });
    tok.clerk = (await t.userToken({ role: 'store_staff', location_id: store })).token;
    const sale = await call('POST', '/till/sales', tok.clerk, {
      client_sale_id: `jobs-${Date.now()}`,
      lines: [{ variant_id: variant, quantity: 2 }],
      payment: { method: 'cash' },
    });
    assert.equal(sale.statusCode, 201, sale.body);
    const orderId = sale.json().id as string;
    await sql`update merchant_ledger set occurred_at = ${new Date('2025-08-15T18:00:00Z')} where order_id = ${orderId}`.execute(t.database.db);
    const booked = await t.database.db
      .selectFrom('merchant_ledger')
      .select(['amount', 'currency'])
      .where('order_id', '=', orderId)
      .where('kind', '=', 'sale')
      .execute();
    assert.ok(booked.length > 0, 'the till sale was booked to the merchant');
    saleAmount = booked.reduce((n, r) => n + Number(r.amount), 0);
  });
  after(async () => t?.close());

  it('refuses bad reports with their codes, and lets only the owner attest', async () => {
    for (const [quarter, body, code] of [
      ['2025-Q3', report({ attestation: { name: 'Pat', confirmed: false } }), 'attestation_required'],
      ['2025-Q3', report({ attestation: { name: '  ', confirmed: true } }), 'attestation_required'],
      ['2025-Q3', report({ state: 'ZZ' }), 'invalid_state'],
      ['2025-Q3', report({ part_time: -1 }), 'invalid_headcount'],
      ['2025-Q3', report({ new_hires_attributed: 15 }), 'new_hires_exceed_headcount'],
      ['2025-Q3', report({ total_revenue: { amount: 100, currency: 'EUR' } }), 'currency_mismatch'],
      ['Q3-2025', report(), 'invalid_quarter'],
      ['2099-Q1', report(), 'quarter_in_future'],
      ['2024-Q4', report(), 'quarter_before_start'],
    ] as const) {
      const res = await call('PUT', `/jobs/reports/${quarter}`, tok.a, body);
      assert.equal(res.statusCode, 400, `${code}: ${res.body}`);
      assert.equal(res.json().code, code);
    }
    assert.equal((await call('PUT', '/jobs/reports/2025-Q3', tok.aStaff, report())).statusCode, 403);
    assert.equal((await call('PUT', '/jobs/reports/2025-Q3', tok.op, report())).statusCode, 403);
    assert.equal((await call('PUT', '/jobs/reports/2025-Q3', undefined, report())).statusCode, 401);
    const none = await call('GET', '/jobs/reports', tok.a);
    assert.deepEqual(none.json().items, []);
  });

  it('keeps a superseded report in the history and shows the merchant only its own', async () => {
    const first = await call('PUT', '/jobs/reports/2025-Q3', tok.a, report({ full_time: 9 }));
    assert.equal(first.statusCode, 200, first.body);
    assert.match(first.json().id, /^jbr_/);
    assert.equal(first.json().version, 1);
    assert.equal(first.json().headcount, 13);
    // Attested today, long after the 2025-Q3 due day.
    assert.equal(first.json().status, 'late');
    const second = await call('PUT', '/jobs/reports/2025-Q3', tok.a, report());
    assert.equal(second.json().version, 2);
    assert.equal(second.json().headcount, 14);

    const mine = await call('GET', '/jobs/reports', tok.aStaff);
    assert.equal(mine.statusCode, 200, mine.body);
    // The merchant's brand owners read its reports too; only the owner attests them.
    const asBrand = await call('GET', '/jobs/reports', tok.aBrand);
    assert.deepEqual(asBrand.json().items, mine.json().items);
    assert.equal((await call('GET', '/jobs/reports/2025-Q3/history', tok.aBrand)).json().items.length, 2);
    assert.equal((await call('PUT', '/jobs/reports/2025-Q3', tok.aBrand, report())).statusCode, 403);
    assert.deepEqual(
      mine.json().items.map((r: { id: string }) => r.id),
      [second.json().id],
    );
    const history = await call('GET', '/jobs/reports/2025-Q3/history', tok.a);
    assert.deepEqual(
      history.json().items.map((r: { version: number; superseded_at: string | null }) => [r.version, r.superseded_at === null]),
      [
        [2, true],
        [1, false],
      ],
    );
    // Another merchant: 404 for A's id, nothing of A's in its own lists.
    assert.equal((await call('GET', `/jobs/reports?merchant_id=${a.merchantId}`, tok.b)).statusCode, 404);
    assert.equal((await call('GET', `/jobs/reports/2025-Q3/history?merchant_id=${a.merchantId}`, tok.b)).statusCode, 404);
    assert.deepEqual((await call('GET', '/jobs/reports', tok.b)).json().items, []);
    assert.deepEqual((await call('GET', '/jobs/reports/2025-Q3/history', tok.b)).json().items, []);
    // Operators see it, and name the merchant for a history.
    const all = await call('GET', `/jobs/reports?quarter=2025-Q3`, tok.op);
    assert.ok(all.json().items.some((r: { id: string }) => r.id === second.json().id));
    assert.equal((await call('GET', '/jobs/reports/2025-Q3/history', tok.op)).json().code, 'merchant_id_required');
    assert.equal((await call('GET', `/jobs/reports/2025-Q3/history?merchant_id=${a.merchantId}`, tok.op)).json().items.length, 2);
  });

  it('judges on time by the due day, with now passed in', async () => {
    const ctx = t.app.ctx;
    const input = report({ new_hires_attributed: 2 });
    const filed = await svc.putReport(ctx, a.actor, '2025-Q4', input, new Date('2026-01-20T18:00:00Z'));
    assert.equal(filed.status, 'on_time');
    // A correction after the due day keeps the quarter on time (the first attestation counts).
    const fixed = await svc.putReport(ctx, a.actor, '2025-Q4', { ...input, full_time: 11 }, new Date('2026-03-01T18:00:00Z'));
    assert.equal(fixed.status, 'on_time');
    const statuses = await svc.reportStatuses(ctx, op, '2025-Q4', new Date('2026-03-01T18:00:00Z'));
    assert.equal(statuses.due_on, '2026-01-30');
    assert.equal(statuses.items.find((i) => i.merchant_id === a.merchantId)?.status, 'on_time');
    assert.equal(statuses.items.find((i) => i.merchant_id === b.merchantId)?.status, 'missing');
    // On the due day itself B's report is due, not missing yet.
    const onDue = await svc.reportStatuses(ctx, op, '2025-Q4', new Date('2026-01-30T20:00:00Z'));
    assert.equal(onDue.items.find((i) => i.merchant_id === b.merchantId)?.status, 'due');
  });

  it('lists every verified merchant with its status for an ended quarter', async () => {
    const res = await call('GET', '/jobs/reports/status?quarter=2025-Q3', tok.op);
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json() as { items: Array<{ merchant_id: string; status: string }>; counts: Record<string, number> };
    assert.equal(body.items.find((i) => i.merchant_id === a.merchantId)?.status, 'late');
    assert.equal(body.items.find((i) => i.merchant_id === b.merchantId)?.status, 'missing');
    assert.equal(
      Object.values(body.counts).reduce((x, y) => x + y, 0),
      body.items.length,
    );
    assert.equal((await call('GET', '/jobs/reports/status', tok.a)).statusCode, 403);
    assert.equal((await call('GET', '/jobs/reports/status?quarter=2099-Q1', tok.op)).json().code, 'quarter_not_ended');
  });

  it('computes the figures from the reports and the paid orders, and they reconcile with the CSV', async () => {
    const f = await figures('2025-Q3');
    const rowA = f.items.find((r) => r.merchant_id === a.merchantId)!;
    const rowB = f.items.find((r) => r.merchant_id === b.merchantId)!;
    // A: the report written through the API above, the till sale dated into the quarter.
    assert.equal(rowA.headcount, 14);
    assert.equal(rowA.headcount_source, 'report');
    assert.equal(rowA.new_hires_attributed, 3);
    assert.equal(rowA.active, true);
    assert.equal(rowA.paid_orders, 1);
    assert.equal(rowA.platform_revenue.amount, saleAmount);
    assert.deepEqual(rowA.total_revenue, { amount: 100_000, currency: 'USD' });
    assert.equal(rowA.jobs_supported, jobsSupported(14, saleAmount, 100_000).jobs);
    assert.equal(rowA.report_status, 'late');
    assert.equal(rowA.counts_toward_promise, true);
    // B: no report, no order: the application's headcount, inactive, not estimable, missing.
    assert.equal(rowB.headcount, 12);
    assert.equal(rowB.headcount_source, 'application');
    assert.equal(rowB.active, false);
    assert.equal(rowB.jobs_supported, null);
    assert.equal(rowB.report_status, 'missing');
    // A quarter before any report has the application's headcount; one after carries the latest report (2025-Q4, corrected to 11 + 4).
    const q2 = await figures('2025-Q2');
    assert.equal(q2.items.find((r) => r.merchant_id === a.merchantId)!.headcount_source, 'application');
    const later = (await figures('2026-Q1')).items.find((r) => r.merchant_id === a.merchantId)!;
    assert.deepEqual([later.headcount_source, later.headcount, later.new_hires_attributed, later.jobs_supported], ['earlier_report', 15, 0, null]);

    // Totals are sums of the rows that count toward the promise.
    const counted = f.items.filter((r) => r.counts_toward_promise);
    assert.equal(
      f.totals.reported_new_hires,
      counted.reduce((n, r) => n + r.new_hires_attributed, 0),
    );
    assert.equal(f.totals.small_businesses_active, counted.filter((r) => r.active).length);
    assert.equal(f.totals.not_estimable, counted.filter((r) => r.jobs_supported === null).length);
    assert.equal(
      Math.round(f.totals.jobs_supported! * 100),
      counted.reduce((n, r) => n + Math.round((r.jobs_supported ?? 0) * 100), 0),
    );

    // The CSV: one line per merchant, the same figures.
    const csv = await call('GET', '/jobs/figures?quarter=2025-Q3&format=csv', tok.op);
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-type']), /text\/csv/);
    assert.ok(csv.body.endsWith('\r\n'), 'CRLF line ends');
    const [head, ...lines] = csv.body.trimEnd().split('\r\n');
    const cols = head!.split(',');
    assert.equal(lines.length, f.items.length);
    const at = (line: string, col: string) => line.split(',')[cols.indexOf(col)]!;
    const csvCounted = lines.filter((l) => at(l, 'counts_toward_promise') === 'true');
    assert.equal(
      csvCounted.reduce((n, l) => n + Number(at(l, 'new_hires_attributed')), 0),
      f.totals.reported_new_hires,
    );
    assert.equal(
      csvCounted.reduce((n, l) => n + Math.round(Number(at(l, 'jobs_supported') || 0) * 100), 0),
      Math.round(f.totals.jobs_supported! * 100),
    );
    const csvA = lines.find((l) => l.startsWith(a.merchantId))!;
    assert.equal(Number(at(csvA, 'platform_revenue_amount')), saleAmount);
    assert.equal((await call('GET', '/jobs/figures?quarter=2025-Q3', tok.a)).statusCode, 403);
  });

  it('shows progress to date, per quarter, by state and sector, and a public headline', async () => {
    const res = await call('GET', '/jobs/progress', tok.op);
    assert.equal(res.statusCode, 200, res.body);
    const p = res.json();
    assert.equal(p.programme.end_date, '2029-12-31');
    const q3 = p.quarters.find((q: { quarter: string }) => q.quarter === '2025-Q3');
    assert.equal(q3.reported_new_hires, 3);
    assert.equal(q3.small_businesses_active, 1);
    assert.equal(
      p.to_date.reported_new_hires,
      p.quarters.reduce((n: number, q: { reported_new_hires: number }) => n + q.reported_new_hires, 0),
    );
    assert.equal(p.to_date.reported_new_hires, p.quarters.at(-1).cumulative_new_hires);
    assert.equal(p.to_date.small_businesses, 1);
    assert.equal(p.by_state.find((s: { state: string }) => s.state === 'WA').reported_new_hires, p.to_date.reported_new_hires);
    assert.equal(p.by_sector.find((s: { sector: string }) => s.sector === 'agriculture').small_businesses, 1);
    assert.ok(p.run_rate.quarters_left >= 1);
    assert.ok(p.methods.jobs_supported.includes('capped'));

    const pub = await call('GET', '/public/jobs');
    assert.equal(pub.statusCode, 200, pub.body);
    assert.deepEqual(pub.json().to_date, p.to_date);
    assert.ok(!pub.body.includes(a.merchantId), 'no per-merchant data in public');
    assert.equal((await call('GET', '/jobs/progress', tok.a)).statusCode, 403);
  });

  it('applies a per-sector size limit from the settings', async () => {
    const bad = await call('PUT', '/jobs/settings', tok.op, {
      start_date: '2025-01-01',
      years: 5,
      target_jobs: 1,
      target_businesses: 1,
      default_size_limit: 500,
      report_due_days: 30,
      sector_limits: { spaceships: 5 },
    });
    assert.equal(bad.json().code, 'invalid_sector');
    const settings = (await call('GET', '/jobs/settings', tok.op)).json();
    const set = await call('PUT', '/jobs/settings', tok.op, { ...settings, sector_limits: { agriculture: 14 } });
    assert.equal(set.statusCode, 200, set.body);
    const f = await figures('2025-Q3');
    const rowA = f.items.find((r) => r.merchant_id === a.merchantId)!;
    // 14 persons at a limit of 14: not small, so not counted.
    assert.equal(rowA.small_business, false);
    assert.equal(rowA.counts_toward_promise, false);
    assert.equal(f.totals.reported_new_hires, 0);
    assert.equal(f.items.find((r) => r.merchant_id === b.merchantId)!.small_business, true);
    await call('PUT', '/jobs/settings', tok.op, settings);
    assert.equal((await call('PUT', '/jobs/settings', tok.a, settings)).statusCode, 403);
  });
});

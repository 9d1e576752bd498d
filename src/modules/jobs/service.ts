// The small-business jobs ledger (issue 9): merchants report headcount each quarter with an
// attestation (a correction supersedes a report, history kept); operators see who reported on time,
// the figures per quarter and the progress against the promise (figures.ts, progress.ts).
// Other modules are read through their services only (merchants, settlement).
import { inTransaction } from '../../db/transaction.ts';
import { badRequest, forbidden, notFound } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import { type Actor, actorId, isOperator, merchantOf } from '../../shared/actor.ts';
import { ulid } from '../../shared/ids.ts';
import { SECTORS } from '../merchants/service.ts';
import { type LedgerMerchant, ledgerMerchant, verifiedMerchants } from './merchants.ts';
import * as repo from './repository.ts';
import { compareQuarters, dueOn, isDate, lastEndedQuarter, parseQuarter, programmeQuarters, quarterEnded, quarterOf, reportStatus } from './rules.ts';
import { isUsState } from './zones.ts';

export { figuresCsv, quarterFigures } from './figures.ts';
export { progress, publicProgress } from './progress.ts';
export type { Settings } from './repository.ts';

export const REPORT_ID = '^jbr_[0-9A-HJKMNP-TV-Z]{26}$';
const newReportId = () => `jbr_${ulid()}`;

/** The most persons a report may give (full-time + part-time): far above any small business. */
export const MAX_HEADCOUNT = 10_000_000;

function requireOperator(actor: Actor): void {
  if (!isOperator(actor)) throw forbidden('Only an operator may do this');
}

/** A quarter id from input, or 400 invalid_quarter. */
export function quarterParam(s: string): string {
  if (!parseQuarter(s)) throw badRequest('invalid_quarter', `quarter is YYYY-Qn, e.g. 2026-Q1; got ${JSON.stringify(s.slice(0, 20))}`);
  return s;
}

// ---- settings

export function getSettings(ctx: Ctx, actor: Actor): Promise<repo.Settings> {
  requireOperator(actor);
  return repo.readSettings(ctx.db);
}

export async function updateSettings(ctx: Ctx, actor: Actor, input: repo.Settings): Promise<repo.Settings> {
  requireOperator(actor);
  if (!isDate(input.start_date)) throw badRequest('invalid_start_date', 'start_date is a calendar day, YYYY-MM-DD');
  for (const [k, v] of [
    ['years', input.years],
    ['target_jobs', input.target_jobs],
    ['target_businesses', input.target_businesses],
    ['default_size_limit', input.default_size_limit],
  ] as const)
    if (!Number.isSafeInteger(v) || v < 1) throw badRequest(`invalid_${k}`, `${k} is a whole number, 1 or more`);
  if (!Number.isInteger(input.report_due_days) || input.report_due_days < 0 || input.report_due_days > 366)
    throw badRequest('invalid_report_due_days', 'report_due_days is 0 to 366');
  for (const [sector, limit] of Object.entries(input.sector_limits)) {
    if (!(SECTORS as readonly string[]).includes(sector)) throw badRequest('invalid_sector', `sector is one of ${SECTORS.join(', ')}`);
    if (!Number.isSafeInteger(limit) || limit < 1) throw badRequest('invalid_size_limit', `The size limit of ${sector} is a whole number, 1 or more`);
  }
  await inTransaction(ctx, (tx) => repo.writeSettings(tx.db, input, actorId(actor)));
  return repo.readSettings(ctx.db);
}

// ---- reports

export interface ReportInput {
  full_time: number;
  part_time: number;
  new_hires_attributed: number;
  state: string;
  total_revenue?: { amount: number; currency: string } | null | undefined;
  attestation: { name: string; confirmed: boolean };
}

export type ReportItemStatus = 'on_time' | 'late' | 'current';

function reportView(r: repo.ReportRow, m: Pick<LedgerMerchant, 'zone'>, dueDays: number, firstAttested: Date | undefined, now: Date) {
  const status = reportStatus({ quarter: r.quarter, zone: m.zone, dueDays, attestedAt: firstAttested ?? r.attested_at, now }) as ReportItemStatus;
  return {
    id: r.id,
    merchant_id: r.merchant_id,
    quarter: r.quarter,
    version: r.version,
    full_time: r.full_time,
    part_time: r.part_time,
    headcount: r.full_time + r.part_time,
    new_hires_attributed: r.new_hires_attributed,
    state: r.state,
    total_revenue: r.total_revenue_amount === null ? null : { amount: Number(r.total_revenue_amount), currency: r.total_revenue_currency! },
    source: 'report' as const,
    attested_name: r.attested_name,
    attested_by: r.attested_by,
    attested_at: r.attested_at,
    created_at: r.created_at,
    superseded_at: r.superseded_at,
    status,
  };
}

export type ReportView = ReturnType<typeof reportView>;

function validateReport(input: ReportInput, m: LedgerMerchant): void {
  if (!input.attestation.confirmed || !input.attestation.name.trim())
    throw badRequest('attestation_required', 'Attest the report: give your name and confirm that the figures are true');
  const state = input.state.trim().toUpperCase();
  if (!isUsState(state)) throw badRequest('invalid_state', `state is a US state code such as CA or NY; got ${JSON.stringify(input.state.slice(0, 10))}`);
  const counts = [input.full_time, input.part_time, input.new_hires_attributed];
  if (counts.some((n) => !Number.isSafeInteger(n) || n < 0) || input.full_time + input.part_time > MAX_HEADCOUNT)
    throw badRequest('invalid_headcount', `full_time, part_time and new_hires_attributed are whole numbers, 0 or more; headcount at most ${MAX_HEADCOUNT}`);
  if (input.new_hires_attributed > input.full_time + input.part_time)
    throw badRequest('new_hires_exceed_headcount', 'New hires attributed to platform sales cannot exceed the headcount (full-time + part-time)');
  const rev = input.total_revenue;
  if (rev) {
    if (!Number.isSafeInteger(rev.amount) || rev.amount < 0) throw badRequest('invalid_total_revenue', 'total_revenue.amount is whole minor units, 0 or more');
    if (rev.currency !== m.default_currency)
      throw badRequest('currency_mismatch', `Give total revenue in the merchant's currency, ${m.default_currency}, as platform revenue is kept in it`, {
        currency: m.default_currency,
      });
  }
}

/**
 * The merchant's owner files (or corrects) its report for a quarter, attesting it. The quarter is
 * between the programme's first quarter and the current one in the merchant's zone. A report for
 * a quarter already reported supersedes it; the old version stays in the history.
 */
export async function putReport(ctx: Ctx, actor: Actor, quarter: string, input: ReportInput, now = new Date()): Promise<ReportView> {
  const merchantId = merchantOf(actor);
  if (!merchantId || actor.kind !== 'user' || actor.role !== 'merchant' || actor.merchantRole !== 'owner')
    throw forbidden("Only the merchant's owner attests its jobs report");
  quarterParam(quarter);
  const m = await ledgerMerchant(ctx, merchantId);
  const settings = await repo.readSettings(ctx.db);
  const first = programmeQuarters(settings).first;
  if (compareQuarters(quarter, first) < 0)
    throw badRequest('quarter_before_start', `The programme starts in ${first}; report ${first} or later`, { first_quarter: first });
  const current = quarterOf(now, m.zone);
  if (compareQuarters(quarter, current) > 0)
    throw badRequest('quarter_in_future', `${quarter} has not begun yet (it is ${current} in ${m.zone})`, { current_quarter: current });
  validateReport(input, m);
  const row = await inTransaction(ctx, async (tx) => {
    const prev = await repo.lockCurrent(tx.db, merchantId, quarter);
    if (prev) await repo.supersede(tx.db, prev.id, now);
    const version = (await repo.lastVersion(tx.db, merchantId, quarter)) + 1;
    return repo.insertReport(tx.db, {
      id: newReportId(),
      merchant_id: merchantId,
      quarter,
      version,
      full_time: input.full_time,
      part_time: input.part_time,
      new_hires_attributed: input.new_hires_attributed,
      state: input.state.trim().toUpperCase(),
      total_revenue_amount: input.total_revenue?.amount ?? null,
      total_revenue_currency: input.total_revenue?.currency ?? null,
      attested_name: input.attestation.name.trim(),
      attested_by: actorId(actor),
      attested_at: now,
    });
  });
  const firsts = await repo.firstAttestations(ctx.db, [merchantId], quarter);
  return reportView(row, m, settings.report_due_days, firsts.get(`${merchantId}/${quarter}`), now);
}

/** The merchants whose reports an actor may read: its own, or (operators) one or all. */
async function scope(ctx: Ctx, actor: Actor, merchantId: string | undefined): Promise<LedgerMerchant[] | null> {
  const own = merchantOf(actor);
  if (isOperator(actor)) return merchantId ? [await ledgerMerchant(ctx, merchantId)] : null;
  if (!own) throw forbidden('Jobs reports are for merchants and operators');
  if (merchantId && merchantId !== own) throw notFound('merchant', merchantId);
  return [await ledgerMerchant(ctx, own)];
}

async function views(ctx: Ctx, rows: repo.ReportRow[], merchants: LedgerMerchant[] | null, now: Date): Promise<ReportView[]> {
  const settings = await repo.readSettings(ctx.db);
  const ids = [...new Set(rows.map((r) => r.merchant_id))];
  const byId = new Map((merchants ?? (await Promise.all(ids.map((id) => ledgerMerchant(ctx, id))))).map((m) => [m.id, m]));
  const firsts = await repo.firstAttestations(ctx.db, ids);
  return rows.map((r) => reportView(r, byId.get(r.merchant_id)!, settings.report_due_days, firsts.get(`${r.merchant_id}/${r.quarter}`), now));
}

/** Current reports, newest quarter first: a merchant its own; an operator any merchant's or all. */
export async function listReports(ctx: Ctx, actor: Actor, q: { merchant_id?: string | undefined; quarter?: string | undefined }, now = new Date()) {
  if (q.quarter) quarterParam(q.quarter);
  const merchants = await scope(ctx, actor, q.merchant_id);
  const rows = await repo.currentReports(ctx.db, {
    ...(merchants ? { merchantIds: merchants.map((m) => m.id) } : {}),
    ...(q.quarter ? { quarter: q.quarter } : {}),
  });
  return { items: await views(ctx, rows, merchants, now) };
}

/** Every version of a merchant's report for a quarter, newest first (operators name the merchant). */
export async function reportHistory(ctx: Ctx, actor: Actor, quarter: string, merchantId: string | undefined, now = new Date()) {
  quarterParam(quarter);
  if (isOperator(actor) && !merchantId) throw badRequest('merchant_id_required', 'Name the merchant whose report history to read');
  const merchants = (await scope(ctx, actor, merchantId))!;
  const rows = await repo.reportVersions(ctx.db, merchants[0]!.id, quarter);
  return { merchant_id: merchants[0]!.id, quarter, items: await views(ctx, rows, merchants, now) };
}

/** Every verified merchant's report status for an ended quarter (default: the last ended one). */
export async function reportStatuses(ctx: Ctx, actor: Actor, quarter: string | undefined, now = new Date()) {
  requireOperator(actor);
  const q = quarter ? quarterParam(quarter) : lastEndedQuarter(now);
  const settings = await repo.readSettings(ctx.db);
  const merchants = await verifiedMerchants(ctx);
  if (merchants.some((m) => !quarterEnded(q, m.zone, now)))
    throw badRequest('quarter_not_ended', `${q} has not ended everywhere yet; reports are due after a quarter ends`);
  const firsts = await repo.firstAttestations(
    ctx.db,
    merchants.map((m) => m.id),
    q,
  );
  const current = new Map((await repo.currentReports(ctx.db, { merchantIds: merchants.map((m) => m.id), quarter: q })).map((r) => [r.merchant_id, r]));
  const counts = { on_time: 0, late: 0, missing: 0, due: 0 };
  const items = merchants.map((m) => {
    const attested = firsts.get(`${m.id}/${q}`) ?? null;
    const status = reportStatus({ quarter: q, zone: m.zone, dueDays: settings.report_due_days, attestedAt: attested, now }) as keyof typeof counts;
    counts[status]++;
    return { merchant_id: m.id, display_name: m.display_name, state: current.get(m.id)?.state ?? m.region, status, attested_at: attested };
  });
  const order = { missing: 0, late: 1, due: 2, on_time: 3 };
  items.sort((a, b) => order[a.status] - order[b.status] || a.display_name.localeCompare(b.display_name));
  return { quarter: q, due_on: dueOn(q, settings.report_due_days), items, counts };
}

// Brand registrations: a brand owner applies, an operator approves or rejects, trademarks that
// all expire lapse it. Every step writes a history row in the same transaction as the change.
import { sql } from 'kysely';
import { inTransaction } from '../../db/transaction.ts';
import { badRequest, conflict, forbidden, invalidState, notFound } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import { type Actor, actorId, isOperator, merchantOf } from '../../shared/actor.ts';
import { decodeCursor, isString, pageOf } from '../../shared/pagination.ts';
import { brandBelongsTo } from '../brands/service.ts';
import { merchantStatus } from '../merchants/service.ts';
import { assertManager, assertVisible, managerOf, newEventId, newRegistrationId, newTrademarkId } from './access.ts';
import * as repo from './repository.ts';
import { type ApplicationInput, type CleanTrademark, chinaToday, cleanApplication, effectiveStatus } from './rules.ts';
import type { RegistrationStatus } from './schema.ts';

export { activeRegistrations, addSeller, isAuthorised, listPrices, listSellers, removePrice, removeSeller, setPrice } from './sellers.ts';

export interface NewApplication extends ApplicationInput {
  brand_id?: string | null | undefined;
}

export type ApplicationPatch = Partial<NewApplication>;

type Row = repo.RegistrationRow;
type Db = Ctx['db'];

/** A registration as callers see it: its trademarks, and the status in force today (active past expiry reads lapsed). */
async function views(db: Db, rows: Row[], today: string) {
  const marks = await repo.trademarksOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const status = effectiveStatus(r.status, r.expires_on, today);
    return {
      ...r,
      status,
      status_reason: status === r.status ? r.status_reason : 'every trademark expired',
      trademarks: marks
        .filter((m) => m.registration_id === r.id)
        .map((m) => ({ office: m.office, office_name: m.office_name, number: m.number, classes: m.classes, expires_on: m.expires_on })),
    };
  });
}

async function view(db: Db, row: Row, today: string) {
  return (await views(db, [row], today))[0]!;
}

export type RegistrationView = Awaited<ReturnType<typeof view>>;

/**
 * Serialises claims on the same trademarks or catalog brand until commit, so two concurrent
 * applications cannot both pass the "not claimed yet" check. Keys are locked in one order.
 */
async function lockClaims(db: Db, brandId: string | null, trademarks: CleanTrademark[]): Promise<void> {
  const keys = [
    ...new Set([...(brandId ? [`brand|${brandId}`] : []), ...trademarks.map((t) => `tm|${t.office}|${t.office_name ?? ''}|${t.number_key}`)]),
  ].sort();
  for (const k of keys) await sql`select pg_advisory_xact_lock(hashtext(${`brand-registry|${k}`}))`.execute(db);
}

/** Refuses a catalog brand or a trademark that backs another open registration. */
async function checkClaims(tx: Ctx, merchantId: string, brandId: string | null, trademarks: CleanTrademark[], today: string, except: string | null) {
  const db = tx.db;
  if (brandId) {
    // Another merchant's brand is not found: a tenant never learns of another's objects.
    if (!(await brandBelongsTo(tx, brandId, merchantId))) throw notFound('brand', brandId);
    const open = await repo.openRegistrationOfBrand(db, brandId, today, except);
    if (open) throw conflict('brand_already_registered', 'This catalog brand already has an open registration', { registration_id: open.id });
  }
  const claims = await repo.trademarkClaims(db, trademarks, today, except);
  if (claims.length)
    throw conflict('trademark_claimed', `${claims[0]!.office} ${claims[0]!.number} backs another open registration`, {
      office: claims[0]!.office,
      number: claims[0]!.number,
    });
}

/**
 * A brand owner applies to register a brand for its own (verified) merchant. The application
 * starts pending; bad input is a 400 naming the fault and writes nothing.
 */
export async function applyForRegistration(ctx: Ctx, actor: Actor, input: NewApplication, today = chinaToday()): Promise<RegistrationView> {
  const merchantId = managerOf(actor);
  if (!merchantId) throw forbidden("Only a merchant's owner or brand owners apply to register its brands");
  if ((await merchantStatus(ctx, merchantId)) !== 'verified')
    throw invalidState('merchant_not_verified', 'The merchant must be verified before it registers brands');
  const clean = cleanApplication(input, today);
  const brandId = input.brand_id ?? null;
  return inTransaction(ctx, async ({ db }) => {
    await lockClaims(db, brandId, clean.trademarks);
    await checkClaims({ ...ctx, db }, merchantId, brandId, clean.trademarks, today, null);
    const id = newRegistrationId();
    const { trademarks, ...fields } = clean;
    await repo.insertRegistration(db, {
      id,
      merchant_id: merchantId,
      brand_id: brandId,
      ...fields,
      aliases_en: JSON.stringify(fields.aliases_en),
      aliases_zh: JSON.stringify(fields.aliases_zh),
      evidence_urls: JSON.stringify(fields.evidence_urls),
      applied_by: actorId(actor),
    });
    await repo.replaceTrademarks(db, id, trademarks, newTrademarkId);
    await repo.insertEvent(db, { id: newEventId(), registration_id: id, action: 'applied', from_status: null, to_status: 'pending', actor_id: actorId(actor) });
    return view(db, (await repo.findRegistration(db, id))!, today);
  });
}

const notPending = (id: string, status: RegistrationStatus) =>
  conflict('registration_not_pending', `The registration is ${status}; only a pending application can be changed or decided`, {
    registration_id: id,
    registration_status: status,
  });

/** The owner edits a pending application; the whole result is checked again as on applying. */
export async function updateApplication(ctx: Ctx, actor: Actor, id: string, patch: ApplicationPatch, today = chinaToday()): Promise<RegistrationView> {
  return inTransaction(ctx, async ({ db }) => {
    const row = await repo.lockRegistration(db, id);
    assertManager(actor, row, id);
    if (row.status !== 'pending') throw notPending(id, effectiveStatus(row.status, row.expires_on, today));
    const current = (await views(db, [row], today))[0]!;
    const merged: NewApplication = {
      name_en: patch.name_en ?? row.name_en,
      name_zh: patch.name_zh ?? row.name_zh,
      aliases_en: patch.aliases_en ?? row.aliases_en,
      aliases_zh: patch.aliases_zh ?? row.aliases_zh,
      logo_url: patch.logo_url !== undefined ? patch.logo_url : row.logo_url,
      evidence_urls: patch.evidence_urls ?? row.evidence_urls,
      trademarks: patch.trademarks ?? current.trademarks,
    };
    const clean = cleanApplication(merged, today);
    const brandId = patch.brand_id !== undefined ? patch.brand_id : row.brand_id;
    await lockClaims(db, brandId, clean.trademarks);
    await checkClaims({ ...ctx, db }, row.merchant_id, brandId, clean.trademarks, today, id);
    const { trademarks, ...fields } = clean;
    await repo.updateRegistration(db, id, {
      ...fields,
      brand_id: brandId,
      aliases_en: JSON.stringify(fields.aliases_en),
      aliases_zh: JSON.stringify(fields.aliases_zh),
      evidence_urls: JSON.stringify(fields.evidence_urls),
    });
    if (patch.trademarks !== undefined) await repo.replaceTrademarks(db, id, trademarks, newTrademarkId);
    const fieldsChanged = Object.keys(patch).filter((k) => patch[k as keyof ApplicationPatch] !== undefined);
    await repo.insertEvent(db, {
      id: newEventId(),
      registration_id: id,
      action: 'updated',
      from_status: 'pending',
      to_status: 'pending',
      details: { fields: fieldsChanged.sort() },
      actor_id: actorId(actor),
    });
    return view(db, (await repo.findRegistration(db, id))!, today);
  });
}

/** Moves a pending registration to `to` under the row lock, with its history row; 409 when not pending. */
async function decidePending(ctx: Ctx, actor: Actor, id: string, to: RegistrationStatus, reason: string | null, today: string, check?: (row: Row) => void) {
  return inTransaction(ctx, async ({ db }) => {
    const row = await repo.lockRegistration(db, id);
    if (to === 'withdrawn') assertManager(actor, row, id);
    else assertVisible(actor, row, id);
    if (row.status !== 'pending') throw notPending(id, effectiveStatus(row.status, row.expires_on, today));
    check?.(row);
    if (!(await repo.moveStatusIf(db, id, 'pending', to, { reason, by: actorId(actor) }))) throw notPending(id, row.status);
    const action = to === 'active' ? 'approved' : to === 'rejected' ? 'rejected' : 'withdrawn';
    await repo.insertEvent(db, { id: newEventId(), registration_id: id, action, from_status: 'pending', to_status: to, reason, actor_id: actorId(actor) });
    return view(db, (await repo.findRegistration(db, id))!, today);
  });
}

/** The owner withdraws its pending application (kept, with its history, as withdrawn). */
export function withdrawApplication(ctx: Ctx, actor: Actor, id: string, today = chinaToday()): Promise<RegistrationView> {
  return decidePending(ctx, actor, id, 'withdrawn', null, today);
}

function requireOperator(actor: Actor): void {
  if (!isOperator(actor)) throw forbidden('Only an operator decides brand registrations');
}

/** An operator approves a pending application (an optional note); one whose trademarks have all expired meanwhile is refused. */
export function approveApplication(ctx: Ctx, actor: Actor, id: string, note?: string, today = chinaToday()): Promise<RegistrationView> {
  requireOperator(actor);
  return decidePending(ctx, actor, id, 'active', note?.trim() || null, today, (row) => {
    if (row.expires_on < today)
      throw invalidState('trademarks_expired', `Every trademark of this application expired (latest ${row.expires_on}); it cannot be approved`, {
        expires_on: row.expires_on,
      });
  });
}

/** An operator rejects a pending application with a reason; rejection is final (the owner may apply again). */
export function rejectApplication(ctx: Ctx, actor: Actor, id: string, reason: string, today = chinaToday()): Promise<RegistrationView> {
  requireOperator(actor);
  const why = reason.trim();
  if (!why) throw badRequest('reason_required', 'Give the reason for rejecting');
  return decidePending(ctx, actor, id, 'rejected', why, today);
}

/** One registration with its trademarks; another tenant's is not found. */
export async function getRegistration(ctx: Ctx, actor: Actor, id: string, today = chinaToday()): Promise<RegistrationView> {
  const row = await repo.findRegistration(ctx.db, id);
  assertVisible(actor, row, id);
  return view(ctx.db, row, today);
}

/** Lists registrations by id: operators any merchant's (optionally one), others their own; filter by the status in force today. */
export async function listRegistrations(
  ctx: Ctx,
  actor: Actor,
  q: { status?: RegistrationStatus | undefined; merchant_id?: string | undefined; limit?: number | undefined; cursor?: string | undefined },
  today = chinaToday(),
) {
  let merchantId = q.merchant_id;
  if (!isOperator(actor)) {
    const own = merchantOf(actor);
    if (!own) throw forbidden('Brand registrations belong to a merchant');
    if (merchantId && merchantId !== own) throw notFound('merchant', merchantId);
    merchantId = own;
  }
  const limit = q.limit ?? 20;
  const after = decodeCursor(q.cursor, isString);
  const rows = await repo.listRegistrationRows(ctx.db, { merchant_id: merchantId, status: q.status, today, after, limit });
  const page = pageOf(rows, limit, (r) => r.id);
  return { items: await views(ctx.db, page.items, today), next_cursor: page.next_cursor };
}

/** Every step of a registration, oldest first; visible to whoever may see the registration. */
export async function registrationHistory(ctx: Ctx, actor: Actor, id: string) {
  const row = await repo.findRegistration(ctx.db, id);
  assertVisible(actor, row, id);
  return repo.listEvents(ctx.db, id);
}

/**
 * For the background jobs: active registrations whose every trademark expired before `today`
 * (China days) become lapsed, each with a history row. Safe to run in several processes at once
 * (the update is conditional on `active`). Answers how many lapsed.
 */
export async function lapseExpired(ctx: Ctx, today = chinaToday()): Promise<number> {
  return inTransaction(ctx, async ({ db }) => {
    const ids = await repo.lapseRows(db, today);
    for (const id of ids)
      await repo.insertEvent(db, {
        id: newEventId(),
        registration_id: id,
        action: 'lapsed',
        from_status: 'active',
        to_status: 'lapsed',
        reason: 'every trademark expired',
        details: { today },
        actor_id: null,
      });
    return ids.length;
  });
}

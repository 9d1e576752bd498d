// Notice and takedown (issue 8). A brand owner with an active registration files a notice against
// a listing; the listing comes down in the same transaction and its merchant is told why (the
// listing's moderation reason and a `listing.taken_down` event). The merchant may counter; an
// operator upholds (a strike) or reinstates; the notifier may withdraw. Strikes within the window
// suspend the merchant, who may appeal. Other modules are reached through their services only.
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { badRequest, conflict, forbidden, notFound } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import { type Actor, SYSTEM, actorId, isOperator, merchantOf } from '../../shared/actor.ts';
import { ulid } from '../../shared/ids.ts';
import { decodeCursor, isString, pageOf } from '../../shared/pagination.ts';
import { inTransaction } from '../../db/transaction.ts';
import { getRegistration } from '../brand-registry/service.ts';
import { moderateProduct } from '../catalog/moderation.ts';
import { getProduct } from '../catalog/service.ts';
import { emitEvent } from '../events/service.ts';
import { merchantStatus, reinstateMerchant, suspendMerchant } from '../merchants/service.ts';
import { OPEN_STATUSES, canMove, countingStrikes, suspends, type StrikePolicy } from './rules.ts';
import type { NoticeKind, NoticeStatus } from './schema.ts';

export const NOTICE_ID = '^ntc_[0-9A-HJKMNP-TV-Z]{26}$';
export const SUSPENSION_ID = '^sus_[0-9A-HJKMNP-TV-Z]{26}$';
const newNoticeId = () => `ntc_${ulid()}`;

type Db = Kysely<DB>;

const policyOf = (ctx: Ctx): StrikePolicy => ({ limit: ctx.config.strikeLimit, windowMonths: ctx.config.strikeWindowMonths });

function evidence(urls: string[] | undefined, required: boolean): string[] {
  const list = urls ?? [];
  if (required && list.length === 0) throw badRequest('evidence_required', 'Give at least one evidence URL');
  if (list.length > 20) throw badRequest('invalid_evidence', 'At most 20 evidence URLs');
  for (const u of list) {
    let ok = false;
    try {
      ok = new URL(u).protocol === 'https:';
    } catch {
      ok = false;
    }
    if (!ok) throw badRequest('invalid_evidence', `Evidence is an https:// URL, got ${JSON.stringify(u.slice(0, 100))}`);
  }
  return [...new Set(list)];
}

function statement(text: string, field = 'statement'): string {
  const t = text.trim();
  if (t.length < 10 || t.length > 5000) throw badRequest(`invalid_${field}`, `${field} is 10–5000 characters`);
  return t;
}

async function noticeRow(db: Db, id: string, lock = false) {
  let q = db.selectFrom('takedown_notices').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

type NoticeRow = NonNullable<Awaited<ReturnType<typeof noticeRow>>>;

/** Who may see a notice: operators, the notifier's and the listing's merchant; others get 404. */
function assertSees(actor: Actor, n: NoticeRow | undefined, id: string): asserts n is NoticeRow {
  const m = merchantOf(actor);
  if (!n || !(isOperator(actor) || (m !== null && (m === n.notifier_merchant_id || m === n.listing_merchant_id)))) throw notFound('notice', id);
}

function moved(n: NoticeRow, to: NoticeStatus) {
  if (!canMove(n.status, to)) throw conflict('invalid_notice_transition', `A notice that is ${n.status} cannot become ${to}`, { current_status: n.status });
}

async function step(db: Db, id: string, from: NoticeStatus | null, to: NoticeStatus, actor: Actor, note: string | null) {
  await db
    .insertInto('takedown_events')
    .values({ notice_id: id, from_status: from, to_status: to, note, actor: actorId(actor) })
    .execute();
}

export interface NewNotice {
  registration_id: string;
  product_id: string;
  kind: NoticeKind;
  statement: string;
  evidence_urls: string[];
}

/** A brand owner files a notice: the listing comes down at once and its merchant is told why. */
export async function fileNotice(ctx: Ctx, actor: Actor, input: NewNotice) {
  const notifier = merchantOf(actor);
  if (!notifier) throw forbidden('A notice is filed by the owner of a registered brand');
  const text = statement(input.statement);
  const urls = evidence(input.evidence_urls, true);
  const reg = await getRegistration(ctx, actor, input.registration_id);
  if (reg.merchant_id !== notifier) throw notFound('registration', input.registration_id);
  if (reg.status !== 'active')
    throw conflict('registration_not_active', `The brand registration is ${reg.status}: only an active registration backs a notice`, { status: reg.status });
  const listing = await getProduct(ctx, SYSTEM, input.product_id).catch(() => null);
  if (!listing) throw notFound('product', input.product_id);
  if (listing.merchant_id === notifier) throw badRequest('own_listing', 'A brand owner cannot file a notice against its own listing');
  const id = newNoticeId();
  const prices = listing.variants.map((v) => v.price).sort((a, b) => a.amount - b.amount);
  return inTransaction(ctx, async (tx) => {
    await tx.db
      .insertInto('takedown_notices')
      .values({
        id,
        registration_id: reg.id,
        notifier_merchant_id: notifier,
        listing_merchant_id: listing.merchant_id,
        product_id: listing.id,
        kind: input.kind,
        statement: text,
        evidence_urls: JSON.stringify(urls),
        status: 'actioned',
        created_by: actorId(actor),
        listing_title_en: listing.title_en,
        listing_title_zh: listing.title_zh,
        listing_price_amount: prices[0]?.amount ?? null,
        listing_price_currency: prices[0]?.currency ?? null,
      })
      .execute();
    await step(tx.db, id, null, 'actioned', actor, null);
    const reason = `Taken down on notice ${id} (${input.kind}) by the owner of the registered brand ${reg.name_en} / ${reg.name_zh}: ${text}`;
    // Another open notice may have taken it down already; the listing stays down either way.
    if (listing.moderation?.state !== 'taken_down')
      await moderateProduct(tx, SYSTEM, listing.id, { to: 'taken_down', code: `notice_${input.kind}`, reason, reference: id });
    await emitEvent(tx.db, {
      merchant_id: listing.merchant_id,
      type: 'listing.taken_down',
      subject_id: listing.id,
      payload: { product_id: listing.id, notice_id: id, kind: input.kind, reason, counter_notice: `/api/takedowns/notices/${id}/counter-notice` },
    });
    return noticeView(tx.db, (await noticeRow(tx.db, id))!);
  });
}

/** The listing's merchant answers a notice with a counter-notice and its evidence. */
export async function counterNotice(ctx: Ctx, actor: Actor, id: string, input: { statement: string; evidence_urls: string[] }) {
  const text = statement(input.statement, 'counter_statement');
  const urls = evidence(input.evidence_urls, true);
  return inTransaction(ctx, async (tx) => {
    const n = await noticeRow(tx.db, id, true);
    assertSees(actor, n, id);
    if (merchantOf(actor) !== n.listing_merchant_id) throw forbidden('Only the listing’s merchant files a counter-notice');
    moved(n, 'countered');
    await tx.db
      .updateTable('takedown_notices')
      .set({ status: 'countered', counter_statement: text, counter_evidence_urls: JSON.stringify(urls), countered_at: new Date() })
      .where('id', '=', id)
      .execute();
    await step(tx.db, id, n.status, 'countered', actor, null);
    return noticeView(tx.db, (await noticeRow(tx.db, id))!);
  });
}

/** Lifts the takedown of a notice's listing unless another notice still keeps it down. */
async function liftIfLast(tx: Ctx, n: NoticeRow, code: string, reason: string) {
  const others = await tx.db
    .selectFrom('takedown_notices')
    .select('id')
    .where('product_id', '=', n.product_id)
    .where('id', '<>', n.id)
    .where('status', 'in', OPEN_STATUSES)
    .execute();
  if (others.length) return;
  const listing = await getProduct(tx, SYSTEM, n.product_id);
  if (listing.moderation?.state !== 'taken_down') return;
  await moderateProduct(tx, SYSTEM, n.product_id, { to: null, code, reason, reference: n.id });
  await emitEvent(tx.db, {
    merchant_id: n.listing_merchant_id,
    type: 'listing.reinstated',
    subject_id: n.product_id,
    payload: { product_id: n.product_id, notice_id: n.id, reason },
  });
}

/**
 * An operator decides a notice: upheld (a strike against the listing's merchant, and a suspension
 * when the strikes in the window reach the limit) or reinstated (the listing goes back up).
 */
export async function decideNotice(ctx: Ctx, actor: Actor, id: string, input: { decision: 'uphold' | 'reinstate'; reason: string }) {
  if (!isOperator(actor)) throw forbidden('Only an operator decides a notice');
  const reason = input.reason.trim();
  if (!reason) throw badRequest('reason_required', 'Give the reason for the decision');
  const to: NoticeStatus = input.decision === 'uphold' ? 'upheld' : 'reinstated';
  return inTransaction(ctx, async (tx) => {
    const n = await noticeRow(tx.db, id, true);
    if (!n) throw notFound('notice', id);
    moved(n, to);
    await tx.db
      .updateTable('takedown_notices')
      .set({ status: to, decision_reason: reason, decided_by: actorId(actor), decided_at: new Date() })
      .where('id', '=', id)
      .execute();
    await step(tx.db, id, n.status, to, actor, reason);
    if (to === 'reinstated') await liftIfLast(tx, n, 'notice_reinstated', `Reinstated: notice ${id} was not upheld (${reason})`);
    else await strike(tx, n, reason);
    return noticeView(tx.db, (await noticeRow(tx.db, id))!);
  });
}

async function strike(tx: Ctx, n: NoticeRow, reason: string) {
  const now = new Date();
  await tx.db
    .insertInto('merchant_strikes')
    .values({ id: `stk_${ulid()}`, merchant_id: n.listing_merchant_id, notice_id: n.id, struck_at: now })
    .execute();
  // Serialise strike counting per merchant, so two upheld notices at once cannot both miss the limit.
  await sql`select pg_advisory_xact_lock(hashtext(${`strikes:${n.listing_merchant_id}`}))`.execute(tx.db);
  const all = await tx.db.selectFrom('merchant_strikes').select(['struck_at', 'voided_at']).where('merchant_id', '=', n.listing_merchant_id).execute();
  const counting = countingStrikes(all, now, policyOf(tx)).length;
  if (!suspends(counting, policyOf(tx)) || (await merchantStatus(tx, n.listing_merchant_id)) !== 'verified') return;
  const policy = policyOf(tx);
  await suspendMerchant(tx, SYSTEM, n.listing_merchant_id, `${counting} upheld notices within ${policy.windowMonths} months (latest ${n.id}: ${reason})`);
  await tx.db
    .insertInto('strike_suspensions')
    .values({ id: `sus_${ulid()}`, merchant_id: n.listing_merchant_id, strikes: counting, suspended_at: now })
    .execute();
}

/** The notifier withdraws its notice; the listing goes back up unless another notice keeps it down. */
export async function withdrawNotice(ctx: Ctx, actor: Actor, id: string, note?: string) {
  return inTransaction(ctx, async (tx) => {
    const n = await noticeRow(tx.db, id, true);
    assertSees(actor, n, id);
    if (merchantOf(actor) !== n.notifier_merchant_id) throw forbidden('Only the brand owner who filed it withdraws a notice');
    moved(n, 'withdrawn');
    await tx.db
      .updateTable('takedown_notices')
      .set({ status: 'withdrawn', decided_by: actorId(actor), decided_at: new Date(), decision_reason: note?.trim() || 'withdrawn by the notifier' })
      .where('id', '=', id)
      .execute();
    await step(tx.db, id, n.status, 'withdrawn', actor, note ?? null);
    await liftIfLast(tx, n, 'notice_withdrawn', `Reinstated: notice ${id} was withdrawn by the brand owner`);
    return noticeView(tx.db, (await noticeRow(tx.db, id))!);
  });
}

/** A notice as answered: the listing snapshot as one object. */
function shapeNotice(n: NoticeRow) {
  const { listing_title_en, listing_title_zh, listing_price_amount, listing_price_currency, ...rest } = n;
  const price =
    listing_price_amount !== null && listing_price_currency !== null ? { amount: Number(listing_price_amount), currency: listing_price_currency } : null;
  return { ...rest, listing: { title_en: listing_title_en, title_zh: listing_title_zh, price } };
}

async function noticeView(db: Db, n: NoticeRow) {
  const history = await db
    .selectFrom('takedown_events')
    .select(['from_status', 'to_status', 'note', 'created_at'])
    .where('notice_id', '=', n.id)
    .orderBy('id')
    .execute();
  return { ...shapeNotice(n), history };
}

/** One notice with its history (operators, the notifier and the listing's merchant). */
export async function getNotice(ctx: Ctx, actor: Actor, id: string) {
  const n = await noticeRow(ctx.db, id);
  assertSees(actor, n, id);
  return noticeView(ctx.db, n);
}

/** Notices by id: operators all (or one merchant's), a merchant those it filed or received. */
export async function listNotices(
  ctx: Ctx,
  actor: Actor,
  q: { status?: NoticeStatus | undefined; role?: 'filed' | 'received' | undefined; limit?: number | undefined; cursor?: string | undefined },
) {
  const m = merchantOf(actor);
  if (!isOperator(actor) && !m) throw forbidden('Notices belong to merchants and brand owners');
  const limit = q.limit ?? 50;
  const after = decodeCursor(q.cursor, isString);
  let query = ctx.db.selectFrom('takedown_notices').selectAll();
  if (!isOperator(actor)) {
    const mine = m!;
    query =
      q.role === 'filed'
        ? query.where('notifier_merchant_id', '=', mine)
        : q.role === 'received'
          ? query.where('listing_merchant_id', '=', mine)
          : query.where((eb) => eb.or([eb('notifier_merchant_id', '=', mine), eb('listing_merchant_id', '=', mine)]));
  }
  if (q.status) query = query.where('status', '=', q.status);
  if (after) query = query.where('id', '>', after);
  const rows = await query
    .orderBy('id')
    .limit(limit + 1)
    .execute();
  const page = pageOf(rows, limit, (r) => r.id);
  return { items: page.items.map(shapeNotice), next_cursor: page.next_cursor };
}

/** A merchant's strikes, which of them count now, and the policy (the merchant itself and operators). */
export async function strikesOf(ctx: Ctx, actor: Actor, merchantId: string) {
  if (!isOperator(actor) && merchantOf(actor) !== merchantId) throw notFound('merchant', merchantId);
  const policy = policyOf(ctx);
  const rows = await ctx.db.selectFrom('merchant_strikes').selectAll().where('merchant_id', '=', merchantId).orderBy('struck_at').execute();
  const counting = new Set(countingStrikes(rows, new Date(), policy).map((s) => s.id));
  const suspensions = await ctx.db.selectFrom('strike_suspensions').selectAll().where('merchant_id', '=', merchantId).orderBy('suspended_at').execute();
  return {
    merchant_id: merchantId,
    limit: policy.limit,
    window_months: policy.windowMonths,
    counting: counting.size,
    strikes: rows.map((r) => ({ ...r, counts: counting.has(r.id) })),
    suspensions,
  };
}

/** A merchant suspended for strikes appeals its latest suspension (once). */
export async function appealSuspension(ctx: Ctx, actor: Actor, input: { statement: string }) {
  const m = merchantOf(actor);
  if (!m) throw forbidden('A merchant appeals its own suspension');
  const text = statement(input.statement);
  return inTransaction(ctx, async (tx) => {
    const s = await tx.db
      .selectFrom('strike_suspensions')
      .selectAll()
      .where('merchant_id', '=', m)
      .orderBy('suspended_at', 'desc')
      .limit(1)
      .forUpdate()
      .executeTakeFirst();
    if (!s || (await merchantStatus(tx, m)) !== 'suspended') throw conflict('not_suspended', 'There is no suspension for strikes to appeal');
    if (s.appeal_status !== null) throw conflict('already_appealed', `This suspension was appealed already (${s.appeal_status})`);
    await tx.db
      .updateTable('strike_suspensions')
      .set({ appeal_statement: text, appealed_at: new Date(), appeal_status: 'pending' })
      .where('id', '=', s.id)
      .execute();
    return (await tx.db.selectFrom('strike_suspensions').selectAll().where('id', '=', s.id).executeTakeFirst())!;
  });
}

/** An operator grants (the strikes that suspended are voided, the merchant reinstated) or denies an appeal. */
export async function decideAppeal(ctx: Ctx, actor: Actor, id: string, input: { grant: boolean; reason: string }) {
  if (!isOperator(actor)) throw forbidden('Only an operator decides an appeal');
  const reason = input.reason.trim();
  if (!reason) throw badRequest('reason_required', 'Give the reason for the decision');
  return inTransaction(ctx, async (tx) => {
    const s = await tx.db.selectFrom('strike_suspensions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!s) throw notFound('suspension', id);
    if (s.appeal_status !== 'pending') throw conflict('appeal_not_pending', s.appeal_status ? `The appeal is ${s.appeal_status}` : 'Nothing was appealed');
    const now = new Date();
    await tx.db
      .updateTable('strike_suspensions')
      .set({ appeal_status: input.grant ? 'granted' : 'denied', appeal_reason: reason, appeal_decided_by: actorId(actor), appeal_decided_at: now })
      .where('id', '=', id)
      .execute();
    if (input.grant) {
      await tx.db
        .updateTable('merchant_strikes')
        .set({ voided_at: now, voided_reason: `appeal granted: ${reason}` })
        .where('merchant_id', '=', s.merchant_id)
        .where('voided_at', 'is', null)
        .where('struck_at', '<=', s.suspended_at)
        .execute();
      if ((await merchantStatus(tx, s.merchant_id)) === 'suspended') await reinstateMerchant(tx, SYSTEM, s.merchant_id, `Appeal granted: ${reason}`);
    }
    return (await tx.db.selectFrom('strike_suspensions').selectAll().where('id', '=', id).executeTakeFirst())!;
  });
}

/** Appeals waiting for a decision, oldest first (operators). */
export async function pendingAppeals(ctx: Ctx, actor: Actor) {
  if (!isOperator(actor)) throw forbidden();
  return ctx.db.selectFrom('strike_suspensions').selectAll().where('appeal_status', '=', 'pending').orderBy('appealed_at').execute();
}

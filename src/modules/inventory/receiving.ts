import { inTransaction } from '../../db/transaction.ts';
import type { Ctx } from '../../http/types.ts';
import { badRequest, conflict, forbidden, invalidState, notFound } from '../../http/errors.ts';
import { type Actor, actorId, isOperator, merchantOf } from '../../shared/actor.ts';
import { newId } from '../../shared/ids.ts';
import { variantsByIds } from '../catalog/service.ts';
import { getLocation } from '../locations/service.ts';
import { type LevelRow, postMovement } from './repository.ts';
import type { CountLine } from './schema.ts';
import { type LotInput, adjustLot, locationFacts, lotLevelsAt, putIntoLot, resolveLot } from './lots/service.ts';

/* Changes of stock a person makes at a location: receipts, adjustments with a reason, counts. */

interface OwnedVariant {
  id: string;
  merchant_id: string;
  lot_tracked: boolean;
  temperature_class: string;
}

/** Loads variants and checks the actor may move their stock at this location. */
async function authorise(ctx: Ctx, actor: Actor, locationId: string, variantIds: string[]): Promise<Map<string, OwnedVariant>> {
  // Store staff work only at their own store; another store is "not found" for them.
  if (actor.kind === 'user' && actor.role === 'store_staff' && actor.locationId !== locationId) throw notFound('location', locationId);
  await getLocation(ctx, locationId);
  const unique = [...new Set(variantIds)];
  const rows = await variantsByIds(ctx, unique);
  const byId = new Map(rows.map((v) => [v.id, { id: v.id, merchant_id: v.merchant_id, lot_tracked: v.lot_tracked, temperature_class: v.temperature_class }]));
  const mine = merchantOf(actor);
  for (const id of unique) {
    const v = byId.get(id);
    // A merchant never learns that another merchant's variant exists.
    if (!v || (mine !== null && v.merchant_id !== mine)) throw notFound('variant', id);
  }
  if (!isOperator(actor) && mine === null && !(actor.kind === 'user' && actor.role === 'store_staff')) throw forbidden();
  return byId;
}

export interface ReceiptInput {
  location_id: string;
  lines: Array<{ variant_id: string; quantity: number; lot?: LotInput | undefined }>;
  reference?: string;
  note?: string;
}

/** Refuses a line whose variant's lot tracking does not match whether it names a lot. */
function checkLotNamed(v: OwnedVariant, named: boolean): void {
  if (v.lot_tracked && !named) throw badRequest('lot_required', `${v.id} is lot-tracked: name the lot (GS1 AI 10) and its dates`, { variant_id: v.id });
  if (!v.lot_tracked && named) throw badRequest('not_lot_tracked', `${v.id} is not lot-tracked: leave the lot out`, { variant_id: v.id });
}

/** Refuses stock a location cannot keep at its temperature (frozen beef into an ambient shop). */
export async function checkTemperature(ctx: Ctx, locationId: string, variants: Iterable<{ id: string; temperature_class: string }>): Promise<void> {
  const loc = await locationFacts(ctx, locationId);
  for (const v of variants) {
    if (!loc.temperature_classes.includes(v.temperature_class))
      throw invalidState('temperature_class_not_held', `${locationId} cannot hold ${v.temperature_class} goods such as ${v.id}`, {
        location_id: locationId,
        variant_id: v.id,
        temperature_class: v.temperature_class,
        location_temperature_classes: loc.temperature_classes,
      });
  }
}

/**
 * Receives stock into a location: one 'receipt' movement per line, all or nothing. Lines of a
 * lot-tracked variant name the lot and its dates; units of a lot already expired (in the
 * location's time zone) or blocked arrive blocked. The location must hold the goods' temperature class.
 */
export async function receiveStock(ctx: Ctx, actor: Actor, input: ReceiptInput): Promise<LevelRow[]> {
  const variants = await authorise(
    ctx,
    actor,
    input.location_id,
    input.lines.map((l) => l.variant_id),
  );
  for (const l of input.lines) checkLotNamed(variants.get(l.variant_id)!, l.lot !== undefined);
  await checkTemperature(ctx, input.location_id, variants.values());
  return inTransaction(ctx, async (tx) => {
    const trx = tx.db;
    const out: LevelRow[] = [];
    for (const line of input.lines) {
      if (line.lot) {
        const v = variants.get(line.variant_id)!;
        const lot = await resolveLot(tx, v, line.lot);
        await putIntoLot(tx, actor, lot, {
          variant_id: v.id,
          location_id: input.location_id,
          merchant_id: v.merchant_id,
          quantity: line.quantity,
          reason: 'receipt',
          reference_type: input.reference ? 'external' : null,
          reference_id: input.reference ?? null,
          note: input.note ?? null,
        });
        out.push(await levelOf(tx, v.id, input.location_id));
        continue;
      }
      const level = await postMovement(trx, {
        variant_id: line.variant_id,
        location_id: input.location_id,
        merchant_id: variants.get(line.variant_id)!.merchant_id,
        reason: 'receipt',
        on_hand_delta: line.quantity,
        reserved_delta: 0,
        reference_type: input.reference ? 'external' : null,
        reference_id: input.reference ?? null,
        note: input.note ?? null,
        actor_id: actorId(actor),
      });
      out.push(level!);
    }
    return out;
  });
}

/**
 * Adjusts on-hand by a signed delta with a stated reason; cannot take reserved or missing units.
 * A lot-tracked variant names the lot; taking from a lot writes off its blocked units first.
 */
export async function adjustStock(
  ctx: Ctx,
  actor: Actor,
  input: { location_id: string; variant_id: string; delta: number; note: string; lot_code?: string | undefined },
): Promise<LevelRow> {
  if (input.delta === 0) throw badRequest('zero_adjustment', 'An adjustment must change the quantity');
  const variants = await authorise(ctx, actor, input.location_id, [input.variant_id]);
  const v = variants.get(input.variant_id)!;
  checkLotNamed(v, input.lot_code !== undefined);
  if (input.lot_code !== undefined) {
    if (input.delta > 0) await checkTemperature(ctx, input.location_id, [v]);
    return inTransaction(ctx, async (tx) => {
      const ok = await adjustLot(tx, actor, { ...input, lot_code: input.lot_code!, merchant_id: v.merchant_id, reason: 'adjustment' });
      if (!ok) throw conflict('insufficient_stock', 'The adjustment would take more of this lot than is on hand and unreserved');
      return levelOf(tx, v.id, input.location_id);
    });
  }
  const level = await postMovement(ctx.db, {
    variant_id: input.variant_id,
    location_id: input.location_id,
    merchant_id: variants.get(input.variant_id)!.merchant_id,
    reason: 'adjustment',
    on_hand_delta: input.delta,
    reserved_delta: 0,
    note: input.note,
    actor_id: actorId(actor),
  });
  if (!level) throw conflict('insufficient_stock', 'The adjustment would take more than is on hand and unreserved');
  return level;
}

/**
 * Records a stock count: for each line the counted quantity against the ledger's on-hand, the
 * difference posted as a 'count_correction'. Runs in one transaction with the levels locked, so a
 * sale during the count cannot slip between reading "expected" and posting the correction.
 */
export async function countStock(
  ctx: Ctx,
  actor: Actor,
  input: { location_id: string; lines: Array<{ variant_id: string; counted: number; lot_code?: string | undefined }>; note?: string },
) {
  const keys = input.lines.map((l) => `${l.variant_id}|${l.lot_code ?? ''}`);
  if (new Set(keys).size !== keys.length) throw badRequest('duplicate_line', 'Each variant (and lot) may appear once in a count');
  const ids = [...new Set(input.lines.map((l) => l.variant_id))];
  const variants = await authorise(ctx, actor, input.location_id, ids);
  for (const l of input.lines) checkLotNamed(variants.get(l.variant_id)!, l.lot_code !== undefined);
  const countId = newId('stockCount');
  const lotLines = input.lines.filter((l) => l.lot_code !== undefined);
  return inTransaction(ctx, async (tx) => {
    const trx = tx.db;
    const lines: CountLine[] = [];
    // Lot-tracked lines: each lot counted on its own, its levels locked while compared.
    for (const line of lotLines) {
      const v = variants.get(line.variant_id)!;
      const level = (await lotLevelsAt(tx, v.id, input.location_id)).find((l) => l.code === line.lot_code);
      const expected = level?.on_hand ?? 0;
      if (line.counted < (level?.reserved ?? 0))
        throw conflict('count_below_reserved', `Counted ${line.counted} of lot ${line.lot_code} but ${level!.reserved} are reserved for orders`, {
          variant_id: v.id,
          lot_code: line.lot_code,
          reserved: level!.reserved,
        });
      const difference = line.counted - expected;
      lines.push({ variant_id: v.id, lot_code: line.lot_code!, expected, counted: line.counted, difference });
      if (difference !== 0)
        await adjustLot(tx, actor, {
          variant_id: v.id,
          location_id: input.location_id,
          merchant_id: v.merchant_id,
          lot_code: line.lot_code!,
          delta: difference,
          reason: 'count_correction',
          reference_type: 'stock_count',
          reference_id: countId,
        });
    }
    const plain = input.lines.filter((l) => l.lot_code === undefined);
    const plainIds = plain.map((l) => l.variant_id);
    const levels =
      plainIds.length === 0
        ? []
        : await trx
            .selectFrom('stock_levels')
            .select(['variant_id', 'on_hand', 'reserved'])
            .where('location_id', '=', input.location_id)
            .where('variant_id', 'in', plainIds)
            .forUpdate()
            .execute();
    const byVariant = new Map(levels.map((l) => [l.variant_id, l]));
    for (const line of plain) {
      const level = byVariant.get(line.variant_id);
      const expected = level?.on_hand ?? 0;
      if (line.counted < (level?.reserved ?? 0)) {
        throw conflict(
          'count_below_reserved',
          `Counted ${line.counted} of ${line.variant_id} but ${level!.reserved} are reserved for orders; release or reassign them first`,
          {
            variant_id: line.variant_id,
            reserved: level!.reserved,
          },
        );
      }
      const difference = line.counted - expected;
      lines.push({ variant_id: line.variant_id, expected, counted: line.counted, difference });
      if (difference !== 0) {
        await postMovement(trx, {
          variant_id: line.variant_id,
          location_id: input.location_id,
          merchant_id: variants.get(line.variant_id)!.merchant_id,
          reason: 'count_correction',
          on_hand_delta: difference,
          reserved_delta: 0,
          reference_type: 'stock_count',
          reference_id: countId,
          actor_id: actorId(actor),
        });
      }
    }
    const merchants = new Set(ids.map((id) => variants.get(id)!.merchant_id));
    await trx
      .insertInto('stock_counts')
      .values({
        id: countId,
        location_id: input.location_id,
        merchant_id: merchants.size === 1 ? [...merchants][0]! : null,
        lines: JSON.stringify(lines),
        actor_id: actorId(actor),
        note: input.note ?? null,
      })
      .execute();
    return { id: countId, location_id: input.location_id, lines };
  });
}

/** The variant's level at a location (zeros when it never had stock there). */
async function levelOf(ctx: Ctx, variantId: string, locationId: string): Promise<LevelRow> {
  const l = await ctx.db
    .selectFrom('stock_levels')
    .select(['variant_id', 'location_id', 'on_hand', 'reserved'])
    .where('variant_id', '=', variantId)
    .where('location_id', '=', locationId)
    .executeTakeFirst();
  return l ?? { variant_id: variantId, location_id: locationId, on_hand: 0, reserved: 0 };
}

import { type Kysely, type Selectable, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { newId } from '../../shared/ids.ts';
import type {
  CustomsRegime,
  DeliveryAddress,
  FulfilmentMode,
  LineRegime,
  OrderEventsTable,
  OrderLinesTable,
  OrderTaxLinesTable,
  ShipmentKind,
  ShipmentsTable,
} from './schema.ts';
import type { OrderStatus } from './states.ts';

export interface NewOrderRecord {
  id: string;
  channel_id: string;
  channel_kind: 'online' | 'till';
  customer_id: string | null;
  guest_email: string | null;
  status: OrderStatus;
  currency: string;
  subtotal_amount: number;
  shipping_amount: number;
  total_amount: number;
  idempotency_scope: string | null;
  idempotency_key: string | null;
  request_hash: string | null;
  delivery_address: DeliveryAddress | null;
  pickup_code: string | null;
  store_location_id: string | null;
  created_by: string | null;
  /** Import tax charged on top of subtotal and shipping (0 for domestic orders). */
  tax_amount?: number;
  customs?: {
    regime: CustomsRegime;
    buyer_identity_id: string;
    buyer_name: string;
    buyer_id_masked: string;
    limit_key: string;
    limit_year: number;
    limit_amount: number;
  } | null;
  shipments: Array<{
    id: string;
    location_id: string;
    kind: ShipmentKind;
    status?: 'pending' | 'collected';
    fulfilment_mode?: FulfilmentMode;
    freight_amount?: number;
    lines: Array<{
      /** Set when tax lines refer to the line; else made here. */
      id?: string;
      list_unit_price_amount?: number | null;
      list_currency?: string | null;
      fx_rate?: string | null;
      fx_rate_id?: string | null;
      price_source?: 'list' | 'converted' | 'override';
      customs_regime?: LineRegime;
      hs_code?: string | null;
      freight_amount?: number;
      tax_amount?: number;
      merchant_id: string;
      variant_id: string;
      sku: string;
      title_en: string;
      title_zh: string;
      quantity: number;
      unit_price_amount: number;
      fulfilment: 'delivery' | 'pickup';
    }>;
  }>;
  /** Statuses passed through on creation (e.g. placed → paid → allocated for a till sale). */
  events: Array<{ from: OrderStatus | null; to: OrderStatus; note?: string }>;
  tax_lines?: Array<Omit<OrderTaxLinesTable, 'id' | 'order_id'>>;
}

/**
 * Writes an order with its shipments, lines and first events in one statement (data-modifying
 * CTEs; the foreign keys are checked at its end, when all rows exist). The caller owns the
 * transaction.
 */
export async function insertOrder(db: Kysely<DB>, o: NewOrderRecord): Promise<WrittenOrder> {
  const at = new Date();
  const lines = o.shipments.flatMap((s) =>
    s.lines.map((l) => ({
      order_id: o.id,
      shipment_id: s.id,
      location_id: s.location_id,
      currency: o.currency,
      returned_quantity: 0,
      list_unit_price_amount: null,
      list_currency: null,
      fx_rate: null,
      fx_rate_id: null,
      price_source: 'list' as const,
      customs_regime: 'domestic' as const,
      hs_code: null,
      freight_amount: 0,
      tax_amount: 0,
      ...l,
      id: l.id ?? newId('orderLine'),
    })),
  );
  const shipments = o.shipments.map((s) => ({
    id: s.id,
    order_id: o.id,
    location_id: s.location_id,
    kind: s.kind,
    status: s.status ?? ('pending' as const),
    tracking_number: null,
    fulfilment_mode: s.fulfilment_mode ?? ('domestic' as const),
    freight_amount: s.freight_amount ?? 0,
    created_at: at,
    updated_at: at,
  }));
  const taxLines = (o.tax_lines ?? []).map((t) => ({ ...t, id: newId('taxLine'), order_id: o.id }));
  const events = o.events.map((e) => ({
    id: newId('orderEvent'),
    order_id: o.id,
    from_status: e.from,
    to_status: e.to,
    actor_id: o.created_by,
    note: e.note ?? null,
    created_at: at,
  }));
  const number = await db
    .with('o', (q) =>
      q
        .insertInto('orders')
        .values({
          id: o.id,
          channel_id: o.channel_id,
          channel_kind: o.channel_kind,
          customer_id: o.customer_id,
          guest_email: o.guest_email,
          status: o.status,
          currency: o.currency,
          subtotal_amount: o.subtotal_amount,
          shipping_amount: o.shipping_amount,
          total_amount: o.total_amount,
          idempotency_scope: o.idempotency_scope,
          idempotency_key: o.idempotency_key,
          request_hash: o.request_hash,
          delivery_address: o.delivery_address ? JSON.stringify(o.delivery_address) : null,
          delivery_city: o.delivery_address?.city ?? null,
          pickup_code: o.pickup_code,
          store_location_id: o.store_location_id,
          created_by: o.created_by,
          created_at: at,
          updated_at: at,
          tax_amount: o.tax_amount ?? 0,
          customs_regime: o.customs?.regime ?? null,
          buyer_identity_id: o.customs?.buyer_identity_id ?? null,
          buyer_name: o.customs?.buyer_name ?? null,
          buyer_id_masked: o.customs?.buyer_id_masked ?? null,
          limit_key: o.customs?.limit_key ?? null,
          limit_year: o.customs?.limit_year ?? null,
          limit_amount: o.customs?.limit_amount ?? 0,
        })
        .returning('number'),
    )
    .with('s', (q) => q.insertInto('shipments').values(shipments).returning('id'))
    .with('l', (q) => q.insertInto('order_lines').values(lines).returning('id'))
    .with('e', (q) => q.insertInto('order_events').values(events).returning('id'))
    .selectFrom('o')
    .select('number')
    .executeTakeFirstOrThrow()
    .then((r) => r.number);
  // Tax lines refer to the lines, whose foreign keys a data-modifying CTE sees only at its end.
  if (taxLines.length) await db.insertInto('order_tax_lines').values(taxLines).execute();
  return { at, number, shipments, lines, events, tax_lines: taxLines };
}

/** What insertOrder wrote, so the caller can answer without reading it back. */
export interface WrittenOrder {
  at: Date;
  number: number;
  shipments: Array<Selectable<ShipmentsTable>>;
  lines: Array<Selectable<OrderLinesTable>>;
  events: Array<Selectable<OrderEventsTable>>;
  tax_lines: Array<Selectable<OrderTaxLinesTable>>;
}

/**
 * Moves an order from one of `from` to `to` if it is still there (a conditional update, so two
 * concurrent moves cannot both apply), recording the event. Returns the status it left, or null.
 */
export async function moveOrder(
  db: Kysely<DB>,
  orderId: string,
  from: OrderStatus[],
  to: OrderStatus,
  actorId: string | null,
  note?: string,
): Promise<OrderStatus | null> {
  const res = await sql<{ from_status: OrderStatus }>`
    with prev as (
      select id, status from orders where id = ${orderId} and status = any(${from}::text[]) for update
    ), upd as (
      update orders o set status = ${to}, updated_at = now() from prev where o.id = prev.id returning prev.status as from_status
    )
    insert into order_events (id, order_id, from_status, to_status, actor_id, note)
    select ${newId('orderEvent')}, ${orderId}, from_status, ${to}, ${actorId}, ${note ?? null} from upd
    returning from_status`.execute(db);
  return res.rows[0]?.from_status ?? null;
}

/**
 * placed → paid → `then` in one statement, with both events; only from 'placed', so a recovery
 * job and the request that placed the order cannot both move it. Returns whether it moved.
 */
export async function advanceFromPlaced(
  db: Kysely<DB>,
  orderId: string,
  then: OrderStatus,
  actorId: string | null,
  note: string,
): Promise<WrittenOrder['events'] | null> {
  const res = await sql<WrittenOrder['events'][number]>`
    with o as (
      update orders set status = ${then}, updated_at = now() where id = ${orderId} and status = 'placed' returning id
    )
    insert into order_events (id, order_id, from_status, to_status, actor_id, note)
    select v.id, o.id, v.from_status, v.to_status, ${actorId}::text, v.note
      from o, (values (${newId('orderEvent')}, 'placed', 'paid', null::text), (${newId('orderEvent')}, 'paid', ${then}::text, ${note}::text))
           as v(id, from_status, to_status, note)
    returning id, order_id, from_status, to_status, actor_id, note, created_at`.execute(db);
  return res.rows.length > 0 ? res.rows.sort((a, b) => (a.id < b.id ? -1 : 1)) : null;
}

export interface NewOrderFlag {
  order_id: string;
  kind: 'recall';
  reference_id: string;
  subject_id: string | null;
  quantity: number | null;
  note: string | null;
}

/** Writes flags; one per order, kind and reference (a repeat is skipped). Returns how many were new. */
export async function insertFlags(db: Kysely<DB>, flags: NewOrderFlag[]): Promise<number> {
  if (flags.length === 0) return 0;
  const rows = await db
    .insertInto('order_flags')
    .values(flags.map((f) => ({ id: newId('orderFlag'), ...f })))
    .onConflict((oc) => oc.columns(['order_id', 'kind', 'reference_id']).doNothing())
    .returning('id')
    .execute();
  return rows.length;
}

const FLAG_COLUMNS = ['id', 'order_id', 'kind', 'reference_id', 'subject_id', 'quantity', 'note', 'created_at'] as const;

/** Flags not yet cleared on an order, oldest first. */
export function openFlagsOf(db: Kysely<DB>, orderId: string) {
  return db.selectFrom('order_flags').select(FLAG_COLUMNS).where('order_id', '=', orderId).where('cleared_at', 'is', null).orderBy('id').execute();
}

/** Clears an open flag of an order; false when there is no such open flag. */
export async function clearFlag(db: Kysely<DB>, orderId: string, flagId: string, by: string | null): Promise<boolean> {
  const res = await db
    .updateTable('order_flags')
    .set({ cleared_at: new Date(), cleared_by: by })
    .where('id', '=', flagId)
    .where('order_id', '=', orderId)
    .where('cleared_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** How many orders each reference (a recall) flagged, and how many of those flags are still open. */
export async function flagCounts(db: Kysely<DB>, referenceIds: string[]): Promise<Map<string, { flagged: number; open: number }>> {
  if (referenceIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('order_flags')
    .select(['reference_id', sql<number>`count(*)::int`.as('flagged'), sql<number>`(count(*) filter (where cleared_at is null))::int`.as('open')])
    .where('reference_id', 'in', referenceIds)
    .groupBy('reference_id')
    .execute();
  return new Map(rows.map((r) => [r.reference_id, { flagged: r.flagged, open: r.open }]));
}

/** Every flag a reference raised, with whether and when it was cleared. */
export function flagsByReference(db: Kysely<DB>, referenceId: string) {
  return db
    .selectFrom('order_flags')
    .select([...FLAG_COLUMNS, 'cleared_at', 'cleared_by'])
    .where('reference_id', '=', referenceId)
    .orderBy('id')
    .execute();
}

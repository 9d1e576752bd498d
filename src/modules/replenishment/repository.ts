// SQL of the replenishment module's own tables.
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ProposalReason, ProposalStatus, ReplenishmentSettingsTable } from './schema.ts';

export type Settings = Omit<ReplenishmentSettingsTable, 'merchant_id' | 'updated_at'>;

export const DEFAULT_SETTINGS: Settings = { service_level: 0.95, lead_warehouse_days: 2, lead_store_days: 1, lead_po_days: 14, review_days: 7 };

export async function findSettings(db: Kysely<DB>, merchantId: string): Promise<Settings> {
  const row = await db
    .selectFrom('replenishment_settings')
    .select(['service_level', 'lead_warehouse_days', 'lead_store_days', 'lead_po_days', 'review_days'])
    .where('merchant_id', '=', merchantId)
    .executeTakeFirst();
  return row ? { ...row, service_level: Number(row.service_level) } : DEFAULT_SETTINGS;
}

export async function upsertSettings(db: Kysely<DB>, merchantId: string, s: Settings): Promise<void> {
  await db
    .insertInto('replenishment_settings')
    .values({ merchant_id: merchantId, ...s })
    .onConflict((oc) => oc.column('merchant_id').doUpdateSet({ ...s, updated_at: new Date() }))
    .execute();
}

/** Net units per day of every variant × location of a merchant over [from, to] (days with any row). */
export function salesRows(db: Kysely<DB>, merchantId: string, from: string, to: string) {
  return db
    .selectFrom('daily_sell_through')
    .select(['variant_id', 'location_id', 'day', sql<number>`sum(units_sold - units_returned)::int`.as('units')])
    .where('merchant_id', '=', merchantId)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .groupBy(['variant_id', 'location_id', 'day'])
    .execute();
}

/** Units of open purchase orders per `variant|location`. */
export async function onOrder(db: Kysely<DB>, merchantId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('expected_receipts')
    .select(['variant_id', 'location_id', sql<number>`sum(quantity)::int`.as('units')])
    .where('merchant_id', '=', merchantId)
    .where('status', '=', 'expected')
    .groupBy(['variant_id', 'location_id'])
    .execute();
  return new Map(rows.map((r) => [`${r.variant_id}|${r.location_id}`, r.units]));
}

export interface NewProposal {
  id: string;
  merchant_id: string;
  variant_id: string;
  location_id: string;
  kind: 'transfer' | 'purchase_order';
  source_location_id: string | null;
  proposed_quantity: number;
  reason: ProposalReason;
  explanation: string;
}

/** Replaces a merchant's open proposals by a new set (the old ones stay, superseded). */
export async function replaceOpen(db: Kysely<DB>, merchantId: string, proposals: NewProposal[]): Promise<void> {
  await db.updateTable('replenishment_proposals').set({ status: 'superseded' }).where('merchant_id', '=', merchantId).where('status', '=', 'open').execute();
  for (let i = 0; i < proposals.length; i += 200) {
    await db
      .insertInto('replenishment_proposals')
      .values(
        proposals.slice(i, i + 200).map((p) => ({
          ...p,
          reason: JSON.stringify(p.reason),
          accepted_quantity: null,
          transfer_id: null,
          expected_receipt_id: null,
          reject_reason: null,
          decided_by: null,
          decided_at: null,
        })),
      )
      .execute();
  }
}

const COLUMNS = [
  'id',
  'merchant_id',
  'variant_id',
  'location_id',
  'kind',
  'source_location_id',
  'proposed_quantity',
  'accepted_quantity',
  'status',
  'reason',
  'explanation',
  'transfer_id',
  'expected_receipt_id',
  'reject_reason',
  'decided_by',
  'decided_at',
  'created_at',
] as const;

export function listProposals(
  db: Kysely<DB>,
  q: { merchant_id: string | null; status?: ProposalStatus | undefined; location_id?: string | undefined; limit: number; after?: string | undefined },
) {
  let b = db.selectFrom('replenishment_proposals').select(COLUMNS).orderBy('id').limit(q.limit);
  if (q.merchant_id) b = b.where('merchant_id', '=', q.merchant_id);
  if (q.status) b = b.where('status', '=', q.status);
  if (q.location_id) b = b.where('location_id', '=', q.location_id);
  if (q.after) b = b.where('id', '>', q.after);
  return b.execute();
}

export function findProposal(db: Kysely<DB>, id: string) {
  return db.selectFrom('replenishment_proposals').select(COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** Moves an open proposal to accepted or rejected; undefined when it was not open any more (row lock serialises deciders). */
export function decide(
  db: Kysely<DB>,
  id: string,
  set: { status: 'accepted' | 'rejected'; accepted_quantity?: number; reject_reason?: string; decided_by: string | null },
) {
  return db
    .updateTable('replenishment_proposals')
    .set({ ...set, decided_at: new Date() })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .returning('id')
    .executeTakeFirst();
}

import { type Kysely, type Updateable, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ReceiptLine, TransfersTable } from './schema.ts';
import type { TransferStatus } from './states.ts';

export const TRANSFER_COLUMNS = [
  'id',
  'status',
  'from_location_id',
  'to_location_id',
  'merchant_id',
  'note',
  'created_by',
  'created_at',
  'updated_at',
  'dispatched_at',
  'dispatched_by',
  'received_at',
  'received_by',
  'closed_at',
  'closed_by',
  'close_note',
  'cancelled_at',
  'cancelled_by',
] as const;

const LINE_COLUMNS = ['id', 'transfer_id', 'variant_id', 'merchant_id', 'sku', 'quantity_sent', 'quantity_received'] as const;

export function findTransfer(db: Kysely<DB>, id: string) {
  return db.selectFrom('transfers').select(TRANSFER_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export type TransferRow = NonNullable<Awaited<ReturnType<typeof findTransfer>>>;

export function linesOf(db: Kysely<DB>, transferIds: string[]) {
  if (transferIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('transfer_lines').select(LINE_COLUMNS).where('transfer_id', 'in', transferIds).orderBy('transfer_id').orderBy('id').execute();
}

export type LineRow = Awaited<ReturnType<typeof linesOf>>[number];

export function receiptsOf(db: Kysely<DB>, transferId: string) {
  return db
    .selectFrom('transfer_receipts')
    .select(['number', 'lines', 'note', 'received_by', 'received_at'])
    .where('transfer_id', '=', transferId)
    .orderBy('number')
    .execute();
}

export function discrepanciesOf(db: Kysely<DB>, transferId: string) {
  return db
    .selectFrom('transfer_discrepancies')
    .select(['id', 'variant_id', 'kind', 'quantity', 'receipt_number', 'note', 'recorded_by', 'created_at'])
    .where('transfer_id', '=', transferId)
    .orderBy('id')
    .execute();
}

/**
 * Moves a transfer out of one of the `from` statuses in one conditional UPDATE. Under concurrency the
 * row lock makes a second caller wait and then re-check the status, so only one of two racing
 * dispatches (or receipts that complete it) applies. Returns false when the status was not one of `from`.
 */
export async function moveStatus(db: Kysely<DB>, id: string, from: readonly TransferStatus[], set: Updateable<TransfersTable>): Promise<boolean> {
  const res = await db
    .updateTable('transfers')
    .set({ ...set, updated_at: new Date() })
    .where('id', '=', id)
    .where('status', 'in', [...from])
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Adds received units to a line; returns the line's totals after the addition. */
export async function addReceived(db: Kysely<DB>, transferId: string, variantId: string, quantity: number) {
  return db
    .updateTable('transfer_lines')
    .set((eb) => ({ quantity_received: eb('quantity_received', '+', quantity) }))
    .where('transfer_id', '=', transferId)
    .where('variant_id', '=', variantId)
    .returning(['quantity_sent', 'quantity_received'])
    .executeTakeFirstOrThrow();
}

/** Inserts a receipt with the next number; the caller holds the transfer's row lock, so numbers do not collide. */
export async function insertReceipt(db: Kysely<DB>, r: { transfer_id: string; lines: ReceiptLine[]; note: string | null; received_by: string | null }) {
  const res = await sql<{ number: number }>`
    insert into transfer_receipts (transfer_id, number, lines, note, received_by)
    select ${r.transfer_id}, coalesce(max(number), 0) + 1, ${JSON.stringify(r.lines)}::jsonb, ${r.note}, ${r.received_by}
      from transfer_receipts where transfer_id = ${r.transfer_id}
    returning number`.execute(db);
  return res.rows[0]!.number;
}

export interface ListFilters {
  /** Store staff: transfers leaving or arriving at this location. */
  involving?: string | undefined;
  /** Merchants: transfers whose every line is theirs. */
  merchant_id?: string | undefined;
  status?: TransferStatus | undefined;
  location_id?: string | undefined;
  from_location_id?: string | undefined;
  to_location_id?: string | undefined;
  /** Keyset: ids below this one (newest first). */
  before?: string | undefined;
  limit: number;
}

export function listTransferRows(db: Kysely<DB>, f: ListFilters) {
  let q = db.selectFrom('transfers').select(TRANSFER_COLUMNS).orderBy('id', 'desc').limit(f.limit);
  const involving = f.involving;
  if (involving) q = q.where((eb) => eb.or([eb('from_location_id', '=', involving), eb('to_location_id', '=', involving)]));
  if (f.merchant_id) q = q.where('merchant_id', '=', f.merchant_id);
  if (f.status) q = q.where('status', '=', f.status);
  const loc = f.location_id;
  if (loc) q = q.where((eb) => eb.or([eb('from_location_id', '=', loc), eb('to_location_id', '=', loc)]));
  if (f.from_location_id) q = q.where('from_location_id', '=', f.from_location_id);
  if (f.to_location_id) q = q.where('to_location_id', '=', f.to_location_id);
  if (f.before) q = q.where('id', '<', f.before);
  return q.execute();
}

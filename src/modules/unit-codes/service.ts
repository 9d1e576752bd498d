// Signed unit authentication codes (issue 8): keys that rotate, generation and CSV export of
// codes for a merchant's variants, and scans checked against the signature and the clone rules.
import { variantsByIds } from '../catalog/service.ts';
import Papa from 'papaparse';
import { inTransaction } from '../../db/transaction.ts';
import { badRequest, conflict, forbidden, invalidState, notFound } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import { type Actor, actorId, merchantOf } from '../../shared/actor.ts';
import { ulid } from '../../shared/ids.ts';
import { normaliseGtin } from '../../shared/gtin.ts';
import { type CloneFinding, type CloneRules, DEFAULT_CLONE_RULES, detectClones } from './clone.ts';
import * as repo from './repository.ts';
import type { ScanResult, UnitCodeStatus } from './schema.ts';
import { decryptKeySecret, encryptKeySecret } from './secrets.ts';
import {
  type UnitCodeData,
  type UnitCodeKey,
  type VerifyFailure,
  newKeyId,
  newKeySecret,
  normaliseUnitCode,
  randomBase32,
  signUnitCode,
  signingKey,
  unitCodeUri,
  verifyUnitCode,
} from './signing.ts';

// Prefixed ids like the platform's (src/shared/ids.ts has no kind for these yet).
export const UNIT_CODE_ID = '^ucd_[0-9A-HJKMNP-TV-Z]{26}$';
export const UNIT_CODE_BATCH_ID = '^ucb_[0-9A-HJKMNP-TV-Z]{26}$';
const newCodeId = () => `ucd_${ulid()}`;
const newBatchId = () => `ucb_${ulid()}`;
const newScanId = () => `ucs_${ulid()}`;

/** Most codes one generation makes (a print run); more runs make more. */
export const MAX_BATCH = 10_000;
/** Serials are this many random Crockford base32 characters (60 bits: collisions are retried, not feared). */
export const SERIAL_LENGTH = 12;
/** Scans of one code the clone rules look back over (the latest). */
const HISTORY_LIMIT = 500;
/** The event the brand hears when a code turns suspicious. */
export const SUSPICIOUS_EVENT = 'unit_code.suspicious';
export const CSV_COLUMNS = ['gtin', 'serial', 'lot', 'expiry', 'uri'] as const;
/** Cells a spreadsheet would run as a formula are written with a leading ' (as the catalog export does). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The merchant whose codes an actor manages: merchant staff, brand owners and API keys. */
function issuerOf(actor: Actor): string {
  const m = merchantOf(actor);
  if (!m || (actor.kind === 'user' && actor.role !== 'merchant' && actor.role !== 'brand_owner')) throw forbidden('Only the brand issues unit codes');
  return m;
}

function checked<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof RangeError) throw badRequest('invalid_unit_code', e.message);
    throw e;
  }
}

/** The merchant's keys with their secrets decrypted. */
async function keyring(ctx: Ctx, merchantId: string): Promise<UnitCodeKey[]> {
  const rows = await repo.keysOf(repo.dbOf(ctx), merchantId);
  return rows.map((r) => ({ id: r.id, secret: decryptKeySecret(ctx.config, r.id, r.secret_encrypted), createdAt: r.created_at, retiredAt: r.retired_at }));
}

async function createKey(ctx: Ctx, actor: Actor, merchantId: string): Promise<UnitCodeKey> {
  const id = newKeyId();
  const secret = newKeySecret();
  await repo.insertKey(repo.dbOf(ctx), { id, merchant_id: merchantId, secret_encrypted: encryptKeySecret(ctx.config, id, secret), created_by: actorId(actor) });
  const row = (await repo.keysOf(repo.dbOf(ctx), merchantId)).find((k) => k.id === id)!;
  return { id, secret, createdAt: row.created_at, retiredAt: null };
}

/** The merchant's keys, newest signing; never their secrets. */
export async function listKeys(ctx: Ctx, actor: Actor) {
  const merchantId = issuerOf(actor);
  const rows = await repo.keysOf(repo.dbOf(ctx), merchantId);
  const now = new Date();
  const signing = signingKey(
    rows.map((r) => ({ id: r.id, secret: Buffer.alloc(0), createdAt: r.created_at, retiredAt: r.retired_at })),
    now,
  );
  return rows.map((r) => ({
    id: r.id,
    created_at: r.created_at,
    retired_at: r.retired_at,
    state: r.id === signing?.id ? ('signing' as const) : r.retired_at !== null && r.retired_at <= now ? ('retired' as const) : ('verifying' as const),
  }));
}

/** Makes a new key that signs new codes from now on; older keys keep verifying theirs until retired. */
export async function rotateKey(ctx: Ctx, actor: Actor) {
  const merchantId = issuerOf(actor);
  return inTransaction(ctx, async (tx) => {
    await repo.lockKeys(repo.dbOf(tx), merchantId);
    const k = await createKey(tx, actor, merchantId);
    return { id: k.id, created_at: k.createdAt };
  });
}

/** Retires a key: from `at` (default now) the codes it signed no longer verify, and it signs no more. */
export async function retireKey(ctx: Ctx, actor: Actor, keyId: string, at: Date = new Date()) {
  const merchantId = issuerOf(actor);
  await inTransaction(ctx, async (tx) => {
    await repo.lockKeys(repo.dbOf(tx), merchantId);
    if (!(await repo.retireKey(repo.dbOf(tx), merchantId, keyId, at))) throw notFound('unit_code_key', keyId);
  });
  return (await listKeys(ctx, actor)).find((k) => k.id === keyId)!;
}

export interface GenerateInput {
  variant_id: string;
  count: number;
  lot?: string | null;
  /** AI (17), YYMMDD. */
  expiry?: string | null;
}

/**
 * Generates `count` codes for a variant of the actor's merchant that has a GTIN, with random unique
 * serials, signed by the merchant's signing key (made on first use); answers the batch to export.
 */
export async function generateCodes(ctx: Ctx, actor: Actor, input: GenerateInput) {
  const merchantId = issuerOf(actor);
  if (!Number.isInteger(input.count) || input.count < 1 || input.count > MAX_BATCH) throw badRequest('invalid_count', `count is 1 to ${MAX_BATCH}`);
  const [variant] = await variantsByIds(ctx, [input.variant_id]);
  if (!variant || variant.merchant_id !== merchantId) throw notFound('variant', input.variant_id);
  if (!variant.gtin) throw invalidState('variant_without_gtin', 'The variant has no GTIN to put in its codes');
  const gtin = variant.gtin;
  const { lot, expiry } = checked(() => normaliseUnitCode({ gtin, serial: 'X', lot: input.lot ?? null, expiry: input.expiry ?? null }));

  return inTransaction(ctx, async (tx) => {
    const db = repo.dbOf(tx);
    await repo.lockKeys(db, merchantId);
    const key = signingKey(await keyring(tx, merchantId)) ?? (await createKey(tx, actor, merchantId));
    const batchId = newBatchId();
    let made = 0;
    // A serial already taken for this GTIN is skipped by the insert and drawn again.
    for (let attempt = 0; made < input.count; attempt++) {
      if (attempt === 5) throw conflict('serials_exhausted', 'Could not draw unique serials; try again');
      const serials = new Set<string>();
      while (serials.size < input.count - made) serials.add(randomBase32(SERIAL_LENGTH));
      const rows = [...serials].map((serial) => ({
        id: newCodeId(),
        merchant_id: merchantId,
        variant_id: variant.id,
        batch_id: batchId,
        gtin,
        serial,
        lot,
        expiry,
        key_id: key.id,
        created_by: actorId(actor),
      }));
      // Several statements: PostgreSQL allows at most 65535 bind parameters in one.
      for (let i = 0; i < rows.length; i += 1000) made += await repo.insertCodes(db, rows.slice(i, i + 1000));
    }
    return { batch_id: batchId, variant_id: variant.id, gtin, lot, expiry, key_id: key.id, count: made };
  });
}

/** The signed URI of one code of the actor's merchant, under `base` (the resolver's origin). */
export async function codeUri(ctx: Ctx, actor: Actor, codeId: string, base: string): Promise<string> {
  const merchantId = issuerOf(actor);
  const code = await repo.findCode(repo.dbOf(ctx), merchantId, codeId);
  if (!code) throw notFound('unit_code', codeId);
  const key = (await keyring(ctx, merchantId)).find((k) => k.id === code.key_id)!;
  return checked(() => unitCodeUri(code, signUnitCode(code, key), base));
}

/**
 * A batch's codes as CSV (`gtin,serial,lot,expiry,uri`, RFC 4180, CRLF), the signed URIs under
 * `base`. The MACs are recomputed from the keys; the table keeps none.
 */
export async function exportBatchCsv(ctx: Ctx, actor: Actor, batchId: string, base: string): Promise<string> {
  const merchantId = issuerOf(actor);
  const keys = new Map((await keyring(ctx, merchantId)).map((k) => [k.id, k]));
  const data: string[][] = [];
  let after: string | null = null;
  for (;;) {
    const page = await repo.batchCodes(repo.dbOf(ctx), merchantId, batchId, after, 1000);
    for (const c of page) data.push([c.gtin, c.serial, c.lot ?? '', c.expiry ?? '', checked(() => unitCodeUri(c, signUnitCode(c, keys.get(c.key_id)!), base))]);
    if (page.length < 1000) break;
    after = page.at(-1)!.id;
  }
  if (data.length === 0) throw notFound('unit_code_batch', batchId);
  return Papa.unparse({ fields: [...CSV_COLUMNS], data }, { newline: '\r\n', escapeFormulae: FORMULA_START, quotes: false }) + '\r\n';
}

/** The merchant's code batches, newest first, a page before the batch id `before`. */
export async function listBatches(ctx: Ctx, actor: Actor, page: { limit?: number | undefined; before?: string | undefined } = {}) {
  const merchantId = issuerOf(actor);
  return repo.batchesOf(repo.dbOf(ctx), merchantId, Math.min(page.limit ?? 50, 200), page.before ?? null);
}

/**
 * A page of a batch's codes with their signed URIs under `base`, status, sale and number of scans:
 * what a brand needs to print labels one by one (and to find a code's QR image by id).
 */
export async function listBatchCodes(
  ctx: Ctx,
  actor: Actor,
  batchId: string,
  base: string,
  page: { limit?: number | undefined; after?: string | undefined } = {},
) {
  const merchantId = issuerOf(actor);
  const db = repo.dbOf(ctx);
  const rows = await repo.batchCodes(db, merchantId, batchId, page.after ?? null, Math.min(page.limit ?? 100, 1000));
  if (rows.length === 0 && !page.after) throw notFound('unit_code_batch', batchId);
  const keys = new Map((await keyring(ctx, merchantId)).map((k) => [k.id, k]));
  const scans = await repo.scanCounts(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((c) => ({
    id: c.id,
    gtin: c.gtin,
    serial: c.serial,
    lot: c.lot,
    expiry: c.expiry,
    status: c.status,
    sold_at: c.sold_at,
    sold_city: c.sold_city,
    scans: scans.get(c.id) ?? 0,
    uri: checked(() => unitCodeUri(c, signUnitCode(c, keys.get(c.key_id)!), base)),
  }));
}

/** One code's scans, newest first (place, device hash, result), for the brand that issued it. */
export async function codeScans(ctx: Ctx, actor: Actor, codeId: string, limit = 100) {
  const merchantId = issuerOf(actor);
  const db = repo.dbOf(ctx);
  if (!(await repo.findCode(db, merchantId, codeId))) throw notFound('unit_code', codeId);
  return repo.scansOfCode(db, codeId, Math.min(limit, 500));
}

/** Records where and when the unit was sold (the "scanned after the sale in another city" rule). */
export async function recordSale(ctx: Ctx, actor: Actor, codeId: string, sale: { sold_at: Date; city: string }) {
  const merchantId = issuerOf(actor);
  const city = sale.city.trim();
  if (city.length < 1 || city.length > 100) throw badRequest('invalid_city', 'city is 1 to 100 characters');
  const db = repo.dbOf(ctx);
  if (!(await repo.findCode(db, merchantId, codeId))) throw notFound('unit_code', codeId);
  await repo.setSold(db, codeId, sale.sold_at, city);
  return (await repo.findCode(db, merchantId, codeId))!;
}

/** A scan as the resolver hands it over: the unit's data from the URI, its signature, and the client's coarse place. */
export interface ScanInput extends UnitCodeData {
  /** The `s` parameter of the URI, null when it had none. */
  signature: string | null;
  lat?: number | null;
  lon?: number | null;
  radius_km?: number | null;
  city?: string | null;
  device_hash?: string | null;
}

export interface ScanOutcome {
  result: ScanResult;
  code_id: string | null;
  /** The code's status after this scan; null for an unknown code. */
  status: UnitCodeStatus | null;
  /** Whether the signature verified, or why not; 'not_checked' for an unknown code (no keys to check with). */
  signature: 'valid' | 'missing' | 'not_checked' | VerifyFailure;
  findings: CloneFinding[];
}

function checkPlace(s: ScanInput): void {
  const has = (x: number | null | undefined): x is number => x !== null && x !== undefined;
  if (has(s.lat) !== has(s.lon)) throw badRequest('invalid_place', 'lat and lon come together');
  if (has(s.lat) && !(Number.isFinite(s.lat) && Math.abs(s.lat) <= 90)) throw badRequest('invalid_place', 'lat is -90 to 90');
  if (has(s.lon) && !(Number.isFinite(s.lon) && Math.abs(s.lon) <= 180)) throw badRequest('invalid_place', 'lon is -180 to 180');
  if (has(s.radius_km) && !(Number.isFinite(s.radius_km) && s.radius_km >= 0 && s.radius_km <= 20_000))
    throw badRequest('invalid_place', 'radius_km is 0 to 20000');
  if (s.city && s.city.length > 100) throw badRequest('invalid_place', 'city is at most 100 characters');
  if (s.device_hash && s.device_hash.length > 128) throw badRequest('invalid_device_hash', 'device_hash is at most 128 characters');
}

/**
 * Records a scan and answers genuine, unknown or suspicious. Unknown: no code of ours has this
 * GTIN + serial. A known code whose signature fails (missing, forged, altered data, retired key) is
 * suspicious, but such scans do not touch the code's status or history: anyone can type a URI.
 * A verified scan joins the code's history and the clone rules run over it; a first finding marks
 * the code suspicious and puts `unit_code.suspicious` on the brand's event stream.
 */
export async function recordScan(ctx: Ctx, input: ScanInput, options: { now?: Date; rules?: CloneRules } = {}): Promise<ScanOutcome> {
  const gtin = normaliseGtin(input.gtin);
  if (gtin === null) throw badRequest('invalid_gtin', `GTIN "${input.gtin}" has a wrong length or check digit`);
  if (!input.serial || input.serial.length > 20) throw badRequest('invalid_unit_code', 'serial (21) is 1 to 20 characters');
  checkPlace(input);
  const now = options.now ?? new Date();
  const scan = {
    id: newScanId(),
    gtin,
    serial: input.serial,
    scanned_at: now,
    lat: input.lat ?? null,
    lon: input.lon ?? null,
    radius_km: input.radius_km ?? null,
    city: input.city?.trim() || null,
    device_hash: input.device_hash || null,
  };
  return inTransaction(ctx, async (tx) => {
    const db = repo.dbOf(tx);
    const code = await repo.findCodeForUpdate(db, gtin, input.serial);
    if (!code) {
      await repo.insertScan(db, { ...scan, code_id: null, signature_ok: false, result: 'unknown', findings: [] });
      return { result: 'unknown', code_id: null, status: null, signature: 'not_checked', findings: [] };
    }
    const verified = input.signature === null ? null : verifyUnitCode({ ...input, gtin }, input.signature, await keyring(tx, code.merchant_id), now);
    if (!verified?.ok) {
      await repo.insertScan(db, { ...scan, code_id: code.id, signature_ok: false, result: 'suspicious', findings: [] });
      return { result: 'suspicious', code_id: code.id, status: code.status, signature: verified ? verified.reason : 'missing', findings: [] };
    }
    const history = await repo.verifiedScans(db, code.id, HISTORY_LIMIT - 1);
    const findings = detectClones(
      [
        ...history.map((h) => ({ id: h.id, at: h.scanned_at, lat: h.lat, lon: h.lon, radiusKm: h.radius_km, city: h.city, deviceHash: h.device_hash })),
        { id: scan.id, at: now, lat: scan.lat, lon: scan.lon, radiusKm: scan.radius_km, city: scan.city, deviceHash: scan.device_hash },
      ],
      code.sold_at && code.sold_city ? { soldAt: code.sold_at, soldCity: code.sold_city } : null,
      options.rules ?? DEFAULT_CLONE_RULES,
    );
    let status = code.status;
    if (findings.length > 0 && status === 'genuine') {
      status = 'suspicious';
      await repo.setStatus(db, code.id, status, { findings }, now);
      await repo.emitEvent(db, {
        merchant_id: code.merchant_id,
        type: SUSPICIOUS_EVENT,
        subject_id: code.id,
        payload: { code_id: code.id, gtin, serial: code.serial, variant_id: code.variant_id, scan_id: scan.id, findings },
      });
    }
    const result: ScanResult = status === 'genuine' ? 'genuine' : 'suspicious';
    await repo.insertScan(db, { ...scan, code_id: code.id, signature_ok: true, result, findings });
    return { result, code_id: code.id, status, signature: 'valid', findings };
  });
}

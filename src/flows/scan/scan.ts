import { badRequest } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import { type Actor, isOperator, merchantOf } from '../../shared/actor.ts';
import { parseDigitalLink } from '../../shared/gs1/digital-link.ts';
import { type Gs1Element, parseElementString } from '../../shared/gs1/element-string.ts';
import { variantByGtin } from '../../modules/catalog/service.ts';

/** What a GS1 symbol on a pack says, with the variant its GTIN names (null when no variant carries it). */
export interface Scan {
  gtin: string | null;
  variant: { id: string; merchant_id: string; lot_tracked: boolean } | null;
  lot_code: string | null;
  production_date: string | null;
  best_before: string | null;
  use_by: string | null;
  serial: string | null;
  /** AI 30, the count of items in a variable-measure pack. */
  quantity: number | null;
  elements: Gs1Element[];
}

/**
 * Reads a scanned GS1 symbol: a Digital Link URI (a QR code) or an element string (GS1-128,
 * DataMatrix, DataBar), bracketed or raw with FNC1 as GS. Refuses unreadable data with 400
 * 'invalid_gs1', the parser's reason in `gs1_error`. No access rules: callers apply their own.
 */
export async function readScan(ctx: Ctx, text: string): Promise<Scan> {
  const trimmed = text.trim();
  const parsed = /^https?:\/\//i.test(trimmed) ? parseDigitalLink(trimmed) : parseElementString(trimmed);
  if (!parsed.ok) {
    throw badRequest('invalid_gs1', `Not readable GS1 data: ${parsed.detail}`, {
      gs1_error: parsed.code,
      ...(parsed.ai !== undefined ? { ai: parsed.ai } : {}),
    });
  }
  const variant = parsed.gtin ? await variantByGtin(ctx, parsed.gtin) : null;
  return {
    gtin: parsed.gtin ?? null,
    variant: variant ? { id: variant.id, merchant_id: variant.merchant_id, lot_tracked: variant.lot_tracked } : null,
    lot_code: parsed.lot ?? null,
    production_date: parsed.productionDate ?? null,
    best_before: parsed.bestBefore ?? null,
    use_by: parsed.useBy ?? null,
    serial: parsed.serial ?? null,
    quantity: parsed.variableCount ?? null,
    elements: parsed.elements,
  };
}

/** A scan as staff see it: a merchant learns the variant only when it is its own. */
export async function scanGs1(ctx: Ctx, actor: Actor, text: string) {
  const { variant, ...scan } = await readScan(ctx, text);
  const mine = merchantOf(actor);
  const visible = variant && (isOperator(actor) || mine === null || variant.merchant_id === mine);
  return { ...scan, variant_id: visible ? variant.id : null };
}

// The merchants the jobs ledger reads, through the merchants service: verified ones for the
// figures and the status list, one merchant for a report.
import type { Ctx } from '../../http/types.ts';
import { SYSTEM } from '../../shared/actor.ts';
import { getMerchant, listMerchants } from '../merchants/service.ts';
import { zoneOf } from './zones.ts';

export interface LedgerMerchant {
  id: string;
  display_name: string;
  country: string;
  region: string;
  sector: string;
  headcount: number;
  default_currency: string;
  status: string;
  /** The time zone its quarters are kept in (its US state's). */
  zone: string;
}

type MerchantRow = Awaited<ReturnType<typeof getMerchant>>;

const view = (m: MerchantRow): LedgerMerchant => ({
  id: m.id,
  display_name: m.display_name,
  country: m.country,
  region: m.region,
  sector: m.sector,
  headcount: m.headcount,
  default_currency: m.default_currency,
  status: m.status,
  zone: zoneOf(m.country === 'US' ? m.region : null),
});

/** Every verified merchant, by id. */
export async function verifiedMerchants(ctx: Ctx): Promise<LedgerMerchant[]> {
  const out: LedgerMerchant[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await listMerchants(ctx, SYSTEM, { status: 'verified', limit: 500, ...(cursor ? { cursor } : {}) });
    out.push(...page.items.map(view));
    if (!page.next_cursor) return out;
    cursor = page.next_cursor;
  }
}

/** One merchant (404 merchant_not_found when the actor may not see it: done by the merchants service). */
export async function ledgerMerchant(ctx: Ctx, id: string): Promise<LedgerMerchant> {
  return view(await getMerchant(ctx, SYSTEM, id));
}

import { randomBytes } from 'node:crypto';

// Crockford base32, as in ULID: ids sort by creation time, which keyset (cursor) paging relies on.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const ID_PREFIXES = {
  user: 'usr',
  session: 'ses',
  apiKey: 'key',
  merchant: 'mer',
  merchantEvent: 'mev',
  brand: 'brd',
  category: 'cat',
  product: 'prd',
  variant: 'var',
  location: 'loc',
  channel: 'chn',
  movement: 'mov',
  reservation: 'rsv',
  stockCount: 'cnt',
  order: 'ord',
  orderLine: 'oln',
  orderEvent: 'oev',
  shipment: 'shp',
  payment: 'pay',
  refund: 'rfd',
  cart: 'crt',
  cartLine: 'cln',
  return: 'ret',
  transfer: 'trf',
  transferLine: 'tln',
  discrepancy: 'dsc',
  lot: 'lot',
  recall: 'rcl',
  orderFlag: 'ofl',
  // issue 6: cross-border money
  fxRate: 'fxr',
  priceRule: 'prr',
  salePrice: 'spr',
  buyerIdentity: 'bid',
  limitUsage: 'lmu',
  taxLine: 'otx',
  commissionRate: 'com',
  ledgerEntry: 'mle',
  payout: 'pyo',
  payoutRun: 'pyr',
  // issue 7: signed webhooks
  webhookEndpoint: 'whk',
  webhookDelivery: 'whd',
} as const;

export type IdKind = keyof typeof ID_PREFIXES;

let lastTime = 0;
let lastRandom: Uint8Array = new Uint8Array(10);

function encodeTime(ms: number): string {
  let out = '';
  for (let i = 0; i < 10; i++) {
    out = ALPHABET[ms % 32] + out;
    ms = Math.floor(ms / 32);
  }
  return out;
}

function encodeRandom(bytes: Uint8Array): string {
  // 80 bits -> 16 base32 chars.
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let out = '';
  for (let i = 0; i < 16; i++) {
    out = ALPHABET[Number(bits & 31n)] + out;
    bits >>= 5n;
  }
  return out;
}

/** A ULID: 48-bit millisecond time + 80 random bits; monotonic within one process and millisecond. */
export function ulid(now = Date.now()): string {
  let rnd: Uint8Array;
  if (now <= lastTime) {
    // Same millisecond (or clock went back): increment the last random part so ids stay ordered.
    now = lastTime;
    rnd = new Uint8Array(lastRandom);
    for (let i = rnd.length - 1; i >= 0; i--) {
      if (rnd[i] !== 255) {
        rnd[i]! += 1;
        break;
      }
      rnd[i] = 0;
    }
  } else {
    rnd = new Uint8Array(randomBytes(10));
  }
  lastTime = now;
  lastRandom = rnd;
  return encodeTime(now) + encodeRandom(rnd);
}

/** A new id such as `prd_01J...`: the prefix names the kind of thing. */
export function newId(kind: IdKind): string {
  return `${ID_PREFIXES[kind]}_${ulid()}`;
}

/** Pattern for an id of the given kind, for JSON schemas. */
export function idPattern(kind: IdKind): string {
  return `^${ID_PREFIXES[kind]}_[0-9A-HJKMNP-TV-Z]{26}$`;
}

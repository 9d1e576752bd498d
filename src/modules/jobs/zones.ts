// US states (and DC and the inhabited territories) and the IANA time zone their quarters are kept
// in: each state's main zone, the one most of its people live in. A state split between two zones
// (Texas, Florida, Tennessee, Kentucky, Indiana, …) counts in its main one; a quarter boundary is
// a few hours off for the rest of it, which the ledger accepts and documents (docs/jobs-ledger.md).

export const STATE_ZONES: Readonly<Record<string, string>> = {
  AL: 'America/Chicago',
  AK: 'America/Anchorage',
  AZ: 'America/Phoenix',
  AR: 'America/Chicago',
  CA: 'America/Los_Angeles',
  CO: 'America/Denver',
  CT: 'America/New_York',
  DE: 'America/New_York',
  DC: 'America/New_York',
  FL: 'America/New_York',
  GA: 'America/New_York',
  HI: 'Pacific/Honolulu',
  ID: 'America/Boise',
  IL: 'America/Chicago',
  IN: 'America/Indiana/Indianapolis',
  IA: 'America/Chicago',
  KS: 'America/Chicago',
  KY: 'America/New_York',
  LA: 'America/Chicago',
  ME: 'America/New_York',
  MD: 'America/New_York',
  MA: 'America/New_York',
  MI: 'America/Detroit',
  MN: 'America/Chicago',
  MS: 'America/Chicago',
  MO: 'America/Chicago',
  MT: 'America/Denver',
  NE: 'America/Chicago',
  NV: 'America/Los_Angeles',
  NH: 'America/New_York',
  NJ: 'America/New_York',
  NM: 'America/Denver',
  NY: 'America/New_York',
  NC: 'America/New_York',
  ND: 'America/Chicago',
  OH: 'America/New_York',
  OK: 'America/Chicago',
  OR: 'America/Los_Angeles',
  PA: 'America/New_York',
  RI: 'America/New_York',
  SC: 'America/New_York',
  SD: 'America/Chicago',
  TN: 'America/Chicago',
  TX: 'America/Chicago',
  UT: 'America/Denver',
  VT: 'America/New_York',
  VA: 'America/New_York',
  WA: 'America/Los_Angeles',
  WV: 'America/New_York',
  WI: 'America/Chicago',
  WY: 'America/Denver',
  PR: 'America/Puerto_Rico',
  GU: 'Pacific/Guam',
  VI: 'America/St_Thomas',
  AS: 'Pacific/Pago_Pago',
  MP: 'Pacific/Saipan',
};

/** The zone of a merchant or report outside the table (non-US, unknown region): Eastern time. */
export const FALLBACK_ZONE = 'America/New_York';

/** Whether `code` is a US state, DC or territory code the ledger knows. */
export function isUsState(code: string): boolean {
  return Object.hasOwn(STATE_ZONES, code);
}

/** The time zone of a US state code ('CA' → America/Los_Angeles); anything else → Eastern. */
export function zoneOf(state: string | null | undefined): string {
  const code = (state ?? '').trim().toUpperCase();
  return isUsState(code) ? STATE_ZONES[code]! : FALLBACK_ZONE;
}

/** Every distinct zone of the table. */
export const ALL_ZONES: readonly string[] = [...new Set(Object.values(STATE_ZONES))];

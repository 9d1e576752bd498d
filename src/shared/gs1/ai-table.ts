/**
 * The GS1 Application Identifiers Meridian reads from barcodes and Digital Link URIs: our own
 * table, written from the GS1 General Specifications and checked in tests against GS1's Barcode
 * Syntax Dictionary (../shared/reference/gs1-syntax-dictionary.txt). Only the AIs that food lots,
 * logistic units and locations need are here; any other AI is refused as unknown rather than
 * guessed at, because in a raw element string an unknown AI leaves the rest of the data unreadable.
 */

/** N: digits only. X: GS1's AI encodable character set 82 (see CSET82 below). */
export type AiCharset = 'N' | 'X';

/** How a value is interpreted once its length and characters are right. */
export type AiContent = 'key' | 'date' | 'text' | 'count' | 'measure';

/** The name a value gets in a parse result (see Gs1Data in element-string.ts). */
export type AiField =
  | 'sscc'
  | 'gtin'
  | 'contentGtin'
  | 'lot'
  | 'productionDate'
  | 'packagingDate'
  | 'bestBefore'
  | 'sellBy'
  | 'useBy'
  | 'serial'
  | 'cpv'
  | 'variableCount'
  | 'count'
  | 'netWeightKg'
  | 'orderNumber'
  | 'gln'
  | 'glnExtension'
  | 'giai';

export interface AiDefinition {
  ai: string;
  title: string;
  field: AiField;
  charset: AiCharset;
  /** The exact length when `fixedLength`, else the most characters allowed (at least one is required). */
  length: number;
  fixedLength: boolean;
  /** The last digit is a GS1 mod-10 check digit over the digits before it. */
  checkDigit: boolean;
  /**
   * The AI is in GS1's table of predefined-length AIs (its first two digits fix the length), so in
   * a raw element string no FNC1 separator follows it even when more data comes after.
   */
  predefinedLength: boolean;
  content: AiContent;
  /** For measures: the AI's last digit says where the implied decimal point sits. */
  decimals?: number;
  /** May appear as a key=value attribute in a Digital Link query string. */
  dlAttribute: boolean;
  /** Present when the AI is a Digital Link primary key; `qualifiers` in the only order a path may carry them. */
  dlPrimaryKey?: { qualifiers: string[] };
  /** The lowercase name the Digital Link grammar accepts instead of the number (e.g. "gtin"). */
  dlShortName?: string;
  /** Each inner list is one requirement: at least one of its AIs must be present alongside this one. */
  requires: string[][];
  /** AIs that must not appear alongside this one. */
  excludes: string[];
}

/** "Must describe a trade item": the GTIN of the item itself, or of the items a logistic unit contains. */
const TRADE_ITEM = ['01', '02'];

type Def = Omit<AiDefinition, 'requires' | 'excludes' | 'dlAttribute'> & Partial<Pick<AiDefinition, 'requires' | 'excludes' | 'dlAttribute'>>;

/** A date AI: six digits YYMMDD, always predefined length; DD may be 00 (see resolveGs1Date). */
function date(ai: string, title: string, field: AiField): Def {
  return { ai, title, field, charset: 'N', length: 6, fixedLength: true, checkDigit: false, predefinedLength: true, content: 'date', requires: [TRADE_ITEM] };
}

/** Net weight in kilograms: AI 310n carries six digits with n of them after the decimal point. */
function netWeightKg(decimals: number): Def {
  return {
    ai: `310${decimals}`,
    title: `Net weight in kilograms, ${decimals} decimal places`,
    field: 'netWeightKg',
    charset: 'N',
    length: 6,
    fixedLength: true,
    checkDigit: false,
    predefinedLength: true,
    content: 'measure',
    decimals,
    requires: [TRADE_ITEM],
    // Only one net weight (kg) per item: the six 310n variants exclude one another.
    excludes: [0, 1, 2, 3, 4, 5].filter((d) => d !== decimals).map((d) => `310${d}`),
  };
}

const DEFS: Def[] = [
  {
    ai: '00',
    title: 'Serial Shipping Container Code (logistic unit)',
    field: 'sscc',
    charset: 'N',
    length: 18,
    fixedLength: true,
    checkDigit: true,
    predefinedLength: true,
    content: 'key',
    dlPrimaryKey: { qualifiers: [] },
    dlShortName: 'sscc',
  },
  {
    ai: '01',
    title: 'Global Trade Item Number',
    field: 'gtin',
    charset: 'N',
    length: 14,
    fixedLength: true,
    checkDigit: true,
    predefinedLength: true,
    content: 'key',
    dlPrimaryKey: { qualifiers: ['22', '10', '21'] },
    dlShortName: 'gtin',
    // A count of contained items belongs with (02) on a logistic unit, never with the item's own GTIN.
    excludes: ['37'],
  },
  {
    ai: '02',
    title: 'GTIN of the trade items contained in a logistic unit',
    field: 'contentGtin',
    charset: 'N',
    length: 14,
    fixedLength: true,
    checkDigit: true,
    predefinedLength: true,
    content: 'key',
    requires: [['37']],
    excludes: ['01'],
  },
  {
    ai: '10',
    title: 'Batch or lot number',
    field: 'lot',
    charset: 'X',
    length: 20,
    fixedLength: false,
    checkDigit: false,
    predefinedLength: false,
    content: 'text',
    dlShortName: 'lot',
    requires: [TRADE_ITEM],
  },
  date('11', 'Production date', 'productionDate'),
  date('13', 'Packaging date', 'packagingDate'),
  date('15', 'Best before date', 'bestBefore'),
  date('16', 'Sell by date', 'sellBy'),
  { ...date('17', 'Use by (expiration) date', 'useBy'), dlShortName: 'exp' },
  {
    ai: '21',
    title: 'Serial number of one trade item',
    field: 'serial',
    charset: 'X',
    length: 20,
    fixedLength: false,
    checkDigit: false,
    predefinedLength: false,
    content: 'text',
    dlAttribute: false,
    dlShortName: 'ser',
    requires: [['01']],
  },
  {
    ai: '22',
    title: 'Consumer product variant',
    field: 'cpv',
    charset: 'X',
    length: 20,
    fixedLength: false,
    checkDigit: false,
    predefinedLength: false,
    content: 'text',
    dlAttribute: false,
    dlShortName: 'cpv',
    requires: [['01']],
  },
  {
    ai: '30',
    title: 'Count of items in a variable-quantity trade item',
    field: 'variableCount',
    charset: 'N',
    length: 8,
    fixedLength: false,
    checkDigit: false,
    predefinedLength: false,
    content: 'count',
    requires: [TRADE_ITEM],
  },
  {
    ai: '37',
    title: 'Count of trade items contained in a logistic unit',
    field: 'count',
    charset: 'N',
    length: 8,
    fixedLength: false,
    checkDigit: false,
    predefinedLength: false,
    content: 'count',
    // Both must hold: it describes a logistic unit (00) and says what it counts (02).
    requires: [['00'], ['02']],
  },
  ...[0, 1, 2, 3, 4, 5].map(netWeightKg),
  {
    ai: '254',
    title: 'Extension component of a location GLN',
    field: 'glnExtension',
    charset: 'X',
    length: 20,
    fixedLength: false,
    checkDigit: false,
    predefinedLength: false,
    content: 'text',
    dlAttribute: false,
    dlShortName: 'glnx',
    requires: [['414']],
  },
  {
    ai: '400',
    title: "Customer's purchase order number",
    field: 'orderNumber',
    charset: 'X',
    length: 30,
    fixedLength: false,
    checkDigit: false,
    predefinedLength: false,
    content: 'text',
  },
  {
    ai: '414',
    title: 'Global Location Number of a physical location',
    field: 'gln',
    charset: 'N',
    length: 13,
    fixedLength: true,
    checkDigit: true,
    predefinedLength: true,
    content: 'key',
    dlPrimaryKey: { qualifiers: ['254'] },
    dlShortName: 'gln',
  },
  {
    ai: '8004',
    title: 'Global Individual Asset Identifier',
    field: 'giai',
    charset: 'X',
    length: 30,
    fixedLength: false,
    checkDigit: false,
    predefinedLength: false,
    content: 'key',
    dlPrimaryKey: { qualifiers: [] },
    dlShortName: 'giai',
  },
];

/** Every AI we understand, by AI number. */
export const AI_TABLE: ReadonlyMap<string, AiDefinition> = new Map(
  DEFS.map((d) => [d.ai, { requires: [], excludes: [], dlAttribute: true, ...d } satisfies AiDefinition]),
);

/** AI numbers by their Digital Link short name ("gtin" → "01"). */
export const AI_BY_SHORT_NAME: ReadonlyMap<string, string> = new Map(DEFS.filter((d) => d.dlShortName).map((d) => [d.dlShortName!, d.ai]));

/**
 * When an element set carries several Digital Link primary keys, the one that goes in the path:
 * the trade item first (what a consumer or picker scans it for), then the logistic unit, asset, place.
 */
export const PRIMARY_KEY_PRECEDENCE: readonly string[] = ['01', '00', '8004', '414'];

/** GS1 AI encodable character set 82: digits, both cases of A-Z and these twenty symbols. */
export const CSET82_SYMBOLS = `!"%&'()*+,-./:;<=>?_`;

const CSET82 = new RegExp(`^[0-9A-Za-z${CSET82_SYMBOLS.replace(/[\]\\^-]/g, '\\$&')}]*$`);

/** True when every character of `s` is in its charset. */
export function inCharset(s: string, charset: AiCharset): boolean {
  return charset === 'N' ? /^\d*$/.test(s) : CSET82.test(s);
}

/** The definition of `ai`, or undefined when we do not handle it. */
export function aiDefinition(ai: string): AiDefinition | undefined {
  return AI_TABLE.get(ai);
}

/**
 * Every GS1 Application Identifier, as GS1 defines them for barcodes and Digital Link URIs: our own
 * table, written from the GS1 General Specifications and GS1's Barcode Syntax Dictionary (release
 * 2026-01-27), and checked against that dictionary (../shared/reference/gs1-syntax-dictionary.txt)
 * by ai-catalog.test.ts. It describes formats and Digital Link roles only; the pairing rules (which
 * AIs need or exclude which) are not in it (see ai-table.ts for the AIs our scanning flows use).
 *
 * ai-table.ts stays the table of the AIs Meridian's scanning, EPCIS and recall flows read, with the
 * names their values get; this catalog is what strict Digital Link parsing (digital-link-strict.ts)
 * validates against.
 */

/**
 * N: digits. X: GS1's character set 82. Y: GS1's character set 39 (digits, A-Z, "#", "-", "/").
 * Z: the base64url alphabet (A-Z, a-z, digits, "-", "_"), "=" padding allowed at the end.
 */
export type Gs1Charset = 'N' | 'X' | 'Y' | 'Z';

/**
 * Content checks GS1 names for a component (its "linters"). Those in ENFORCED_LINTERS
 * (ai-lint.ts) are applied; the rest (code lists such as ISO 3166 and ISO 4217, coupon
 * structures, package types) are recorded here but not checked.
 */
export type Gs1Linter =
  | 'csum'
  | 'csumalpha'
  | 'gcppos1'
  | 'gcppos2'
  | 'yymmdd'
  | 'yymmd0'
  | 'yyyymmdd'
  | 'hhmi'
  | 'hh'
  | 'mi'
  | 'ss'
  | 'nonzero'
  | 'zero'
  | 'yesno'
  | 'hyphen'
  | 'winding'
  | 'iso5218'
  | 'pieceoftotal'
  | 'nozeroprefix'
  | 'hasnondigit'
  | 'pcenc'
  | 'latitude'
  | 'longitude'
  | 'iban'
  | 'posinseqslash'
  | 'importeridx'
  | 'mediatype'
  | 'iso3166'
  | 'iso3166999'
  | 'iso3166alpha2'
  | 'iso4217'
  | 'packagetype'
  | 'couponcode'
  | 'couponposoffer';

/** One part of an AI's value: `min` = `max` for a fixed length; only the last part may vary. */
export interface AiComponent {
  charset: Gs1Charset;
  min: number;
  max: number;
  /** May be left out, together with every part after it, when the value ends before it. */
  optional: boolean;
  linters: readonly Gs1Linter[];
}

export interface AiSpec {
  ai: string;
  /** What the value is, in our words. */
  title: string;
  components: readonly AiComponent[];
  /** In GS1's list of predefined-length AIs: no FNC1 separator follows it in an element string. */
  predefinedLength: boolean;
  /** May appear as a numeric query parameter (data attribute) of a Digital Link URI. */
  dlAttribute: boolean;
  /**
   * Present when the AI may be the primary key of a Digital Link path: each inner list is one
   * ordered sequence of optional key qualifiers; a path uses the qualifiers of one sequence, in
   * its order, each at most once. `[[]]`: no qualifiers at all.
   */
  dlQualifierSequences?: readonly (readonly string[])[];
}

type Traits = { predefined?: boolean; attr?: boolean; key?: readonly (readonly string[])[] };

const part = (charset: Gs1Charset, min: number, max: number, linters: Gs1Linter[]): AiComponent => ({ charset, min, max, optional: false, linters });
/** Exactly `len` digits. */
const digits = (len: number, ...linters: Gs1Linter[]) => part('N', len, len, linters);
/** One to `max` digits. */
const digitsUpTo = (max: number, ...linters: Gs1Linter[]) => part('N', 1, max, linters);
/** Exactly `len` characters of set 82. */
const chars = (len: number, ...linters: Gs1Linter[]) => part('X', len, len, linters);
/** One to `max` characters of set 82. */
const charsUpTo = (max: number, ...linters: Gs1Linter[]) => part('X', 1, max, linters);
const optional = (c: AiComponent): AiComponent => ({ ...c, optional: true });

/** Traits shared by most AIs: a Digital Link data attribute, FNC1 needed after it. */
const ATTR: Traits = { attr: true };
/** A predefined-length AI that is also a Digital Link data attribute. */
const FIXED_ATTR: Traits = { predefined: true, attr: true };
const NO_QUALIFIERS: readonly (readonly string[])[] = [[]];

const SPECS: AiSpec[] = [];

function def(ai: string, title: string, components: AiComponent[], traits: Traits = {}): void {
  SPECS.push({
    ai,
    title,
    components,
    predefinedLength: traits.predefined ?? false,
    dlAttribute: traits.attr ?? false,
    ...(traits.key ? { dlQualifierSequences: traits.key } : {}),
  });
}

/** AIs `first`..`last` sharing one format; `title(ai, i)` names each (i counts from 0). */
function series(first: number, last: number, title: (i: number) => string, components: AiComponent[], traits: Traits = ATTR): void {
  for (let n = first; n <= last; n++) def(String(n), title(n - first), components, traits);
}

/** A measure AI family "ppp0".."ppp5": six digits, the last digit of the AI placing the decimal point. */
function measure(prefix: string, what: string): void {
  series(Number(`${prefix}0`), Number(`${prefix}5`), (d) => `${what}, ${d} decimal place${d === 1 ? '' : 's'}`, [digits(6)], FIXED_ATTR);
}

// Identification keys and their companions.
def('00', 'Serial Shipping Container Code (SSCC) of a logistic unit', [digits(18, 'csum', 'gcppos2')], { ...FIXED_ATTR, key: NO_QUALIFIERS });
def('01', 'Global Trade Item Number (GTIN)', [digits(14, 'csum', 'gcppos2')], { ...FIXED_ATTR, key: [['22', '10', '21'], ['235']] });
def('02', 'GTIN of the trade items contained in a logistic unit', [digits(14, 'csum', 'gcppos2')], FIXED_ATTR);
def('03', 'GTIN of a made-to-order trade item', [digits(14, 'csum', 'gcppos2')], { predefined: true });
def('10', 'Batch or lot number', [charsUpTo(20)], ATTR);
def('11', 'Production date (YYMMDD)', [digits(6, 'yymmd0')], FIXED_ATTR);
def('12', 'Payment due date (YYMMDD)', [digits(6, 'yymmd0')], FIXED_ATTR);
def('13', 'Packaging date (YYMMDD)', [digits(6, 'yymmd0')], FIXED_ATTR);
def('15', 'Best before date (YYMMDD)', [digits(6, 'yymmd0')], FIXED_ATTR);
def('16', 'Sell by date (YYMMDD)', [digits(6, 'yymmd0')], FIXED_ATTR);
def('17', 'Use by or expiry date (YYMMDD)', [digits(6, 'yymmd0')], FIXED_ATTR);
def('20', 'Internal product variant', [digits(2)], FIXED_ATTR);
def('21', 'Serial number', [charsUpTo(20)]);
def('22', 'Consumer product variant', [charsUpTo(20)]);
def('235', 'Third-party controlled, serialised extension of a GTIN (TPX)', [charsUpTo(28)]);
def('240', 'Additional product identification assigned by the manufacturer', [charsUpTo(30)], ATTR);
def('241', 'Customer part number', [charsUpTo(30)], ATTR);
def('242', 'Made-to-order variation number', [digitsUpTo(6)], ATTR);
def('243', 'Packaging component number', [charsUpTo(20)], ATTR);
def('250', 'Secondary serial number', [charsUpTo(30)], ATTR);
def('251', 'Reference to the source entity', [charsUpTo(30)], ATTR);
def('253', 'Global Document Type Identifier (GDTI)', [digits(13, 'csum', 'gcppos1'), optional(charsUpTo(17))], { ...ATTR, key: NO_QUALIFIERS });
def('254', 'Extension component of a location GLN', [charsUpTo(20)]);
def('255', 'Global Coupon Number (GCN)', [digits(13, 'csum', 'gcppos1'), optional(digitsUpTo(12))], { ...ATTR, key: NO_QUALIFIERS });
def('30', 'Count of items in a variable-quantity trade item', [digitsUpTo(8)], ATTR);

// Trade measures (31nn, 32nn, 35nn, 36nn) and logistic measures (33nn, 34nn, 35nn, 36nn).
measure('310', 'Net weight in kilograms');
measure('311', 'Length or first dimension in metres');
measure('312', 'Width, diameter or second dimension in metres');
measure('313', 'Depth, thickness, height or third dimension in metres');
measure('314', 'Area in square metres');
measure('315', 'Net volume in litres');
measure('316', 'Net volume in cubic metres');
measure('320', 'Net weight in pounds');
measure('321', 'Length or first dimension in inches');
measure('322', 'Length or first dimension in feet');
measure('323', 'Length or first dimension in yards');
measure('324', 'Width, diameter or second dimension in inches');
measure('325', 'Width, diameter or second dimension in feet');
measure('326', 'Width, diameter or second dimension in yards');
measure('327', 'Depth, thickness, height or third dimension in inches');
measure('328', 'Depth, thickness, height or third dimension in feet');
measure('329', 'Depth, thickness, height or third dimension in yards');
measure('330', 'Logistic gross weight in kilograms');
measure('331', 'Logistic length or first dimension in metres');
measure('332', 'Logistic width, diameter or second dimension in metres');
measure('333', 'Logistic depth, thickness, height or third dimension in metres');
measure('334', 'Logistic area in square metres');
measure('335', 'Logistic volume in litres');
measure('336', 'Logistic volume in cubic metres');
measure('337', 'Kilograms per square metre');
measure('340', 'Logistic gross weight in pounds');
measure('341', 'Logistic length or first dimension in inches');
measure('342', 'Logistic length or first dimension in feet');
measure('343', 'Logistic length or first dimension in yards');
measure('344', 'Logistic width, diameter or second dimension in inches');
measure('345', 'Logistic width, diameter or second dimension in feet');
measure('346', 'Logistic width, diameter or second dimension in yards');
measure('347', 'Logistic depth, thickness, height or third dimension in inches');
measure('348', 'Logistic depth, thickness, height or third dimension in feet');
measure('349', 'Logistic depth, thickness, height or third dimension in yards');
measure('350', 'Area in square inches');
measure('351', 'Area in square feet');
measure('352', 'Area in square yards');
measure('353', 'Logistic area in square inches');
measure('354', 'Logistic area in square feet');
measure('355', 'Logistic area in square yards');
measure('356', 'Net weight in troy ounces');
measure('357', 'Net weight or volume in ounces');
measure('360', 'Net volume in US quarts');
measure('361', 'Net volume in US gallons');
measure('362', 'Logistic volume in US quarts');
measure('363', 'Logistic volume in US gallons');
measure('364', 'Net volume in cubic inches');
measure('365', 'Net volume in cubic feet');
measure('366', 'Net volume in cubic yards');
measure('367', 'Logistic volume in cubic inches');
measure('368', 'Logistic volume in cubic feet');
measure('369', 'Logistic volume in cubic yards');

def('37', 'Count of trade items contained in a logistic unit', [digitsUpTo(8)], ATTR);
series(3900, 3909, (d) => `Amount payable or coupon value, local currency, ${d} decimal places`, [digitsUpTo(15)]);
series(3910, 3919, (d) => `Amount payable with ISO currency code, ${d} decimal places`, [digits(3, 'iso4217'), digitsUpTo(15)]);
series(3920, 3929, (d) => `Amount payable for a variable-measure item, local currency, ${d} decimal places`, [digitsUpTo(15)]);
series(3930, 3939, (d) => `Amount payable for a variable-measure item with ISO currency code, ${d} decimal places`, [digits(3, 'iso4217'), digitsUpTo(15)]);
series(3940, 3943, (d) => `Percentage discount of a coupon, ${d} decimal places`, [digits(4)]);
series(3950, 3955, (d) => `Amount payable per unit of measure, ${d} decimal places`, [digits(6)]);

// Orders, shipments and locations.
def('400', "Customer's purchase order number", [charsUpTo(30)], ATTR);
def('401', 'Global Identification Number for Consignment (GINC)', [charsUpTo(30, 'gcppos1')], { ...ATTR, key: NO_QUALIFIERS });
def('402', 'Global Shipment Identification Number (GSIN)', [digits(17, 'csum', 'gcppos1')], { ...ATTR, key: NO_QUALIFIERS });
def('403', 'Routing code', [charsUpTo(30)], ATTR);
const gln = () => [digits(13, 'csum', 'gcppos1')];
def('410', 'Ship to or deliver to GLN', gln(), FIXED_ATTR);
def('411', 'Bill to or invoice to GLN', gln(), FIXED_ATTR);
def('412', 'Purchased from GLN', gln(), FIXED_ATTR);
def('413', 'Ship for, deliver for or forward to GLN', gln(), FIXED_ATTR);
def('414', 'GLN of a physical location', gln(), { ...FIXED_ATTR, key: [['254'], ['7040']] });
def('415', 'GLN of the invoicing party', gln(), { ...FIXED_ATTR, key: [['8020']] });
def('416', 'GLN of the production or service location', gln(), FIXED_ATTR);
def('417', 'Party GLN', gln(), { ...FIXED_ATTR, key: [['7040']] });
def('420', 'Ship to postal code, within one postal authority', [charsUpTo(20)], ATTR);
def('421', 'Ship to postal code with ISO country code', [digits(3, 'iso3166'), charsUpTo(9)], ATTR);
def('422', 'Country of origin of the trade item', [digits(3, 'iso3166')], ATTR);
const countries = () => [digits(3, 'iso3166'), ...[1, 2, 3, 4].map(() => optional(digits(3, 'iso3166')))];
def('423', 'Countries of initial processing', countries(), ATTR);
def('424', 'Country of processing', [digits(3, 'iso3166')], ATTR);
def('425', 'Countries of disassembly', countries(), ATTR);
def('426', 'Country covering the full process chain', [digits(3, 'iso3166')], ATTR);
def('427', 'Country subdivision of origin', [charsUpTo(3)], ATTR);
def('4300', 'Ship to company name', [charsUpTo(35, 'pcenc')], ATTR);
def('4301', 'Ship to contact', [charsUpTo(35, 'pcenc')], ATTR);
def('4302', 'Ship to address line 1', [charsUpTo(70, 'pcenc')], ATTR);
def('4303', 'Ship to address line 2', [charsUpTo(70, 'pcenc')], ATTR);
def('4304', 'Ship to suburb', [charsUpTo(70, 'pcenc')], ATTR);
def('4305', 'Ship to locality', [charsUpTo(70, 'pcenc')], ATTR);
def('4306', 'Ship to region', [charsUpTo(70, 'pcenc')], ATTR);
def('4307', 'Ship to country code (ISO 3166-1 alpha-2)', [chars(2, 'iso3166alpha2')], ATTR);
def('4308', 'Ship to telephone number', [charsUpTo(30)], ATTR);
def('4309', 'Ship to geolocation (latitude, longitude)', [digits(10, 'latitude'), digits(10, 'longitude')], ATTR);
def('4310', 'Return to company name', [charsUpTo(35, 'pcenc')], ATTR);
def('4311', 'Return to contact', [charsUpTo(35, 'pcenc')], ATTR);
def('4312', 'Return to address line 1', [charsUpTo(70, 'pcenc')], ATTR);
def('4313', 'Return to address line 2', [charsUpTo(70, 'pcenc')], ATTR);
def('4314', 'Return to suburb', [charsUpTo(70, 'pcenc')], ATTR);
def('4315', 'Return to locality', [charsUpTo(70, 'pcenc')], ATTR);
def('4316', 'Return to region', [charsUpTo(70, 'pcenc')], ATTR);
def('4317', 'Return to country code (ISO 3166-1 alpha-2)', [chars(2, 'iso3166alpha2')], ATTR);
def('4318', 'Return to postal code', [charsUpTo(20)], ATTR);
def('4319', 'Return to telephone number', [charsUpTo(30)], ATTR);
def('4320', 'Service code description', [charsUpTo(35, 'pcenc')], ATTR);
def('4321', 'Dangerous goods flag (1: yes, 0: no)', [digits(1, 'yesno')], ATTR);
def('4322', 'Authority to leave flag (1: yes, 0: no)', [digits(1, 'yesno')], ATTR);
def('4323', 'Signature required flag (1: yes, 0: no)', [digits(1, 'yesno')], ATTR);
def('4324', 'Not before delivery date and time (YYMMDDHHMM)', [digits(6, 'yymmd0'), digits(4, 'hhmi')], ATTR);
def('4325', 'Not after delivery date and time (YYMMDDHHMM)', [digits(6, 'yymmd0'), digits(4, 'hhmi')], ATTR);
def('4326', 'Release date (YYMMDD)', [digits(6, 'yymmdd')], ATTR);
def('4330', 'Maximum temperature in Fahrenheit (a trailing "-" makes it negative)', [digits(6), optional(chars(1, 'hyphen'))], ATTR);
def('4331', 'Maximum temperature in Celsius (a trailing "-" makes it negative)', [digits(6), optional(chars(1, 'hyphen'))], ATTR);
def('4332', 'Minimum temperature in Fahrenheit (a trailing "-" makes it negative)', [digits(6), optional(chars(1, 'hyphen'))], ATTR);
def('4333', 'Minimum temperature in Celsius (a trailing "-" makes it negative)', [digits(6), optional(chars(1, 'hyphen'))], ATTR);

// Product attributes for regulated and fresh goods.
def('7001', 'NATO Stock Number (NSN)', [digits(13)], ATTR);
def('7002', 'UNECE meat carcass and cut classification', [charsUpTo(30)], ATTR);
def('7003', 'Expiry date and time (YYMMDDHHMM)', [digits(6, 'yymmdd'), digits(4, 'hhmi')], ATTR);
def('7004', 'Active potency', [digitsUpTo(4)], ATTR);
def('7005', 'Catch area', [charsUpTo(12)], ATTR);
def('7006', 'First freeze date (YYMMDD)', [digits(6, 'yymmdd')], ATTR);
def('7007', 'Harvest date or date range (YYMMDD[YYMMDD])', [digits(6, 'yymmdd'), optional(digits(6, 'yymmdd'))], ATTR);
def('7008', 'Species for fishery purposes (FAO 3-alpha code)', [charsUpTo(3)], ATTR);
def('7009', 'Fishing gear type', [charsUpTo(10)], ATTR);
def('7010', 'Production method', [charsUpTo(2)], ATTR);
def('7011', 'Test by date, optionally with time (YYMMDD[HHMM])', [digits(6, 'yymmdd'), optional(digits(4, 'hhmi'))], ATTR);
def('7020', 'Refurbishment lot', [charsUpTo(20)], ATTR);
def('7021', 'Functional status', [charsUpTo(20)], ATTR);
def('7022', 'Revision status', [charsUpTo(20)], ATTR);
def('7023', 'GIAI of an assembly', [charsUpTo(30, 'gcppos1')], ATTR);
series(7030, 7039, (i) => `Approval number of processor ${i}, with ISO country code`, [digits(3, 'iso3166999'), charsUpTo(27)]);
def('7040', 'GS1 UIC with extension 1 and importer index (tobacco traceability)', [digits(1), chars(1), chars(1), chars(1, 'importeridx')]);
def('7041', 'UN/CEFACT freight unit type', [charsUpTo(4, 'packagetype')]);
series(710, 717, (i) => `National healthcare reimbursement number (${['PZN', 'CIP', 'CN', 'DRN', 'AIM', 'NDC', 'AIC', 'SRN'][i]})`, [charsUpTo(20)]);
series(7230, 7239, (i) => `Certification reference ${i + 1}`, [chars(2), charsUpTo(28)]);
def('7240', 'Protocol ID', [charsUpTo(20)], ATTR);
def('7241', 'AIDC media type', [digits(2, 'mediatype')], ATTR);
def('7242', 'Version control number (VCN)', [charsUpTo(25)], ATTR);
def('7250', 'Date of birth (YYYYMMDD)', [digits(8, 'yyyymmdd')], ATTR);
def('7251', 'Date and time of birth (YYYYMMDDHHMM)', [digits(8, 'yyyymmdd'), digits(4, 'hhmi')], ATTR);
def('7252', 'Biological sex (ISO/IEC 5218)', [digits(1, 'iso5218')], ATTR);
def('7253', 'Family name of a person', [charsUpTo(40, 'pcenc')], ATTR);
def('7254', 'Given name of a person', [charsUpTo(40, 'pcenc')], ATTR);
def('7255', 'Name suffix of a person', [charsUpTo(10)], ATTR);
def('7256', 'Full name of a person', [charsUpTo(90, 'pcenc')], ATTR);
def('7257', 'Address of a person', [charsUpTo(70, 'pcenc')], ATTR);
def('7258', 'Baby birth sequence indicator (e.g. 1/2)', [chars(3, 'posinseqslash')], ATTR);
def('7259', 'Baby name', [charsUpTo(40, 'pcenc')], ATTR);

// Other keys, assets, services and coupons.
def(
  '8001',
  'Roll product dimensions (width, length, core diameter, direction, splices)',
  [digits(4, 'nonzero'), digits(5, 'nonzero'), digits(3, 'nonzero'), digits(1, 'winding'), digits(1)],
  ATTR,
);
def('8002', 'Cellular mobile telephone identifier', [charsUpTo(20)], ATTR);
def('8003', 'Global Returnable Asset Identifier (GRAI)', [digits(1, 'zero'), digits(13, 'csum', 'gcppos1'), optional(charsUpTo(16))], {
  ...ATTR,
  key: NO_QUALIFIERS,
});
def('8004', 'Global Individual Asset Identifier (GIAI)', [charsUpTo(30, 'gcppos1')], { ...ATTR, key: [['7040']] });
def('8005', 'Price per unit of measure', [digits(6)], ATTR);
def('8006', 'Identification of an individual trade item piece (ITIP)', [digits(14, 'csum', 'gcppos2'), digits(4, 'pieceoftotal')], {
  ...ATTR,
  key: [['22', '10', '21']],
});
def('8007', 'International Bank Account Number (IBAN)', [charsUpTo(34, 'iban')], ATTR);
def(
  '8008',
  'Date and time of production (YYMMDDHH[MM[SS]])',
  [digits(6, 'yymmdd'), digits(2, 'hh'), optional(digits(2, 'mi')), optional(digits(2, 'ss'))],
  ATTR,
);
def('8009', 'Optically readable sensor indicator', [charsUpTo(50)], ATTR);
def('8010', 'Component / Part Identifier (CPID)', [part('Y', 1, 30, ['gcppos1'])], { ...ATTR, key: [['8011']] });
def('8011', 'Component / Part Identifier serial number', [digitsUpTo(12, 'nozeroprefix')]);
def('8012', 'Software version', [charsUpTo(20)], ATTR);
def('8013', 'Global Model Number (GMN)', [charsUpTo(25, 'csumalpha', 'gcppos1')], { ...ATTR, key: NO_QUALIFIERS });
def('8014', 'Highly individualised device registration identifier (MUDI)', [charsUpTo(25, 'csumalpha', 'gcppos1', 'hasnondigit')]);
def('8017', 'Global Service Relation Number of the service provider (GSRN)', [digits(18, 'csum', 'gcppos1')], { ...ATTR, key: [['8019']] });
def('8018', 'Global Service Relation Number of the service recipient (GSRN)', [digits(18, 'csum', 'gcppos1')], { ...ATTR, key: [['8019']] });
def('8019', 'Service Relation Instance Number (SRIN)', [digitsUpTo(10)]);
def('8020', 'Payment slip reference number', [charsUpTo(25)]);
def('8026', 'ITIP of the pieces contained in a logistic unit', [digits(14, 'csum', 'gcppos2'), digits(4, 'pieceoftotal')], ATTR);
def('8030', 'Digital signature (DigSig)', [part('Z', 1, 90, [])], ATTR);
def('8040', 'International Mobile Equipment Identity (IMEI)', [digits(15)]);
def('8041', 'Second IMEI of a dual-SIM device', [digits(15)]);
def('8042', 'Embedded SIM identifier (EID)', [digits(32)]);
def('8043', 'Physical SIM card identifier (ICCID)', [digits(18), optional(digitsUpTo(2))]);
def('8110', 'Coupon code identification for use in North America', [charsUpTo(70, 'couponcode')], ATTR);
def('8111', 'Loyalty points of a coupon', [digits(4)], ATTR);
def('8112', 'Positive offer file coupon code identification for use in North America', [charsUpTo(70, 'couponposoffer')], ATTR);
def('8200', 'Extended packaging URL', [charsUpTo(70)]);
def('90', 'Information mutually agreed between trading partners', [charsUpTo(30)], ATTR);
series(91, 99, (i) => `Company internal information (${91 + i})`, [charsUpTo(90)]);

/** Every GS1 AI by number. */
export const GS1_AIS: ReadonlyMap<string, AiSpec> = new Map(SPECS.map((s) => [s.ai, s]));

/** The AIs that may be the primary key of a Digital Link path, in AI order. */
export const DL_PRIMARY_KEYS: readonly string[] = SPECS.filter((s) => s.dlQualifierSequences).map((s) => s.ai);

/** The specification of `ai`, or undefined when GS1 defines no such AI. */
export function aiSpec(ai: string): AiSpec | undefined {
  return GS1_AIS.get(ai);
}

/** The shortest and longest value an AI takes. */
export function aiLengthRange(spec: AiSpec): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const c of spec.components) {
    if (!c.optional) min += c.min;
    max += c.max;
  }
  return { min, max };
}

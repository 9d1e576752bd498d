/**
 * Our JSON Schema of an EPCIS 2.0 capture document, written from the EPCIS 2.0 standard (JSON/
 * JSON-LD binding, section 9) and CBV 2.0: the EPCISDocument envelope, the five event types with
 * their required fields, the action enum, timestamps and time-zone offsets, quantity elements,
 * business transactions, sources and destinations, sensor elements, ILMD, and user extensions
 * (any member whose name is namespaced, `prefix:name` or a full URI). CBV values are the bare word
 * or a full URI; CBV 1.x URNs (urn:epcglobal:cbv:…) are not EPCIS 2.0 JSON and are refused.
 * Stricter than the standard where Meridian needs it: only the five standard event types.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const uri = { type: 'string', format: 'uri' } as const;
const time = { type: 'string', format: 'date-time' } as const;
/** A namespaced member name: an extension. */
const EXTENSION = { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9+.-]*:' } as const;
/** A vocabulary URI that is not the retired CBV 1.x URN form. */
const otherUri = { ...uri, not: { pattern: '^(urn:epcglobal:cbv|https?://ns\\.gs1\\.org/cbv/)' } } as const;
const cbv = (words: string[]) => ({ anyOf: [{ type: 'string', enum: words }, otherUri] });

export const BIZ_STEPS = [
  'accepting',
  'arriving',
  'assembling',
  'collecting',
  'commissioning',
  'consigning',
  'creating_class_instance',
  'cycle_counting',
  'decommissioning',
  'departing',
  'destroying',
  'disassembling',
  'dispensing',
  'encoding',
  'entering_exiting',
  'holding',
  'inspecting',
  'installing',
  'killing',
  'loading',
  'other',
  'packing',
  'picking',
  'receiving',
  'removing',
  'repackaging',
  'repairing',
  'replacing',
  'reserving',
  'retail_selling',
  'sampling',
  'sensor_reporting',
  'shipping',
  'staging_outbound',
  'stock_taking',
  'stocking',
  'storing',
  'transporting',
  'unloading',
  'unpacking',
  'void_shipping',
];
export const DISPOSITIONS = [
  'active',
  'available',
  'completeness_inferred',
  'completeness_verified',
  'conformant',
  'container_closed',
  'container_open',
  'damaged',
  'destroyed',
  'dispensed',
  'disposed',
  'encoded',
  'expired',
  'in_progress',
  'in_transit',
  'inactive',
  'mismatch_class',
  'mismatch_instance',
  'mismatch_quantity',
  'needs_replacement',
  'no_pedigree_match',
  'non_conformant',
  'non_sellable_other',
  'partially_dispensed',
  'recalled',
  'reserved',
  'retail_sold',
  'returned',
  'sellable_accessible',
  'sellable_not_accessible',
  'stolen',
  'unavailable',
  'unknown',
];
const BTT = ['bol', 'cert', 'desadv', 'inv', 'pedigree', 'po', 'poc', 'prodorder', 'recadv', 'rma', 'testprd', 'testres', 'upevt'];
export const EVENT_TYPES = ['ObjectEvent', 'AggregationEvent', 'TransactionEvent', 'TransformationEvent', 'AssociationEvent'] as const;

/** Member names allowed besides the listed ones: extensions only. */
const names = (list: string[]) => ({ anyOf: [{ type: 'string', enum: list }, EXTENSION] });

const quantityElement = {
  type: 'object',
  required: ['epcClass'],
  additionalProperties: false,
  properties: { epcClass: uri, quantity: { type: 'number', minimum: 0 }, uom: { type: 'string', pattern: '^[A-Z0-9]{2,3}$' } },
};
const party = (member: string) => ({
  type: 'object',
  required: ['type', member],
  additionalProperties: false,
  properties: { type: cbv(['owning_party', 'possessing_party', 'location']), [member]: uri },
});
const place = { type: 'object', required: ['id'], properties: { id: uri }, propertyNames: names(['id']) };
const idList = { type: 'array', items: uri, uniqueItems: true };
const quantities = { type: 'array', items: quantityElement };
const decimal = { type: 'number' };

const SENSOR_REPORT_FIELDS = [
  'type',
  'exception',
  'deviceID',
  'deviceMetadata',
  'rawData',
  'dataProcessingMethod',
  'bizRules',
  'time',
  'microorganism',
  'chemicalSubstance',
  'coordinateReferenceSystem',
  'value',
  'component',
  'stringValue',
  'booleanValue',
  'hexBinaryValue',
  'uriValue',
  'minValue',
  'maxValue',
  'meanValue',
  'sDev',
  'percRank',
  'percValue',
  'uom',
];
const sensorElement = {
  type: 'object',
  required: ['sensorReport'],
  propertyNames: names(['sensorMetadata', 'sensorReport']),
  properties: {
    sensorMetadata: {
      type: 'object',
      propertyNames: names(['time', 'deviceID', 'deviceMetadata', 'rawData', 'startTime', 'endTime', 'dataProcessingMethod', 'bizRules']),
      properties: { time, startTime: time, endTime: time, deviceID: uri, deviceMetadata: uri, rawData: uri, dataProcessingMethod: uri, bizRules: uri },
    },
    sensorReport: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['type'],
        propertyNames: names(SENSOR_REPORT_FIELDS),
        properties: {
          type: { anyOf: [{ type: 'string', pattern: '^[A-Za-z][A-Za-z_]*$' }, uri] },
          exception: { type: 'string', enum: ['ALARM_CONDITION', 'ERROR_CONDITION'] },
          time,
          value: decimal,
          minValue: decimal,
          maxValue: decimal,
          meanValue: decimal,
          sDev: decimal,
          percRank: decimal,
          percValue: decimal,
          stringValue: { type: 'string' },
          booleanValue: { type: 'boolean' },
          hexBinaryValue: { type: 'string', pattern: '^[A-Fa-f0-9]+$' },
          uriValue: uri,
          uom: { type: 'string' },
          deviceID: uri,
          deviceMetadata: uri,
          rawData: uri,
          dataProcessingMethod: uri,
          bizRules: uri,
          microorganism: uri,
          chemicalSubstance: uri,
          coordinateReferenceSystem: uri,
        },
      },
    },
  },
};

const COMMON = ['@context', 'type', 'eventTime', 'recordTime', 'eventTimeZoneOffset', 'eventID', 'certificationInfo', 'errorDeclaration'];
const common = {
  '@context': {},
  eventTime: time,
  recordTime: time,
  // ±hh:mm, from -14:00 to +14:00, as XML Schema's time zone.
  eventTimeZoneOffset: { type: 'string', pattern: '^[+-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00)$' },
  eventID: uri,
  certificationInfo: { anyOf: [uri, { type: 'array', items: uri }] },
  errorDeclaration: {
    type: 'object',
    required: ['declarationTime'],
    propertyNames: names(['declarationTime', 'reason', 'correctiveEventIDs']),
    properties: { declarationTime: time, reason: cbv(['did_not_occur', 'incorrect_data']), correctiveEventIDs: { type: 'array', items: uri } },
  },
  action: { type: 'string', enum: ['OBSERVE', 'ADD', 'DELETE'] },
  bizStep: cbv(BIZ_STEPS),
  disposition: cbv(DISPOSITIONS),
  persistentDisposition: {
    type: 'object',
    additionalProperties: false,
    minProperties: 1,
    properties: {
      set: { type: 'array', minItems: 1, uniqueItems: true, items: cbv(DISPOSITIONS) },
      unset: { type: 'array', minItems: 1, uniqueItems: true, items: cbv(DISPOSITIONS) },
    },
  },
  readPoint: place,
  bizLocation: place,
  bizTransactionList: {
    type: 'array',
    items: { type: 'object', required: ['bizTransaction'], additionalProperties: false, properties: { type: cbv(BTT), bizTransaction: uri } },
  },
  sourceList: { type: 'array', items: party('source') },
  destinationList: { type: 'array', items: party('destination') },
  sensorElementList: { type: 'array', items: sensorElement },
  ilmd: { type: 'object', propertyNames: EXTENSION },
};

/** One event type: its own members (from `common`), which are required, and extra rules. */
function eventSchema(type: string, members: string[], required: string[], extra: object[] = []) {
  const props: Record<string, unknown> = { type: { const: type } };
  for (const m of [...COMMON, ...members])
    if (m !== 'type')
      props[m] =
        (common as Record<string, unknown>)[m] ??
        (m.endsWith('QuantityList') || m === 'quantityList' ? quantities : m.endsWith('EPCList') || m === 'epcList' || m === 'childEPCs' ? idList : uri);
  return {
    if: { properties: { type: { const: type } }, required: ['type'] },
    then: {
      type: 'object',
      required: ['type', 'eventTime', 'eventTimeZoneOffset', ...required],
      properties: props,
      propertyNames: names([...COMMON, ...members]),
      allOf: extra,
    },
  };
}

const PLACES_AND_WHY = [
  'bizStep',
  'disposition',
  'persistentDisposition',
  'readPoint',
  'bizLocation',
  'bizTransactionList',
  'sourceList',
  'destinationList',
  'sensorElementList',
];
const oneOfLists = (...lists: string[]) => ({ anyOf: lists.map((l) => ({ required: [l], properties: { [l]: { minItems: l === 'epcList' ? 0 : 1 } } })) });

const event = {
  type: 'object',
  required: ['type'],
  properties: { type: { type: 'string', enum: [...EVENT_TYPES] } },
  allOf: [
    eventSchema(
      'ObjectEvent',
      ['action', 'epcList', 'quantityList', 'ilmd', ...PLACES_AND_WHY],
      ['action'],
      [
        {
          anyOf: [oneOfLists('epcList', 'quantityList'), { required: ['sensorElementList', 'readPoint'], properties: { sensorElementList: { minItems: 1 } } }],
        },
        // Instance or lot master data (ILMD) is given where things come into being: action ADD only.
        { if: { required: ['ilmd'] }, then: { properties: { action: { const: 'ADD' } } } },
      ],
    ),
    eventSchema(
      'AggregationEvent',
      ['action', 'parentID', 'childEPCs', 'childQuantityList', ...PLACES_AND_WHY],
      ['action'],
      [oneOfLists('childEPCs', 'childQuantityList')],
    ),
    eventSchema(
      'TransactionEvent',
      ['action', 'parentID', 'epcList', 'quantityList', ...PLACES_AND_WHY],
      ['action', 'bizTransactionList'],
      [{ properties: { bizTransactionList: { minItems: 1 } } }, oneOfLists('epcList', 'quantityList')],
    ),
    eventSchema(
      'TransformationEvent',
      ['transformationID', 'inputEPCList', 'inputQuantityList', 'outputEPCList', 'outputQuantityList', 'ilmd', ...PLACES_AND_WHY],
      [],
      [
        {
          anyOf: [
            { required: ['transformationID'] },
            { allOf: [oneOfLists('inputEPCList', 'inputQuantityList'), oneOfLists('outputEPCList', 'outputQuantityList')] },
          ],
        },
      ],
    ),
    eventSchema(
      'AssociationEvent',
      ['action', 'parentID', 'childEPCs', 'childQuantityList', ...PLACES_AND_WHY],
      ['action', 'parentID'],
      [oneOfLists('childEPCs', 'childQuantityList')],
    ),
  ],
};

const context = { anyOf: [uri, { type: 'object' }, { type: 'array', uniqueItems: true, items: { anyOf: [uri, { type: 'object' }] } }] };

/** Our schema of an EPCISDocument as POST /epcis/capture accepts it. */
export const EPCIS_DOCUMENT_SCHEMA = {
  $id: 'urn:meridian:epcis:capture-document',
  type: 'object',
  required: ['@context', 'type', 'schemaVersion', 'creationDate', 'epcisBody'],
  propertyNames: names(['@context', 'id', 'type', 'schemaVersion', 'creationDate', 'instanceIdentifier', 'sender', 'receiver', 'epcisHeader', 'epcisBody']),
  properties: {
    '@context': context,
    id: uri,
    type: { const: 'EPCISDocument' },
    schemaVersion: { type: 'string', pattern: '^\\d+(\\.\\d+)*$' },
    creationDate: time,
    instanceIdentifier: { type: 'string' },
    sender: { type: 'string' },
    receiver: { type: 'string' },
    epcisHeader: { type: 'object', propertyNames: names(['epcisMasterData']) },
    epcisBody: { type: 'object', required: ['eventList'], properties: { eventList: { type: 'array', items: event } } },
  },
};

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    (addFormats as unknown as (a: Ajv) => void)(ajv);
    compiled = ajv.compile(EPCIS_DOCUMENT_SCHEMA);
  }
  return compiled;
}

export interface EpcisValidationError {
  instancePath: string;
  message: string;
}

/** Validates a capture document; the errors are the validator's, each with where (JSON Pointer) and what. */
export function validateEpcisDocument(doc: unknown): { ok: true } | { ok: false; errors: EpcisValidationError[] } {
  const validate = validator();
  if (validate(doc)) return { ok: true };
  return { ok: false, errors: simplify(validate.errors ?? []) };
}

/** The validator's errors without the noise of if/then and anyOf wrappers (their branches say it). */
function simplify(errors: ErrorObject[]): EpcisValidationError[] {
  const out = new Map<string, EpcisValidationError>();
  for (const e of errors) {
    // Branch errors inside a propertyNames check repeat what its own error says.
    if (e.keyword === 'if' || e.propertyName !== undefined) continue;
    if (
      e.keyword === 'anyOf' &&
      errors.some((x) => x !== e && x.instancePath.startsWith(e.instancePath) && x.keyword !== 'anyOf' && x.propertyName === undefined)
    )
      continue;
    let message = e.message ?? 'is invalid';
    if (e.keyword === 'propertyNames') message = `member "${String(e.params.propertyName)}" is not allowed here (extensions need a namespace prefix)`;
    if (e.keyword === 'enum') message += `: ${(e.params.allowedValues as unknown[]).join(', ')}`;
    const item = { instancePath: e.instancePath || '/', message };
    out.set(`${item.instancePath}|${item.message}`, item);
    if (out.size >= 50) break;
  }
  return [...out.values()];
}

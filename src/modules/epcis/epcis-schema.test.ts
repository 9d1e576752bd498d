import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { validateEpcisDocument } from './epcis-schema.ts';
import { movementEvent } from './export.ts';
import { queryDocument } from './service.ts';

/*
 * Our EPCIS schema is our own, written from the standard. This test checks that it agrees with
 * GS1's official EPCIS 2.0.1 JSON Schema, read at run time from ../shared/reference (never copied
 * into the repository), on valid and broken documents.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const OFFICIAL = path.resolve(repoRoot, '../shared/reference/epcis-json-schema-2.0.1.json');

const CONTEXT = ['https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld', { example: 'https://ns.example.com/epcis/' }];
const doc = (...eventList: object[]) => ({
  '@context': CONTEXT,
  type: 'EPCISDocument',
  schemaVersion: '2.0',
  creationDate: '2026-03-01T10:00:00Z',
  epcisBody: { eventList },
});
const object = {
  type: 'ObjectEvent',
  eventTime: '2026-03-01T10:00:00.000+08:00',
  eventTimeZoneOffset: '+08:00',
  action: 'OBSERVE',
  bizStep: 'receiving',
  disposition: 'sellable_accessible',
  epcList: ['urn:epc:id:sgtin:0614141.107346.2017'],
  quantityList: [
    { epcClass: 'https://id.gs1.org/01/09506000134352/10/L1', quantity: 5 },
    { epcClass: 'urn:epc:class:lgtin:4012345.012345.998877', quantity: 2.5, uom: 'KGM' },
  ],
  readPoint: { id: 'urn:epc:id:sgln:0614141.07346.1234' },
  bizLocation: { id: 'https://id.gs1.org/414/9521234543213', 'example:dock': '3' },
  bizTransactionList: [{ type: 'po', bizTransaction: 'urn:epcglobal:cbv:bt:0614141073467:1152' }],
  sourceList: [{ type: 'possessing_party', source: 'https://id.gs1.org/417/0614141000005' }],
  'example:temperatureCheck': { 'example:ok': true },
};
const aggregation = {
  type: 'AggregationEvent',
  eventTime: '2026-03-01T10:00:00Z',
  eventTimeZoneOffset: '+00:00',
  action: 'ADD',
  parentID: 'urn:epc:id:sscc:0614141.1234567890',
  childEPCs: ['urn:epc:id:sgtin:0614141.107346.2018'],
  bizStep: 'packing',
};
const transaction = {
  type: 'TransactionEvent',
  eventTime: '2026-03-01T10:00:00Z',
  eventTimeZoneOffset: '+00:00',
  action: 'ADD',
  bizTransactionList: [{ type: 'inv', bizTransaction: 'urn:x:inv:1' }],
  quantityList: [{ epcClass: 'https://id.gs1.org/01/09506000134352', quantity: 1 }],
};
const transformation = {
  type: 'TransformationEvent',
  eventTime: '2026-03-01T10:00:00Z',
  eventTimeZoneOffset: '+00:00',
  inputQuantityList: [{ epcClass: 'https://id.gs1.org/01/09506000134352', quantity: 1 }],
  outputEPCList: ['urn:epc:id:sgtin:0614141.107346.3000'],
};
const association = {
  type: 'AssociationEvent',
  eventTime: '2026-03-01T10:00:00Z',
  eventTimeZoneOffset: '+00:00',
  action: 'ADD',
  parentID: 'urn:epc:id:grai:4012345.55555.987',
  childEPCs: ['urn:epc:id:giai:4000001.12345'],
};
const sensor = {
  ...object,
  epcList: undefined,
  quantityList: undefined,
  sensorElementList: [
    {
      sensorMetadata: { time: '2026-03-01T09:00:00Z', deviceID: 'urn:epc:id:giai:4000001.111' },
      sensorReport: [{ type: 'Temperature', value: 4.5, uom: 'CEL' }],
    },
  ],
};
const strip = (o: object) => JSON.parse(JSON.stringify(o)) as Record<string, unknown>;
const without = (o: object, key: string) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));

const VALID: Array<[string, unknown]> = [
  ['an ObjectEvent with every common field and extensions', doc(object)],
  ['all five event types', doc(object, aggregation, transaction, transformation, association)],
  ['a sensor ObjectEvent with a readPoint and no EPCs', doc(strip(sensor))],
  ['an empty eventList', doc()],
  ['full CBV URIs', doc({ ...object, bizStep: 'https://ref.gs1.org/cbv/BizStep-shipping', disposition: 'https://ref.gs1.org/cbv/Disp-in_transit' })],
  ['an ObjectEvent ADD with ILMD', doc({ ...object, action: 'ADD', ilmd: { 'cbvmda:bestBeforeDate': '2026-12-31' } })],
  ['an error declaration', doc({ ...object, errorDeclaration: { declarationTime: '2026-03-02T00:00:00Z', reason: 'incorrect_data' } })],
];
const BROKEN: Array<[string, unknown]> = [
  ['no epcisBody', without(doc(object), 'epcisBody')],
  ['no @context', without(doc(object), '@context')],
  ['a document of another type', { ...doc(object), type: 'EPCISQueryDoc' }],
  ['an event without eventTime', doc(without(object, 'eventTime'))],
  ['an event without eventTimeZoneOffset', doc(without(object, 'eventTimeZoneOffset'))],
  ['a time zone offset out of range', doc({ ...object, eventTimeZoneOffset: '+15:00' })],
  ['an eventTime that is no date-time', doc({ ...object, eventTime: '1 March 2026' })],
  ['an unknown action', doc({ ...object, action: 'LOOK' })],
  ['an ObjectEvent without action', doc(without(object, 'action'))],
  ['a misspelt bare bizStep', doc({ ...object, bizStep: 'recieving' })],
  ['a CBV 1.x URN bizStep', doc({ ...object, bizStep: 'urn:epcglobal:cbv:bizstep:receiving' })],
  ['a quantity element without epcClass', doc({ ...object, quantityList: [{ quantity: 1 }] })],
  ['a quantity given as text', doc({ ...object, quantityList: [{ epcClass: 'https://id.gs1.org/01/09506000134352', quantity: '5' }] })],
  ['an ObjectEvent with no EPCs, quantities or sensor data', doc(strip({ ...object, epcList: undefined, quantityList: undefined }))],
  ['a TransactionEvent without bizTransactionList', doc(without(transaction, 'bizTransactionList'))],
  ['a source without its type', doc({ ...object, sourceList: [{ source: 'https://id.gs1.org/417/0614141000005' }] })],
  ['an extension member without a namespace', doc({ ...object, colour: 'red' })],
  ['a readPoint without id', doc({ ...object, readPoint: { 'example:dock': '1' } })],
  ['ILMD on an OBSERVE ObjectEvent', doc({ ...object, ilmd: { 'cbvmda:lotNumber': 'L1' } })],
  ['an AssociationEvent without parentID', doc(without(association, 'parentID'))],
  ['a sensor report without type', doc(strip({ ...sensor, sensorElementList: [{ sensorReport: [{ value: 1 }] }] }))],
];

describe(
  'our EPCIS 2.0 schema agrees with GS1’s official 2.0.1 JSON Schema',
  { skip: fs.existsSync(OFFICIAL) ? false : `official schema not found at ${OFFICIAL}` },
  () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    (addFormats as unknown as (a: Ajv) => void)(ajv);
    const official = fs.existsSync(OFFICIAL) ? ajv.compile(JSON.parse(fs.readFileSync(OFFICIAL, 'utf8'))) : () => false;

    for (const [name, d] of VALID)
      it(`valid: ${name}`, () => {
        assert.equal(official(d), true, `official refuses: ${JSON.stringify((official as { errors?: unknown }).errors)}`);
        const ours = validateEpcisDocument(d);
        assert.equal(ours.ok, true, JSON.stringify(ours));
      });

    for (const [name, d] of BROKEN)
      it(`broken: ${name}`, () => {
        assert.equal(official(d), false, 'official accepts it');
        const ours = validateEpcisDocument(d);
        assert.equal(ours.ok, false, 'ours accepts it');
        assert.ok(!ours.ok && ours.errors.length > 0 && ours.errors.every((e) => e.instancePath.startsWith('/') && e.message.length > 0));
      });

    it('the query documents we answer are valid by the official schema', () => {
      const e = movementEvent({
        id: 'mov_1',
        variant_id: 'var_1',
        location_id: 'loc_01J0000000000000000000000A',
        reason: 'transfer_out',
        on_hand_delta: -2,
        blocked_delta: 0,
        lot_code: 'L1',
        reference_type: 'transfer',
        reference_id: 'trf_1',
        created_at: new Date(),
        gtin: '09506000134352',
        timezone: 'Asia/Shanghai',
      })!;
      const answer = queryDocument([e, { ...(object as object), eventID: 'urn:uuid:1', recordTime: new Date().toISOString() }]);
      assert.equal(official(answer), true, JSON.stringify((official as { errors?: unknown }).errors));
    });
  },
);

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventHash, preHashString, utcMillis } from './hash.ts';
import { canonicalId, expandCbv, locationIdOf, tradeItemClass, tradeItemInstance } from './identifiers.ts';

/*
 * Test vectors from the reference implementation of the EPCIS event hash,
 * github.com/RalphTro/epcis-event-hash-generator (MIT):
 * - tests/examples/epcisDocWithSingleEvent.jsonld with its .prehashes (commit 554e6aca) and
 *   .hashes (commit 9cf1ca18): pre-hash string and hash;
 * - tests/examples/ReferenceEventHashAlgorithm3.jsonld (commit 01ca7e40) with its .prehashes at
 *   commit 554e6aca (the CBV 2.0 form): pre-hash string (user extensions, sources, destinations).
 */
const CONTEXT = ['https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld', { gs1: 'https://gs1.org/voc/' }];

const SINGLE = {
  type: 'ObjectEvent',
  action: 'OBSERVE',
  bizStep: 'shipping',
  disposition: 'in_transit',
  epcList: ['urn:epc:id:sgtin:0614141.107346.2017', 'urn:epc:id:sgtin:0614141.107346.2018'],
  eventTime: '2022-02-16T20:33:31.116000-06:00',
  eventTimeZoneOffset: '-06:00',
  readPoint: { id: 'urn:epc:id:sgln:0614141.07346.1234' },
  bizTransactionList: [{ type: 'po', bizTransaction: 'http://transaction.acme.com/po/12345678' }],
};
const SINGLE_PRE =
  'eventType=ObjectEventeventTime=2022-02-17T02:33:31.116ZeventTimeZoneOffset=-06:00epcListepc=https://id.gs1.org/01/10614141073464/21/2017' +
  'epc=https://id.gs1.org/01/10614141073464/21/2018action=OBSERVEbizStep=https://ref.gs1.org/cbv/BizStep-shippingdisposition=https://ref.gs1.org/cbv/Disp-in_transit' +
  'readPointid=https://id.gs1.org/414/0614141073467/254/1234bizTransactionListbizTransaction=http://transaction.acme.com/po/12345678type=https://ref.gs1.org/cbv/BTT-po';
const SINGLE_HASH = 'ni:///sha-256;3e0f2437f4cb5e8a1b832b769c0eed1bf3e1421f14061132e9800ded03f10182?ver=CBV2.0';

const REF3_CONTEXT = [...CONTEXT, { example: 'https://ns.example.com/epcis/' }];
const REF3 = {
  type: 'ObjectEvent',
  eventTime: '2020-03-04T11:00:30+01:00',
  eventTimeZoneOffset: '+01:00',
  epcList: ['urn:epc:id:sgtin:0614141.011111.987'],
  action: 'OBSERVE',
  bizStep: 'departing',
  disposition: 'in_transit',
  readPoint: { id: 'urn:epc:id:sgln:4012345.00011.0', 'example:myField1': 'AB-12' },
  bizTransactionList: [{ type: 'po', bizTransaction: 'urn:epc:id:gdti:4012345.11111.123' }],
  sourceList: [{ type: 'owning_party', source: 'urn:epc:id:pgln:4012345.00000' }],
  destinationList: [{ type: 'owning_party', destination: 'urn:epc:id:pgln:0614141.00000' }],
  'example:userExt': 'CD-34',
};
const REF3_PRE =
  'eventType=ObjectEventeventTime=2020-03-04T10:00:30.000ZeventTimeZoneOffset=+01:00epcListepc=https://id.gs1.org/01/00614141111114/21/987action=OBSERVE' +
  'bizStep=https://ref.gs1.org/cbv/BizStep-departingdisposition=https://ref.gs1.org/cbv/Disp-in_transitreadPointid=https://id.gs1.org/414/4012345000115' +
  'bizTransactionListbizTransaction=https://id.gs1.org/253/4012345111118123type=https://ref.gs1.org/cbv/BTT-po' +
  'sourceListsource=https://id.gs1.org/417/4012345000009type=https://ref.gs1.org/cbv/SDT-owning_party' +
  'destinationListdestination=https://id.gs1.org/417/0614141000005type=https://ref.gs1.org/cbv/SDT-owning_party' +
  'readPoint{https://ns.example.com/epcis/}myField1=AB-12{https://ns.example.com/epcis/}userExt=CD-34';

describe('EPCIS event hash', () => {
  it('reproduces the reference implementation’s pre-hash and hash of a shipping event', () => {
    assert.equal(preHashString(SINGLE, CONTEXT), SINGLE_PRE);
    assert.equal(eventHash(SINGLE, CONTEXT), SINGLE_HASH);
  });

  it('reproduces the reference pre-hash of an event with sources, destinations and user extensions', () => {
    assert.equal(preHashString(REF3, REF3_CONTEXT), REF3_PRE);
  });

  it('does not depend on member order, list order, time zone of eventTime, CBV form, EPC form, eventID or recordTime', () => {
    const same = {
      recordTime: '2030-01-01T00:00:00Z',
      eventID: 'urn:uuid:00000000-0000-4000-8000-000000000000',
      bizTransactionList: SINGLE.bizTransactionList,
      readPoint: { id: 'https://example.com/gln/0614141073467/glnx/1234?linkType=all' },
      eventTimeZoneOffset: '-06:00',
      eventTime: '2022-02-17T02:33:31.116Z',
      epcList: ['https://brand.example/01/10614141073464/21/2018', 'urn:epc:id:sgtin:0614141.107346.2017'],
      disposition: 'https://ref.gs1.org/cbv/Disp-in_transit',
      bizStep: 'https://ref.gs1.org/cbv/BizStep-shipping',
      action: 'OBSERVE',
      type: 'ObjectEvent',
    };
    assert.equal(eventHash(same, CONTEXT), SINGLE_HASH);
  });

  it('changes with any field', () => {
    assert.notEqual(eventHash({ ...SINGLE, disposition: 'in_progress' }, CONTEXT), SINGLE_HASH);
    assert.notEqual(eventHash({ ...SINGLE, 'example:x': 1 }, REF3_CONTEXT), SINGLE_HASH);
    assert.notEqual(eventHash({ ...SINGLE, eventTime: '2022-02-16T20:33:31.117-06:00' }, CONTEXT), SINGLE_HASH);
  });

  it('normalises timestamps to UTC milliseconds, rounding the fourth digit', () => {
    assert.equal(utcMillis('2020-04-01T15:00:00+01:00'), '2020-04-01T14:00:00.000Z');
    assert.equal(utcMillis('2020-04-01T15:00:00.1235+01:00'), '2020-04-01T14:00:00.124Z');
    assert.equal(utcMillis('2020-04-01T15:00:00.1234Z'), '2020-04-01T15:00:00.123Z');
  });
});

describe('EPCIS identifiers', () => {
  it('canonicalises EPC URNs and Digital Links to the constrained Digital Link', () => {
    assert.equal(canonicalId('urn:epc:id:sscc:4012345.0000000111'), 'https://id.gs1.org/00/040123450000001112');
    assert.equal(canonicalId('urn:epc:class:lgtin:4012345.012345.LOT(1)'), 'https://id.gs1.org/01/04012345123456/10/LOT%281%29');
    assert.equal(canonicalId('urn:epc:idpat:sgtin:4012345.012345.*'), 'https://id.gs1.org/01/04012345123456');
    assert.equal(canonicalId('https://x.example/gtin/4012345123456/lot/L1/ser/9?17=261231'), 'https://id.gs1.org/01/04012345123456/21/9');
    assert.equal(canonicalId('https://id.gs1.org/01/04012345123456/22/V1/10/L1'), 'https://id.gs1.org/01/04012345123456/10/L1');
    assert.equal(canonicalId('urn:meridian:location:loc_X'), 'urn:meridian:location:loc_X');
  });

  it('reads trade items, CBV words and Meridian locations', () => {
    assert.deepEqual(tradeItemClass('https://id.gs1.org/01/4012345123456/10/L%201'), { gtin: '04012345123456', lot: 'L 1' });
    assert.equal(tradeItemClass('https://id.gs1.org/01/04012345123457'), null, 'wrong check digit');
    assert.deepEqual(tradeItemInstance('https://x.example/01/04012345123456/10/L1/21/S9'), { gtin: '04012345123456', lot: 'L1' });
    assert.equal(expandCbv('BizStep', 'receiving'), 'https://ref.gs1.org/cbv/BizStep-receiving');
    assert.equal(expandCbv('Disp', 'urn:epcglobal:cbv:disp:in_transit'), 'https://ref.gs1.org/cbv/Disp-in_transit');
    const id = 'loc_01J0000000000000000000000A';
    assert.equal(locationIdOf(`urn:meridian:location:${id}`), id);
    assert.equal(locationIdOf(`https://shop.example/api/locations/${id}`), id);
    assert.equal(locationIdOf('urn:meridian:location:nope'), null);
  });
});

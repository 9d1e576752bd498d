import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXPORTED_REASONS, type MovementForExport, movementEvent, reasonsWith, zoneOffset } from './export.ts';
import { eventHash } from './hash.ts';

const GTIN = '09506000134352';
const base: MovementForExport = {
  id: 'mov_01J0000000000000000000000A',
  variant_id: 'var_01J0000000000000000000000A',
  location_id: 'loc_01J0000000000000000000000A',
  reason: 'receipt',
  on_hand_delta: 5,
  blocked_delta: 0,
  lot_code: null,
  reference_type: null,
  reference_id: null,
  created_at: new Date('2026-03-01T02:00:00.123Z'),
  gtin: GTIN,
  timezone: 'Asia/Shanghai',
};

describe('ledger movements as EPCIS events', () => {
  it('a receipt: ObjectEvent OBSERVE receiving / sellable_accessible at the location, GTIN quantity', () => {
    const e = movementEvent(base)!;
    assert.equal(e.type, 'ObjectEvent');
    assert.equal(e.action, 'OBSERVE');
    assert.equal(e.bizStep, 'receiving');
    assert.equal(e.disposition, 'sellable_accessible');
    assert.deepEqual(e.quantityList, [{ epcClass: `https://id.gs1.org/01/${GTIN}`, quantity: 5 }]);
    assert.deepEqual(e.bizLocation, { id: 'urn:meridian:location:loc_01J0000000000000000000000A' });
    assert.equal(e.eventTime, '2026-03-01T02:00:00.123Z');
    assert.equal(e.eventTimeZoneOffset, '+08:00');
    const { eventID, recordTime: _r, ...rest } = e;
    assert.equal(eventID, eventHash(rest, ['https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld', { meridian: 'urn:meridian:epcis:' }]));
  });

  it('a till sale: retail_selling / retail_sold naming the order', () => {
    const e = movementEvent({ ...base, reason: 'sale', on_hand_delta: -2, reference_type: 'order', reference_id: 'ord_1' })!;
    assert.equal(e.bizStep, 'retail_selling');
    assert.equal(e.disposition, 'retail_sold');
    assert.deepEqual(e.quantityList, [{ epcClass: `https://id.gs1.org/01/${GTIN}`, quantity: 2 }]);
    assert.deepEqual(e.bizTransactionList, [{ bizTransaction: 'urn:meridian:order:ord_1' }]);
  });

  it('a transfer: shipping / in_transit out, receiving in, both naming the transfer; lots in the class id', () => {
    const out = movementEvent({ ...base, reason: 'transfer_out', on_hand_delta: -3, reference_type: 'transfer', reference_id: 'trf_1', lot_code: 'L 7' })!;
    assert.equal(out.bizStep, 'shipping');
    assert.equal(out.disposition, 'in_transit');
    assert.deepEqual(out.bizTransactionList, [{ type: 'desadv', bizTransaction: 'urn:meridian:transfer:trf_1' }]);
    assert.deepEqual(out.quantityList, [{ epcClass: `https://id.gs1.org/01/${GTIN}/10/L%207`, quantity: 3 }]);
    const into = movementEvent({ ...base, reason: 'transfer_in', on_hand_delta: 3, reference_type: 'transfer', reference_id: 'trf_1' })!;
    assert.equal(into.bizStep, 'receiving');
  });

  it('returns, counts, adjustments and lot status changes; reservations are not exported', () => {
    assert.equal(movementEvent({ ...base, reason: 'return' })!.disposition, 'returned');
    assert.equal(movementEvent({ ...base, reason: 'count_correction', on_hand_delta: -1 })!.bizStep, 'cycle_counting');
    assert.equal(movementEvent({ ...base, reason: 'adjustment', on_hand_delta: -1 })!.bizStep, 'removing');
    assert.equal(movementEvent({ ...base, reason: 'adjustment', on_hand_delta: 1 })!.bizStep, 'stocking');
    const recall = movementEvent({ ...base, reason: 'recall', on_hand_delta: 0, blocked_delta: 4 })!;
    assert.equal(recall.disposition, 'recalled');
    assert.deepEqual(recall.quantityList, [{ epcClass: `https://id.gs1.org/01/${GTIN}`, quantity: 4 }]);
    for (const r of ['reservation', 'release', 'expiry'] as const) assert.equal(movementEvent({ ...base, reason: r }), null);
    assert.equal(EXPORTED_REASONS.length, 11);
  });

  it('maps query words back to reasons, and time zones to offsets', () => {
    assert.deepEqual(new Set(reasonsWith('bizStep', new Set(['receiving']))), new Set(['receipt', 'return', 'transfer_in']));
    assert.deepEqual(reasonsWith('disposition', new Set(['non_sellable_other'])).sort(), ['adjustment', 'lot_blocked']);
    assert.equal(zoneOffset('America/New_York', new Date('2026-01-15T12:00:00Z')), '-05:00');
    assert.equal(zoneOffset('UTC', new Date()), '+00:00');
  });
});

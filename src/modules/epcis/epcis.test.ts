import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testApp, type TestApp } from '../../../test/support/app.ts';
import { location, operatorActor, product, verifiedMerchant } from '../../../test/support/fixtures.ts';
import { auditLedger, receiveStock, takeStock } from '../inventory/service.ts';
import { variantsByIds } from '../catalog/service.ts';
import { classUri, locationUri } from './identifiers.ts';

const CONTEXT = ['https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld', { example: 'https://ns.example.com/epcis/' }];
let seq = 0;

/** An EPCISDocument around these events. */
const doc = (...eventList: object[]) => ({
  '@context': CONTEXT,
  type: 'EPCISDocument',
  schemaVersion: '2.0',
  creationDate: '2026-03-01T10:00:00Z',
  epcisBody: { eventList },
});

/** A receiving (or shipping) ObjectEvent of `quantity` units of a class at a place. */
function moveEvent(opts: { step?: 'receiving' | 'shipping'; cls: string; quantity: number; place: string; time?: string; eventID?: string }) {
  const time = opts.time ?? `2026-03-01T10:${String(++seq % 60).padStart(2, '0')}:00.000+08:00`;
  const place = { id: opts.place };
  return {
    type: 'ObjectEvent',
    ...(opts.eventID ? { eventID: opts.eventID } : {}),
    eventTime: time,
    eventTimeZoneOffset: '+08:00',
    action: 'OBSERVE',
    bizStep: opts.step ?? 'receiving',
    disposition: opts.step === 'shipping' ? 'in_transit' : 'sellable_accessible',
    quantityList: [{ epcClass: opts.cls, quantity: opts.quantity }],
    ...(opts.step === 'shipping' ? { readPoint: place } : { bizLocation: place, readPoint: place }),
    'example:note': `event ${seq}`,
  };
}

describe('EPCIS 2.0: capture, query and ledger export', () => {
  let t: TestApp;
  let tokA: string;
  let tokB: string;
  let opTok: string;
  let storeId: string;
  let gtinA: string;
  let variantA: string;
  let merchantA: Awaited<ReturnType<typeof verifiedMerchant>>;

  const onHand = async () => {
    const res = await t.call('GET', `/api/stock?variant_id=${variantA}&location_id=${storeId}`, { token: tokA });
    return (res.json().items[0]?.on_hand as number | undefined) ?? 0;
  };
  const capture = (body: unknown, token = tokA, headers?: Record<string, string>) =>
    t.call('POST', '/epcis/capture', { token, body: body as object, ...(headers ? { headers } : {}) });
  const events = async (query: string, token = tokA) => {
    const res = await t.call('GET', `/epcis/events${query}`, { token });
    assert.equal(res.statusCode, 200, res.body);
    return { res, list: res.json().epcisBody.queryResults.resultsBody.eventList as Array<Record<string, unknown>> };
  };

  before(async () => {
    t = await testApp();
    const ctx = t.app.ctx;
    const op = await operatorActor(ctx);
    merchantA = await verifiedMerchant(ctx, op, 'Alpha');
    const merchantB = await verifiedMerchant(ctx, op, 'Beta');
    storeId = (await location(ctx, op)).id;
    variantA = (await product(ctx, merchantA.actor)).variantIds[0]!;
    gtinA = (await variantsByIds(ctx, [variantA]))[0]!.gtin!;
    const login = async (email: string) => (await t.call('POST', '/api/auth/login', { body: { email, password: 'fixture-password' } })).json().token as string;
    tokA = await login(merchantA.ownerEmail);
    tokB = await login(merchantB.ownerEmail);
    opTok = (await t.userToken({ role: 'operator' })).token;
  });
  after(() => t.close());

  it('a receiving ObjectEvent of an own GTIN at a known store is stored, answered 202, and moves stock', async () => {
    const res = await capture(doc(moveEvent({ cls: classUri(gtinA), quantity: 5, place: locationUri(storeId) })));
    assert.equal(res.statusCode, 202, res.body);
    assert.match(res.headers.location as string, /^\/epcis\/capture\/ecp_/);
    assert.equal(res.headers['gs1-epcis-version'], '2.0.0');
    assert.equal(res.json().applied, 1);
    assert.equal(await onHand(), 5);
    const job = await t.call('GET', res.headers.location as string, { token: tokA });
    assert.equal(job.statusCode, 200);
    assert.deepEqual(
      { ...(job.json() as Record<string, unknown>), createdAt: undefined, finishedAt: undefined },
      {
        captureID: res.json().captureID,
        createdAt: undefined,
        finishedAt: undefined,
        running: false,
        success: true,
        captureErrorBehaviour: 'rollback',
        errors: [],
        eventCount: 1,
        duplicateCount: 0,
      },
    );
    assert.equal((await auditLedger(t.app.ctx)).ok, true);
  });

  it('accepts application/ld+json and an SGTIN in the epcList (instance level counts one each)', async () => {
    const g = gtinA; // 0 + 12 digits + check: company prefix 7 digits, item reference with indicator 0
    const sgtin = (serial: string) => `urn:epc:id:sgtin:${g.slice(1, 8)}.0${g.slice(8, 13)}.${serial}`;
    const ev = {
      ...moveEvent({ cls: classUri(gtinA), quantity: 1, place: locationUri(storeId) }),
      quantityList: undefined,
      epcList: [sgtin('S1'), sgtin('S2')],
    };
    const before = await onHand();
    const res = await t.call('POST', '/epcis/capture', {
      token: tokA,
      body: JSON.stringify(doc(JSON.parse(JSON.stringify(ev)))),
      headers: { 'content-type': 'application/ld+json' },
    });
    assert.equal(res.statusCode, 202, res.body);
    assert.equal(await onHand(), before + 2);
  });

  it('an unknown GTIN, or an unknown place, is stored and queryable but moves nothing', async () => {
    const before = await onHand();
    const unknownGtin = classUri('09506000134352');
    const res = await capture(
      doc(
        moveEvent({ cls: unknownGtin, quantity: 3, place: locationUri(storeId) }),
        moveEvent({ cls: classUri(gtinA), quantity: 3, place: 'urn:epc:id:sgln:9521234.54321.0' }),
      ),
    );
    assert.equal(res.statusCode, 202, res.body);
    assert.equal(res.json().stored, 2);
    assert.equal(res.json().applied, 0);
    assert.equal(await onHand(), before);
    const { list } = await events(`?MATCH_anyEPCClass=${encodeURIComponent(unknownGtin)}`);
    assert.equal(list.length, 1);
    assert.equal((list[0]!.quantityList as Array<{ epcClass: string }>)[0]!.epcClass, unknownGtin);
    assert.match(String(list[0]!.eventID), /^ni:\/\/\/sha-256;[0-9a-f]{64}\?ver=CBV2\.0$/);
    const bySgln = await events(`?EQ_bizLocation=${encodeURIComponent('https://id.gs1.org/414/9521234543213')}`);
    assert.equal(bySgln.list.length, 1, 'the SGLN and its Digital Link form are the same place');
  });

  it('refuses a broken document with the validator messages and stores nothing', async () => {
    const before = (await events('')).list.length;
    const broken = doc({ type: 'ObjectEvent', action: 'LOOK', eventTime: 'noon', eventTimeZoneOffset: '+8', quantityList: [{ quantity: 1 }], colour: 'red' });
    const res = await capture(broken);
    assert.equal(res.statusCode, 400);
    const body = res.json();
    assert.equal(body.code, 'epcis_invalid');
    const paths = (body.errors as Array<{ instancePath: string; message: string }>).map((e) => e.instancePath);
    for (const p of [
      '/epcisBody/eventList/0/action',
      '/epcisBody/eventList/0/eventTime',
      '/epcisBody/eventList/0/eventTimeZoneOffset',
      '/epcisBody/eventList/0/quantityList/0',
      '/epcisBody/eventList/0',
    ])
      assert.ok(paths.includes(p), `expected an error at ${p}: ${JSON.stringify(body.errors)}`);
    assert.equal((await events('')).list.length, before);
    const notJson = await t.call('POST', '/epcis/capture', { token: tokA, body: '[1,2', headers: { 'content-type': 'application/ld+json' } });
    assert.equal(notJson.statusCode, 400);
  });

  it('refuses a whole document when one event is invalid, and when one event cannot be applied', async () => {
    const before = await onHand();
    const good = moveEvent({ cls: classUri(gtinA), quantity: 4, place: locationUri(storeId) });
    const bad = { ...moveEvent({ cls: classUri(gtinA), quantity: 1, place: locationUri(storeId) }), bizStep: 'recieving' };
    const invalid = await capture(doc(good, bad));
    assert.equal(invalid.statusCode, 400);
    assert.equal(invalid.json().code, 'epcis_invalid');
    assert.equal(await onHand(), before);

    const tooMuch = moveEvent({ step: 'shipping', cls: classUri(gtinA), quantity: before + 100, place: locationUri(storeId) });
    const refused = await capture(doc(good, tooMuch));
    assert.equal(refused.statusCode, 409, refused.body);
    assert.equal(refused.json().code, 'insufficient_stock');
    assert.equal(refused.json().event_index, 1);
    assert.equal(await onHand(), before, 'the good receipt was rolled back with the refused shipment');
    const job = await t.call('GET', refused.headers.location as string, { token: tokA });
    assert.equal(job.json().success, false);
    assert.equal(job.json().errors[0].code, 'insufficient_stock');
    const stored = await events(`?EQ_eventID=${encodeURIComponent(good.eventTime)}`);
    assert.equal(stored.list.length, 0);
    assert.equal((await auditLedger(t.app.ctx)).ok, true);
  });

  it('shipping takes stock; the same event captured twice moves stock once', async () => {
    const before = await onHand();
    const ship = moveEvent({ step: 'shipping', cls: classUri(gtinA), quantity: 2, place: locationUri(storeId) });
    const first = await capture(doc(ship));
    assert.equal(first.statusCode, 202, first.body);
    assert.equal(await onHand(), before - 2);
    const again = await capture(doc(ship, ship));
    assert.equal(again.statusCode, 202);
    assert.equal(again.json().duplicates, 2);
    assert.equal(await onHand(), before - 2);
    const withId = moveEvent({ cls: classUri(gtinA), quantity: 1, place: locationUri(storeId), eventID: 'urn:uuid:7c7e1b40-8f0e-4a57-9f61-2d1f4a4a0001' });
    await capture(doc(withId));
    await capture(doc({ ...withId, quantityList: [{ epcClass: classUri(gtinA), quantity: 9 }] }));
    assert.equal(await onHand(), before - 2 + 1, 'an eventID seen before is not applied again');
  });

  it('keeps tenants apart: merchant B sees neither A’s captured nor A’s ledger events; operators see all', async () => {
    const b = await events('', tokB);
    assert.equal(b.list.length, 0);
    const a = await events('?perPage=500');
    const op = await events('?perPage=500', opTok);
    assert.ok(a.list.length > 0);
    assert.ok(op.list.length >= a.list.length);
    const other = await t.call(
      'GET',
      `/epcis/capture/${(await capture(doc(moveEvent({ cls: classUri(gtinA), quantity: 1, place: locationUri(storeId) })))).json().captureID}`,
      { token: tokB },
    );
    assert.equal(other.statusCode, 404);
    const anon = await t.call('GET', '/epcis/events');
    assert.equal(anon.statusCode, 401);
    const opCapture = await capture(doc(), opTok);
    assert.equal(opCapture.statusCode, 403);
  });

  it('exports ledger movements: a receipt and a till sale with CBV bizStep, disposition and GTIN quantities', async () => {
    const ctx = t.app.ctx;
    await receiveStock(ctx, merchantA.actor, { location_id: storeId, lines: [{ variant_id: variantA, quantity: 7 }] });
    const sale = await takeStock(ctx, merchantA.actor, {
      variant_id: variantA,
      location_id: storeId,
      merchant_id: merchantA.merchantId,
      quantity: 2,
      reason: 'sale',
      reference_type: 'order',
      reference_id: 'ord_TEST',
    });
    assert.ok(sale.ok);
    const received = await events('?EQ_bizStep=receiving&EQ_disposition=sellable_accessible&perPage=500');
    const ledgerReceipt = received.list.find((e) => e['meridian:reason'] === 'receipt');
    assert.ok(ledgerReceipt, 'the receipt is exported');
    assert.deepEqual(ledgerReceipt.quantityList, [{ epcClass: `https://id.gs1.org/01/${gtinA}`, quantity: 7 }]);
    assert.deepEqual(ledgerReceipt.bizLocation, { id: locationUri(storeId) });
    assert.equal(ledgerReceipt.eventTimeZoneOffset, '+08:00');
    // Receipts made by a capture are reported once, as the captured event.
    assert.equal(received.list.filter((e) => e['meridian:reason'] === 'receipt').length, 1);
    const sold = await events(`?EQ_bizStep=${encodeURIComponent('https://ref.gs1.org/cbv/BizStep-retail_selling')}`);
    assert.equal(sold.list.length, 1);
    assert.equal(sold.list[0]!.disposition, 'retail_sold');
    assert.deepEqual(sold.list[0]!.bizTransactionList, [{ bizTransaction: 'urn:meridian:order:ord_TEST' }]);
    assert.deepEqual(sold.list[0]!.quantityList, [{ epcClass: `https://id.gs1.org/01/${gtinA}`, quantity: 2 }]);
  });

  it('pages in eventTime order with perPage, nextPageToken and a Link header; filters by class and time', async () => {
    const all = (await events('?perPage=500')).list;
    const times = all.map((e) => Date.parse(String(e.eventTime)));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => a - b),
    );
    const seen: unknown[] = [];
    let url = '/epcis/events?perPage=2';
    for (let i = 0; i < 50 && url; i++) {
      const res = await t.call('GET', url, { token: tokA });
      seen.push(...res.json().epcisBody.queryResults.resultsBody.eventList.map((e: { eventID: string }) => e.eventID));
      const link = res.headers.link as string | undefined;
      url = link ? /^<([^>]+)>; rel="next"$/.exec(link)![1]! : '';
    }
    assert.deepEqual(
      seen,
      all.map((e) => e.eventID),
    );
    const mine = (await events(`?MATCH_anyEPCClass=${encodeURIComponent(`https://id.gs1.org/01/${gtinA}`)}&perPage=500`)).list;
    assert.ok(mine.length > 0 && mine.length < all.length);
    const early = (await events('?LT_eventTime=2026-03-01T02:00:00Z&GE_eventTime=2026-03-01T01:59:00Z')).list;
    assert.ok(early.every((e) => Date.parse(String(e.eventTime)) < Date.parse('2026-03-01T02:00:00Z')));
    assert.equal((await events('?eventType=AggregationEvent')).list.length, 0);
  });

  it('refuses unknown and malformed query parameters with a code', async () => {
    for (const [q, code] of [
      ['?colour=red', 'epcis_query_parameter_unknown'],
      ['?GE_eventTime=yesterday', 'epcis_query_parameter_invalid'],
      ['?eventType=MagicEvent', 'epcis_query_parameter_invalid'],
      ['?perPage=0', 'epcis_query_parameter_invalid'],
      ['?EQ_bizStep=not%20a%20step', 'epcis_query_parameter_invalid'],
      ['?nextPageToken=abc', 'epcis_invalid_page_token'],
    ]) {
      const res = await t.call('GET', `/epcis/events${q}`, { token: tokA });
      assert.equal(res.statusCode, 400, q);
      assert.equal(res.json().code, code, q);
    }
  });
});

import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { ErrorNotice } from '../shared/components';
import { formatDate, formatMoney } from '../shared/format';
import { useTexts } from '../shared/i18n';
import {
  classifyScan,
  gtin14,
  type Item,
  isNetworkError,
  itemOfVariant,
  salePriceOf,
  lookupGs1,
  lookupGtin,
  type Money,
  newClientId,
  type Order,
  type PaymentMethod,
  type Product,
  type ProductHit,
  rememberMethod,
  type SaleBody,
  type SaleLine,
  titleOf,
  UnknownCode,
  useOnline,
} from './data';
import { dismiss, enqueue, type QueuedSale, retry, type SyncedSale, useQueue } from './queue';
import { useStore } from './TillFrame';
import './texts';

/** One line of the basket: what is sent (gtin, gs1 or variant_id) and what the clerk sees. */
interface BasketLine {
  key: string;
  send: Omit<SaleLine, 'quantity'>;
  item: Item;
  lot_code: string | null;
  expiry: string | null;
  quantity: number;
  /** Added while offline: title and price come from this till's cache, or are unknown until sync. */
  offline: boolean;
}

type Outcome = { kind: 'sold'; order: Order; method: PaymentMethod; change: Money | null } | { kind: 'queued'; client_sale_id: string; total: Money | null };

const BASKET_KEY = 'meridian.till.basket';
const MAX_QTY = 999;

function loadBasket(): BasketLine[] {
  try {
    const v = JSON.parse(sessionStorage.getItem(BASKET_KEY) ?? '[]') as unknown;
    return Array.isArray(v) ? (v as BasketLine[]) : [];
  } catch {
    return [];
  }
}

const fractionDigits = (currency: string) => new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;

/** Totals per currency (one sale is one currency; a mixed basket is refused by the platform) and how many lines have no price yet. */
function totalsOf(basket: BasketLine[]) {
  const byCurrency = new Map<string, number>();
  let unpriced = 0;
  for (const l of basket) {
    if (!l.item.price) {
      unpriced += l.quantity;
      continue;
    }
    byCurrency.set(l.item.price.currency, (byCurrency.get(l.item.price.currency) ?? 0) + l.item.price.amount * l.quantity);
  }
  const totals: Money[] = [...byCurrency].map(([currency, amount]) => ({ currency, amount }));
  return { totals, unpriced, single: totals.length === 1 && unpriced === 0 ? totals[0]! : null };
}

/** The sale screen: scan or type items, adjust quantities, take card or cash; keeps selling through a network drop. */
export function SaleScreen() {
  const { t, locale } = useTexts('till');
  const store = useStore();
  const online = useOnline();
  const scanRef = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  const [basket, setBasket] = useState<BasketLine[]>(loadBasket);
  const [status, setStatus] = useState('');
  const [scanError, setScanError] = useState<unknown>(null);
  const [hits, setHits] = useState<{ q: string; items: ProductHit[] } | null>(null);
  const [method, setMethod] = useState<PaymentMethod>('card');
  const [token, setToken] = useState('tok_ok');
  const [cashGiven, setCashGiven] = useState('');
  const [busy, setBusy] = useState(false);
  const [saleError, setSaleError] = useState<unknown>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // The last attempt's exact body: sent again unchanged (same client_sale_id) while the basket and payment are unchanged.
  const attempt = useRef<{ signature: string; body: SaleBody } | null>(null);
  // Scans are looked up one after another, in the order they came, while the clerk keeps scanning.
  const chain = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    sessionStorage.setItem(BASKET_KEY, JSON.stringify(basket));
  }, [basket]);

  const focusScan = () => window.setTimeout(() => scanRef.current?.focus(), 0);

  const add = (line: Omit<BasketLine, 'quantity'>, quantity = 1) => {
    setBasket((b) => {
      const found = b.find((x) => x.key === line.key);
      if (found) return b.map((x) => (x.key === line.key ? { ...x, quantity: Math.min(MAX_QTY, x.quantity + quantity) } : x));
      return [...b, { ...line, quantity }];
    });
    setOutcome(null);
    setStatus(t('added', { title: titleOf(line.item, locale) }));
  };

  const lookup = async (raw: string) => {
    const scan = classifyScan(raw);
    setScanError(null);
    try {
      switch (scan.kind) {
        case 'empty':
          return;
        case 'gtin': {
          const { item, offline } = await lookupGtin(scan.gtin);
          add({
            key: item.variant_id ? `v:${item.variant_id}` : `g:${gtin14(scan.gtin)}`,
            send: { gtin: scan.gtin },
            item,
            lot_code: null,
            expiry: null,
            offline,
          });
          return;
        }
        case 'gs1': {
          const r = await lookupGs1(scan.text);
          const byLot = r.offline || (r.item.lot_tracked && r.lot_code !== null);
          add({
            key: byLot ? `s:${scan.text}` : `v:${r.item.variant_id}`,
            send: byLot || !r.item.variant_id ? { gs1: scan.text } : { variant_id: r.item.variant_id },
            item: r.item,
            lot_code: byLot ? r.lot_code : null,
            expiry: byLot ? r.expiry : null,
            offline: r.offline,
          });
          return;
        }
        case 'search': {
          const found = unwrap(await api.GET('/api/products', { params: { query: { q: scan.q, limit: 8 } } }));
          setHits({ q: scan.q, items: found.items });
          setStatus(t('search_found', { count: found.items.length }));
          return;
        }
      }
    } catch (e) {
      setScanError(e instanceof UnknownCode ? new Error(t('unknown_code', { code: e.code })) : isNetworkError(e) ? new Error(t('search_offline')) : e);
    } finally {
      focusScan();
    }
  };

  const onScan = (e: FormEvent) => {
    e.preventDefault();
    const raw = code;
    setCode('');
    chain.current = chain.current.then(() => lookup(raw));
    focusScan();
  };

  const chooseVariant = async (v: Product['variants'][number]) => {
    try {
      const item = await itemOfVariant(v);
      add({ key: `v:${v.id}`, send: v.gtin ? { gtin: v.gtin } : { variant_id: v.id }, item, lot_code: null, expiry: null, offline: false });
      setHits(null);
    } catch (e) {
      setScanError(e);
    } finally {
      focusScan();
    }
  };

  const setQty = (key: string, quantity: number) => {
    setBasket((b) => (quantity <= 0 ? b.filter((x) => x.key !== key) : b.map((x) => (x.key === key ? { ...x, quantity: Math.min(MAX_QTY, quantity) } : x))));
  };

  const { totals, unpriced, single } = totalsOf(basket);
  const totalText = totals.map((m) => formatMoney(m.amount, m.currency, locale)).join(' + ');
  const cashGivenMinor = single && cashGiven.trim() !== '' ? Math.round(Number(cashGiven) * 10 ** fractionDigits(single.currency)) : null;
  const change = single && cashGivenMinor !== null && Number.isFinite(cashGivenMinor) ? cashGivenMinor - single.amount : null;

  const queue = (body: SaleBody, total: Money | null) => {
    enqueue(body, total);
    attempt.current = null;
    setBasket([]);
    setCashGiven('');
    setStatus('');
    setOutcome({ kind: 'queued', client_sale_id: body.client_sale_id, total });
  };

  const pay = async (e: FormEvent) => {
    e.preventDefault();
    if (basket.length === 0) return;
    setSaleError(null);
    const lines = basket.map((l) => ({ ...l.send, quantity: l.quantity }));
    const payment = method === 'card' ? { method, token: token.trim() } : { method };
    const signature = JSON.stringify({ location: store.id, lines, payment });
    const body: SaleBody =
      attempt.current?.signature === signature
        ? attempt.current.body
        : { client_sale_id: newClientId('till'), location_id: store.id, lines, payment, sold_at: new Date().toISOString() };
    attempt.current = { signature, body };
    if (!navigator.onLine) {
      queue(body, single);
      focusScan();
      return;
    }
    setBusy(true);
    try {
      const order = unwrap(await api.POST('/api/till/sales', { body, signal: AbortSignal.timeout(15_000) }));
      rememberMethod(order.id, method);
      rememberMethod(body.client_sale_id, method);
      attempt.current = null;
      setBasket([]);
      setCashGiven('');
      setStatus('');
      setOutcome({
        kind: 'sold',
        order,
        method,
        change: method === 'cash' && change !== null && change >= 0 && single ? { amount: change, currency: single.currency } : null,
      });
    } catch (err) {
      // No answer: the sale may or may not have arrived; the queue sends the same body again and the platform records it once.
      if (isNetworkError(err)) queue(body, single);
      else setSaleError(err);
    } finally {
      setBusy(false);
      focusScan();
    }
  };

  const newSale = () => {
    attempt.current = null;
    setBasket([]);
    setHits(null);
    setOutcome(null);
    setSaleError(null);
    setCashGiven('');
    focusScan();
  };

  return (
    <div className="stack">
      <h1>{t('sale_title')}</h1>
      <div className="till-screen">
        <section className="stack" style={{ minWidth: 0 }} aria-labelledby="basket-heading">
          <form className="card stack no-print" onSubmit={onScan} aria-label={t('scan_form')}>
            <label>
              {t('scan_label')}
              <input
                ref={scanRef}
                autoFocus
                value={code}
                onChange={(e) => setCode(e.target.value)}
                autoComplete="off"
                spellCheck={false}
                enterKeyHint="enter"
                aria-describedby="scan-hint"
              />
            </label>
            <p id="scan-hint" className="muted small">
              {t('scan_hint')}
            </p>
            <div className="row">
              <button type="submit">{t('scan_add')}</button>
              {basket.length > 0 && (
                <button type="button" className="secondary" onClick={newSale}>
                  {t('clear_basket')}
                </button>
              )}
            </div>
            <p role="status" aria-live="polite" className="muted small">
              {status}
            </p>
            <ErrorNotice error={scanError} />
          </form>
          {hits && <SearchHits hits={hits} onChoose={chooseVariant} onClose={() => setHits(null)} />}
          <h2 id="basket-heading">{t('basket')}</h2>
          {basket.length === 0 ? (
            <p className="muted">{t('basket_empty')}</p>
          ) : (
            <div className="table-wrap" style={{ position: 'relative' }}>
              <table>
                <caption className="sr-only">{t('basket')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('col_item')}</th>
                    <th scope="col">{t('col_qty')}</th>
                    <th scope="col">{t('col_amount')}</th>
                  </tr>
                </thead>
                <tbody>
                  {basket.map((l) => {
                    const title = titleOf(l.item, locale);
                    return (
                      <tr key={l.key}>
                        <td>
                          <strong>{title}</strong>
                          {l.item.options && <div className="small">{l.item.options}</div>}
                          <div className="muted small">
                            {l.item.gtin ? t('gtin_short', { gtin: l.item.gtin }) : l.send.gs1}
                            {l.lot_code && ` · ${t('lot', { lot: l.lot_code })}`}
                            {l.expiry && ` · ${t('expires', { date: formatDate(l.expiry, locale) })}`}
                          </div>
                          {l.offline && <span className="badge">{l.item.price ? t('offline_cached') : t('offline_unpriced')}</span>}
                          <div>
                            <button type="button" className="link small" aria-label={t('remove_item', { title })} onClick={() => setQty(l.key, 0)}>
                              {t('remove')}
                            </button>
                          </div>
                        </td>
                        <td>
                          <div className="row" style={{ flexWrap: 'nowrap', gap: '0.25rem' }}>
                            <button type="button" className="secondary" aria-label={t('qty_down', { title })} onClick={() => setQty(l.key, l.quantity - 1)}>
                              −
                            </button>
                            <output aria-label={t('qty_of', { title })} style={{ minWidth: '2ch', textAlign: 'center' }}>
                              {l.quantity}
                            </output>
                            <button type="button" className="secondary" aria-label={t('qty_up', { title })} onClick={() => setQty(l.key, l.quantity + 1)}>
                              +
                            </button>
                          </div>
                        </td>
                        <td>
                          {l.item.price ? formatMoney(l.item.price.amount * l.quantity, l.item.price.currency, locale) : '—'}
                          {l.item.price && l.quantity > 1 && (
                            <div className="muted small">{t('each', { price: formatMoney(l.item.price.amount, l.item.price.currency, locale) })}</div>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </section>

        <section className="stack" style={{ minWidth: 0 }} aria-labelledby="pay-heading">
          <div className="card stack">
            <h2 id="pay-heading">{t('payment')}</h2>
            <p className="price" aria-live="polite">
              {t('total')}: <span data-testid="till-total">{totalText || '—'}</span>
            </p>
            {unpriced > 0 && <p className="notice small">{t('unpriced_note', { count: unpriced })}</p>}
            <form className="stack" onSubmit={pay} aria-label={t('payment')}>
              <fieldset className="stack" style={{ border: 'none', padding: 0, margin: 0 }}>
                <legend className="sr-only">{t('pay_by')}</legend>
                <div className="row">
                  <label className="inline">
                    <input type="radio" name="method" value="card" checked={method === 'card'} onChange={() => setMethod('card')} /> {t('card')}
                  </label>
                  <label className="inline">
                    <input type="radio" name="method" value="cash" checked={method === 'cash'} onChange={() => setMethod('cash')} /> {t('cash')}
                  </label>
                </div>
              </fieldset>
              {method === 'card' ? (
                <div className="stack" style={{ gap: '0.25rem' }}>
                  <label>
                    {t('card_token')}
                    <input
                      value={token}
                      onChange={(e) => setToken(e.target.value)}
                      required
                      autoComplete="off"
                      spellCheck={false}
                      aria-describedby="card-token-hint"
                    />
                  </label>
                  <span id="card-token-hint" className="muted small">
                    {t('card_token_hint')}
                  </span>
                </div>
              ) : (
                <div className="stack" style={{ gap: '0.25rem' }}>
                  <label>
                    {t('cash_given')}
                    <input
                      type="number"
                      inputMode="decimal"
                      min="0"
                      step="0.01"
                      value={cashGiven}
                      onChange={(e) => setCashGiven(e.target.value)}
                      aria-describedby="cash-change"
                    />
                  </label>
                  <span id="cash-change" aria-live="polite" className={change !== null && change < 0 ? 'small notice notice-error' : 'small'}>
                    {change !== null && single && (change >= 0 ? t('change_due', { amount: formatMoney(change, single.currency, locale) }) : t('cash_short'))}
                  </span>
                </div>
              )}
              <button type="submit" disabled={basket.length === 0 || busy}>
                {busy ? t('paying') : basket.length === 0 ? t('pay') : t('pay_total', { total: totalText || '—' })}
              </button>
              {!online && <p className="muted small">{t('pay_offline_hint')}</p>}
              <ErrorNotice error={saleError} />
            </form>
          </div>
          {outcome && <OutcomePanel outcome={outcome} onNew={newSale} />}
          <QueuePanel />
        </section>
      </div>
    </div>
  );
}

function SearchHits({
  hits,
  onChoose,
  onClose,
}: {
  hits: { q: string; items: ProductHit[] };
  onChoose: (v: Product['variants'][number]) => void;
  onClose: () => void;
}) {
  const { t, locale } = useTexts('till');
  const [open, setOpen] = useState<Product | null>(null);
  const [error, setError] = useState<unknown>(null);
  const show = async (id: string) => {
    setError(null);
    try {
      setOpen(unwrap(await api.GET('/api/products/{id}', { params: { path: { id } } })));
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className="card stack no-print" aria-labelledby="hits-heading">
      <div className="row">
        <h2 id="hits-heading">{t('search_results', { q: hits.q })}</h2>
        <button type="button" className="link" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      {hits.items.length === 0 && <p className="muted">{t('search_none')}</p>}
      <ul className="stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {hits.items.map((p) => (
          <li key={p.id} className="stack">
            <button type="button" className="secondary" aria-expanded={open?.id === p.id} onClick={() => void show(p.id)}>
              {titleOf(p, locale)}
              {(p.sale_price_from ?? p.price_from) &&
                ` · ${t('from_price', { price: formatMoney((p.sale_price_from ?? p.price_from)!.amount, (p.sale_price_from ?? p.price_from)!.currency, locale) })}`}
            </button>
            {open?.id === p.id && (
              <ul className="row" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {open.variants
                  .filter((v) => v.status === 'active')
                  .map((v) => (
                    <li key={v.id}>
                      <button type="button" onClick={() => onChoose(v)}>
                        {t('add_variant', {
                          options: Object.values(v.option_values).join(' / ') || v.sku,
                          price: formatMoney(salePriceOf(v).amount, salePriceOf(v).currency, locale),
                        })}
                      </button>
                    </li>
                  ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <ErrorNotice error={error} />
    </section>
  );
}

/** What happened to the sale just taken: sold (with its receipt), or queued and, once synced, its order. */
function OutcomePanel({ outcome, onNew }: { outcome: Outcome; onNew: () => void }) {
  const { t, locale } = useTexts('till');
  const q = useQueue();
  if (outcome.kind === 'sold') {
    const o = outcome.order;
    return (
      <div className="card stack notice-ok" role="status">
        <h2>{t('sold_title', { number: o.number })}</h2>
        <p>
          {t('sold_detail', { total: formatMoney(o.total_amount, o.currency, locale), method: t(outcome.method) })}
          {outcome.change && ` ${t('change_due', { amount: formatMoney(outcome.change.amount, outcome.change.currency, locale) })}`}
        </p>
        <div className="row">
          <Link to={`/till/receipt/${o.id}`}>{t('show_receipt')}</Link>
          <button type="button" className="secondary" onClick={onNew}>
            {t('new_sale')}
          </button>
        </div>
      </div>
    );
  }
  const synced = q.synced.find((s) => s.client_sale_id === outcome.client_sale_id);
  const failed = q.queued.find((s) => s.body.client_sale_id === outcome.client_sale_id && s.state === 'failed');
  return (
    <div className={`card stack ${synced ? 'notice-ok' : failed ? 'notice-error' : 'notice'}`} role="status">
      {synced ? (
        <>
          <h2>{t('synced_title', { number: synced.number ?? '' })}</h2>
          <div className="row">
            <Link to={`/till/receipt/${synced.order_id}`}>{t('show_receipt')}</Link>
            <button type="button" className="secondary" onClick={onNew}>
              {t('new_sale')}
            </button>
          </div>
        </>
      ) : failed ? (
        <>
          <h2>{t('failed_title')}</h2>
          <p>{failed.error?.detail || failed.error?.code}</p>
        </>
      ) : (
        <>
          <h2>{t('queued_title')}</h2>
          <p>
            <span className="badge">{t('state_queued')}</span>{' '}
            {outcome.total ? t('queued_detail', { total: formatMoney(outcome.total.amount, outcome.total.currency, locale) }) : t('queued_detail_unpriced')}
          </p>
        </>
      )}
    </div>
  );
}

/** Sales kept on this till: waiting, refused at sync (for the clerk to decide), and recently synced. */
function QueuePanel() {
  const { t, locale } = useTexts('till');
  const q = useQueue();
  const rows = useMemo(() => [...q.queued].reverse(), [q.queued]);
  const synced = useMemo(() => [...q.synced].reverse().slice(0, 5), [q.synced]);
  if (rows.length === 0 && synced.length === 0) return null;
  return (
    <section className="card stack no-print" aria-labelledby="queue-heading">
      <h2 id="queue-heading">{t('queue_title')}</h2>
      <ul className="stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {rows.map((s: QueuedSale) => (
          <li key={s.body.client_sale_id} className="stack small">
            <div className="row">
              <span className="badge">{s.state === 'queued' ? t('state_queued') : t('state_failed')}</span>
              <span>
                {formatDate(s.body.sold_at ?? s.queued_at, locale, true)} · {t('units', { count: s.units })}
                {s.total && ` · ${formatMoney(s.total.amount, s.total.currency, locale)}`}
              </span>
            </div>
            {s.state === 'failed' && (
              <div className="row">
                <span role="alert">{s.error?.detail || s.error?.code}</span>
                <button type="button" className="secondary" onClick={() => void retry(s.body.client_sale_id)}>
                  {t('retry_sale')}
                </button>
                <button type="button" className="link" onClick={() => dismiss(s.body.client_sale_id)}>
                  {t('dismiss_sale')}
                </button>
              </div>
            )}
          </li>
        ))}
        {synced.map((s: SyncedSale) => (
          <li key={s.client_sale_id} className="row small">
            <span className="badge">{t('state_synced')}</span>
            <Link to={`/till/receipt/${s.order_id}`}>{s.number !== null ? t('order_number', { number: s.number }) : t('show_receipt')}</Link>
            <span className="muted">{formatDate(s.synced_at, locale, true)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { type FormEvent, useState } from 'react';
import { api, type paths, unwrap } from '../api/client';
import { ErrorNotice, Loading } from '../shared/components';
import { formatDate } from '../shared/format';
import { useTexts } from '../shared/i18n';
import { useLoad } from './data';
import './texts';
import './texts-money';

type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;
type NewRule = Json<paths['/api/price-rules']['post']['requestBody']>;
type Rounding = NewRule['rounding'];
type Scope = NewRule['scope'];
const ROUNDINGS: readonly Rounding[] = ['none', 'up_to_yuan', 'nearest_yuan', 'end_90'];
const SCOPES: readonly Scope[] = ['default', 'category', 'merchant'];

/** "8" → 800, "2.5" → 250 basis points; null unless 0–100 with at most two decimals (no floats: digits only). */
export function percentToBp(text: string): number | null {
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) return null;
  const bp = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return bp <= 10_000 ? bp : null;
}

const percent = (bp: number, locale: string) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(bp / 10_000);

/** The operator's exchange rates (current, add, history) and price rules (list, add, delete). */
export function RatesPage() {
  const { t, locale } = useTexts('console');
  const current = useLoad(async () => {
    const r = await api.GET('/api/fx-rates/current', { params: { query: { base: 'USD', quote: 'CNY' } } });
    // 404 exchange_rate_not_found: none in force, which the page says.
    return r.response.status === 404 ? null : unwrap(r);
  }, []);
  const rates = useLoad(async () => unwrap(await api.GET('/api/fx-rates', { params: { query: { limit: 20 } } })).items, []);

  return (
    <section className="stack" aria-labelledby="rates-title">
      <h1 id="rates-title">{t('rates_title')}</h1>
      <p className="muted" style={{ margin: 0 }}>
        {t('rates_intro')}
      </p>
      <section className="card stack" aria-labelledby="current-rate-title">
        <h2 id="current-rate-title">{t('current_rate')}</h2>
        <ErrorNotice error={current.error} onRetry={current.reload} />
        {current.loading && !current.data ? (
          <Loading />
        ) : current.data ? (
          <p>
            <strong className="price" data-testid="current-rate">
              {t('current_rate_value', { base: current.data.base, quote: current.data.quote, rate: current.data.rate })}
            </strong>{' '}
            <span className="muted small">{t('current_rate_since', { date: formatDate(current.data.valid_from, locale, true) })}</span>
          </p>
        ) : (
          <p className="notice">{t('no_rate', { base: 'USD', quote: 'CNY' })}</p>
        )}
      </section>
      <AddRate
        onAdded={() => {
          current.reload();
          rates.reload();
        }}
      />
      <section className="card stack" aria-labelledby="rates-list-title">
        <h2 id="rates-list-title">{t('rates_list')}</h2>
        <ErrorNotice error={rates.error} onRetry={rates.reload} />
        {!rates.data ? (
          <Loading />
        ) : (
          <div className="table-wrap">
            <table aria-labelledby="rates-list-title">
              <thead>
                <tr>
                  <th scope="col">{t('col_pair')}</th>
                  <th scope="col">{t('col_rate')}</th>
                  <th scope="col">{t('col_valid_from')}</th>
                  <th scope="col">{t('col_valid_to')}</th>
                  <th scope="col">{t('col_source')}</th>
                  <th scope="col">{t('col_note')}</th>
                </tr>
              </thead>
              <tbody>
                {rates.data.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">
                      {r.base} → {r.quote}
                    </th>
                    <td>{r.rate}</td>
                    <td>{formatDate(r.valid_from, locale, true)}</td>
                    <td>{r.valid_to ? formatDate(r.valid_to, locale, true) : '—'}</td>
                    <td>{t(`source_${r.source}`)}</td>
                    <td>{r.note ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <PriceRules />
    </section>
  );
}

function AddRate({ onAdded }: { onAdded: () => void }) {
  const { t } = useTexts('console');
  const [base, setBase] = useState('USD');
  const [quote, setQuote] = useState('CNY');
  const [rate, setRate] = useState('');
  const [validFrom, setValidFrom] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const r = unwrap(
        await api.POST('/api/fx-rates', {
          body: {
            base: base.trim().toUpperCase(),
            quote: quote.trim().toUpperCase(),
            rate: rate.trim(),
            // datetime-local is the reader's local time; the API takes an instant with its zone.
            ...(validFrom ? { valid_from: new Date(validFrom).toISOString() } : {}),
            ...(note.trim() ? { note: note.trim() } : {}),
          },
        }),
      );
      setDone(t('rate_added', { rate: `1 ${r.base} = ${r.rate} ${r.quote}` }));
      setRate('');
      setNote('');
      setValidFrom('');
      onAdded();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="add-rate-title">
      <h2 id="add-rate-title">{t('add_rate')}</h2>
      <div className="row">
        <label>
          {t('rate_base')}
          <input required pattern="[A-Za-z]{3}" maxLength={3} value={base} onChange={(e) => setBase(e.target.value)} style={{ maxWidth: '6rem' }} />
        </label>
        <label>
          {t('rate_quote')}
          <input required pattern="[A-Za-z]{3}" maxLength={3} value={quote} onChange={(e) => setQuote(e.target.value)} style={{ maxWidth: '6rem' }} />
        </label>
        <label>
          {t('rate_value')}
          <input
            required
            inputMode="decimal"
            pattern="[0-9]{1,10}(\.[0-9]{1,8})?"
            value={rate}
            aria-describedby="rate-hint"
            onChange={(e) => setRate(e.target.value)}
          />
          <span id="rate-hint" className="small muted">
            {t('rate_value_hint')}
          </span>
        </label>
        <label>
          {t('rate_valid_from')}
          <input type="datetime-local" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />
        </label>
        <label>
          {t('rate_note')}
          <input maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
      </div>
      <ErrorNotice error={error} />
      {done && (
        <p className="notice notice-ok" role="status">
          {done}
        </p>
      )}
      <p>
        <button type="submit" disabled={busy}>
          {t('add_rate')}
        </button>
      </p>
    </form>
  );
}

function PriceRules() {
  const { t, locale } = useTexts('console');
  const rules = useLoad(async () => unwrap(await api.GET('/api/price-rules', { params: { query: { limit: 100 } } })).items, []);
  const categories = useLoad(async () => unwrap(await api.GET('/api/categories')).items, []);
  const merchants = useLoad(async () => unwrap(await api.GET('/api/merchants', { params: { query: { limit: 100 } } })).items, []);
  const [scope, setScope] = useState<Scope>('category');
  const [target, setTarget] = useState('');
  const [markup, setMarkup] = useState('0');
  const [rounding, setRounding] = useState<Rounding>('end_90');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  const categoryName = (id: string | null) => {
    const c = categories.data?.find((x) => x.id === id);
    return c ? (locale === 'zh-CN' ? c.name_zh || c.name_en : c.name_en) : (id ?? '');
  };
  const merchantName = (id: string | null) => merchants.data?.find((m) => m.id === id)?.display_name ?? id ?? '';
  const targetOf = (r: { scope: string; category_id: string | null; merchant_id: string | null }) =>
    r.scope === 'default'
      ? t('scope_default')
      : r.scope === 'category'
        ? `${t('scope_category')}: ${categoryName(r.category_id)}`
        : `${t('scope_merchant')}: ${merchantName(r.merchant_id)}`;
  const choices =
    scope === 'category'
      ? (categories.data ?? []).map((c) => ({ id: c.id, name: categoryName(c.id) }))
      : (merchants.data ?? []).map((m) => ({ id: m.id, name: m.display_name }));
  const chosen = scope === 'default' ? '' : target && choices.some((c) => c.id === target) ? target : (choices[0]?.id ?? '');

  const add = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setDone(false);
    const bp = percentToBp(markup);
    if (bp === null) return setError(new Error(t('err_markup')));
    setBusy(true);
    try {
      unwrap(
        await api.POST('/api/price-rules', {
          body: {
            scope,
            markup_bp: bp,
            rounding,
            sale_currency: 'CNY',
            ...(scope === 'category' ? { category_id: chosen } : {}),
            ...(scope === 'merchant' ? { merchant_id: chosen } : {}),
          },
        }),
      );
      setDone(true);
      rules.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const remove = async (id: string) => {
    setError(null);
    try {
      const r = await api.DELETE('/api/price-rules/{id}', { params: { path: { id } } });
      if (!r.response.ok) unwrap(r);
      rules.reload();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section className="card stack" aria-labelledby="rules-title">
      <h2 id="rules-title">{t('price_rules')}</h2>
      <p className="small muted">{t('price_rules_intro')}</p>
      <ErrorNotice error={rules.error} onRetry={rules.reload} />
      {!rules.data ? (
        <Loading />
      ) : rules.data.length === 0 ? (
        <p className="muted">{t('rules_none')}</p>
      ) : (
        <div className="table-wrap">
          <table aria-labelledby="rules-title">
            <thead>
              <tr>
                <th scope="col">{t('col_scope')}</th>
                <th scope="col">{t('col_currency')}</th>
                <th scope="col">{t('col_markup')}</th>
                <th scope="col">{t('col_rounding')}</th>
                <th scope="col">{t('col_action')}</th>
              </tr>
            </thead>
            <tbody>
              {rules.data.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{targetOf(r)}</th>
                  <td>{r.sale_currency}</td>
                  <td>{percent(r.markup_bp, locale)}</td>
                  <td>{t(`rounding_${r.rounding}`)}</td>
                  <td>
                    <button type="button" className="secondary" aria-label={t('delete_rule_for', { target: targetOf(r) })} onClick={() => void remove(r.id)}>
                      {t('delete_rule')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="stack" onSubmit={add} aria-labelledby="add-rule-title">
        <h3 id="add-rule-title">{t('add_rule')}</h3>
        <div className="row">
          <label>
            {t('rule_scope')}
            <select value={scope} onChange={(e) => setScope(e.target.value as Scope)}>
              {SCOPES.map((s) => (
                <option key={s} value={s}>
                  {t(`scope_${s}`)}
                </option>
              ))}
            </select>
          </label>
          {scope !== 'default' && (
            <label>
              {scope === 'category' ? t('rule_category') : t('rule_merchant')}
              <select value={chosen} onChange={(e) => setTarget(e.target.value)}>
                {choices.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label>
            {t('rule_markup')}
            <input
              inputMode="decimal"
              required
              value={markup}
              aria-describedby="markup-hint"
              onChange={(e) => setMarkup(e.target.value)}
              style={{ maxWidth: '8rem' }}
            />
            <span id="markup-hint" className="small muted">
              {t('rule_markup_hint')}
            </span>
          </label>
          <label>
            {t('rule_rounding')}
            <select value={rounding} onChange={(e) => setRounding(e.target.value as Rounding)}>
              {ROUNDINGS.map((r) => (
                <option key={r} value={r}>
                  {t(`rounding_${r}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <ErrorNotice error={error} />
        {done && (
          <p className="notice notice-ok" role="status">
            {t('rule_added')}
          </p>
        )}
        <p>
          <button type="submit" disabled={busy || (scope !== 'default' && !chosen)}>
            {t('add_rule')}
          </button>
        </p>
      </form>
    </section>
  );
}

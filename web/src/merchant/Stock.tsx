import { type FormEvent, type ReactNode, useId, useMemo, useState } from 'react';
import { api, unwrap } from '../api/client';
import { ErrorNotice, Loading } from '../shared/components';
import { formatNumber } from '../shared/format';
import { useTexts } from '../shared/i18n';
import { type LocationLabel, type VariantLabel, allLocations, cityNamer, locationName, merchantVariants, optionText, useLoad } from './lib';
import { useScope } from './scope';
import './texts';

async function levels(location_id: string, merchantId: string, role: string) {
  const out: Awaited<ReturnType<typeof page>>['items'] = [];
  let cursor: string | undefined;
  async function page(c?: string) {
    return unwrap(await api.GET('/api/stock', { params: { query: { limit: 100, ...(location_id ? { location_id } : {}), ...(c ? { cursor: c } : {}) } } }));
  }
  for (let i = 0; i < 20; i++) {
    const p = await page(cursor);
    // Operators see every merchant's levels: keep the merchant picked.
    out.push(...(role === 'operator' ? p.items.filter((l) => l.merchant_id === merchantId) : p.items));
    if (!p.next_cursor) break;
    cursor = p.next_cursor;
  }
  return out;
}

/** Stock levels per location, and the three ways a merchant changes them: receive, adjust, count. */
export default function Stock() {
  const { t, locale } = useTexts('merchant');
  const { merchantId, role, canStock } = useScope();
  const [locationId, setLocationId] = useState('');
  const locations = useLoad(allLocations, []);
  const variants = useLoad(async () => (merchantId ? merchantVariants(merchantId, locale) : []), [merchantId, locale]);
  const list = useLoad(async () => (merchantId && canStock ? levels(locationId, merchantId, role) : []), [merchantId, locationId, role, canStock]);
  const ids = { levels: useId() };
  const locById = useMemo(() => new Map((locations.data ?? []).map((l) => [l.id, l])), [locations.data]);
  const cityName = cityNamer(locations.data, locale);
  const varById = useMemo(() => new Map((variants.data ?? []).map((v) => [v.id, v])), [variants.data]);

  if (!merchantId) return <p className="notice">{t('pick_merchant')}</p>;
  if (!canStock)
    return (
      <section className="stack">
        <h1>{t('stock_title')}</h1>
        <p className="notice">{t('stock_not_for_brand_owner')}</p>
      </section>
    );
  const rows = (list.data ?? []).filter((l) => l.on_hand !== 0 || l.reserved !== 0 || l.blocked !== 0);
  return (
    <section className="stack">
      <h1>{t('stock_title')}</h1>
      <ErrorNotice error={locations.error ?? variants.error} />
      <section className="card stack" aria-labelledby={ids.levels}>
        <h2 id={ids.levels}>{t('stock_levels')}</h2>
        <label className="narrow">
          {t('location')}
          <LocationSelect locations={locations.data ?? []} value={locationId} onChange={setLocationId} allLabel={t('all_locations')} />
        </label>
        <ErrorNotice error={list.error} onRetry={list.reload} />
        {list.loading ? (
          <Loading />
        ) : rows.length === 0 ? (
          <p>{t('no_stock')}</p>
        ) : (
          <div className="table-wrap">
            <table aria-labelledby={ids.levels}>
              <thead>
                <tr>
                  <th scope="col">{t('product')}</th>
                  <th scope="col">{t('sku')}</th>
                  <th scope="col">{t('location')}</th>
                  <th scope="col">{t('on_hand')}</th>
                  <th scope="col">{t('reserved')}</th>
                  <th scope="col">{t('blocked')}</th>
                  <th scope="col">{t('available')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((l) => {
                  const v = varById.get(l.variant_id);
                  const loc = locById.get(l.location_id);
                  return (
                    <tr key={`${l.variant_id}-${l.location_id}`}>
                      <th scope="row">
                        {v ? v.product_title : l.variant_id}
                        {v && Object.keys(v.option_values).length > 0 && <div className="muted small">{optionText(v.option_values)}</div>}
                      </th>
                      <td>{v?.sku ?? '—'}</td>
                      <td>{loc ? `${locationName(loc, locale)} · ${cityName(loc.city)}` : l.location_id}</td>
                      <td>{formatNumber(l.on_hand, locale)}</td>
                      <td>{formatNumber(l.reserved, locale)}</td>
                      <td>{formatNumber(l.blocked, locale)}</td>
                      <td>{formatNumber(l.available, locale)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <div className="grid stock-forms">
        <Receive locations={locations.data ?? []} variants={variants.data ?? []} defaultLocation={locationId} onDone={list.reload} />
        <Adjust locations={locations.data ?? []} variants={variants.data ?? []} defaultLocation={locationId} onDone={list.reload} />
        <Count locations={locations.data ?? []} variants={variants.data ?? []} defaultLocation={locationId} onDone={list.reload} />
      </div>
    </section>
  );
}

function LocationSelect({
  locations,
  value,
  onChange,
  allLabel,
  required,
}: {
  locations: LocationLabel[];
  value: string;
  onChange: (id: string) => void;
  allLabel?: string;
  required?: boolean;
}) {
  const { t, locale } = useTexts('merchant');
  const cities = [...new Set(locations.map((l) => l.city))];
  const cityName = cityNamer(locations, locale);
  return (
    <select value={value} required={required} onChange={(e) => onChange(e.target.value)}>
      <option value="">{allLabel ?? t('choose')}</option>
      {cities.map((c) => (
        <optgroup key={c} label={cityName(c)}>
          {locations
            .filter((l) => l.city === c)
            .map((l) => (
              <option key={l.id} value={l.id}>
                {locationName(l, locale)} ({t(`kind_${l.kind}`)})
              </option>
            ))}
        </optgroup>
      ))}
    </select>
  );
}

function VariantSelect({ variants, value, onChange }: { variants: VariantLabel[]; value: string; onChange: (id: string) => void }) {
  const { t } = useTexts('merchant');
  const products = [...new Map(variants.map((v) => [v.product_id, v.product_title])).entries()];
  return (
    <select value={value} required onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('choose')}</option>
      {products.map(([pid, title]) => (
        <optgroup key={pid} label={title}>
          {variants
            .filter((v) => v.product_id === pid)
            .map((v) => (
              <option key={v.id} value={v.id}>
                {v.sku}
                {Object.keys(v.option_values).length > 0 ? ` — ${optionText(v.option_values)}` : ''}
                {v.lot_tracked ? ` (${t('lot_tracked_short')})` : ''}
              </option>
            ))}
        </optgroup>
      ))}
    </select>
  );
}

interface FormProps {
  locations: LocationLabel[];
  variants: VariantLabel[];
  defaultLocation: string;
  onDone: () => void;
}

/** One stock action as a card: its fields, a submit button, and what came of it. */
function ActionCard({ title, submitLabel, onSubmit, children }: { title: string; submitLabel: string; onSubmit: () => Promise<string>; children: ReactNode }) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      setDone(await onSubmit());
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card stack" aria-labelledby={id} onSubmit={submit}>
      <h2 id={id}>{title}</h2>
      {children}
      <button type="submit" disabled={busy}>
        {submitLabel}
      </button>
      <ErrorNotice error={error} />
      {done && (
        <p className="notice notice-ok" role="status">
          {done}
        </p>
      )}
    </form>
  );
}

function Receive({ locations, variants, defaultLocation, onDone }: FormProps) {
  const { t, locale } = useTexts('merchant');
  const [loc, setLoc] = useState(defaultLocation);
  const [variantId, setVariantId] = useState('');
  const [quantity, setQuantity] = useState('1');
  const [lot, setLot] = useState({ code: '', production_date: '', best_before: '', use_by: '' });
  const [reference, setReference] = useState('');
  const v = variants.find((x) => x.id === variantId);
  return (
    <ActionCard
      title={t('receive_title')}
      submitLabel={t('receive')}
      onSubmit={async () => {
        const dates = Object.fromEntries(Object.entries(lot).filter(([k, x]) => k !== 'code' && x !== ''));
        const r = unwrap(
          await api.POST('/api/stock/receipts', {
            body: {
              location_id: loc,
              lines: [{ variant_id: variantId, quantity: Number(quantity), ...(v?.lot_tracked ? { lot: { code: lot.code.trim(), ...dates } } : {}) }],
              ...(reference.trim() ? { reference: reference.trim() } : {}),
            },
          }),
        );
        onDone();
        const level = r.levels.find((l) => l.variant_id === variantId);
        return t('received', { quantity: formatNumber(Number(quantity), locale), on_hand: formatNumber(level?.on_hand ?? 0, locale) });
      }}
    >
      <label>
        {t('location')}
        <LocationSelect locations={locations} value={loc} onChange={setLoc} required />
      </label>
      <label>
        {t('variant')}
        <VariantSelect variants={variants} value={variantId} onChange={setVariantId} />
      </label>
      <label>
        {t('quantity')}
        <input type="number" min={1} max={1000000} required value={quantity} onChange={(e) => setQuantity(e.target.value)} />
      </label>
      {v?.lot_tracked && (
        <fieldset className="stack">
          <legend>{t('lot')}</legend>
          <p className="muted small">{t('lot_hint')}</p>
          <label>
            {t('lot_code')}
            <input
              required
              maxLength={20}
              pattern={'[!"%&\'()*+,\\-./0-9:;<=>?A-Z_a-z]{1,20}'}
              value={lot.code}
              onChange={(e) => setLot({ ...lot, code: e.target.value })}
            />
          </label>
          <label>
            {t('production_date')}
            <input type="date" value={lot.production_date} onChange={(e) => setLot({ ...lot, production_date: e.target.value })} />
          </label>
          <label>
            {t('best_before')}
            <input type="date" value={lot.best_before} onChange={(e) => setLot({ ...lot, best_before: e.target.value })} />
          </label>
          <label>
            {t('use_by')}
            <input type="date" value={lot.use_by} onChange={(e) => setLot({ ...lot, use_by: e.target.value })} />
          </label>
        </fieldset>
      )}
      <label>
        {t('reference')}
        <input maxLength={100} value={reference} onChange={(e) => setReference(e.target.value)} placeholder={t('reference_hint')} />
      </label>
    </ActionCard>
  );
}

function Adjust({ locations, variants, defaultLocation, onDone }: FormProps) {
  const { t, locale } = useTexts('merchant');
  const [loc, setLoc] = useState(defaultLocation);
  const [variantId, setVariantId] = useState('');
  const [delta, setDelta] = useState('-1');
  const [note, setNote] = useState('');
  const [lotCode, setLotCode] = useState('');
  const v = variants.find((x) => x.id === variantId);
  return (
    <ActionCard
      title={t('adjust_title')}
      submitLabel={t('adjust')}
      onSubmit={async () => {
        const r = unwrap(
          await api.POST('/api/stock/adjustments', {
            body: { location_id: loc, variant_id: variantId, delta: Number(delta), note: note.trim(), ...(lotCode.trim() ? { lot_code: lotCode.trim() } : {}) },
          }),
        );
        onDone();
        return t('adjusted', { on_hand: formatNumber(r.on_hand, locale) });
      }}
    >
      <label>
        {t('location')}
        <LocationSelect locations={locations} value={loc} onChange={setLoc} required />
      </label>
      <label>
        {t('variant')}
        <VariantSelect variants={variants} value={variantId} onChange={setVariantId} />
      </label>
      <label>
        {t('delta')}
        <input type="number" required min={-1000000} max={1000000} value={delta} onChange={(e) => setDelta(e.target.value)} />
      </label>
      <label>
        {t('reason')}
        <input required maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} placeholder={t('reason_hint')} />
      </label>
      {v?.lot_tracked && (
        <label>
          {t('lot_code')}
          <input maxLength={20} value={lotCode} onChange={(e) => setLotCode(e.target.value)} />
        </label>
      )}
    </ActionCard>
  );
}

function Count({ locations, variants, defaultLocation, onDone }: FormProps) {
  const { t, locale } = useTexts('merchant');
  const [loc, setLoc] = useState(defaultLocation);
  const [variantId, setVariantId] = useState('');
  const [counted, setCounted] = useState('0');
  const [lotCode, setLotCode] = useState('');
  const v = variants.find((x) => x.id === variantId);
  return (
    <ActionCard
      title={t('count_title')}
      submitLabel={t('count')}
      onSubmit={async () => {
        const r = unwrap(
          await api.POST('/api/stock/counts', {
            body: { location_id: loc, lines: [{ variant_id: variantId, counted: Number(counted), ...(lotCode.trim() ? { lot_code: lotCode.trim() } : {}) }] },
          }),
        );
        onDone();
        const line = r.lines[0];
        return t('counted', { expected: formatNumber(line?.expected ?? 0, locale), difference: formatNumber(line?.difference ?? 0, locale) });
      }}
    >
      <label>
        {t('location')}
        <LocationSelect locations={locations} value={loc} onChange={setLoc} required />
      </label>
      <label>
        {t('variant')}
        <VariantSelect variants={variants} value={variantId} onChange={setVariantId} />
      </label>
      <label>
        {t('counted_units')}
        <input type="number" min={0} max={10000000} required value={counted} onChange={(e) => setCounted(e.target.value)} />
      </label>
      {v?.lot_tracked && (
        <label>
          {t('lot_code')}
          <input maxLength={20} value={lotCode} onChange={(e) => setLotCode(e.target.value)} />
        </label>
      )}
    </ActionCard>
  );
}

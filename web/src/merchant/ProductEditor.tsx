import { type FormEvent, useId, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { ErrorNotice, Loading } from '../shared/components';
import { formatMoney } from '../shared/format';
import { useTexts } from '../shared/i18n';
import { fromMinor, gtinValid, toMinor, useLoad } from './lib';
import { useScope } from './scope';
import './texts';

async function fetchProduct(id: string) {
  return unwrap(await api.GET('/api/products/{id}', { params: { path: { id } } }));
}
async function fetchCategories() {
  return unwrap(await api.GET('/api/categories')).items;
}
type Product = Awaited<ReturnType<typeof fetchProduct>>;
type Variant = Product['variants'][number];
type Temperature = 'ambient' | 'chilled' | 'frozen';

interface VariantDraft {
  key: string;
  original: Variant | null;
  sku: string;
  gtin: string;
  option_values: Record<string, string>;
  weight_g: string;
  price: string;
  lot_tracked: boolean;
}

interface Draft {
  title_en: string;
  title_zh: string;
  description_en: string;
  description_zh: string;
  hs_code: string;
  origin_country: string;
  image_urls: string;
  category_ids: string[];
  options: Array<{ name: string; values: string }>;
  temperature_class: Temperature;
  currency: string;
  activate: boolean;
  variants: VariantDraft[];
}

let keys = 0;
const newKey = () => `v${++keys}`;

const emptyVariant = (): VariantDraft => ({
  key: newKey(),
  original: null,
  sku: '',
  gtin: '',
  option_values: {},
  weight_g: '0',
  price: '',
  lot_tracked: false,
});

function draftOf(p: Product | null): Draft {
  if (!p)
    return {
      title_en: '',
      title_zh: '',
      description_en: '',
      description_zh: '',
      hs_code: '',
      origin_country: 'US',
      image_urls: '',
      category_ids: [],
      options: [],
      temperature_class: 'ambient',
      currency: 'USD',
      activate: false,
      variants: [emptyVariant()],
    };
  const currency = p.variants[0]?.price.currency ?? 'USD';
  return {
    title_en: p.title_en,
    title_zh: p.title_zh,
    description_en: p.description_en,
    description_zh: p.description_zh,
    hs_code: p.hs_code,
    origin_country: p.origin_country,
    image_urls: p.image_urls.join('\n'),
    category_ids: p.categories.map((c) => c.id),
    options: p.options.map((o) => ({ name: o.name, values: o.values.join(', ') })),
    temperature_class: p.temperature_class,
    currency,
    activate: false,
    variants: p.variants.map((v) => ({
      key: newKey(),
      original: v,
      sku: v.sku,
      gtin: v.gtin ?? '',
      option_values: v.option_values,
      weight_g: String(v.weight_g),
      price: fromMinor(v.price.amount, v.price.currency),
      lot_tracked: v.lot_tracked,
    })),
  };
}

const parseOptions = (d: Draft) =>
  d.options
    .filter((o) => o.name.trim() !== '')
    .map((o) => ({
      name: o.name.trim(),
      values: o.values
        .split(/[,，]/)
        .map((v) => v.trim())
        .filter((v) => v !== ''),
    }));
const urls = (d: Draft) =>
  d.image_urls
    .split(/\s+/)
    .map((u) => u.trim())
    .filter((u) => u !== '');

/** Create a product with variants, or edit one: fields, options, variants (price, GTIN, weight), status. */
export default function ProductEditor() {
  const { id } = useParams();
  const isNew = !id || id === 'new';
  const loaded = useLoad(async () => (isNew ? null : fetchProduct(id)), [id]);
  const categories = useLoad(fetchCategories, []);
  const [notice, setNotice] = useState<string | null>(null);
  if (loaded.error) return <ErrorNotice error={loaded.error} onRetry={loaded.reload} />;
  if (loaded.data === undefined || categories.data === undefined) return <Loading />;
  return (
    <Editor
      // A fresh form for each version of the product the server answers.
      key={loaded.data ? JSON.stringify(loaded.data) : 'new'}
      product={loaded.data}
      categories={categories.data}
      notice={notice}
      onSaved={(message) => {
        setNotice(message);
        loaded.reload();
      }}
    />
  );
}

function Editor({
  product,
  categories,
  notice,
  onSaved,
}: {
  product: Product | null;
  categories: Awaited<ReturnType<typeof fetchCategories>>;
  notice: string | null;
  onSaved: (notice: string | null) => void;
}) {
  const { t, locale } = useTexts('merchant');
  const { merchantId, role, canEditCatalog } = useScope();
  const navigate = useNavigate();
  const [d, setD] = useState<Draft>(() => draftOf(product));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const ids = { variants: useId(), options: useId(), images: useId(), cats: useId() };

  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((x) => ({ ...x, [k]: v }));
  const setVariant = (key: string, patch: Partial<VariantDraft>) =>
    setD((x) => ({ ...x, variants: x.variants.map((v) => (v.key === key ? { ...v, ...patch } : v)) }));
  const options = parseOptions(d);
  const readOnly = !canEditCatalog;

  /** The variant as the API takes it, or a message saying what is wrong with it. */
  const variantBody = (v: VariantDraft) => {
    const amount = toMinor(v.price, d.currency);
    if (amount === null) throw new Error(t('bad_price', { sku: v.sku || '?', currency: d.currency }));
    if (v.gtin.trim() && !gtinValid(v.gtin)) throw new Error(t('bad_gtin', { gtin: v.gtin }));
    const weight = Number(v.weight_g);
    if (!Number.isInteger(weight) || weight < 0) throw new Error(t('bad_weight', { sku: v.sku || '?' }));
    const option_values = Object.fromEntries(options.map((o) => [o.name, v.option_values[o.name] ?? '']));
    return { sku: v.sku.trim(), gtin: v.gtin.trim() || null, option_values, weight_g: weight, price: { amount, currency: d.currency.trim().toUpperCase() } };
  };
  const fields = () => ({
    title_en: d.title_en,
    title_zh: d.title_zh,
    description_en: d.description_en,
    description_zh: d.description_zh,
    hs_code: d.hs_code.trim(),
    origin_country: d.origin_country.trim().toUpperCase(),
    image_urls: urls(d),
    category_ids: d.category_ids,
    options,
    temperature_class: d.temperature_class,
  });

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (!product) {
        const body = {
          ...fields(),
          ...(role === 'operator' && merchantId ? { merchant_id: merchantId } : {}),
          status: d.activate ? ('active' as const) : ('draft' as const),
          variants: d.variants.map((v) => ({ ...variantBody(v), lot_tracked: v.lot_tracked })),
        };
        const created = unwrap(await api.POST('/api/products', { body }));
        void navigate(`/merchant/products/${created.id}`, { replace: true });
        return;
      }
      unwrap(await api.PATCH('/api/products/{id}', { params: { path: { id: product.id } }, body: fields() }));
      for (const v of d.variants) {
        const body = variantBody(v);
        if (!v.original) {
          unwrap(await api.POST('/api/products/{id}/variants', { params: { path: { id: product.id } }, body: { ...body, lot_tracked: v.lot_tracked } }));
          continue;
        }
        const o = v.original;
        const patch = {
          ...(body.price.amount !== o.price.amount || body.price.currency !== o.price.currency ? { price: body.price } : {}),
          ...(body.weight_g !== o.weight_g ? { weight_g: body.weight_g } : {}),
          ...((body.gtin ?? null) !== (o.gtin ?? null) && !(body.gtin && o.gtin && gtinSame(body.gtin, o.gtin)) ? { gtin: body.gtin } : {}),
        };
        if (Object.keys(patch).length > 0) unwrap(await api.PATCH('/api/variants/{id}', { params: { path: { id: o.id } }, body: patch }));
      }
      onSaved(t('saved'));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const act = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
      onSaved(t('saved'));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const moveTo = (status: 'draft' | 'active' | 'archived') =>
    act(async () => unwrap(await api.POST('/api/products/{id}/status', { params: { path: { id: product!.id } }, body: { status } })));
  const variantStatus = (v: Variant, status: 'active' | 'archived') =>
    act(async () => unwrap(await api.PATCH('/api/variants/{id}', { params: { path: { id: v.id } }, body: { status } })));

  const title = product ? (locale === 'zh-CN' ? product.title_zh : product.title_en) : '';
  return (
    <form className="stack" onSubmit={save} aria-label={product ? t('edit_product_named', { title }) : t('new_product')}>
      <p className="no-print">
        <Link to="/merchant/products">{t('back_to_products')}</Link>
      </p>
      <h1>{product ? t('edit_product_named', { title }) : t('new_product')}</h1>
      {product && (
        <div className="row">
          <span>
            {t('status')}: <span className="badge">{t(`status_${product.status}`)}</span>
          </span>
          {canEditCatalog && product.status === 'draft' && (
            <button type="button" onClick={() => moveTo('active')} disabled={busy}>
              {t('activate')}
            </button>
          )}
          {canEditCatalog && product.status === 'active' && (
            <button type="button" className="danger" onClick={() => moveTo('archived')} disabled={busy}>
              {t('archive')}
            </button>
          )}
          {canEditCatalog && product.status === 'archived' && (
            <button type="button" className="secondary" onClick={() => moveTo('draft')} disabled={busy}>
              {t('back_to_draft')}
            </button>
          )}
        </div>
      )}
      {notice && (
        <p className="notice notice-ok" role="status">
          {notice}
        </p>
      )}
      <ErrorNotice error={error} />

      <fieldset className="card stack" disabled={readOnly}>
        <legend>{t('product_details')}</legend>
        <div className="grid">
          <label>
            {t('title_en')}
            <input required maxLength={200} value={d.title_en} onChange={(e) => set('title_en', e.target.value)} />
          </label>
          <label>
            {t('title_zh')}
            <input required maxLength={200} lang="zh-CN" value={d.title_zh} onChange={(e) => set('title_zh', e.target.value)} />
          </label>
        </div>
        <label>
          {t('description_en')}
          <textarea rows={3} maxLength={10000} value={d.description_en} onChange={(e) => set('description_en', e.target.value)} />
        </label>
        <label>
          {t('description_zh')}
          <textarea rows={3} maxLength={10000} lang="zh-CN" value={d.description_zh} onChange={(e) => set('description_zh', e.target.value)} />
        </label>
        <div className="grid">
          <label>
            {t('hs_code')}
            <input required pattern="[0-9]{6,10}" inputMode="numeric" value={d.hs_code} onChange={(e) => set('hs_code', e.target.value)} />
          </label>
          <label>
            {t('origin_country')}
            <input required pattern="[A-Za-z]{2}" maxLength={2} value={d.origin_country} onChange={(e) => set('origin_country', e.target.value)} />
          </label>
          <label>
            {t('temperature_class')}
            <select value={d.temperature_class} onChange={(e) => set('temperature_class', e.target.value as Temperature)}>
              <option value="ambient">{t('temperature_ambient')}</option>
              <option value="chilled">{t('temperature_chilled')}</option>
              <option value="frozen">{t('temperature_frozen')}</option>
            </select>
          </label>
          <label>
            {t('currency')}
            <input
              required
              pattern="[A-Za-z]{3}"
              maxLength={3}
              value={d.currency}
              aria-describedby={ids.variants}
              onChange={(e) => set('currency', e.target.value.toUpperCase())}
            />
          </label>
        </div>
        {!product && (
          <label className="inline">
            <input type="checkbox" checked={d.activate} onChange={(e) => set('activate', e.target.checked)} />
            &nbsp;{t('activate_now')}
          </label>
        )}
      </fieldset>

      <fieldset className="card stack" disabled={readOnly}>
        <legend id={ids.images}>{t('images')}</legend>
        <label>
          {t('image_urls')}
          <textarea rows={3} value={d.image_urls} placeholder="https://…" onChange={(e) => set('image_urls', e.target.value)} />
        </label>
        {urls(d).length > 0 && (
          <ul className="thumbs">
            {urls(d).map((u, i) => (
              <li key={`${u}-${i}`}>
                <img src={u} alt={t('image_n', { n: i + 1, title: d.title_en || d.title_zh })} loading="lazy" />
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <fieldset className="card stack" disabled={readOnly}>
        <legend id={ids.cats}>{t('categories')}</legend>
        <div className="checks">
          {categories.map((c) => (
            <label key={c.id} className="inline" style={c.parent_id ? { paddingLeft: '1.25rem' } : undefined}>
              <input
                type="checkbox"
                checked={d.category_ids.includes(c.id)}
                onChange={(e) => set('category_ids', e.target.checked ? [...d.category_ids, c.id] : d.category_ids.filter((x) => x !== c.id))}
              />
              &nbsp;{locale === 'zh-CN' ? c.name_zh : c.name_en}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="card stack" disabled={readOnly}>
        <legend id={ids.options}>{t('options')}</legend>
        <p className="muted small">{t('options_hint')}</p>
        {d.options.map((o, i) => (
          <div className="row" key={i}>
            <label>
              {t('option_name', { n: i + 1 })}
              <input
                value={o.name}
                maxLength={50}
                onChange={(e) =>
                  set(
                    'options',
                    d.options.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)),
                  )
                }
              />
            </label>
            <label>
              {t('option_values', { n: i + 1 })}
              <input
                value={o.values}
                onChange={(e) =>
                  set(
                    'options',
                    d.options.map((x, j) => (j === i ? { ...x, values: e.target.value } : x)),
                  )
                }
              />
            </label>
            <button
              type="button"
              className="link"
              onClick={() =>
                set(
                  'options',
                  d.options.filter((_, j) => j !== i),
                )
              }
            >
              {t('remove_option', { n: i + 1 })}
            </button>
          </div>
        ))}
        {d.options.length < 5 && (
          <button type="button" className="secondary" onClick={() => set('options', [...d.options, { name: '', values: '' }])}>
            {t('add_option')}
          </button>
        )}
      </fieldset>

      <fieldset className="card stack" disabled={readOnly}>
        <legend>{t('variants')}</legend>
        <p className="muted small" id={ids.variants}>
          {t('variants_hint', { currency: d.currency })}
        </p>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('sku')}</th>
                {options.map((o) => (
                  <th scope="col" key={o.name}>
                    {o.name}
                  </th>
                ))}
                <th scope="col">{t('gtin')}</th>
                <th scope="col">{t('weight_g')}</th>
                <th scope="col">{t('price_in', { currency: d.currency })}</th>
                <th scope="col">{t('lot_tracked')}</th>
                <th scope="col">{t('variant_status')}</th>
              </tr>
            </thead>
            <tbody>
              {d.variants.map((v, i) => {
                const n = i + 1;
                const gtinBad = v.gtin.trim() !== '' && !gtinValid(v.gtin);
                return (
                  <tr key={v.key}>
                    <td>
                      <input
                        aria-label={t('variant_field', { field: t('sku'), n })}
                        required
                        maxLength={64}
                        value={v.sku}
                        readOnly={!!v.original}
                        onChange={(e) => setVariant(v.key, { sku: e.target.value })}
                      />
                    </td>
                    {options.map((o) => (
                      <td key={o.name}>
                        <select
                          aria-label={t('variant_field', { field: o.name, n })}
                          value={v.option_values[o.name] ?? ''}
                          disabled={!!v.original}
                          required
                          onChange={(e) => setVariant(v.key, { option_values: { ...v.option_values, [o.name]: e.target.value } })}
                        >
                          <option value="">—</option>
                          {o.values.map((x) => (
                            <option key={x}>{x}</option>
                          ))}
                        </select>
                      </td>
                    ))}
                    <td>
                      <input
                        aria-label={t('variant_field', { field: t('gtin'), n })}
                        inputMode="numeric"
                        value={v.gtin}
                        aria-invalid={gtinBad}
                        onChange={(e) => setVariant(v.key, { gtin: e.target.value })}
                      />
                      {gtinBad && <div className="small field-error">{t('gtin_check_digit')}</div>}
                    </td>
                    <td>
                      <input
                        aria-label={t('variant_field', { field: t('weight_g'), n })}
                        inputMode="numeric"
                        required
                        value={v.weight_g}
                        onChange={(e) => setVariant(v.key, { weight_g: e.target.value })}
                      />
                    </td>
                    <td>
                      <input
                        aria-label={t('variant_field', { field: t('price_in', { currency: d.currency }), n })}
                        inputMode="decimal"
                        required
                        value={v.price}
                        onChange={(e) => setVariant(v.key, { price: e.target.value })}
                      />
                      {v.original && <div className="muted small">{formatMoney(v.original.price.amount, v.original.price.currency, locale)}</div>}
                      {v.original?.sale_price && v.original.sale_price.currency !== v.original.price.currency && (
                        <div className="muted small" data-testid="sale-price">
                          {t('sale_price_is', {
                            price: formatMoney(v.original.sale_price.amount, v.original.sale_price.currency, locale),
                            source: t(`sale_source_${v.original.sale_price.source}`),
                          })}
                        </div>
                      )}
                    </td>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={t('variant_field', { field: t('lot_tracked'), n })}
                        checked={v.lot_tracked}
                        disabled={!!v.original}
                        onChange={(e) => setVariant(v.key, { lot_tracked: e.target.checked })}
                      />
                    </td>
                    <td>
                      {v.original ? (
                        <div className="stack">
                          <span className="badge">{t(`status_${v.original.status}`)}</span>
                          {canEditCatalog && (
                            <button
                              type="button"
                              className="link"
                              disabled={busy}
                              aria-label={v.original.status === 'active' ? t('archive_variant', { sku: v.sku }) : t('restore_variant', { sku: v.sku })}
                              onClick={() => variantStatus(v.original!, v.original!.status === 'active' ? 'archived' : 'active')}
                            >
                              {v.original.status === 'active' ? t('archive') : t('restore')}
                            </button>
                          )}
                        </div>
                      ) : (
                        <button
                          type="button"
                          className="link"
                          onClick={() =>
                            set(
                              'variants',
                              d.variants.filter((x) => x.key !== v.key),
                            )
                          }
                          disabled={d.variants.length === 1}
                        >
                          {t('remove_variant', { n })}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <button type="button" className="secondary" onClick={() => set('variants', [...d.variants, emptyVariant()])}>
          {t('add_variant')}
        </button>
      </fieldset>

      {canEditCatalog && (
        <div className="row">
          <button type="submit" disabled={busy}>
            {product ? t('save_changes') : t('create_product')}
          </button>
        </div>
      )}
    </form>
  );
}

const gtinSame = (a: string, b: string) => a.trim().padStart(14, '0') === b.trim().padStart(14, '0');

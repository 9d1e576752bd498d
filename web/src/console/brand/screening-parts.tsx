import { api, type paths } from '../../api/client';
import { formatMoney } from '../../shared/format';
import { useTexts } from '../../shared/i18n';
import './screening-texts';

type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;
export type Screening = Json<paths['/api/screening/queue']['get']['responses'][200]>['items'][number];
export type Finding = Screening['findings'][number];
export type Product = Json<paths['/api/products/{id}']['get']['responses'][200]>;

/** Listings and merchants of the queue's rows, by id (what the reader may see). */
export async function namesFor(rows: Screening[]) {
  const products = await Promise.all(
    [...new Set(rows.map((r) => r.product_id))].map(async (id) => (await api.GET('/api/products/{id}', { params: { path: { id } } })).data),
  );
  const merchants = await Promise.all(
    [...new Set(rows.map((r) => r.merchant_id))].map(async (id) => (await api.GET('/api/merchants/{id}', { params: { path: { id } } })).data),
  );
  return {
    products: new Map(products.flatMap((p) => (p ? [[p.id, p] as const] : []))),
    merchants: new Map(merchants.flatMap((m) => (m ? [[m.id, m.display_name] as const] : []))),
  };
}

/** The figures of a price finding ("price 1200 CNY … is 20% of the reference price 6000 CNY …"), when its detail has them. */
export function priceOf(detail: string): { price: number; reference: number; currency: string; percent: number } | null {
  const m = /^price (\d+) ([A-Z]{3}).*? is (\d+)% of the reference price (\d+) ([A-Z]{3})/.exec(detail);
  if (!m || m[2] !== m[5]) return null;
  return { price: Number(m[1]), currency: m[2]!, percent: Number(m[3]), reference: Number(m[4]) };
}

/** One finding: its rule, the registered brand it matched, price against reference, and the detail. */
export function FindingItem({ f }: { f: Finding }) {
  const { t, locale } = useTexts('console');
  const price = f.rule === 'price_far_below_reference' ? priceOf(f.detail) : null;
  return (
    <li>
      <span className="badge" style={f.severity === 'hold' ? { background: '#f9d7d7', color: '#5f0d0f' } : { background: '#fff1c2', color: '#4a3500' }}>
        {t(`tkc_severity_${f.severity}`)}
      </span>{' '}
      <strong>{t(`tkc_rule_${f.rule}`, { defaultValue: f.rule })}</strong> —{' '}
      {t('tkc_matched', { brand: f.matched.name, field: t(`tkc_field_${f.field}`, { defaultValue: f.field }) })}
      {f.language && ` (${f.language})`}
      {price && (
        <div>
          {t('tkc_price_vs_reference', {
            price: formatMoney(price.price, price.currency, locale),
            reference: formatMoney(price.reference, price.currency, locale),
            percent: price.percent,
          })}
        </div>
      )}
      {f.excerpt && <div>{t('tkc_excerpt', { text: f.excerpt })}</div>}
      <div className="muted">{f.detail}</div>
    </li>
  );
}

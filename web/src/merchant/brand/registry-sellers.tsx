import { type FormEvent, useId, useMemo, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { OkNote, useAction } from '../../shared/action';
import { ErrorNotice, Loading } from '../../shared/components';
import { formatDate } from '../../shared/format';
import { useTexts } from '../../shared/i18n';
import { useLoad } from '../../shared/load';
import { categoriesWithPaths, nameIn, noContent } from './registry-data';
import './registry-texts';

/**
 * Merchants authorised to sell the brand, each optionally for one product line (a catalog
 * category and its sub-categories) and one country; the owner adds and removes them.
 */
export function AuthorisedSellers({ registrationId, canChange, onChanged }: { registrationId: string; canChange: boolean; onChanged: () => void }) {
  const { t, locale } = useTexts('merchant');
  const ids = { title: useId(), form: useId() };
  const sellers = useLoad(
    async () => unwrap(await api.GET('/api/brand-registry/registrations/{id}/sellers', { params: { path: { id: registrationId } } })).items,
    [registrationId],
  );
  const categories = useLoad(categoriesWithPaths, []);
  const catName = useMemo(() => new Map((categories.data ?? []).map((c) => [c.id, nameIn(c, locale)])), [categories.data, locale]);
  const [merchant, setMerchant] = useState('');
  const [search, setSearch] = useState('');
  // Verified merchants by name (the directory gives id, name and country only).
  const found = useLoad(async () => {
    const q = search.trim();
    if (q.length < 2) return [];
    return unwrap(await api.GET('/api/merchants/directory', { params: { query: { q, limit: 20 } } })).items;
  }, [search]);
  const chosen = found.data?.find((m) => m.id === merchant);
  const [category, setCategory] = useState('');
  const [country, setCountry] = useState('');
  const act = useAction(() => {
    sellers.reload();
    onChanged();
  });
  const { busy, error, note, run } = act;
  const add = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const s = unwrap(
        await api.POST('/api/brand-registry/registrations/{id}/sellers', {
          params: { path: { id: registrationId } },
          body: { merchant_id: merchant, category_id: category || null, country: country.trim().toUpperCase() || null },
        }),
      );
      const name = chosen?.display_name ?? s.merchant_id;
      setMerchant('');
      setSearch('');
      setCountry('');
      return t('br_seller_added', { merchant: name });
    });
  };

  return (
    <section className="card stack" aria-labelledby={ids.title}>
      <h2 id={ids.title}>{t('br_sellers')}</h2>
      <p className="muted small">{t('br_sellers_intro')}</p>
      <OkNote note={note} />
      <ErrorNotice error={error} />
      <ErrorNotice error={sellers.error ?? categories.error} onRetry={sellers.reload} />
      {sellers.loading && !sellers.data && <Loading />}
      {sellers.data?.length === 0 && <p className="muted">{t('br_no_sellers')}</p>}
      {sellers.data && sellers.data.length > 0 && (
        <div className="table-wrap">
          <table aria-labelledby={ids.title}>
            <thead>
              <tr>
                <th scope="col">{t('br_seller_merchant')}</th>
                <th scope="col">{t('br_seller_line')}</th>
                <th scope="col">{t('br_seller_country')}</th>
                <th scope="col">{t('br_added')}</th>
                {canChange && <th scope="col">{t('br_actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {sellers.data.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <code>{s.merchant_id}</code>
                  </th>
                  <td>{s.category_id ? (catName.get(s.category_id) ?? s.category_id) : t('br_every_line')}</td>
                  <td>{s.country ?? t('br_every_country')}</td>
                  <td>{formatDate(s.created_at, locale)}</td>
                  {canChange && (
                    <td>
                      <button
                        type="button"
                        className="danger"
                        disabled={busy}
                        onClick={() => {
                          if (window.confirm(t('br_seller_remove_confirm', { merchant: s.merchant_id })))
                            void run(async () => {
                              noContent(
                                await api.DELETE('/api/brand-registry/registrations/{id}/sellers/{seller_id}', {
                                  params: { path: { id: registrationId, seller_id: s.id } },
                                }),
                              );
                              return t('br_seller_removed', { merchant: s.merchant_id });
                            });
                        }}
                      >
                        {t('br_seller_remove', { merchant: s.merchant_id })}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canChange && (
        <form className="row" onSubmit={add} aria-labelledby={ids.form}>
          <h3 id={ids.form} className="sr-only">
            {t('br_seller_add')}
          </h3>
          <label>
            {t('br_seller_find')}
            <input type="search" value={search} placeholder={t('br_seller_find_hint')} onChange={(e) => setSearch(e.target.value)} />
          </label>
          <label>
            {t('br_seller_merchant')}
            {/* Named by aria-label: a label wrapping a select would also take in its options' text. */}
            <select required aria-label={t('br_seller_merchant')} value={merchant} onChange={(e) => setMerchant(e.target.value)}>
              <option value="">
                {search.trim().length < 2
                  ? t('br_seller_find_first')
                  : found.loading
                    ? t('br_seller_finding')
                    : t('br_seller_pick', { count: found.data?.length ?? 0 })}
              </option>
              {(found.data ?? []).map((m) => (
                <option key={m.id} value={m.id}>
                  {m.display_name} ({[m.region, m.country].filter(Boolean).join(', ')})
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('br_seller_line')}
            <select value={category} onChange={(e) => setCategory(e.target.value)}>
              <option value="">{t('br_every_line')}</option>
              {(categories.data ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {nameIn(c, locale)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('br_seller_country_code')}
            <input
              maxLength={2}
              pattern="[A-Za-z]{2}"
              size={4}
              title={t('br_seller_country_hint')}
              value={country}
              onChange={(e) => setCountry(e.target.value)}
            />
          </label>
          <button type="submit" disabled={busy} style={{ alignSelf: 'flex-end' }}>
            {t('br_seller_add')}
          </button>
        </form>
      )}
    </section>
  );
}

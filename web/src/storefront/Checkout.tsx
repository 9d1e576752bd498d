import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError } from '../api/client';
import { ErrorNotice, Loading, SignInForm } from '../shared/components';
import { formatMoney } from '../shared/format';
import { useTexts } from '../shared/i18n';
import { useSession } from '../shared/session';
import { useCart } from './cartState';
import { type LineDetail, totals, useCartDetails } from './cartDetails';
import { catalog, type DeliveryAddress, named, randomKey, saveAddress, savedAddress, saveOrder, useLoad, variantLabel } from './lib';

const CARDS = ['tok_ok', 'tok_declined', 'tok_no_funds'] as const;
const COUNTRIES = ['CN', 'HK', 'US'] as const;

/** Checkout: who orders (signed in or guest email), delivery address or store pick-up, test card, pay. */
export function CheckoutPage() {
  const { t, locale } = useTexts('storefront');
  const { me, loading } = useSession();
  const cart = useCart();
  const navigate = useNavigate();
  const details = useCartDetails(cart.cart);
  const lines = details.data?.lines ?? [];
  const deliveryLines = lines.filter((d) => d.line.fulfilment === 'delivery');
  const storeIds = [...new Set(lines.map((d) => d.line.pickup_location_id).filter((x): x is string => !!x))].sort();
  const stores = useLoad(async () => Promise.all(storeIds.map((id) => catalog.location(id))), storeIds.join(','));

  const saved = savedAddress();
  const [email, setEmail] = useState('');
  const [showSignIn, setShowSignIn] = useState(false);
  const [address, setAddress] = useState<DeliveryAddress>({
    recipient: saved.recipient ?? '',
    phone: saved.phone ?? '',
    address_line: saved.address_line ?? '',
    city: saved.city ?? '',
    province: saved.province ?? '',
    postal_code: saved.postal_code ?? '',
    country: saved.country ?? 'CN',
  });
  const [card, setCard] = useState<string>('tok_ok');
  const [busy, setBusy] = useState(false);
  const [step, setStep] = useState<'' | 'holding' | 'paying'>('');
  const [error, setError] = useState<unknown>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  // One Idempotency-Key per attempt at the same payment: a retry after a lost answer returns the
  // same order instead of paying twice; a changed cart, card or email is a new attempt.
  const signature = `${cart.cart?.id}:${cart.cart?.lines.map((l) => `${l.id}:${l.quantity}`).join(',')}:${card}:${email}`;
  const keyRef = useRef<{ signature: string; key: string }>({ signature: '', key: '' });
  if (keyRef.current.signature !== signature) keyRef.current = { signature, key: randomKey('checkout') };

  useEffect(() => {
    document.title = `${t('checkout_title')} · Meridian`;
  }, [t]);
  // When someone signs in, their name is the first guess for the recipient.
  const filledFor = useRef<string | null>(null);
  useEffect(() => {
    if (!me || filledFor.current === me.id) return;
    filledFor.current = me.id;
    setAddress((a) => (a.recipient ? a : { ...a, recipient: me.display_name }));
  }, [me]);

  if (!cart.ready || loading) return <Loading />;
  if (!cart.cart || cart.cart.lines.length === 0) {
    return (
      <div className="stack">
        <h1>{t('checkout_title')}</h1>
        <p className="card">
          {t('cart_empty')} <Link to="/">{t('continue_shopping')}</Link>
        </p>
      </div>
    );
  }

  const guest = !me;
  const notConsumer = !!me && me.role !== 'consumer';
  const storeName = (id: string | null) => {
    const s = stores.data?.find((x) => x.id === id);
    return s ? named(locale, s.name_en, s.name_zh) : '';
  };

  const explain = (e: unknown): unknown => {
    if (!(e instanceof ApiError)) return e;
    const titleOf = (variantId: string) => {
      const d = lines.find((x) => x.variant.id === variantId);
      return d ? named(locale, d.product.title_en, d.product.title_zh) : variantId;
    };
    switch (e.problem.code) {
      case 'out_of_stock': {
        const shortfalls = (e.problem.shortfalls as Array<{ variant_id: string }> | undefined) ?? [];
        return new Error(t('err_out_of_stock', { items: shortfalls.map((s) => titleOf(s.variant_id)).join(locale === 'zh-CN' ? '、' : ', ') || '—' }));
      }
      case 'payment_declined':
        return new Error(t('err_payment_declined'));
      case 'payment_capture_failed':
        return new Error(t('err_payment_capture'));
      case 'guest_email_required':
        return new Error(t('err_guest_email'));
      case 'delivery_address_required':
        return new Error(t('err_address'));
      case 'invalid_pickup_location':
        return new Error(t('err_pickup_location'));
      case 'variant_unavailable':
      case 'merchant_unavailable':
        return new Error(t('err_unavailable'));
      case 'mixed_currencies':
        return new Error(t('mixed_currencies'));
      case 'cart_checked_out':
        return new Error(t('err_cart_checked_out'));
      default:
        return e;
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const key = keyRef.current.key;
    try {
      setStep('holding');
      const delivery: DeliveryAddress | undefined = deliveryLines.length
        ? {
            recipient: address.recipient.trim(),
            phone: address.phone.trim(),
            address_line: address.address_line.trim(),
            city: address.city.trim(),
            country: address.country,
            ...(address.province?.trim() ? { province: address.province.trim() } : {}),
            ...(address.postal_code?.trim() ? { postal_code: address.postal_code.trim() } : {}),
          }
        : undefined;
      await cart.chooseFulfilment(delivery);
      setStep('paying');
      const order = await cart.checkout({ paymentToken: card, guestEmail: guest ? email.trim() : undefined, key });
      saveOrder(order);
      if (delivery) saveAddress(delivery);
      void navigate(`/orders/${order.id}`, { state: { placed: true } });
    } catch (err) {
      // A refusal (not a lost answer) ends this attempt: the next one is a new request.
      if (err instanceof ApiError && err.problem.status < 500) keyRef.current = { signature, key: randomKey('checkout') };
      setError(explain(err));
      setTimeout(() => errorRef.current?.focus(), 0);
    } finally {
      setBusy(false);
      setStep('');
    }
  };

  const field = (name: keyof DeliveryAddress, label: string, opts: { required?: boolean; autoComplete?: string; type?: string } = {}) => (
    <label>
      {label}
      <input
        type={opts.type ?? 'text'}
        required={opts.required}
        autoComplete={opts.autoComplete}
        value={(address[name] as string | undefined) ?? ''}
        onChange={(e) => setAddress((a) => ({ ...a, [name]: e.target.value }))}
      />
    </label>
  );

  const groups: Array<{ key: string; title: string; items: LineDetail[] }> = [];
  if (deliveryLines.length) groups.push({ key: 'delivery', title: t('delivery_to_address'), items: deliveryLines });
  for (const id of storeIds)
    groups.push({ key: id, title: t('pickup_today_at', { store: storeName(id) || '…' }), items: lines.filter((d) => d.line.pickup_location_id === id) });

  return (
    <div className="stack">
      <h1>{t('checkout_title')}</h1>
      {notConsumer && <p className="notice">{t('not_consumer')}</p>}
      <ErrorNotice error={details.error} onRetry={details.reload} />
      <div className="sf-two">
        <div className="stack">
          <section className="card stack" aria-labelledby="sf-who">
            <h2 id="sf-who">{t('your_details')}</h2>
            {me ? (
              <p>{t('ordering_as', { name: me.display_name, email: me.email })}</p>
            ) : (
              <>
                <label>
                  {t('guest_email')}
                  <input type="email" autoComplete="email" required form="sf-checkout" value={email} onChange={(e) => setEmail(e.target.value)} />
                </label>
                <p className="small muted">{t('guest_email_hint')}</p>
                {showSignIn ? (
                  <SignInForm hint={<p className="small muted">{t('sign_in_hint')}</p>} onDone={() => setShowSignIn(false)} />
                ) : (
                  <p>
                    {t('have_account')}{' '}
                    <button type="button" className="link" onClick={() => setShowSignIn(true)}>
                      {t('sign_in_instead')}
                    </button>
                  </p>
                )}
              </>
            )}
          </section>

          <form id="sf-checkout" className="stack" onSubmit={submit} aria-label={t('checkout_title')}>
            {deliveryLines.length > 0 && (
              <section className="card stack" aria-labelledby="sf-address">
                <h2 id="sf-address">{t('delivery_address')}</h2>
                <div className="sf-form-grid">
                  {field('recipient', t('recipient'), { required: true, autoComplete: 'name' })}
                  {field('phone', t('phone'), { required: true, autoComplete: 'tel', type: 'tel' })}
                  {field('address_line', t('address_line'), { required: true, autoComplete: 'street-address' })}
                  {field('city', t('city'), { required: true, autoComplete: 'address-level2' })}
                  {field('province', t('province'), { autoComplete: 'address-level1' })}
                  {field('postal_code', t('postal_code'), { autoComplete: 'postal-code' })}
                  <label>
                    {t('country')}
                    <select autoComplete="country" value={address.country} onChange={(e) => setAddress((a) => ({ ...a, country: e.target.value }))}>
                      {COUNTRIES.map((c) => (
                        <option key={c} value={c}>
                          {t(`country_${c}`)}
                        </option>
                      ))}
                    </select>
                  </label>
                </div>
              </section>
            )}

            {storeIds.length > 0 && (
              <section className="card stack" aria-labelledby="sf-pickup">
                <h2 id="sf-pickup">{t('pickup_title')}</h2>
                {stores.error ? (
                  <ErrorNotice error={stores.error} onRetry={stores.reload} />
                ) : (
                  <ul>
                    {(stores.data ?? []).map((s) => (
                      <li key={s.id}>
                        <strong>{named(locale, s.name_en, s.name_zh)}</strong>
                        <address className="sf-address small muted">
                          {s.address_line}, {named(locale, s.city, s.city_zh)}
                        </address>
                      </li>
                    ))}
                  </ul>
                )}
                <p className="small">{t('pickup_explain')}</p>
              </section>
            )}

            <section className="card stack" aria-labelledby="sf-pay">
              <h2 id="sf-pay">{t('payment')}</h2>
              <label>
                {t('test_card')}
                <select value={card} onChange={(e) => setCard(e.target.value)}>
                  {CARDS.map((c) => (
                    <option key={c} value={c}>
                      {t(`card_${c}`)}
                    </option>
                  ))}
                </select>
              </label>
              <p className="small muted">{t('test_card_hint')}</p>
            </section>

            <div ref={errorRef} tabIndex={-1}>
              <ErrorNotice error={error} />
            </div>
            <div className="row">
              <button type="submit" disabled={busy || !details.data || notConsumer}>
                {step === 'holding' ? t('holding_stock') : step === 'paying' ? t('paying') : t('place_order')}
              </button>
              <Link to="/cart">{t('back_to_cart')}</Link>
            </div>
          </form>
        </div>

        <aside className="card stack" aria-labelledby="sf-items">
          <h2 id="sf-items">{t('order_summary')}</h2>
          {!details.data ? (
            <Loading />
          ) : (
            groups.map((g) => (
              <div key={g.key} className="stack" style={{ gap: '0.25rem' }}>
                <h3 className="sf-card-title">{g.title}</h3>
                <ul className="small">
                  {g.items.map((d) => (
                    <li key={d.line.id}>
                      {named(locale, d.product.title_en, d.product.title_zh)}
                      {variantLabel(d.product, d.variant) && ` (${variantLabel(d.product, d.variant)})`} × {d.line.quantity} —{' '}
                      {formatMoney(d.variant.price.amount * d.line.quantity, d.variant.price.currency, locale)}
                    </li>
                  ))}
                </ul>
              </div>
            ))
          )}
          <dl className="sf-totals">
            {totals(lines).map((x) => (
              <div key={x.currency} style={{ display: 'contents' }}>
                <dt>{t('subtotal')}</dt>
                <dd>{formatMoney(x.amount, x.currency, locale)}</dd>
                <dt>{t('shipping')}</dt>
                <dd>{t('shipping_free')}</dd>
                <dt>{t('total')}</dt>
                <dd>{formatMoney(x.amount, x.currency, locale)}</dd>
              </div>
            ))}
          </dl>
        </aside>
      </div>
    </div>
  );
}

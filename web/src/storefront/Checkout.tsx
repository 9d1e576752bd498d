import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError } from '../api/client';
import { ErrorNotice, Loading, SignInForm } from '../shared/components';
import { formatMoney } from '../shared/format';
import { useTexts } from '../shared/i18n';
import { useSession } from '../shared/session';
import { useCart } from './cartState';
import { type LineDetail, totals, useCartDetails } from './cartDetails';
import { explainCrossBorder, QuoteView } from './crossBorder';
import { type ConfirmedIdentity, IdentityStep } from './IdentityStep';
import {
  catalog,
  consumerPrice,
  type Cart,
  type DeliveryAddress,
  named,
  type Quote,
  randomKey,
  saveAddress,
  savedAddress,
  saveOrder,
  useLoad,
  variantLabel,
} from './lib';
import './texts-crossborder';

const CARDS = ['tok_ok', 'tok_declined', 'tok_no_funds'] as const;
const COUNTRIES = ['CN', 'HK', 'US'] as const;

/**
 * Checkout: who orders (signed in or guest email), delivery address or store pick-up; then the
 * freight per shipment, the tax lines and the total from the quote, the buyer's identity when
 * cross-border goods need it, the test card, pay.
 */
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
  const reviewRef = useRef<HTMLHeadingElement>(null);
  const [review, setReview] = useState<{ quote: Quote; signature: string } | null>(null);
  const [identity, setIdentity] = useState<ConfirmedIdentity | null>(null);
  const [payerIsMe, setPayerIsMe] = useState(false);

  // The quote holds for the cart and address it was made for; any change asks for it again. The
  // signature is taken from the cart as sourced for the quote, not as rendered before: signing in
  // moves a guest's cart to a new one in the background, and a click can land before that shows.
  const signatureOf = (c: Cart | null) =>
    JSON.stringify([
      c?.id,
      c?.lines.map((l) => [l.id, l.quantity, l.fulfilment, l.pickup_location_id]),
      c?.lines.some((l) => l.fulfilment === 'delivery') ? address : null,
    ]);
  const reviewSignature = signatureOf(cart.cart);
  const fresh = review && review.signature === reviewSignature ? review.quote : null;
  // Goods from a bonded warehouse or mailed from abroad are declared to customs for the buyer. A
  // quote made with the buyer's identity no longer asks for it, but the step stays (to change it).
  const needsIdentity =
    !!fresh && (fresh.identity_required || fresh.shipments.some((s) => s.fulfilment_mode === 'bonded_import' || s.fulfilment_mode === 'direct_mail'));
  const quoteIds = [...new Set((fresh?.shipments ?? []).map((s) => s.location_id))].sort();
  const quotePlaces = useLoad(async () => Promise.all(quoteIds.map((id) => catalog.location(id))), `quote:${quoteIds.join(',')}`);

  // One Idempotency-Key per attempt at the same payment: a retry after a lost answer returns the
  // same order instead of paying twice; a changed cart, card, email or buyer is a new attempt.
  const signature = `${cart.cart?.id}:${cart.cart?.lines.map((l) => `${l.id}:${l.quantity}`).join(',')}:${card}:${email}:${identity?.identity_id ?? ''}`;
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
    const refs = new Map((review?.quote.shipments ?? []).flatMap((s) => s.lines.map((l) => [l.ref, titleOf(l.variant_id)] as const)));
    const crossBorder = explainCrossBorder(e, t, locale, (ref) => refs.get(ref) ?? '');
    if (crossBorder) return crossBorder;
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

  const fail = (err: unknown) => {
    setError(explain(err));
    setTimeout(() => errorRef.current?.focus(), 0);
  };

  const deliveryOf = (): DeliveryAddress | undefined =>
    deliveryLines.length
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

  /** Sources the cart (holding its stock) and asks what it costs: freight, tax lines, total, whether customs needs the buyer. */
  const prepareReview = async () => {
    setStep('holding');
    const sourced = await cart.chooseFulfilment(deliveryOf());
    const quote = await cart.quote(identity?.identity_id);
    setReview({ quote, signature: signatureOf(sourced) });
    setTimeout(() => reviewRef.current?.focus(), 0);
  };

  /** A confirmed buyer: quote again with it, so a yearly limit already used up shows before paying. */
  const chooseIdentity = (v: ConfirmedIdentity | null) => {
    setIdentity(v);
    setError(null);
    if (!v || !fresh) return;
    const signatureNow = reviewSignature;
    cart.quote(v.identity_id).then((quote) => setReview((r) => (r && r.signature === signatureNow ? { quote, signature: signatureNow } : r)), fail);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const key = keyRef.current.key;
    try {
      if (!fresh) {
        await prepareReview();
        return;
      }
      if (needsIdentity && !identity) throw new Error(t('err_identity_needed'));
      if (needsIdentity && !payerIsMe) throw new Error(t('err_payer_not_confirmed'));
      setStep('paying');
      const crossBorder = needsIdentity && identity;
      const order = await cart.checkout({
        paymentToken: card,
        guestEmail: guest ? email.trim() : undefined,
        key,
        ...(crossBorder ? { buyer: { identity_id: identity.identity_id }, payer: { name: identity.name, id_number: identity.id_number } } : {}),
      });
      saveOrder(order);
      const delivery = deliveryOf();
      if (delivery) saveAddress(delivery);
      void navigate(`/orders/${order.id}`, { state: { placed: true } });
    } catch (err) {
      // A refusal (not a lost answer) ends this attempt: the next one is a new request.
      if (err instanceof ApiError && err.problem.status < 500) keyRef.current = { signature, key: randomKey('checkout') };
      // An identity the platform no longer knows (an unsaved one is kept 24 hours) is entered again.
      if (err instanceof ApiError && err.problem.code === 'buyer_identity_not_found') setIdentity(null);
      fail(err);
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

            {fresh && (
              <section className="card stack" aria-labelledby="sf-review">
                <h2 id="sf-review" ref={reviewRef} tabIndex={-1}>
                  {t('review_title')}
                </h2>
                <QuoteView quote={fresh} lines={lines} places={quotePlaces.data} />
                {fresh.annual_left !== null && identity && (
                  <p className="small">{t('annual_left_after', { amount: formatMoney(fresh.annual_left, fresh.currency, locale) })}</p>
                )}
              </section>
            )}
            {review && !fresh && <p className="notice">{t('review_stale')}</p>}

            {needsIdentity && <IdentityStep value={identity} onChange={chooseIdentity} payerIsMe={payerIsMe} onPayerIsMe={setPayerIsMe} />}

            {fresh && (
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
                <p>
                  {t('to_pay')} <strong className="price">{formatMoney(fresh.total_amount, fresh.currency, locale)}</strong>
                </p>
              </section>
            )}

            <div ref={errorRef} tabIndex={-1}>
              <ErrorNotice error={error} />
            </div>
            <div className="row">
              <button type="submit" disabled={busy || !details.data || notConsumer}>
                {step === 'holding' ? t('review_busy') : step === 'paying' ? t('paying') : fresh ? t('place_order') : t('review_button')}
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
                      {formatMoney(consumerPrice(d.variant).amount * d.line.quantity, consumerPrice(d.variant).currency, locale)}
                    </li>
                  ))}
                </ul>
              </div>
            ))
          )}
          {fresh ? (
            <dl className="sf-totals">
              <dt>{t('subtotal')}</dt>
              <dd>{formatMoney(fresh.subtotal_amount, fresh.currency, locale)}</dd>
              <dt>{t('shipping')}</dt>
              <dd>{fresh.shipping_amount ? formatMoney(fresh.shipping_amount, fresh.currency, locale) : t('shipping_free')}</dd>
              <dt>{t('import_tax')}</dt>
              <dd>{formatMoney(fresh.tax_amount, fresh.currency, locale)}</dd>
              <dt>{t('total')}</dt>
              <dd>{formatMoney(fresh.total_amount, fresh.currency, locale)}</dd>
            </dl>
          ) : (
            <>
              <dl className="sf-totals">
                {totals(lines).map((x) => (
                  <div key={x.currency} style={{ display: 'contents' }}>
                    <dt>{t('subtotal')}</dt>
                    <dd>{formatMoney(x.amount, x.currency, locale)}</dd>
                  </div>
                ))}
              </dl>
              <p className="small muted">{t('review_first')}</p>
            </>
          )}
        </aside>
      </div>
    </div>
  );
}

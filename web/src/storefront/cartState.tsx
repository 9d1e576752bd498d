import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { api, unwrap } from '../api/client';
import { useSession } from '../shared/session';
import { type Buyer, type Cart, type CartLine, type DeliveryAddress, type Order, type Payer, problemCode, type Quote } from './lib';

/** The cart this browser uses: its id, the guest's secret token, and whose it is (null: a guest's). */
interface StoredCart {
  id: string;
  token: string | null;
  owner: string | null;
}

const KEY = 'meridian.cart';

function readStored(): StoredCart | null {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? 'null') as StoredCart | null;
    return v && typeof v.id === 'string' ? v : null;
  } catch {
    return null;
  }
}

function writeStored(v: StoredCart | null): void {
  if (v) localStorage.setItem(KEY, JSON.stringify(v));
  else localStorage.removeItem(KEY);
}

const header = (s: StoredCart) => (s.token ? { 'x-cart-token': s.token } : undefined);

export interface NewLine {
  variant_id: string;
  quantity: number;
  fulfilment: 'delivery' | 'pickup';
  pickup_location_id?: string | undefined;
}

export interface CheckoutInput {
  paymentToken: string;
  guestEmail?: string | undefined;
  key: string;
  /** Cross-border goods: the buyer customs declares them for, and the payer (who must be the buyer). */
  buyer?: Buyer | undefined;
  payer?: Payer | undefined;
}

interface CartContextValue {
  /** The open cart, or null when there is none yet. */
  cart: Cart | null;
  /** False until the session and the saved cart are known. */
  ready: boolean;
  error: unknown;
  /** Items in the cart (sum of quantities). */
  count: number;
  add(line: NewLine): Promise<void>;
  remove(lineId: string): Promise<void>;
  /** Changes a line's quantity or fulfilment (the API has no line update: the line is replaced). */
  change(line: CartLine, next: Partial<NewLine>): Promise<void>;
  /** Sources the cart and holds its stock (delivery address for delivery lines). */
  chooseFulfilment(delivery?: DeliveryAddress): Promise<Cart>;
  /** What the cart costs with the fulfilment chosen: sale prices, freight per shipment, tax lines, total. */
  quote(identityId?: string): Promise<Quote>;
  /** Pays; the cart becomes the order. The same key makes a retry return the same order. */
  checkout(input: CheckoutInput): Promise<Order>;
  reload(): Promise<void>;
}

const CartContext = createContext<CartContextValue | null>(null);

/**
 * Keeps the cart across pages and visits (id and guest token in localStorage). A guest's cart
 * becomes the shopper's own when they sign in (its lines are moved to a cart of their account),
 * so the order shows in their order list.
 */
export function CartProvider({ children }: { children: ReactNode }) {
  const { me, loading } = useSession();
  const [cart, setCart] = useState<Cart | null>(null);
  const [ready, setReady] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // One change at a time, in order.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const serial = useCallback(<T,>(run: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(run, run);
    queue.current = next.catch(() => undefined);
    return next;
  }, []);

  const owner = me?.id ?? null;
  const isConsumer = !me || me.role === 'consumer';

  const fetchCart = useCallback(async (s: StoredCart) => unwrap(await api.GET('/api/carts/{id}', { params: { path: { id: s.id }, header: header(s) } })), []);

  const create = useCallback(async (): Promise<StoredCart> => {
    const c = unwrap(await api.POST('/api/carts', { body: {} }));
    const s = { id: c.id, token: c.cart_token, owner };
    writeStored(s);
    return s;
  }, [owner]);

  // Load the saved cart once the session is known; move a guest's cart to the signed-in shopper.
  useEffect(() => {
    if (loading) return;
    let live = true;
    void serial(async () => {
      setError(null);
      try {
        const stored = readStored();
        if (!stored) {
          if (live) setCart(null);
          return;
        }
        if (stored.owner !== owner) {
          if (stored.owner === null && me?.role === 'consumer') {
            const old = await fetchCart(stored).catch(() => null);
            writeStored(null);
            if (!old || old.status !== 'open' || old.lines.length === 0) {
              if (live) setCart(null);
              return;
            }
            const mine = await create();
            let moved = await fetchCart(mine);
            for (const l of old.lines) {
              moved = unwrap(
                await api.POST('/api/carts/{id}/lines', {
                  params: { path: { id: mine.id } },
                  body: {
                    variant_id: l.variant_id,
                    quantity: l.quantity,
                    fulfilment: l.fulfilment as 'delivery' | 'pickup',
                    ...(l.pickup_location_id ? { pickup_location_id: l.pickup_location_id } : {}),
                  },
                }),
              );
            }
            if (live) setCart(moved);
            return;
          }
          if (stored.owner !== null || isConsumer) {
            // Another account's cart (or a signed-out shopper's): not ours to use.
            writeStored(null);
            if (live) setCart(null);
            return;
          }
        }
        const c = await fetchCart(stored).catch((e: unknown) => {
          if (problemCode(e) === 'cart_not_found') return null;
          throw e;
        });
        if (!c || c.status !== 'open') {
          writeStored(null);
          if (live) setCart(null);
          return;
        }
        if (live) setCart(c);
      } catch (e) {
        if (live) setError(e);
      } finally {
        if (live) setReady(true);
      }
    });
    return () => {
      live = false;
    };
  }, [loading, owner, me?.role, isConsumer, serial, fetchCart, create]);

  const current = useCallback(async (): Promise<StoredCart> => readStored() ?? (await create()), [create]);

  const add = useCallback(
    (line: NewLine) =>
      serial(async () => {
        let s = await current();
        const body = {
          variant_id: line.variant_id,
          quantity: line.quantity,
          fulfilment: line.fulfilment,
          ...(line.pickup_location_id ? { pickup_location_id: line.pickup_location_id } : {}),
        };
        let r = await api.POST('/api/carts/{id}/lines', { params: { path: { id: s.id }, header: header(s) }, body });
        // A cart that became an order (or vanished) is replaced by a new one.
        if (r.response.status === 404 || r.response.status === 409) {
          writeStored(null);
          s = await create();
          r = await api.POST('/api/carts/{id}/lines', { params: { path: { id: s.id }, header: header(s) }, body });
        }
        setCart(unwrap(r));
      }),
    [serial, current, create],
  );

  const remove = useCallback(
    (lineId: string) =>
      serial(async () => {
        const s = readStored();
        if (!s) return;
        setCart(unwrap(await api.DELETE('/api/carts/{id}/lines/{line_id}', { params: { path: { id: s.id, line_id: lineId }, header: header(s) } })));
      }),
    [serial],
  );

  const change = useCallback(
    (line: CartLine, next: Partial<NewLine>) =>
      serial(async () => {
        const s = readStored();
        if (!s) return;
        const fulfilment = next.fulfilment ?? (line.fulfilment as 'delivery' | 'pickup');
        const pickup = fulfilment === 'pickup' ? (next.pickup_location_id ?? line.pickup_location_id ?? undefined) : undefined;
        const quantity = next.quantity ?? line.quantity;
        await api.DELETE('/api/carts/{id}/lines/{line_id}', { params: { path: { id: s.id, line_id: line.id }, header: header(s) } }).then(unwrap);
        setCart(
          unwrap(
            await api.POST('/api/carts/{id}/lines', {
              params: { path: { id: s.id }, header: header(s) },
              body: { variant_id: line.variant_id, quantity, fulfilment, ...(pickup ? { pickup_location_id: pickup } : {}) },
            }),
          ),
        );
      }),
    [serial],
  );

  const chooseFulfilment = useCallback(
    (delivery?: DeliveryAddress) =>
      serial(async () => {
        const s = readStored();
        if (!s) throw new Error('no cart');
        const c = unwrap(
          await api.PUT('/api/carts/{id}/fulfilment', { params: { path: { id: s.id }, header: header(s) }, body: delivery ? { delivery } : {} }),
        );
        setCart(c);
        return c;
      }),
    [serial],
  );

  const quote = useCallback(
    (identityId?: string) =>
      serial(async () => {
        const s = readStored();
        if (!s) throw new Error('no cart');
        return unwrap(
          await api.GET('/api/carts/{id}/quote', {
            params: { path: { id: s.id }, header: header(s), query: identityId ? { identity_id: identityId } : {} },
          }),
        );
      }),
    [serial],
  );

  const checkout = useCallback(
    (input: CheckoutInput) =>
      serial(async () => {
        const s = readStored();
        if (!s) throw new Error('no cart');
        const order = unwrap(
          await api.POST('/api/carts/{id}/checkout', {
            params: { path: { id: s.id }, header: { 'idempotency-key': input.key, ...header(s) } },
            body: {
              payment: { provider: 'test', token: input.paymentToken },
              ...(input.guestEmail ? { guest_email: input.guestEmail } : {}),
              ...(input.buyer ? { buyer: input.buyer } : {}),
              ...(input.payer ? { payer: input.payer } : {}),
            },
          }),
        );
        writeStored(null);
        setCart(null);
        return order;
      }),
    [serial],
  );

  const reload = useCallback(
    () =>
      serial(async () => {
        const s = readStored();
        if (!s) return setCart(null);
        try {
          const c = await fetchCart(s);
          setCart(c.status === 'open' ? c : null);
          if (c.status !== 'open') writeStored(null);
          setError(null);
        } catch (e) {
          setError(e);
        }
      }),
    [serial, fetchCart],
  );

  const count = cart?.lines.reduce((n, l) => n + l.quantity, 0) ?? 0;
  const value = useMemo(
    () => ({ cart, ready, error, count, add, remove, change, chooseFulfilment, quote, checkout, reload }),
    [cart, ready, error, count, add, remove, change, chooseFulfilment, quote, checkout, reload],
  );
  return <CartContext.Provider value={value}>{children}</CartContext.Provider>;
}

export function useCart(): CartContextValue {
  const c = useContext(CartContext);
  if (!c) throw new Error('useCart outside CartProvider');
  return c;
}

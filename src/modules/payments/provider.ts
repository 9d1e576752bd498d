import { randomBytes } from 'node:crypto';

/** What a payment service offers us. Amounts are integer minor units in `currency`. */
export interface PaymentProvider {
  readonly name: string;
  authorise(req: { amount: number; currency: string; token: string; reference: string }): Promise<ProviderResult>;
  capture(req: { ref: string; amount: number; currency: string }): Promise<ProviderResult>;
  void(req: { ref: string }): Promise<ProviderResult>;
  refund(req: { ref: string; amount: number; currency: string; reference: string }): Promise<ProviderResult>;
}

export type ProviderResult = { ok: true; ref: string } | { ok: false; code: PaymentFailure; message: string };

export type PaymentFailure = 'card_declined' | 'insufficient_funds' | 'invalid_token' | 'processing_error';

/**
 * The built-in test provider. Tokens (or card numbers) decide the outcome, after the well-known
 * test cards of card processors, so tests and demos can make payments fail on purpose:
 *
 * | token / card           | outcome                               |
 * |------------------------|---------------------------------------|
 * | tok_ok, 4242424242424242 | approved                            |
 * | tok_declined, 4000000000000002 | declined (card_declined)      |
 * | tok_no_funds, 4000000000009995 | declined (insufficient_funds) |
 * | tok_capture_fails      | authorises, then capture fails        |
 * | tok_error              | processing_error at authorisation     |
 * | cash                   | approved (till cash payment)          |
 *
 * Any other token is invalid_token. It keeps no state: our payments table is the record, and its
 * conditional updates make capture and refund happen at most once.
 */
export class TestPaymentProvider implements PaymentProvider {
  readonly name = 'test';

  async authorise(req: { amount: number; currency: string; token: string }): Promise<ProviderResult> {
    switch (req.token) {
      case 'tok_ok':
      case '4242424242424242':
      case 'tok_capture_fails':
      case 'cash':
        return { ok: true, ref: `${req.token === 'tok_capture_fails' ? 'tpx' : 'tp'}_${randomBytes(12).toString('hex')}` };
      case 'tok_declined':
      case '4000000000000002':
        return { ok: false, code: 'card_declined', message: 'The card was declined' };
      case 'tok_no_funds':
      case '4000000000009995':
        return { ok: false, code: 'insufficient_funds', message: 'The card has insufficient funds' };
      case 'tok_error':
        return { ok: false, code: 'processing_error', message: 'The payment processor failed; try again' };
      default:
        return { ok: false, code: 'invalid_token', message: 'Unknown payment token' };
    }
  }

  async capture(req: { ref: string }): Promise<ProviderResult> {
    if (req.ref.startsWith('tpx_')) return { ok: false, code: 'processing_error', message: 'Capture failed' };
    return { ok: true, ref: req.ref };
  }

  async void(req: { ref: string }): Promise<ProviderResult> {
    return { ok: true, ref: req.ref };
  }

  async refund(req: { ref: string }): Promise<ProviderResult> {
    return { ok: true, ref: `tr_${req.ref}_${randomBytes(6).toString('hex')}` };
  }
}

const providers = new Map<string, PaymentProvider>([['test', new TestPaymentProvider()]]);

/** The provider registered under a name (only 'test' ships built in). */
export function paymentProvider(name: string): PaymentProvider | undefined {
  return providers.get(name);
}

/** Registers another provider (a real acquirer's adapter) under its name. */
export function registerPaymentProvider(p: PaymentProvider): void {
  providers.set(p.name, p);
}

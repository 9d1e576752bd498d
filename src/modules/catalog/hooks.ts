// What other parts of the platform want to do when a listing is written (created, changed,
// activated, a variant added or repriced): listing screening holds a listing that uses a registered
// brand without authorisation. Hooks run inside the writing transaction, so a hold commits with the
// change that caused it; a hook that throws rolls the change back.
import type { Ctx } from '../../http/types.ts';

export type ListingHook = (tx: Ctx, productId: string) => Promise<void>;

// Keyed, so building several apps in one process (tests) registers each hook once.
const hooks = new Map<string, ListingHook>();

/** Registers (or replaces) the hook named `name`. */
export function onListingWritten(name: string, hook: ListingHook): void {
  hooks.set(name, hook);
}

/** Runs every hook for a listing just written, in registration order. */
export async function listingWritten(tx: Ctx, productId: string): Promise<void> {
  for (const hook of hooks.values()) await hook(tx, productId);
}

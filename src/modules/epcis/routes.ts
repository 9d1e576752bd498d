import type { App } from '../../http/types.ts';

// Filled in by issue 7's work.
export default async function routes(_app: App): Promise<void> {}

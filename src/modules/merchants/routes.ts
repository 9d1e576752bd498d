import type { App } from '../../http/types.ts';

export default async function merchantsRoutes(_app: App): Promise<void> {}

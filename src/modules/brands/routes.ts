import type { App } from '../../http/types.ts';

export default async function brandsRoutes(_app: App): Promise<void> {}

import type { App } from '../../http/types.ts';

export default async function locationsRoutes(_app: App): Promise<void> {}

import type { App } from '../../http/types.ts';

export default async function catalogRoutes(_app: App): Promise<void> {}

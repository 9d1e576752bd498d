import { ApiError, api, type paths, unwrap } from '../../api/client';

// The jobs ledger API (docs/jobs-ledger.md), through the typed client: shapes from the OpenAPI document.
type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;

export type JobsReport = Json<paths['/api/jobs/reports']['get']['responses'][200]>['items'][number];
export type ReportInput = NonNullable<paths['/api/jobs/reports/{quarter}']['put']['requestBody']>['content']['application/json'];
export type StatusList = Json<paths['/api/jobs/reports/status']['get']['responses'][200]>;
export type ReportStatus = StatusList['items'][number]['status'];
export type Figures = Json<paths['/api/jobs/figures']['get']['responses'][200]>;
export type FigureRow = Figures['items'][number];
export type Progress = Json<paths['/api/jobs/progress']['get']['responses'][200]>;
export type QuarterPoint = Progress['quarters'][number];
/** A row of a ranked list (by state or by sector). */
export type Breakdown = Omit<Progress['by_state'][number], 'state'>;
/** The public headline (no per-merchant data). */
export type PublicProgress = Json<paths['/api/public/jobs']['get']['responses'][200]>;
export type Settings = Json<paths['/api/jobs/settings']['get']['responses'][200]>;

export const jobsApi = {
  reports: async (q: { merchant_id?: string; quarter?: string }) => unwrap(await api.GET('/api/jobs/reports', { params: { query: q } })).items,
  history: async (quarter: string, merchantId?: string | null) =>
    unwrap(await api.GET('/api/jobs/reports/{quarter}/history', { params: { path: { quarter }, query: merchantId ? { merchant_id: merchantId } : {} } })).items,
  file: async (quarter: string, body: ReportInput) => unwrap(await api.PUT('/api/jobs/reports/{quarter}', { params: { path: { quarter } }, body })),
  status: async (quarter?: string) => unwrap(await api.GET('/api/jobs/reports/status', { params: { query: quarter ? { quarter } : {} } })),
  // JSON (the route's other answer, CSV, is only given with format=csv).
  figures: async (quarter?: string) =>
    unwrap(await api.GET('/api/jobs/figures', { params: { query: { format: 'json', ...(quarter ? { quarter } : {}) } } })) as Figures,
  /** The figures as CSV, fetched with the session's bearer token (the typed client adds it). */
  figuresCsv: async (quarter: string) => {
    const r = await api.GET('/api/jobs/figures', { params: { query: { quarter, format: 'csv' } }, parseAs: 'text' });
    if (!r.response.ok || typeof r.data !== 'string') {
      const p = (r.error ?? {}) as { code?: string; detail?: string };
      throw new ApiError({ status: r.response.status, code: p.code ?? 'export_failed', detail: p.detail ?? r.response.statusText });
    }
    return r.data;
  },
  progress: async () => unwrap(await api.GET('/api/jobs/progress')),
  publicProgress: async () => unwrap(await api.GET('/api/public/jobs')),
  settings: async () => unwrap(await api.GET('/api/jobs/settings')),
  saveSettings: async (body: Settings) => unwrap(await api.PUT('/api/jobs/settings', { body })),
};

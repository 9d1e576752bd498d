import { ApiError, api, type paths, unwrap } from '../../api/client';
import { saveBlob } from '../../shared/download';

type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;

export type SigningKey = Json<paths['/api/unit-codes/keys']['get']['responses'][200]>['items'][number];
export type NewBatch = Json<paths['/api/unit-codes/batches']['post']['responses'][201]>;

export type Batch = Json<paths['/api/unit-codes/batches']['get']['responses'][200]>['items'][number];
export type UnitCode = Json<paths['/api/unit-codes/batches/{id}/codes']['get']['responses'][200]>['items'][number];

/** The merchant's batches, newest first (the latest 200). */
export async function listBatches(): Promise<Batch[]> {
  return unwrap(await api.GET('/api/unit-codes/batches', { params: { query: { limit: 200 } } })).items;
}

/** A page of a batch's codes, after the code `after`. */
export async function batchCodes(batchId: string, after?: string, limit = 50): Promise<UnitCode[]> {
  return unwrap(await api.GET('/api/unit-codes/batches/{id}/codes', { params: { path: { id: batchId }, query: { limit, ...(after ? { after } : {}) } } }))
    .items;
}

export const BATCH_ID = /^ucb_[0-9A-HJKMNP-TV-Z]{26}$/;

/** The batch's CSV, fetched with the session's bearer token (the typed client adds it). */
export async function fetchBatchCsv(batchId: string): Promise<string> {
  const r = await api.GET('/api/unit-codes/batches/{id}/codes.csv', { params: { path: { id: batchId } }, parseAs: 'text' });
  if (!r.response.ok || typeof r.data !== 'string') {
    const p = (r.error ?? {}) as { code?: string; detail?: string };
    throw new ApiError({ status: r.response.status, code: p.code ?? 'export_failed', detail: p.detail ?? r.response.statusText });
  }
  return r.data;
}

/** Downloads a batch's codes as CSV. */
export async function downloadBatchCsv(batchId: string): Promise<void> {
  saveBlob(new Blob([await fetchBatchCsv(batchId)], { type: 'text/csv;charset=utf-8' }), `unit-codes-${batchId}.csv`);
}

/** A code's QR image from the API (SVG, or PNG), fetched with the session's bearer token. */
export async function qrImage(codeId: string, format: 'svg' | 'png'): Promise<Blob> {
  const r = await api.GET('/api/unit-codes/{id}/qr', { params: { path: { id: codeId }, query: format === 'png' ? { format } : {} }, parseAs: 'blob' });
  if (!r.response.ok || !(r.data instanceof Blob)) {
    const p = (r.error ?? {}) as { code?: string; detail?: string };
    throw new ApiError({ status: r.response.status, code: p.code ?? 'qr_failed', detail: p.detail ?? r.response.statusText });
  }
  return r.data;
}

/** YYYY-MM-DD (a date input) → YYMMDD (GS1 AI 17). */
export const toGs1Date = (day: string) => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? day.slice(2).replaceAll('-', '') : '');

/** YYMMDD → YYYY-MM-DD for display (day 00 is the end of the month; shown as written). */
export const fromGs1Date = (s: string) => (/^\d{6}$/.test(s) ? `20${s.slice(0, 2)}-${s.slice(2, 4)}-${s.slice(4, 6)}` : s);

export async function listKeys(): Promise<SigningKey[]> {
  return unwrap(await api.GET('/api/unit-codes/keys')).items;
}

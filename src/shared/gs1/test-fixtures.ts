import assert from 'node:assert/strict';
import type { Gs1ErrorCode, Gs1ParseResult } from './element-string.ts';

// Shared by the element-string and Digital Link tests.
export const today = '2026-11-25';
export const GTIN = '09506000134352'; // the GTIN GS1's Digital Link standard uses in its examples
export const SSCC = '106141412345678908'; // GS1 US's example SSCC (check digit 8)
export const CARTON = '10950600013436'; // GTIN-14 of a case of GTIN, indicator 1 (check digit computed)
export const GLN = '9521234543213';

/** Asserts a parse succeeded and narrows it. */
export function ok(result: Gs1ParseResult): Extract<Gs1ParseResult, { ok: true }> {
  assert.ok(result.ok, `expected success, got ${JSON.stringify(result)}`);
  return result;
}

/** Asserts a parse was refused with this code (and AI), and says why. */
export function refused(result: Gs1ParseResult, code: Gs1ErrorCode, ai?: string): void {
  assert.equal(result.ok, false, `expected ${code}, got ${JSON.stringify(result)}`);
  if (!result.ok) {
    assert.equal(result.code, code, result.detail);
    assert.ok(result.detail.length > 0);
    if (ai !== undefined) assert.equal(result.ai, ai);
  }
}

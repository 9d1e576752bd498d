/**
 * The one error type of the platform. Services throw it for refusals (not found, forbidden,
 * conflict, invalid state); the HTTP edge maps it to an RFC 9457 problem document.
 * Expected business outcomes that callers branch on (out of stock) are typed results instead.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string, id?: string): AppError =>
  new AppError(404, `${what}_not_found`, id ? `No ${what.replace(/_/g, ' ')} with id ${id}` : `No such ${what.replace(/_/g, ' ')}`);

export const forbidden = (detail = 'You may not do this'): AppError => new AppError(403, 'forbidden', detail);

export const unauthorized = (detail = 'Sign in first'): AppError => new AppError(401, 'unauthorized', detail);

export const conflict = (code: string, detail: string, details?: Record<string, unknown>): AppError => new AppError(409, code, detail, details);

export const badRequest = (code: string, detail: string, details?: Record<string, unknown>): AppError => new AppError(400, code, detail, details);

export const invalidState = (code: string, detail: string, details?: Record<string, unknown>): AppError => new AppError(422, code, detail, details);

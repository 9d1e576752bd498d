import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';

/** RFC 9457 problem document; `code` is the stable machine-readable reason. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  instance?: string;
  request_id: string;
  [extra: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function problem(req: FastifyRequest, status: number, code: string, detail: string, extra?: Record<string, unknown>): Problem {
  // Details come first so they can never overwrite the problem's own members (status, code…).
  return {
    ...extra,
    type: `urn:meridian:problem:${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    code,
    detail,
    instance: req.url,
    request_id: String(req.id),
  };
}

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.code(body.status).type('application/problem+json').send(body);
}

// Errors that mean the database is unreachable: answer 503 with a retry hint, not 500.
const DB_UNAVAILABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08003', '08006', '53300']);

// PostgreSQL errors a request can provoke with bad but schema-valid input.
const PG_CLIENT_ERRORS: Record<string, [number, string, string]> = {
  '23505': [409, 'already_exists', 'A record with these unique values already exists'],
  '23503': [422, 'reference_not_found', 'A referenced record does not exist'],
  '23514': [422, 'constraint_violation', 'The values break a rule of the data'],
  '23502': [422, 'constraint_violation', 'A required value is missing'],
  '22P02': [400, 'invalid_value', 'A value has the wrong form'],
  '22003': [400, 'invalid_value', 'A number is out of range'],
  '22001': [400, 'invalid_value', 'A value is too long'],
  '22007': [400, 'invalid_value', 'A date or time has the wrong form'],
  '22021': [400, 'invalid_text', 'Text has a character the database cannot store'],
  '22P05': [400, 'invalid_text', 'Text has a character the database cannot store'],
  '22008': [400, 'invalid_value', 'A date or time is out of range'],
  '40001': [503, 'retry', 'The request conflicted with another; retry it'],
  '40P01': [503, 'retry', 'The request conflicted with another; retry it'],
};

interface ValidationItem {
  instancePath?: string;
  message?: string;
  keyword?: string;
  params?: Record<string, unknown>;
}

/** The one place errors become HTTP answers. */
export function errorHandler(
  err: FastifyError & { code?: string; validation?: ValidationItem[]; validationContext?: string },
  req: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (err instanceof AppError) {
    return sendProblem(reply, problem(req, err.status, err.code, err.message, err.details));
  }
  if (err.validation) {
    const where = err.validationContext ?? 'body';
    const errors = err.validation.map((v) => ({
      in: where,
      path: v.instancePath || '/',
      message:
        v.keyword === 'additionalProperties' && v.params?.additionalProperty
          ? `unknown field "${String(v.params.additionalProperty)}"`
          : (v.message ?? 'is invalid'),
    }));
    const first = errors[0];
    return sendProblem(
      reply,
      problem(req, 400, 'validation_failed', first ? `${where}${first.path === '/' ? '' : first.path} ${first.message}` : 'Invalid input', { errors }),
    );
  }
  const code = err.code ?? '';
  switch (code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return sendProblem(reply, problem(req, 413, 'body_too_large', 'The request body is larger than allowed'));
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return sendProblem(reply, problem(req, 415, 'unsupported_media_type', 'Send application/json'));
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return sendProblem(reply, problem(req, 400, 'empty_body', 'The JSON body is empty'));
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return sendProblem(reply, problem(req, 400, 'malformed_json', 'The body is not valid JSON'));
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return sendProblem(reply, problem(req, 400, 'invalid_content_length', 'Content-Length does not match the body'));
  }
  if (err.statusCode === 400 && (err.name === 'SyntaxError' || /JSON/i.test(err.message))) {
    return sendProblem(reply, problem(req, 400, 'malformed_json', 'The body is not valid JSON'));
  }
  if (DB_UNAVAILABLE.has(code) || /Connection terminated|timeout exceeded when trying to connect/i.test(err.message)) {
    req.log.warn({ err }, 'database unavailable');
    reply.header('retry-after', '2');
    return sendProblem(reply, problem(req, 503, 'database_unavailable', 'The database is not reachable; retry shortly'));
  }
  const pgError = PG_CLIENT_ERRORS[code];
  if (pgError) {
    const [status, c, detail] = pgError;
    if (status === 503) reply.header('retry-after', '1');
    return sendProblem(reply, problem(req, status, c, detail));
  }
  if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
    return sendProblem(reply, problem(req, err.statusCode, 'bad_request', err.message));
  }
  req.log.error({ err }, 'unexpected error');
  return sendProblem(reply, problem(req, 500, 'internal_error', `Something went wrong on our side; quote request id ${String(req.id)}`));
}

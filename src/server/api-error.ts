/**
 * The one error shape of the HTTP API, `{ "error": { "code", "message" } }`, and the HTTP status
 * of each stable code: unknown ids 404, authentication 401, roles 403, oversized bodies 413, any
 * other usage or validation error 400, and only a failure of the server itself 500.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { SitrepError } from '../core/errors.ts';

export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 413 | 415 | 500;

export class ApiError extends SitrepError {
  readonly status: ErrorStatus;
  constructor(status: ErrorStatus, code: string, message: string) {
    super(code, message);
    this.name = 'ApiError';
    this.status = status;
  }
}

const STATUS_OF_CODE: Record<string, ErrorStatus> = {
  NOT_FOUND: 404,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  TOO_LARGE: 413,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  STORE: 500,
  INTERNAL: 500,
};

const CODE_OF_HTTP_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

export function errorBody(code: string, message: string) {
  return { error: { code, message } };
}

/** The status and body for any thrown value. */
export function describeApiError(error: unknown): { status: ErrorStatus; code: string; message: string } {
  if (error instanceof ApiError) return { status: error.status, code: error.code, message: error.message };
  if (error instanceof SitrepError) return { status: STATUS_OF_CODE[error.code] ?? 400, code: error.code, message: error.toLine() };
  if (error instanceof HTTPException) {
    const status = (CODE_OF_HTTP_STATUS[error.status] ? error.status : error.status >= 500 ? 500 : 400) as ErrorStatus;
    const code = error.message.startsWith('Malformed JSON') ? 'BAD_JSON' : CODE_OF_HTTP_STATUS[status] ?? 'INTERNAL';
    return { status, code, message: error.message || code };
  }
  return { status: 500, code: 'INTERNAL', message: 'internal error' };
}

export function errorResponse(c: Context, error: unknown): Response {
  const { status, code, message } = describeApiError(error);
  const headers: Record<string, string> = status === 401 ? { 'WWW-Authenticate': 'Bearer realm="sitrep"' } : {};
  return c.json(errorBody(code, message.split('\n')[0] ?? message), status, headers);
}

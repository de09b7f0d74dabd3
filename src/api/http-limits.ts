// What an HTTP request may be before GraphQL sees it: one operation per request, a
// JSON body under MAX_BODY_BYTES. Refusals are GraphQL-shaped JSON with a code, like
// every other error of this API, instead of Express's HTML error pages.
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Logger } from '../logger.js';

type HttpErrorCode =
  | 'PAYLOAD_TOO_LARGE'
  | 'BAD_REQUEST'
  | 'BATCHED_REQUESTS_DISABLED'
  | 'INTERNAL_SERVER_ERROR'
  // The export download's (export-download.ts), as GraphQL answers them.
  | 'UNAUTHENTICATED'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'SERVICE_UNAVAILABLE'
  | 'TOO_MANY_REQUESTS';

/** The body of a refusal: GraphQL-shaped, with a code. */
export const httpErrorBody = (code: HttpErrorCode, message: string) => ({ errors: [{ message, extensions: { code } }] });

export function sendHttpError(res: Response, status: number, code: HttpErrorCode, message: string): void {
  res.status(status).json(httpErrorBody(code, message));
}

export const BATCH_REFUSAL = 'Batched requests are not accepted: send one operation per request.';
export const NOT_JSON_REFUSAL = 'The request body is not valid JSON in UTF-8.';

/**
 * A JSON array body is a batch of operations: armor's limits apply per operation,
 * so a batch would multiply them. Apollo refuses batches too (allowBatchedHttpRequests
 * is off), but with a generic BAD_REQUEST; this says why.
 */
export const rejectBatchedRequests: RequestHandler = (req, res, next) => {
  if (Array.isArray(req.body)) {
    sendHttpError(res, 400, 'BATCHED_REQUESTS_DISABLED', BATCH_REFUSAL);
    return;
  }
  next();
};

/**
 * express.json's failures: a body over the limit (413), or one it cannot read — not JSON,
 * another charset, a corrupt gzip/deflate/br stream (400). Anything else reaching here is
 * ours: a 500, logged, without the stack trace Express would print in its HTML page.
 */
export function bodyErrorHandler(maxBodyBytes: number, logger: Logger): ErrorRequestHandler {
  return (err: { type?: string; status?: number; message?: string }, _req, res, next) => {
    if (res.headersSent) {
      next(err);
    } else if (err.type === 'entity.too.large') {
      sendHttpError(res, 413, 'PAYLOAD_TOO_LARGE', `The request body exceeds ${maxBodyBytes} bytes (MAX_BODY_BYTES).`);
    } else if (err.type === 'entity.parse.failed' || err.type === 'encoding.unsupported' || err.type === 'charset.unsupported') {
      sendHttpError(res, 400, 'BAD_REQUEST', NOT_JSON_REFUSAL);
    } else if (typeof err.status === 'number' && err.status >= 400 && err.status < 500) {
      sendHttpError(res, 400, 'BAD_REQUEST', 'The request body could not be read: send JSON, uncompressed or compressed whole with gzip, deflate or br.');
    } else {
      logger.error({ err: err.message }, 'unexpected error before GraphQL');
      sendHttpError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    }
  };
}

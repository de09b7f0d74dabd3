// POST /graphql with a plain JSON body — nearly every request — goes from Node's
// http server to Apollo directly: Express's router, body parser and response
// helpers cost about as much server time as a small query's GraphQL execution.
// Anything else (GET, compressed, chunked or empty bodies, other content types,
// bodies over MAX_BODY_BYTES) goes on to Express, which reads and refuses it as
// before; a refusal here is worded and coded as there (http-limits.ts).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from '@apollo/server';
import type { Logger } from '../logger.js';
import type { ApiContext } from './context.js';
import { BATCH_REFUSAL, NOT_JSON_REFUSAL, httpErrorBody } from './http-limits.js';

const PLAIN_JSON = /^application\/json\s*(;\s*charset="?utf-8"?\s*)?$/i;

export interface DirectGraphQLOptions {
  apollo: ApolloServer<ApiContext>;
  path: string;
  maxBodyBytes: number;
  context: (req: IncomingMessage) => Promise<ApiContext>;
  logger: Logger;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, headers: Iterable<[string, string]>, text: string): void {
  res.statusCode = status;
  for (const [name, value] of headers) res.setHeader(name, value);
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
}

const JSON_HEADERS: [string, string][] = [['content-type', 'application/json; charset=utf-8']];

async function respond(res: ServerResponse, response: HTTPGraphQLResponse): Promise<void> {
  if (response.body.kind === 'complete') {
    send(res, response.status ?? 200, response.headers, response.body.string);
    return;
  }
  res.statusCode = response.status ?? 200;
  for (const [name, value] of response.headers) res.setHeader(name, value);
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** A request listener's first step: true when it answered the request, false when Express should. */
export function directGraphQL(options: DirectGraphQLOptions): (req: IncomingMessage, res: ServerResponse) => boolean {
  const { apollo, logger } = options;
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body: unknown;
    try {
      body = JSON.parse((await readBody(req)).toString('utf8'));
    } catch {
      send(res, 400, JSON_HEADERS, JSON.stringify(httpErrorBody('BAD_REQUEST', NOT_JSON_REFUSAL)));
      return;
    }
    // A batch would multiply armor's per-operation limits (see rejectBatchedRequests).
    if (Array.isArray(body)) {
      send(res, 400, JSON_HEADERS, JSON.stringify(httpErrorBody('BATCHED_REQUESTS_DISABLED', BATCH_REFUSAL)));
      return;
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body },
      context: () => options.context(req),
    });
    await respond(res, response);
  }
  return (req, res) => {
    const length = Number(req.headers['content-length']);
    if (
      req.method !== 'POST' ||
      req.url !== options.path ||
      req.headers['content-encoding'] !== undefined ||
      !(length > 0 && length <= options.maxBodyBytes) ||
      !PLAIN_JSON.test(req.headers['content-type'] ?? '')
    ) {
      return false;
    }
    handle(req, res).catch((err: Error) => {
      logger.error({ err: err.message }, 'unexpected error answering a GraphQL request');
      if (!res.headersSent) send(res, 500, JSON_HEADERS, JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
      else res.destroy();
    });
    return true;
  };
}

// The API over real HTTP for the hardening tests: a server per configuration, and a
// client that returns whatever came back (status, JSON or not) without judging it.
import { startApiServer, type ApiServer } from '../../../src/api/server.js';
import { createLogger, type Logger } from '../../../src/logger.js';
import type { GraphDb } from '../../../src/store/graph-db.js';
import { testConfig } from '../../api/support/harness.js';

export const INGEST_TOKEN = 'ingest-token-for-tests-0123456789';
export const SECOND_INGEST_TOKEN = 'second-ingest-token-for-tests-abcdef';
export const READ_TOKEN = 'read-token-for-tests-0123456789ab';

export interface HttpResult {
  status: number;
  /** Parsed JSON, or undefined when the body was not JSON. */
  body: any;
  text: string;
  headers: Headers;
}

export interface TestApi {
  /** http://host:port, for requests the helpers below do not make. */
  origin: string;
  stop(): Promise<void>;
  /** POSTs `{query, variables}` (or a raw body when `raw` is given). */
  post(query: string, variables?: Record<string, unknown>, options?: { token?: string; raw?: string; headers?: Record<string, string> }): Promise<HttpResult>;
  /** POSTs a body as given, e.g. compressed bytes, as JSON with these headers. */
  postBytes(body: Buffer, headers: Record<string, string>): Promise<HttpResult>;
  get(path: string, headers?: Record<string, string>): Promise<HttpResult>;
}

async function resultOf(res: Response): Promise<HttpResult> {
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: res.status, body, text, headers: res.headers };
}

export async function startTestApi(db: GraphDb, env: Record<string, string> = {}, logger: Logger = createLogger('silent')): Promise<TestApi> {
  const config = testConfig({ PORT: '0', INGEST_TOKENS: INGEST_TOKEN, ...env });
  const server: ApiServer = await startApiServer({ db, config, logger });
  const origin = new URL(server.url).origin;
  return {
    origin,
    stop: () => server.stop(),
    async post(query, variables = {}, options = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      const body = options.raw ?? JSON.stringify({ query, variables });
      return resultOf(await fetch(server.url, { method: 'POST', headers, body }));
    },
    async postBytes(body, headers) {
      return resultOf(await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: new Uint8Array(body) }));
    },
    async get(path, headers = {}) {
      return resultOf(await fetch(origin + path, { headers }));
    },
  };
}

export const INGEST_MUTATION = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) { status warnings entities { created merged } relations { created merged } article { id } }
}`;


// HTTP face of the product: Apollo Server on Express 5, plus health endpoints
// and the offline playground.
import http, { type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { GraphDb } from '../store/graph-db.js';
import { armorProtection } from './armor.js';
import { operationChecksPlugin } from './operation-checks.js';
import { accessControlPlugin, accessPolicy, READ_TOKEN_REQUIRED, unauthenticated } from './auth.js';
import { createContext, type ApiContext } from './context.js';
import { createErrorFormatter } from './errors.js';
import { directGraphQL } from './graphql-over-http.js';
import { bodyErrorHandler, rejectBatchedRequests } from './http-limits.js';
import { exportDownload } from './export-download.js';
import { explorerRouter } from './explorer-page.js';
import { playgroundRouter } from './playground.js';
import { resolvers } from './resolvers/index.js';
import { jitGateway } from './jit-executor.js';
import { roundTripsExtension } from './round-trips.js';
import { loadTypeDefs } from './schema.js';

export interface ApiServer {
  url: string;
  stop(): Promise<void>;
}

export interface ApiDeps {
  db: GraphDb;
  config: Config;
  logger: Logger;
  /** The seed load at start failed: not ready while the graph it should have filled is empty. */
  seedFailed?: boolean;
}

const GRAPHQL_PATH = '/graphql';

/** The GraphQL server without HTTP: in-process tests call `executeOperation` on it with a context of their own. */
export function createApolloServer(deps: ApiDeps, extraPlugins: ApolloServerPlugin<ApiContext>[] = []): ApolloServer<ApiContext> {
  const { config, logger } = deps;
  const production = config.NODE_ENV === 'production';
  const development = config.NODE_ENV === 'development';
  const armor = armorProtection();
  return new ApolloServer<ApiContext>({
    gateway: jitGateway(makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers }), { maxResponseBytes: config.MAX_RESPONSE_BYTES }),
    introspection: config.INTROSPECTION ?? !production,
    includeStacktraceInErrorResponses: development,
    formatError: createErrorFormatter({ development, hideSuggestions: production, logger }),
    // Apollo pretty-prints responses by default: twice the bytes and the time for a large view.
    stringifyResult: development ? (value) => JSON.stringify(value, null, 2) : (value) => JSON.stringify(value),
    // main.ts owns shutdown order (HTTP, then driver, then JVM); Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    validationRules: armor.validationRules,
    parseOptions: armor.parseOptions,
    plugins: [
      accessControlPlugin(config),
      ...armor.plugins,
      operationChecksPlugin(config),
      // Apollo's page loads from a CDN; ours (playground.ts) does not.
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints in this schema; the default plugin would still hook every field.
      ApolloServerPluginCacheControlDisabled(),
      ...(production ? [] : [roundTripsExtension]),
      ...extraPlugins,
    ],
  });
}

const graphIsEmpty = async (db: GraphDb): Promise<boolean> =>
  ((await db.read<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n'))[0]?.n ?? 0) === 0;

export async function startApiServer(deps: ApiDeps): Promise<ApiServer> {
  const { config, logger } = deps;
  const app = express();
  // Express would hash every response body for an ETag (a fraction of a millisecond on a
  // large view); GraphQL clients POST and send no If-None-Match.
  app.set('etag', false);
  const httpServer = http.createServer();
  const apollo = createApolloServer(deps, [ApolloServerPluginDrainHttpServer({ httpServer })]);
  await apollo.start();
  const accessOf = accessPolicy(config);
  const contextOf = async (req: IncomingMessage): Promise<ApiContext> => {
    const access = accessOf(req.headers.authorization);
    // Refused before parsing, so without a token not even validation errors describe the schema.
    if (!access.read) throw unauthenticated(READ_TOKEN_REQUIRED);
    return createContext(deps, access);
  };
  const direct = directGraphQL({ apollo, path: GRAPHQL_PATH, maxBodyBytes: config.MAX_BODY_BYTES, context: contextOf, logger });
  httpServer.on('request', (req, res) => {
    if (!direct(req, res)) app(req, res);
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await deps.db.ping();
      if (deps.seedFailed && (await graphIsEmpty(deps.db))) {
        res.status(503).json({ status: 'unavailable', reason: 'the seed articles failed to load and the graph is empty (see the log)' });
        return;
      }
      res.json({ status: 'ready' });
    } catch (err) {
      // The reason (host, port, driver message) goes to the log, not to anonymous callers.
      logger.warn({ err: (err as Error).message }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable' });
    }
  });
  if (config.PLAYGROUND) app.use(playgroundRouter(GRAPHQL_PATH));
  if (config.EXPLORER) app.use(explorerRouter());
  app.get('/export', exportDownload(deps.db, accessOf, logger, config.EXPORT_CONCURRENCY));
  app.use(
    GRAPHQL_PATH,
    express.json({ limit: config.MAX_BODY_BYTES }),
    rejectBatchedRequests,
    expressMiddleware(apollo, { context: ({ req }) => contextOf(req) }),
  );
  app.use(bodyErrorHandler(config.MAX_BODY_BYTES, logger));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.PORT, config.HOST, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}${GRAPHQL_PATH}`;
  logger.info({ url, playground: config.PLAYGROUND, explorer: config.EXPLORER }, 'API ready');
  return { url, stop: () => apollo.stop() };
}

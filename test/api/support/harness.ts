// The API in-process, over the test database: operations run through Apollo's
// executeOperation with a context the test holds, so each result comes with
// the exact number of database round trips it cost.
import { readFileSync } from 'node:fs';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { loadConfig, type Config } from '../../../src/config.js';
import { createLogger, type Logger } from '../../../src/logger.js';
import { createApolloServer } from '../../../src/api/server.js';
import { createContext, type ApiContext } from '../../../src/api/context.js';
import { FULL_ACCESS } from '../../../src/api/auth.js';
import type { GraphDb } from '../../../src/store/graph-db.js';
import { openTestGraph } from '../../support/test-graph.js';

export interface OperationResult<T> {
  data: T | null | undefined;
  errors: readonly GraphQLFormattedError[] | undefined;
  roundTrips: number;
}

export interface ApiHarness {
  db: GraphDb;
  config: Config;
  logger: Logger;
  run<T = any>(query: string, variables?: Record<string, unknown>): Promise<OperationResult<T>>;
  close(): Promise<void>;
}

export const testConfig = (env: Record<string, string> = {}): Config =>
  loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PAGE_SIZE_DEFAULT: '20', PAGE_SIZE_MAX: '100', ...env });

/** A cleared test database and a started Apollo server on it. */
export async function openApiHarness(env: Record<string, string> = {}): Promise<ApiHarness> {
  const db = await openTestGraph();
  const config = testConfig(env);
  const logger = createLogger(config.LOG_LEVEL);
  const apollo: ApolloServer<ApiContext> = createApolloServer({ db, config, logger });
  await apollo.start();
  return {
    db,
    config,
    logger,
    async run(query, variables = {}) {
      const contextValue = createContext({ db, config, logger }, FULL_ACCESS);
      const response = await apollo.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      const { data, errors } = response.body.singleResult;
      return { data: data as never, errors, roundTrips: contextValue.db.roundTrips.count };
    },
    async close() {
      await apollo.stop();
      await db.close();
    },
  };
}

export const readExample = (name: string): string => readFileSync(`examples/${name}.graphql`, 'utf8');

/** Fails with the errors' messages rather than a bare "expected undefined". */
export function dataOf<T>(result: OperationResult<T>): T {
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}

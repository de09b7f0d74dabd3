// Error codes clients can act on (extensions.code), and the formatter that
// keeps internals — messages of unexpected errors, stack traces — out of
// responses outside development.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { Neo4jError } from 'neo4j-driver';
import type { Logger } from '../logger.js';

type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'SERVICE_UNAVAILABLE' | 'TIMEOUT' | 'QUERY_LIMIT_EXCEEDED' | 'INTERNAL_SERVER_ERROR';

export const badUserInput = (message: string, extensions: Record<string, unknown> = {}): GraphQLError =>
  new GraphQLError(message, { extensions: { ...extensions, code: 'BAD_USER_INPUT' } });

export const notFound = (message: string): GraphQLError => new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });

/** Codes Apollo and graphql-armor set for a malformed or refused request, kept as they are. */
const REQUEST_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
]);

function databaseErrorCode(error: unknown): ErrorCode | null {
  if (!(error instanceof Neo4jError)) return null;
  if (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired') return 'SERVICE_UNAVAILABLE';
  if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) return 'TIMEOUT';
  if (error.code === 'Neo.TransientError.Transaction.LockClientStopped') return 'TIMEOUT';
  return null;
}

const DATABASE_MESSAGES: Partial<Record<ErrorCode, string>> = {
  SERVICE_UNAVAILABLE: 'The graph database is unavailable; try again shortly.',
  TIMEOUT: 'The query took too long and was stopped; ask for less (smaller pages, lower depth).',
};

export function createErrorFormatter(options: { development: boolean; logger: Logger }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const dbCode = databaseErrorCode(original);
    if (dbCode) {
      options.logger.warn({ err: (original as Error).message, path: formatted.path }, 'database error');
      return {
        message: DATABASE_MESSAGES[dbCode] ?? dbCode,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: dbCode },
      };
    }
    // An operation past an armor limit (armor.ts tags which one).
    if (typeof formatted.extensions?.limit === 'string') {
      return { ...formatted, extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: formatted.extensions.limit } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && REQUEST_CODES.has(code)) return formatted;
    options.logger.error({ err: original, path: formatted.path }, 'unexpected error');
    if (options.development) return formatted;
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

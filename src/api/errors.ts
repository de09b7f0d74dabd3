// Error codes clients can act on (extensions.code), and the formatter that
// keeps internals — messages of unexpected errors, stack traces — out of
// responses outside development.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { Neo4jError } from 'neo4j-driver';
import type { Logger } from '../logger.js';
import { isUnavailable } from '../store/graph-db.js';

type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'SERVICE_UNAVAILABLE' | 'TIMEOUT' | 'QUERY_LIMIT_EXCEEDED' | 'INTERNAL_SERVER_ERROR';

export const badUserInput = (message: string, extensions: Record<string, unknown> = {}): GraphQLError =>
  new GraphQLError(message, { extensions: { ...extensions, code: 'BAD_USER_INPUT' } });

export const notFound = (message: string): GraphQLError => new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });

/** A request that the graph's state refuses now (e.g. undoing a correction a later one builds on). */
export const conflict = (message: string): GraphQLError => new GraphQLError(message, { extensions: { code: 'CONFLICT' } });

/** Codes Apollo and graphql-armor set for a malformed or refused request, kept as they are. */
const REQUEST_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
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
  if (isUnavailable(error)) return 'SERVICE_UNAVAILABLE';
  if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) return 'TIMEOUT';
  // A transaction stopped by its timeout while waiting for a lock; the driver reports
  // Neo4j 5's TransientError under the ClientError code (it must not be retried).
  if (error.code.endsWith('.Transaction.LockClientStopped')) return 'TIMEOUT';
  return null;
}

/** graphql-js's token limit (armor.ts's parseOptions) is a plain syntax error: only its message tells it apart. */
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more tha[nt] \d+ tokens/;

/** Which operation limit a refusal is about: armor tags its own (armor.ts); the token limit is recognised. */
function queryLimitOf(formatted: GraphQLFormattedError): string | null {
  const tagged = formatted.extensions?.limit;
  if (typeof tagged === 'string') return tagged;
  return formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' && TOKEN_LIMIT_MESSAGE.test(formatted.message) ? 'tokens' : null;
}

const DATABASE_MESSAGES: Partial<Record<ErrorCode, string>> = {
  SERVICE_UNAVAILABLE: 'The graph database is unavailable; try again shortly.',
  TIMEOUT: 'The query took too long and was stopped; ask for less (smaller pages, lower depth).',
};

/** "Did you mean …?" helps developers and maps the schema for attackers. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** A client's mistake: the message says what to change; a stack trace would say nothing more. */
function asRequestError(formatted: GraphQLFormattedError, hideSuggestions: boolean): GraphQLFormattedError {
  const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, message: hideSuggestions ? formatted.message.replace(SUGGESTION, '') : formatted.message, extensions };
}

export function createErrorFormatter(options: { development: boolean; hideSuggestions?: boolean; logger: Logger }) {
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
    const limit = queryLimitOf(formatted);
    if (limit) return { ...formatted, extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit } };
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && REQUEST_CODES.has(code)) return asRequestError(formatted, options.hideSuggestions ?? false);
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

// Access control by bearer token: mutations need an ingest token (INGEST_TOKENS),
// queries need a read token only when READ_TOKENS is set. An ingest token also reads.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Config } from '../config.js';
import type { ApiContext } from './context.js';

export interface Access {
  read: boolean;
  ingest: boolean;
  /** The label of the ingest token (INGEST_TOKENS `label=token`): who corrections are recorded as made by. */
  label?: string;
}

/** What trusted in-process callers (tests calling executeOperation) get; never derived from a request. */
export const FULL_ACCESS: Access = { read: true, ingest: true, label: 'in-process' };

const digest = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

/**
 * Tokens kept as SHA-256 digests and compared with timingSafeEqual: equal-length
 * digests leak neither a token's length nor how many leading bytes matched.
 * Every token is compared, so the time does not tell which one matched either.
 */
export class TokenSet {
  private readonly digests: Buffer[];

  constructor(tokens: readonly string[]) {
    this.digests = tokens.map(digest);
  }

  get size(): number {
    return this.digests.length;
  }

  includes(token: string | undefined): boolean {
    return this.indexOf(token) >= 0;
  }

  /** Position of the matching token, or -1. */
  indexOf(token: string | undefined): number {
    if (token === undefined) return -1;
    const candidate = digest(token);
    let found = -1;
    this.digests.forEach((d, i) => {
      if (timingSafeEqual(d, candidate)) found = i;
    });
    return found;
  }
}

const BEARER = /^Bearer[ \t]+([^\s]+)[ \t]*$/i;

/** The token of an `Authorization: Bearer …` header; undefined for any other form. */
export function bearerToken(authorization: string | undefined): string | undefined {
  return authorization ? BEARER.exec(authorization)?.[1] : undefined;
}

/** Maps an Authorization header to what it allows, under the configured tokens. */
export function accessPolicy(config: Pick<Config, 'INGEST_TOKENS' | 'READ_TOKENS'>): (authorization: string | undefined) => Access {
  const ingestTokens = new TokenSet(config.INGEST_TOKENS.map((t) => t.token));
  const readTokens = new TokenSet(config.READ_TOKENS);
  return (authorization) => {
    const token = bearerToken(authorization);
    const match = ingestTokens.indexOf(token);
    if (match >= 0) return { ingest: true, read: true, label: config.INGEST_TOKENS[match]!.label };
    return { ingest: false, read: readTokens.size === 0 || readTokens.includes(token) };
  };
}

/** UNAUTHENTICATED with HTTP 401; the message never echoes the token. */
export const unauthenticated = (message: string): GraphQLError =>
  new GraphQLError(message, {
    extensions: {
      code: 'UNAUTHENTICATED',
      http: { status: 401, headers: new Map([['www-authenticate', 'Bearer']]) },
    },
  });

export const READ_TOKEN_REQUIRED = 'This API requires a bearer token: send `Authorization: Bearer <token>` with one of READ_TOKENS or INGEST_TOKENS.';

/**
 * Checks the operation's type once the document is parsed and the operation chosen,
 * so aliases, fragments and multi-operation documents cannot hide a mutation.
 */
export function accessControlPlugin(config: Pick<Config, 'INGEST_TOKENS'>): ApolloServerPlugin<ApiContext> {
  const mutationRefusal =
    config.INGEST_TOKENS.length === 0
      ? 'Mutations are disabled on this server: configure INGEST_TOKENS to enable them.'
      : 'Mutations require an ingest token: send `Authorization: Bearer <token>` with one of INGEST_TOKENS.';
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const mutation = operation?.operation === 'mutation';
          if (mutation && !contextValue.access.ingest) throw unauthenticated(mutationRefusal);
          if (!mutation && !contextValue.access.read) throw unauthenticated(READ_TOKEN_REQUIRED);
        },
      };
    },
  };
}

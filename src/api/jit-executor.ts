// Execution by graphql-jit: each operation is compiled once into plain JS and
// reused, instead of graphql-js walking the document for every field of every
// item (a relationship view has thousands). Apollo Server takes a custom
// executor only through its gateway interface, hence the small adapter.
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { GraphQLError, printSchema, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** Compiled operations by document (Apollo keeps parsed documents in its LRU store) and operation name. */
function compiledOperations(schema: GraphQLSchema) {
  const byDocument = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>();
  return (document: DocumentNode, operationName: string | null): CompiledQuery | ExecutionResult => {
    let byName = byDocument.get(document);
    if (!byName) byDocument.set(document, (byName = new Map()));
    const key = operationName ?? '';
    let compiled = byName.get(key);
    if (!compiled) {
      compiled = compileQuery(schema, document, operationName ?? undefined);
      byName.set(key, compiled);
    }
    return compiled;
  };
}

/**
 * graphql-jit's errors leave `extensions` undefined when the thrown error has none;
 * Apollo's error formatting expects graphql-js's errors, which always carry it.
 * A result without data failed on its variables: Apollo recognises such errors
 * by AST nodes graphql-jit does not keep, so they get their code here.
 */
function asGraphQLError(e: GraphQLError, variablesRefused: boolean): GraphQLError {
  const extensions = { ...(variablesRefused ? { code: 'BAD_USER_INPUT' } : {}), ...e.extensions };
  const error = new GraphQLError(e.message, { path: e.path, originalError: e.originalError ?? undefined, extensions });
  // graphql-js derives locations from AST nodes, which graphql-jit does not keep; its locations are right.
  (error as { locations?: GraphQLError['locations'] }).locations = e.locations;
  return error;
}

/**
 * Whether the JSON of `value` would take more than `budget` bytes, counted without
 * building it: strings by their UTF-8 length, other values and keys approximately.
 * Stops as soon as the budget is spent.
 */
function exceedsBytes(value: unknown, budget: number): boolean {
  const stack: unknown[] = [value];
  let left = budget;
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') left -= Buffer.byteLength(v) + 2;
    else if (Array.isArray(v)) {
      left -= v.length + 2;
      for (const item of v) stack.push(item);
    } else if (v !== null && typeof v === 'object') {
      for (const key in v) {
        left -= key.length + 4;
        stack.push((v as Record<string, unknown>)[key]);
      }
    } else left -= 8;
    if (left < 0) return true;
  }
  return false;
}

export interface JitOptions {
  /** Largest response a request may build (MAX_RESPONSE_BYTES). */
  maxResponseBytes: number;
}

export function jitGateway(schema: GraphQLSchema, options: JitOptions): GatewayInterface {
  const compile = compiledOperations(schema);
  const tooLarge = () => new GraphQLError(
    `The response would exceed ${options.maxResponseBytes} bytes (MAX_RESPONSE_BYTES): ask for smaller pages or fewer fields (article text is large).`,
    // A limit like armor's: the error formatter reports QUERY_LIMIT_EXCEEDED; no data, so HTTP 400.
    { extensions: { limit: 'responseSize' } },
  );
  const executor: GatewayExecutor = async ({ document, operationName, request, context }) => {
    const compiled = compile(document, operationName);
    // Not compiled, which nothing a client sends should cause (unknown operation names and
    // subscriptions are refused before: operation-checks.ts): an internal error, logged.
    if (!isCompiledQuery(compiled)) return { errors: (compiled.errors ?? []).map((e) => asGraphQLError(e, false)) };
    const result = await compiled.query(undefined, context, request.variables ?? {});
    // The data is in memory already, but not yet its JSON (often larger) nor its copies in Apollo.
    if (exceedsBytes(result.data, options.maxResponseBytes)) return { errors: [tooLarge()] };
    if (!result.errors) return result;
    const variablesRefused = result.data === undefined;
    return { ...result, errors: result.errors.map((e) => asGraphQLError(e, variablesRefused)) };
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    load: async () => ({ executor }),
    stop: async () => undefined,
  };
}

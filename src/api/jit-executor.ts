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

export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  const compile = compiledOperations(schema);
  const executor: GatewayExecutor = async ({ document, operationName, request, context }) => {
    const compiled = compile(document, operationName);
    // Not compiled: the errors say why (e.g. an unknown operation name).
    if (!isCompiledQuery(compiled)) return compiled;
    const result = await compiled.query(undefined, context, request.variables ?? {});
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

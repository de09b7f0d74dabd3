// Checks on the operation Apollo resolved, before it runs: one that names no operation
// of the document, a subscription, or an operation too costly once its variables are
// known. Each is a client's mistake: HTTP 400, and no database work.
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode } from 'graphql';
import type { Config } from '../config.js';
import type { ApiContext } from './context.js';
import { checkOperationCost } from './query-cost.js';

/** The document's fragments by name; Apollo keeps parsed documents, so this is per distinct query text. */
const fragmentCache = new WeakMap<DocumentNode, Map<string, FragmentDefinitionNode>>();
function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  let fragments = fragmentCache.get(document);
  if (!fragments) {
    fragments = new Map(document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
    fragmentCache.set(document, fragments);
  }
  return fragments;
}

const badRequest = (message: string, code: string): GraphQLError =>
  new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

export function operationChecksPlugin(config: Config): ApolloServerPlugin<ApiContext> {
  const listener: GraphQLRequestListener<ApiContext> = {
    async didResolveOperation({ operation, request, document, schema }) {
      // Apollo hands an unresolved operation to the executor, which would run the
      // document's only operation whatever the name (GraphiQL sends a stale one).
      if (!operation) {
        throw badRequest(
          request.operationName
            ? `Unknown operation named "${request.operationName}".`
            : 'Must provide operation name if query contains multiple operations.',
          'OPERATION_RESOLUTION_FAILURE',
        );
      }
      if (operation.operation === 'subscription') {
        throw badRequest('Subscriptions are not supported: send a query or a mutation.', 'BAD_REQUEST');
      }
      checkOperationCost({ schema, operation, fragments: fragmentsOf(document), variables: request.variables ?? {}, pageLimits: config });
    },
  };
  return { requestDidStart: async () => listener };
}

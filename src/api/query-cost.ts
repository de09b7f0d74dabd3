// What an operation may ask for, computed once its variables are known: the sizes of
// its arguments, and its cost — about the number of values its response can hold.
// graphql-armor's cost rule runs during validation, before variables exist, so a page
// size passed as `$first` would cost nothing there.
import { getNullableType, GraphQLError, isLeafType, isListType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { badUserInput } from './errors.js';
import { pageWindow, type PageLimits } from './pagination.js';

export const QUERY_COST_LIMITS = {
  /**
   * The benchmark's relationship view (20 units × 50 members × 10 honours with their
   * conferrers) costs ≈ 65k; the examples a few thousand at most.
   */
  maxCost: 300_000,
  /** An article's text is kilobytes (up to MAX_ARTICLE_BYTES), not one value. */
  articleTextCost: 1_000,
  /** A fact's `evidence` list: most facts have one or two sentences. */
  evidencePerFact: 3,
  /** `entitiesByName`: people share names across units. */
  entitiesPerName: 10,
  /** Every string argument (names, queries, ids, cursors); the article input has limits of its own. */
  maxStringArgument: 1_000,
  /** Every list argument (ids, types). */
  maxListArgument: 100,
};

/**
 * Refuses an oversized argument before anything reads it (folding a 2 MB name, a
 * Cypher list of 200,000 types), and a page size out of range before it counts as cost.
 * Returns nothing, so the cost estimator runs next. Input objects (the article to
 * ingest) are the loader's to check.
 */
const argumentChecks =
  (limits: PageLimits): ComplexityEstimator =>
  ({ field, args }) => {
    if (field.args.some((a) => a.name === 'first')) pageWindow({ first: args.first }, limits);
    for (const [name, value] of Object.entries(args)) {
      if (typeof value === 'string' && value.length > QUERY_COST_LIMITS.maxStringArgument) {
        throw badUserInput(`${name}: at most ${QUERY_COST_LIMITS.maxStringArgument} characters`, { argumentName: name });
      }
      if (Array.isArray(value) && value.length > QUERY_COST_LIMITS.maxListArgument) {
        throw badUserInput(`${name}: at most ${QUERY_COST_LIMITS.maxListArgument} entries`, { argumentName: name });
      }
    }
  };

/** How many items a list field can return, from the argument that bounds it. */
function itemsOf(typeName: string, fieldName: string, args: Record<string, any>, hasFirst: boolean, pageDefault: number): number {
  if (hasFirst) return Math.max(1, args.first ?? pageDefault);
  if (fieldName === 'evidence') return QUERY_COST_LIMITS.evidencePerFact;
  if (typeName !== 'Query') return 1;
  switch (fieldName) {
    case 'nodes':
      return Math.max(1, args.ids?.length ?? 1);
    case 'entitiesByName':
      return QUERY_COST_LIMITS.entitiesPerName;
    case 'neighborhood':
      return Math.max(1, args.limit ?? 1);
    case 'path':
      return Math.max(1, (args.maxHops ?? 0) + 1);
    default:
      return 1;
  }
}

const costEstimator =
  (pageDefault: number): ComplexityEstimator =>
  ({ type, field, args, childComplexity }) => {
    const named = getNullableType(field.type);
    if (isLeafType(named) || (isListType(named) && isLeafType(getNullableType(named.ofType)))) {
      return type.name === 'Article' && field.name === 'text' ? QUERY_COST_LIMITS.articleTextCost : 1;
    }
    const hasFirst = field.args.some((a) => a.name === 'first');
    return 1 + itemsOf(type.name, field.name, args, hasFirst, pageDefault) * childComplexity;
  };

/** A GraphQLError that Apollo answers with HTTP 400 (its `http` extension is removed from the response). */
const refusal = (error: GraphQLError): GraphQLError => {
  (error.extensions as Record<string, unknown>).http = { status: 400 };
  return error;
};

export interface OperationToCheck {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName: string | null;
  variables: Record<string, unknown>;
  pageLimits: PageLimits;
}

/**
 * Throws a GraphQLError (HTTP 400) for an argument over its size or an operation over
 * the cost limit. Variables that do not fit their types are left to the executor,
 * which refuses them before anything runs.
 */
export function checkOperationCost(op: OperationToCheck): number {
  let cost: number;
  try {
    cost = getComplexity({
      schema: op.schema,
      query: op.document,
      variables: op.variables,
      ...(op.operationName ? { operationName: op.operationName } : {}),
      estimators: [argumentChecks(op.pageLimits), costEstimator(op.pageLimits.PAGE_SIZE_DEFAULT)],
    });
  } catch (err) {
    // Our argument checks; a variable that does not fit its type is the executor's to refuse.
    if (err instanceof GraphQLError && err.extensions.code === 'BAD_USER_INPUT') throw refusal(err);
    return 0;
  }
  if (cost > QUERY_COST_LIMITS.maxCost) {
    throw refusal(
      new GraphQLError(
        `Query cost ${cost} exceeds the limit of ${QUERY_COST_LIMITS.maxCost}: ask for smaller pages (first), fewer nested lists, or no article text.`,
        { extensions: { limit: 'cost' } },
      ),
    );
  }
  return cost;
}

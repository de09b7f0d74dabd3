// What an operation may ask for, computed once its variables are known: the sizes of
// its arguments, and its cost — about the number of values its response can hold.
// graphql-armor's cost rule runs during validation, before variables exist, so a page
// size passed as `$first` would cost nothing there. A direct walk of the operation, run
// on every request: graphql-query-complexity's visitor took ~100 µs on a one-line lookup.
import {
  getArgumentValues,
  getNamedType,
  getVariableValues,
  GraphQLError,
  isAbstractType,
  isCompositeType,
  isLeafType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { badUserInput } from './errors.js';
import { pageWindow, type PageLimits } from './pagination.js';

export const QUERY_COST_LIMITS = {
  /**
   * The benchmark's relationship view (20 units × 50 members × 10 honours with their
   * conferrers) costs ≈ 65k; the examples 10k at most.
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

type Args = Record<string, any>;
const NO_ARGS: Args = Object.freeze({});

/**
 * Refuses an oversized argument before anything reads it (folding a 2 MB name, a
 * Cypher list of 200,000 types), and a page size out of range before it counts as cost.
 * Input objects (the article to ingest) are the loader's to check.
 */
function checkArguments(field: GraphQLField<unknown, unknown>, args: Args, limits: PageLimits): void {
  if (field.args.some((a) => a.name === 'first')) pageWindow({ first: args.first }, limits);
  for (const [name, value] of Object.entries(args)) {
    if (typeof value === 'string' && value.length > QUERY_COST_LIMITS.maxStringArgument) {
      throw badUserInput(`${name}: at most ${QUERY_COST_LIMITS.maxStringArgument} characters`, { argumentName: name });
    }
    if (Array.isArray(value) && value.length > QUERY_COST_LIMITS.maxListArgument) {
      throw badUserInput(`${name}: at most ${QUERY_COST_LIMITS.maxListArgument} entries`, { argumentName: name });
    }
  }
}

/** How many items a field can return, from the argument that bounds it: a page, ids, a limit. */
function itemsOf(parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>, args: Args, pageDefault: number): number {
  if (field.args.some((a) => a.name === 'first')) return Math.max(1, args.first ?? pageDefault);
  if (field.name === 'evidence') return QUERY_COST_LIMITS.evidencePerFact;
  if (parent.name !== 'Query') return 1;
  switch (field.name) {
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

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  limits: PageLimits;
}

/** The cost of a selection on a value of `type`: for an interface or union, of its costliest possible type. */
function costOn(walk: Walk, type: GraphQLCompositeType, selectionSet: SelectionSetNode): number {
  if (!isAbstractType(type)) return costOnObject(walk, type, selectionSet);
  return Math.max(0, ...walk.schema.getPossibleTypes(type).map((t) => costOnObject(walk, t, selectionSet)));
}

/** Leaves cost 1 (an article's text more); a field with a selection 1 plus its items' cost. @skip and @include are ignored: counted in. */
function costOnObject(walk: Walk, type: GraphQLObjectType, selectionSet: SelectionSetNode): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const field = type.getFields()[selection.name.value];
      if (!field) {
        cost += 1; // __typename; introspection (__schema, __type) is bounded by armor's depth
        continue;
      }
      // Most fields take no argument; graphql's getArgumentValues costs microseconds even then.
      const args = field.args.length === 0 ? NO_ARGS : getArgumentValues(field, selection, walk.variables);
      checkArguments(field, args, walk.limits);
      const named = getNamedType(field.type);
      if (isLeafType(named) || !selection.selectionSet) {
        cost += type.name === 'Article' && field.name === 'text' ? QUERY_COST_LIMITS.articleTextCost : 1;
      } else if (isCompositeType(named)) {
        cost += 1 + itemsOf(type, field, args, walk.limits.PAGE_SIZE_DEFAULT) * costOn(walk, named, selection.selectionSet);
      }
    } else {
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? walk.fragments.get(selection.name.value) : selection;
      const condition = fragment?.typeCondition ? walk.schema.getType(fragment.typeCondition.name.value) : type;
      // A fragment on another type, or on an interface this type does not implement, selects nothing here.
      if (fragment && condition && isCompositeType(condition) && (condition === type || (isAbstractType(condition) && walk.schema.isSubType(condition, type)))) {
        cost += costOnObject(walk, type, fragment.selectionSet);
      }
    }
  }
  return cost;
}

export interface OperationToCheck {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  pageLimits: PageLimits;
}

/** A GraphQLError that Apollo answers with HTTP 400 (its `http` extension is removed from the response). */
const refusal = (error: GraphQLError): GraphQLError => {
  (error.extensions as Record<string, unknown>).http = { status: 400 };
  return error;
};

/**
 * The operation's cost. Throws a GraphQLError (HTTP 400) for an argument over its size
 * or an operation over the cost limit. Variables that do not fit their types are left
 * to the executor, which refuses them before anything runs.
 */
export function checkOperationCost(op: OperationToCheck): number {
  const root = op.operation.operation === 'mutation' ? op.schema.getMutationType() : op.schema.getQueryType();
  const { coerced: variables } = getVariableValues(op.schema, op.operation.variableDefinitions ?? [], op.variables);
  if (!root || !variables) return 0;
  let cost: number;
  try {
    cost = costOnObject({ schema: op.schema, fragments: op.fragments, variables, limits: op.pageLimits }, root, op.operation.selectionSet);
  } catch (err) {
    // Our argument checks; an argument that does not fit its type is the executor's to refuse.
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

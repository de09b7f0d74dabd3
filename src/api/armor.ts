// graphql-armor: limits on what one operation may ask, checked before it runs.
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ParseOptions, ValidationContext, ValidationRule } from 'graphql';
import type { ApiContext } from './context.js';

export const ARMOR_LIMITS = {
  /**
   * Connections add two levels (`edges { node { … } }`): unit → children →
   * members → person → honours → honour with evidence is 15 deep.
   */
  maxDepth: 15,
  /**
   * With a depth factor of 1, armor's cost is about the number of values a
   * response can hold: each field costs 1 (2 with a selection), times a literal
   * `first:`. The benchmark's relationship view (20 units × 50 members × 10
   * honours) costs ≈ 230k; the examples a few thousand.
   */
  maxCost: 300_000,
  maxAliases: 15,
  /** GraphiQL's introspection query is ~700 tokens. */
  maxTokens: 2_000,
  maxDirectives: 20,
};

export type QueryLimit = 'depth' | 'cost' | 'aliases' | 'directives';

/**
 * Armor's own Apollo handler reports a fresh error coded BAD_USER_INPUT, which says
 * neither "too big" nor which limit. Ours reports armor's error tagged with the limit;
 * the error formatter turns the tag into QUERY_LIMIT_EXCEEDED (errors.ts). Validation
 * rules report to their context: HTTP 400, not a thrown 500.
 */
const rejectAs =
  (limit: QueryLimit) =>
  (context: ValidationContext | null, error: GraphQLError): void => {
    (error.extensions as Record<string, unknown>).limit = limit;
    context?.reportError(error);
  };

export function armorProtection(options: { production: boolean }): {
  plugins: ApolloServerPlugin<ApiContext>[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
} {
  const armor = new ApolloArmor({
    maxDepth: { n: ARMOR_LIMITS.maxDepth, ignoreIntrospection: true, onReject: [rejectAs('depth')], propagateOnRejection: false },
    costLimit: {
      maxCost: ARMOR_LIMITS.maxCost,
      depthCostFactor: 1,
      flattenFragments: true,
      ignoreIntrospection: true,
      onReject: [rejectAs('cost')],
      propagateOnRejection: false,
    },
    maxAliases: { n: ARMOR_LIMITS.maxAliases, onReject: [rejectAs('aliases')], propagateOnRejection: false },
    // Armor's token counter throws from a plugin hook, which Apollo answers with a 500;
    // graphql-js counts tokens in its own parser instead (parseOptions below).
    maxTokens: { enabled: false },
    maxDirectives: { n: ARMOR_LIMITS.maxDirectives, onReject: [rejectAs('directives')], propagateOnRejection: false },
    // "Did you mean …?" helps developers and maps the schema for attackers.
    blockFieldSuggestion: { enabled: options.production },
  });
  const { plugins, validationRules } = armor.protect();
  // Its plugins are typed against a different copy of Apollo's types under NodeNext (see STACK.md); they run fine.
  return {
    plugins: plugins as unknown as ApolloServerPlugin<ApiContext>[],
    validationRules,
    parseOptions: { maxLexicalTokens: ARMOR_LIMITS.maxTokens },
  };
}

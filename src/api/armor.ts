// graphql-armor: limits on what one operation may ask, checked before it runs
// (its cost, which needs the variables, is query-cost.ts's).
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
  maxAliases: 15,
  /** GraphiQL's introspection query is ~700 tokens. */
  maxTokens: 2_000,
  maxDirectives: 20,
};

export type QueryLimit = 'depth' | 'aliases' | 'directives';

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

export function armorProtection(): {
  plugins: ApolloServerPlugin<ApiContext>[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
} {
  const armor = new ApolloArmor({
    maxDepth: { n: ARMOR_LIMITS.maxDepth, ignoreIntrospection: true, onReject: [rejectAs('depth')], propagateOnRejection: false },
    // Cost needs the variables, which validation rules do not see: query-cost.ts.
    costLimit: { enabled: false },
    maxAliases: { n: ARMOR_LIMITS.maxAliases, onReject: [rejectAs('aliases')], propagateOnRejection: false },
    // Armor's token counter throws from a plugin hook, which Apollo answers with a 500;
    // graphql-js counts tokens in its own parser instead (parseOptions below).
    maxTokens: { enabled: false },
    maxDirectives: { n: ARMOR_LIMITS.maxDirectives, onReject: [rejectAs('directives')], propagateOnRejection: false },
    // Its masking rewrites error messages in place, which throws (HTTP 500) for an error whose
    // message is read-only; the error formatter hides suggestions instead (errors.ts).
    blockFieldSuggestion: { enabled: false },
  });
  const { plugins, validationRules } = armor.protect();
  // Its plugins are typed against a different copy of Apollo's types under NodeNext (see STACK.md); they run fine.
  return {
    plugins: plugins as unknown as ApolloServerPlugin<ApiContext>[],
    validationRules,
    parseOptions: { maxLexicalTokens: ARMOR_LIMITS.maxTokens },
  };
}

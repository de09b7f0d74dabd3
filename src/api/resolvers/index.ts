import type { Resolvers } from '../../generated/graphql.js';
import { statsQuery } from './stats.js';

export const resolvers: Resolvers = {
  Query: { ...statsQuery },
};

import type { QueryResolvers } from '../../generated/graphql.js';
import { readGraphStats } from '../../store/stats.js';

export const statsQuery: Pick<QueryResolvers, 'stats'> = {
  stats: (_parent, _args, { db }) => readGraphStats(db),
};

import type { QueryResolvers } from '../../generated/graphql.js';
import { countSearchHits, searchEntities } from '../../store/read/search.js';
import { foldText } from '../arguments.js';
import { badUserInput } from '../errors.js';
import { ConnectionRecord, pageWindow } from '../pagination.js';

const MAX_QUERY_LENGTH = 100;

export const searchQueries: Pick<QueryResolvers, 'search'> = {
  search: (_root, { query, types, ...page }, ctx) => {
    const text = foldText(query);
    // The cjk analyzer indexes character pairs: one character can match nothing.
    if ([...text].length < 2 || text.length > MAX_QUERY_LENGTH) {
      throw badUserInput(`query must have 2 to ${MAX_QUERY_LENGTH} characters`, { argumentName: 'query' });
    }
    const only = types?.length ? types : null;
    const window = pageWindow(page, ctx.config);
    return new ConnectionRecord(window, {
      fetchPage: () => searchEntities(ctx.db, text, only, window),
      count: () => countSearchHits(ctx.db, text, only),
    });
  },
};

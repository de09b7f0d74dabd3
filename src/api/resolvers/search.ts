import type { QueryResolvers } from '../../generated/graphql.js';
import { countSearchHits, searchEntities, searchEntitiesCounted } from '../../store/read/search.js';
import { foldText } from '../arguments.js';
import { badUserInput } from '../errors.js';
import { selectedReads } from '../lookahead.js';
import { ConnectionRecord, pageWindow } from '../pagination.js';

const MAX_QUERY_LENGTH = 100;

export const searchQueries: Pick<QueryResolvers, 'search'> = {
  search: (_root, { query, types, ...page }, ctx, info) => {
    const text = foldText(query);
    // The cjk analyzer indexes character pairs: one character can match nothing.
    if ([...text].length < 2 || text.length > MAX_QUERY_LENGTH) {
      throw badUserInput(`query must have 2 to ${MAX_QUERY_LENGTH} characters`, { argumentName: 'query' });
    }
    const only = types?.length ? types : null;
    const window = pageWindow(page, ctx.config);
    const reads = selectedReads(info);
    if (reads.page && reads.count && window.limit > 0) {
      // Both from one query.
      let both: ReturnType<typeof searchEntitiesCounted> | undefined;
      const read = () => (both ??= searchEntitiesCounted(ctx.db, text, only, window));
      return new ConnectionRecord(window, { fetchPage: () => read().then((b) => b.page), count: () => read().then((b) => b.total) });
    }
    return new ConnectionRecord(window, {
      fetchPage: () => searchEntities(ctx.db, text, only, window),
      count: () => countSearchHits(ctx.db, text, only),
    });
  },
};

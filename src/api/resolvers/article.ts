import type { ArticleResolvers, QueryResolvers } from '../../generated/graphql.js';
import { countArticles, listArticles, type ArticleFilter } from '../../store/read/articles.js';
import { dayAfter } from '../arguments.js';
import { toGlobalId } from '../ids.js';
import { listResolvers } from '../list-connection.js';
import { ConnectionRecord, pageWindow } from '../pagination.js';

export const articleResolvers: ArticleResolvers = {
  id: (article) => toGlobalId('Article', article.id),
  text: async (article, _args, ctx) => (await ctx.loaders.articleText.load(article.id)) ?? '',
  ...listResolvers('Article'),
};

export const articleQueries: Pick<QueryResolvers, 'articles'> = {
  articles: (_root, { publishedFrom, publishedTo, source, ...page }, ctx) => {
    const filter: ArticleFilter = {
      publishedFrom: publishedFrom ?? null,
      publishedBefore: publishedTo ? dayAfter(publishedTo) : null,
      source: source ?? null,
    };
    const window = pageWindow(page, ctx.config);
    return new ConnectionRecord(window, {
      fetchPage: () => listArticles(ctx.db, filter, window),
      count: () => countArticles(ctx.db, filter),
    });
  },
};

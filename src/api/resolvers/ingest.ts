// Mutations: the loader's own ingest and delete, the code path the CLI uses.
import type { IngestArticlePayloadResolvers, MutationResolvers } from '../../generated/graphql.js';
import { deleteArticle, ingestArticle, IngestError } from '../../loader/index.js';
import { badUserInput, notFound } from '../errors.js';
import { fromGlobalId, toGlobalId } from '../ids.js';

/** The loader's refusals are the user's to fix, except an article that is not there. */
const fromIngestError = (err: IngestError) =>
  err.code === 'NOT_FOUND' ? notFound(err.message) : badUserInput(err.message, { reason: err.code, ...(err.field ? { field: err.field } : {}) });

export const ingestMutations: MutationResolvers = {
  ingestArticle: async (_root, { input }, ctx) => {
    try {
      return await ingestArticle(
        ctx.db,
        {
          text: input.text,
          url: input.url ?? undefined,
          title: input.title ?? undefined,
          publishedAt: input.publishedAt ?? undefined,
          source: input.source ?? undefined,
        },
        { maxBytes: ctx.config.MAX_ARTICLE_BYTES },
      );
    } catch (err) {
      throw err instanceof IngestError ? fromIngestError(err) : err;
    }
  },
  deleteArticle: async (_root, { id }, ctx) => {
    const { type, storeId } = fromGlobalId(id);
    if (type !== 'Article') throw badUserInput('id must be the id of an article', { argumentName: 'id' });
    if (!(await deleteArticle(ctx.db, storeId))) throw notFound('no article with this id');
    return { deletedId: toGlobalId('Article', storeId) };
  },
};

export const ingestPayloadResolvers: IngestArticlePayloadResolvers = {
  article: (result) => result.article,
  status: (result) => (result.status === 'created' ? 'CREATED' : result.status === 'replaced' ? 'REPLACED' : 'UNCHANGED'),
};

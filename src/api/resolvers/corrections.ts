// Corrections through the API: the mutations (with the token's label as who), the
// ledger, and the review queue.
import type { CorrectionPayloadResolvers, CorrectionResolvers, MutationResolvers, QueryResolvers } from '../../generated/graphql.js';
import {
  confirmFact,
  CorrectionError,
  mergeEntities,
  rejectFact,
  renameEntity,
  setFactProperty,
  splitAlias,
  splitEntity,
  undoCorrection,
  type Actor,
  type CorrectionResult,
} from '../../corrections/index.js';
import { entityTypeOfId } from '../../loader/identity.js';
import { parseFactKey } from '../../model/facts.js';
import { RELATION_TYPES } from '../../model/graph.js';
import { countCorrections, listCorrections } from '../../store/read/corrections.js';
import { countReviewQueue, factsByKeys, readReviewQueue } from '../../store/read/facts.js';
import { foldName } from '../arguments.js';
import type { ApiContext } from '../context.js';
import { badUserInput, conflict, notFound } from '../errors.js';
import { entityIdOf, fromCorrectionId, fromFactId, fromGlobalId, toCorrectionId, toFactId, toGlobalId } from '../ids.js';
import { ConnectionRecord, pageWindow } from '../pagination.js';

/** Mutations run only with an ingest token (auth.ts), which always has a label. */
const actorOf = (ctx: ApiContext): Actor => ({ by: ctx.access.label ?? 'unlabelled' });

async function correcting(run: () => Promise<CorrectionResult>): Promise<CorrectionResult> {
  try {
    return await run();
  } catch (err) {
    if (!(err instanceof CorrectionError)) throw err;
    if (err.code === 'NOT_FOUND') throw notFound(err.message);
    if (err.code === 'CONFLICT') throw conflict(err.message);
    throw badUserInput(err.message);
  }
}

const entityArg = (id: string, argName: string) => entityIdOf(id, argName).storeId;

export const correctionMutations: Pick<
  MutationResolvers,
  'mergeEntities' | 'splitAlias' | 'splitEntity' | 'renameEntity' | 'rejectFact' | 'confirmFact' | 'setFactProperty' | 'undoCorrection'
> = {
  mergeEntities: (_root, { keep, remove, reason }, ctx) =>
    correcting(() => mergeEntities(ctx.db, actorOf(ctx), { keep: entityArg(keep, 'keep'), remove: entityArg(remove, 'remove'), reason })),
  splitAlias: (_root, { entity, alias, reason }, ctx) =>
    correcting(() => splitAlias(ctx.db, actorOf(ctx), { entity: entityArg(entity, 'entity'), alias: foldName(alias), reason })),
  splitEntity: (_root, { entity, articles, reason }, ctx) => {
    const ids = articles.map((a) => {
      const { type, storeId } = fromGlobalId(a, 'articles');
      if (type !== 'Article') throw badUserInput('articles must be ids of articles', { argumentName: 'articles' });
      return storeId;
    });
    return correcting(() => splitEntity(ctx.db, actorOf(ctx), { entity: entityArg(entity, 'entity'), articles: ids, reason }));
  },
  renameEntity: (_root, { entity, name, reason }, ctx) =>
    correcting(() => renameEntity(ctx.db, actorOf(ctx), { entity: entityArg(entity, 'entity'), name: foldName(name), reason })),
  rejectFact: (_root, { fact, reason }, ctx) => correcting(() => rejectFact(ctx.db, actorOf(ctx), { fact: fromFactId(fact, 'fact'), reason })),
  confirmFact: (_root, { fact, reason }, ctx) => correcting(() => confirmFact(ctx.db, actorOf(ctx), { fact: fromFactId(fact, 'fact'), reason })),
  setFactProperty: (_root, { fact, property, value, reason }, ctx) => {
    // A conferrer is given by its global id; the store knows it by its own.
    const stored = property === 'CONFERRED_BY' && value ? entityArg(value, 'value') : (value ?? null);
    return correcting(() => setFactProperty(ctx.db, actorOf(ctx), { fact: fromFactId(fact, 'fact'), property, value: stored, reason }));
  },
  undoCorrection: (_root, { id, reason }, ctx) => correcting(() => undoCorrection(ctx.db, actorOf(ctx), { id: fromCorrectionId(id), reason })),
};

export const correctionPayloadResolvers: CorrectionPayloadResolvers = {
  correction: (result) => result.correction,
  entity: (result, _args, ctx) => (result.entityId ? ctx.loaders.entity.load(result.entityId) : null),
  fact: async (result, _args, ctx) => (result.fact ? ((await factsByKeys(ctx.db, [result.fact])).get(result.fact) ?? null) : null),
};

/** Global ids of entities by their store ids (the type is in the id's prefix). */
const entityGlobalId = (id: string) => toGlobalId(entityTypeOfId(id) ?? 'Unit', id);

export const correctionResolvers: CorrectionResolvers = {
  id: (c) => toCorrectionId(c.id),
  entityIds: (c) => c.entityIds.map(entityGlobalId),
  factIds: (c) => c.factKeys.flatMap((k) => {
    const key = parseFactKey(k);
    return key ? [toFactId(key)] : [];
  }),
  undone: (c) => c.undone !== null,
  undoneBy: (c) => c.undone?.by ?? null,
  undoneAt: (c) => c.undone?.at ?? null,
  undoReason: (c) => c.undone?.reason ?? null,
};

const confidenceArg = (value: number, argumentName: string) => {
  if (!(value >= 0 && value <= 1)) throw badUserInput(`${argumentName} must be between 0 and 1`, { argumentName });
  return value;
};

export const correctionQueries: Pick<QueryResolvers, 'corrections' | 'factsToReview'> = {
  corrections: (_root, { entity, kind, ...page }, ctx) => {
    const filter = { entity: entity ? entityArg(entity, 'entity') : null, kind: kind ?? null };
    const window = pageWindow(page, ctx.config);
    return new ConnectionRecord(window, {
      fetchPage: () => listCorrections(ctx.db, filter, window),
      count: () => countCorrections(ctx.db, filter),
    });
  },
  factsToReview: (_root, { maxConfidence, types, ...page }, ctx) => {
    const filter = { maxConfidence: confidenceArg(maxConfidence, 'maxConfidence'), types: types?.length ? RELATION_TYPES.filter((t) => types.includes(t)) : RELATION_TYPES };
    const window = pageWindow(page, ctx.config);
    return new ConnectionRecord(window, {
      fetchPage: () => readReviewQueue(ctx.db, filter, window),
      count: () => countReviewQueue(ctx.db, filter),
    });
  },
};

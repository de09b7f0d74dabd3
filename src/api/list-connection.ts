// A list field as a connection, and a first-item field (`parent`) as its node:
// the page (with whatever lists the client nested under it, see lookahead.ts)
// and the count go through the request's loaders, so the same list under many
// parents costs one query, and lists read with their parent cost none.
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from './context.js';
import { FIRST_ITEM_FIELDS, LIST_FIELDS } from './list-fields.js';
import { planOfField } from './lookahead.js';
import { ConnectionRecord, mapMaybe, type MaybePromise, type PageSource } from './pagination.js';
import type { ListPlan, ParentRecord } from '../store/read/lists.js';
import type { Page } from '../store/read/records.js';

/** One list under one parent, through the request's loaders. */
class ListSource<T> implements PageSource<T> {
  constructor(
    private readonly ctx: ApiContext,
    private readonly plan: ListPlan,
    private readonly parentId: string,
  ) {}

  fetchPage(): Promise<Page<T>> {
    return this.ctx.loaders.page<T>(this.plan, this.parentId);
  }

  count(): Promise<number> {
    return this.ctx.loaders.count(this.plan, this.parentId);
  }

  knownPage(): Page<T> | undefined {
    return this.ctx.loaders.knownPage<T>(this.plan, this.parentId);
  }
}

type FieldResolver = (parent: { id: string }, args: Record<string, unknown>, ctx: ApiContext, info: GraphQLResolveInfo) => unknown;

const listConnection: FieldResolver = (parent, args, ctx, info) => {
  const plan = planOfField(info, args, ctx.config);
  return new ConnectionRecord(plan.window, new ListSource(ctx, plan, parent.id));
};

/** The node of the list's first item, or null; without a promise when it was read with its parent. */
const firstItemNode: FieldResolver = (parent, args, ctx, info): MaybePromise<ParentRecord | null> => {
  const plan = planOfField(info, args, ctx.config);
  const page = ctx.loaders.knownPage<{ node: ParentRecord }>(plan, parent.id) ?? ctx.loaders.page<{ node: ParentRecord }>(plan, parent.id);
  return mapMaybe(page, ({ items }) => items[0]?.node ?? null);
};

/** Resolvers for every list and first-item field of a type: each reads what the tables name for it. */
export function listResolvers(typeName: string): Record<string, FieldResolver> {
  return Object.fromEntries([
    ...Object.keys(LIST_FIELDS[typeName] ?? {}).map((name) => [name, listConnection] as const),
    ...Object.keys(FIRST_ITEM_FIELDS[typeName] ?? {}).map((name) => [name, firstItemNode] as const),
  ]);
}

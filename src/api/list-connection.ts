// A list field as a connection: the page (with whatever lists the client nested
// under it, see lookahead.ts) and the count go through the request's loaders,
// so the same list under many parents costs one query each.
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from './context.js';
import { LIST_FIELDS } from './list-fields.js';
import { currentField, planOf } from './lookahead.js';
import { ConnectionRecord, type PageSource } from './pagination.js';
import type { ListPlan } from '../store/read/lists.js';
import type { Page } from '../store/read/records.js';

/**
 * The plan of a list field depends only on the field's place in the query and
 * the request's variables: it is built once per request, not once per parent
 * (a list of 500 people asks for `honours` 500 times).
 */
function planFor(ctx: ApiContext, info: GraphQLResolveInfo, args: Record<string, unknown>): ListPlan {
  const key = info.fieldNodes[0]!;
  const cached = ctx.plans.get(key)?.get(info.parentType.name);
  if (cached) return cached;
  const field = LIST_FIELDS[info.parentType.name]?.[info.fieldName];
  if (!field) throw new Error(`${info.parentType.name}.${info.fieldName} is not a list field`);
  const plan = planOf(info, field(args, ctx.config), currentField(info), ctx.config);
  const byType = ctx.plans.get(key) ?? new Map<string, ListPlan>();
  ctx.plans.set(key, byType.set(info.parentType.name, plan));
  return plan;
}

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
    return this.ctx.loaders.count(this.plan.list, this.parentId, this.plan.params);
  }

  knownPage(): Page<T> | undefined {
    return this.ctx.loaders.knownPage<T>(this.plan, this.parentId);
  }
}

export function listConnection<T>(ctx: ApiContext, info: GraphQLResolveInfo, parentId: string, args: Record<string, unknown>): ConnectionRecord<T> {
  const plan = planFor(ctx, info, args);
  return new ConnectionRecord<T>(plan.window, new ListSource<T>(ctx, plan, parentId));
}

/** Resolvers for every list field of a type: each reads the list the table names for it. */
export function listResolvers(typeName: string) {
  return Object.fromEntries(
    Object.keys(LIST_FIELDS[typeName] ?? {}).map((fieldName) => [
      fieldName,
      (parent: { id: string }, args: Record<string, unknown>, ctx: ApiContext, info: GraphQLResolveInfo) =>
        listConnection(ctx, info, parent.id, args),
    ]),
  );
}

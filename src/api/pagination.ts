// Cursor connections: `first`/`after` checked against the configured page sizes,
// opaque offset cursors, and connection records whose page and totalCount are
// fetched only when the client selects them.
import type { Page, PageWindow } from '../store/read/records.js';
import { badUserInput } from './errors.js';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface PageLimits {
  PAGE_SIZE_DEFAULT: number;
  PAGE_SIZE_MAX: number;
}

const CURSOR_PREFIX = 'offset:';

const encodeCursor = (offset: number): string => Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64');

function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  const offset = text.startsWith(CURSOR_PREFIX) ? Number(text.slice(CURSOR_PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(offset) || offset < 0) throw badUserInput('after is not a valid cursor', { argumentName: 'after' });
  return offset;
}

export function pageWindow(args: PageArgs, limits: PageLimits): PageWindow {
  const limit = args.first ?? limits.PAGE_SIZE_DEFAULT;
  if (limit < 0 || limit > limits.PAGE_SIZE_MAX) {
    throw badUserInput(`first must be between 0 and ${limits.PAGE_SIZE_MAX}`, { argumentName: 'first' });
  }
  return { offset: args.after ? decodeCursor(args.after) + 1 : 0, limit };
}

/** The node of a list item: the item itself, or its `node` when it carries more (depth, score, names…). */
export type NodeOf<I> = I extends { node: infer N } ? N : I;

/** An edge: `node` plus whatever else the list item carries. */
export type EdgeRecord<I> = (I extends { node: unknown } ? I : { node: I }) & { cursor: string };

type MaybePromise<T> = T | Promise<T>;

/** Applies `f` now when `value` is already there: a page read with its parent list resolves without a microtask. */
const then = <T, R>(value: MaybePromise<T>, f: (v: T) => R): MaybePromise<R> => (value instanceof Promise ? value.then(f) : f(value));

interface PageInfoRecord {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface ConnectionRecord<I> {
  /** Offset of the page's first item: edge cursors count from it. */
  offset: number;
  page(): MaybePromise<{ items: I[]; info: PageInfoRecord }>;
  totalCount(): Promise<number>;
}

const hasNode = (item: unknown): item is { node: unknown } => typeof item === 'object' && item !== null && 'node' in item;

/**
 * Wraps a page fetch and a count, each run at most once and only when a field
 * needs it: `edges`, `nodes` and `pageInfo` share one page read, and
 * `totalCount` is counted only when selected. `first: 0` reads no page at all.
 * `known` gives the page synchronously when it was read already (nested in its
 * parent's query), which spares graphql-js a promise per connection.
 */
export function connection<I>(
  window: PageWindow,
  fetchPage: () => Promise<Page<I>>,
  count: () => Promise<number>,
  known: () => Page<I> | undefined = () => undefined,
): ConnectionRecord<I> {
  const shape = ({ items, hasMore }: Page<I>) => ({
    items,
    info: {
      hasNextPage: hasMore,
      hasPreviousPage: window.offset > 0,
      startCursor: items.length ? encodeCursor(window.offset) : null,
      endCursor: items.length ? encodeCursor(window.offset + items.length - 1) : null,
    },
  });
  let page: MaybePromise<ReturnType<typeof shape>> | undefined;
  let total: Promise<number> | undefined;
  return {
    offset: window.offset,
    page() {
      if (page) return page;
      const now = window.limit === 0 ? { items: [], hasMore: false } : known();
      page = now ? shape(now) : fetchPage().then(shape);
      if (page instanceof Promise) page.then((p) => (page = p)).catch(() => undefined);
      return page;
    },
    totalCount: () => (total ??= count()),
  };
}

/** The fields every connection type shares, resolved from a ConnectionRecord. */
export const connectionFields = {
  edges: <I>(c: ConnectionRecord<I>): MaybePromise<EdgeRecord<I>[]> =>
    then(c.page(), ({ items }) =>
      items.map((item, i) => ({ ...(hasNode(item) ? item : { node: item }), cursor: encodeCursor(c.offset + i) }) as EdgeRecord<I>),
    ),
  nodes: <I>(c: ConnectionRecord<I>): MaybePromise<NodeOf<I>[]> =>
    then(c.page(), ({ items }) => items.map((item) => (hasNode(item) ? item.node : item) as NodeOf<I>)),
  pageInfo: <I>(c: ConnectionRecord<I>) => then(c.page(), ({ info }) => info),
  totalCount: <I>(c: ConnectionRecord<I>) => c.totalCount(),
};

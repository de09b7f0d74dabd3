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

export type MaybePromise<T> = T | Promise<T>;

/** Applies `f` now when `value` is already there: a page read with its parent list resolves without a microtask. */
export const mapMaybe = <T, R>(value: MaybePromise<T>, f: (v: T) => R): MaybePromise<R> => (value instanceof Promise ? value.then(f) : f(value));

/** Where a connection's page and count come from. */
export interface PageSource<I> {
  fetchPage(): Promise<Page<I>>;
  count(): Promise<number>;
  /** The page, when it has been read already (nested in its parent's query). */
  knownPage?(): Page<I> | undefined;
}

const hasNode = (item: unknown): item is { node: unknown } => typeof item === 'object' && item !== null && 'node' in item;

/**
 * A connection's page and count, each read at most once and only when a field
 * needs it: `edges`, `nodes` and `pageInfo` share one page read, and
 * `totalCount` is counted only when selected. `first: 0` reads no page at all.
 * A page read already is returned as it is, which spares the executor a promise
 * per connection. A class, not closures: a view builds hundreds of these.
 */
export class ConnectionRecord<I> {
  private read: MaybePromise<Page<I>> | undefined;
  private total: Promise<number> | undefined;

  constructor(
    private readonly window: PageWindow,
    private readonly source: PageSource<I>,
  ) {}

  /** Offset of the page's first item: edge cursors count from it. */
  get offset(): number {
    return this.window.offset;
  }

  page(): MaybePromise<Page<I>> {
    if (this.read) return this.read;
    const read = (this.window.limit === 0 ? { items: [], hasMore: false } : this.source.knownPage?.()) ?? this.source.fetchPage();
    if (read instanceof Promise) read.then((p) => (this.read = p)).catch(() => undefined);
    return (this.read = read);
  }

  totalCount(): Promise<number> {
    return (this.total ??= this.source.count());
  }
}

/** The fields every connection type shares, resolved from a ConnectionRecord; cursors are encoded only when asked for. */
export const connectionFields = {
  edges: <I>(c: ConnectionRecord<I>): MaybePromise<EdgeRecord<I>[]> =>
    mapMaybe(c.page(), ({ items }) =>
      items.map((item, i) => ({ ...(hasNode(item) ? item : { node: item }), cursor: encodeCursor(c.offset + i) }) as EdgeRecord<I>),
    ),
  // A list's items are all of one shape: facts are their own nodes, other items carry one.
  nodes: <I>(c: ConnectionRecord<I>): MaybePromise<NodeOf<I>[]> =>
    mapMaybe(c.page(), ({ items }) => (hasNode(items[0]) ? items.map((item) => (item as { node: NodeOf<I> }).node) : (items as NodeOf<I>[]))),
  pageInfo: <I>(c: ConnectionRecord<I>) =>
    mapMaybe(c.page(), ({ items, hasMore }) => ({
      hasNextPage: hasMore,
      hasPreviousPage: c.offset > 0,
      startCursor: items.length ? encodeCursor(c.offset) : null,
      endCursor: items.length ? encodeCursor(c.offset + items.length - 1) : null,
    })),
  totalCount: <I>(c: ConnectionRecord<I>) => c.totalCount(),
};

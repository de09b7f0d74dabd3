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

export interface ConnectionRecord<I> {
  edges(): Promise<EdgeRecord<I>[]>;
  page(): Promise<{ items: I[]; hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null }>;
  totalCount(): Promise<number>;
}

const hasNode = (item: unknown): item is { node: unknown } => typeof item === 'object' && item !== null && 'node' in item;

/**
 * Wraps a page fetch and a count, each run at most once and only when a field
 * needs it: `edges` and `pageInfo` share one page read, and `totalCount` is
 * counted only when selected. `first: 0` reads no page at all.
 */
export function connection<I>(window: PageWindow, fetchPage: () => Promise<Page<I>>, count: () => Promise<number>): ConnectionRecord<I> {
  const once = <T>(f: () => Promise<T>) => {
    let result: Promise<T> | undefined;
    return () => (result ??= f());
  };
  const page = once(async () => {
    const { items, hasMore } = window.limit === 0 ? { items: [] as I[], hasMore: false } : await fetchPage();
    return {
      items,
      hasNextPage: hasMore,
      hasPreviousPage: window.offset > 0,
      startCursor: items.length ? encodeCursor(window.offset) : null,
      endCursor: items.length ? encodeCursor(window.offset + items.length - 1) : null,
    };
  });
  return {
    page,
    async edges() {
      const { items } = await page();
      return items.map(
        (item, i) =>
          ({ ...(hasNode(item) ? item : { node: item }), cursor: encodeCursor(window.offset + i) }) as EdgeRecord<I>,
      );
    },
    totalCount: once(count),
  };
}

/** The fields every connection type shares, resolved from a ConnectionRecord. */
export const connectionFields = {
  edges: <I>(c: ConnectionRecord<I>) => c.edges(),
  nodes: async <I>(c: ConnectionRecord<I>): Promise<NodeOf<I>[]> => (await c.edges()).map((e) => e.node as NodeOf<I>),
  pageInfo: async <I>(c: ConnectionRecord<I>) => {
    const { hasNextPage, hasPreviousPage, startCursor, endCursor } = await c.page();
    return { hasNextPage, hasPreviousPage, startCursor, endCursor };
  },
  totalCount: <I>(c: ConnectionRecord<I>) => c.totalCount(),
};

// What a GraphQL server asks of Neo4j for one request: a driver that records
// every query it runs (through sessions, their transactions or executeQuery),
// and Neo4j's PROFILE of each recorded query, for its database hits.
import type { Driver, ProfiledPlan, Session } from 'neo4j-driver';

export interface RecordedQuery {
  query: string;
  params: Record<string, unknown>;
}

type Run = (query: string, params?: Record<string, unknown>, ...rest: unknown[]) => unknown;

/** A driver whose queries land in `queries`; everything else is the real driver's. */
export function recordingDriver(driver: Driver): { driver: Driver; queries: RecordedQuery[] } {
  const queries: RecordedQuery[] = [];
  const recordRun = (run: Run): Run => (query, params = {}, ...rest) => {
    queries.push({ query, params });
    return run(query, params, ...rest);
  };
  const recordTx = <T extends object>(tx: T): T =>
    new Proxy(tx, {
      get: (target, key) => {
        const value = Reflect.get(target, key, target);
        if (typeof value !== 'function') return value;
        return key === 'run' ? recordRun(value.bind(target)) : value.bind(target);
      },
    });
  const recordSession = (session: Session): Session =>
    new Proxy(session, {
      get: (target, key) => {
        const value = Reflect.get(target, key, target);
        if (typeof value !== 'function') return value;
        if (key === 'run') return recordRun(value.bind(target));
        if (key === 'executeRead' || key === 'executeWrite') {
          return (work: (tx: object) => unknown, config?: unknown) => value.call(target, (tx: object) => work(recordTx(tx)), config);
        }
        if (key === 'beginTransaction') return (...args: unknown[]) => recordTx(value.apply(target, args));
        return value.bind(target);
      },
    });
  const recorded = new Proxy(driver, {
    get: (target, key) => {
      const value = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      if (key === 'session') return (...args: unknown[]) => recordSession(value.apply(target, args));
      if (key === 'executeQuery') return recordRun(value.bind(target));
      return value.bind(target);
    },
  });
  return { driver: recorded, queries };
}

const hitsOf = (plan: ProfiledPlan): number => plan.dbHits + plan.children.reduce((n, child) => n + hitsOf(child), 0);

/** Database hits Neo4j counts for running these queries (PROFILE runs them in full). */
export async function dbHits(driver: Driver, database: string, queries: readonly RecordedQuery[]): Promise<number> {
  const session = driver.session({ database });
  try {
    let hits = 0;
    for (const { query, params } of queries) {
      const { summary } = await session.run(`PROFILE ${query}`, params);
      if (!summary.profile) throw new Error(`no profile for ${query.slice(0, 80)}`);
      hits += hitsOf(summary.profile);
    }
    return hits;
  } finally {
    await session.close();
  }
}

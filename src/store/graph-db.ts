// The one door to Neo4j: every query of the product goes through GraphDb, so
// timeouts, routing, integer handling and round-trip counting live in one place.
import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';

export interface GraphDbOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  queryTimeoutMs: number;
}

export type Params = Record<string, unknown>;

export interface WriteOptions<T> {
  /** Roll the transaction back instead of committing when the work's result says so. */
  rollbackWhen?: (result: T) => boolean;
}

/** Thrown out of a transaction's work to roll it back, carrying the result to return. */
class Rollback {
  constructor(readonly result: unknown) {}
}

const WRITE_ATTEMPTS = 30;
/**
 * A database that refuses connections stays down for longer than a retry loop lasts:
 * one more try (a leader change, a dropped pooled connection), then the caller gets
 * SERVICE_UNAVAILABLE at once instead of after 30 attempts.
 */
const UNAVAILABLE_ATTEMPTS = 2;
export const isUnavailable = (err: unknown): boolean => {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'ServiceUnavailable' || code === 'SessionExpired';
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Counts database round trips, e.g. per GraphQL request. */
export class RoundTrips {
  count = 0;
}

export class GraphDb {
  constructor(
    readonly driver: Driver,
    private readonly options: GraphDbOptions,
    readonly roundTrips: RoundTrips = new RoundTrips(),
  ) {}

  static connect(options: GraphDbOptions): GraphDb {
    const auth = options.password ? neo4j.auth.basic(options.user, options.password) : undefined;
    const driver = neo4j.driver(options.uri, auth, {
      // Plain JS numbers: every integer the product stores (offsets, years, counts) fits in 2^53.
      disableLosslessIntegers: true,
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 5_000,
      // Retries of writes are GraphDb.write's own (see there); reads fail fast.
      maxTransactionRetryTime: 0,
    });
    return new GraphDb(driver, options);
  }

  /** The same connection, with its own round-trip counter. */
  scoped(): GraphDb {
    return new GraphDb(this.driver, this.options, new RoundTrips());
  }

  get database(): string {
    return this.options.database;
  }

  get uri(): string {
    return this.options.uri;
  }

  /**
   * One auto-commit read (about half the latency of driver.executeQuery here). Reads and
   * writes share the driver's bookmark manager, so a read after a write sees it, on a cluster too.
   */
  async read<R extends RecordShape = RecordShape>(query: string, params: Params = {}): Promise<R[]> {
    this.roundTrips.count++;
    const session = this.session(neo4j.session.READ);
    try {
      const result = await session.run<R>(query, params, { timeout: this.options.queryTimeoutMs });
      return result.records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  }

  private session(mode: typeof neo4j.session.READ | typeof neo4j.session.WRITE) {
    return this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
  }

  /**
   * One write transaction, retried on transient errors (deadlocks between ingests that
   * share nodes, leader changes). Our own retry loop: the driver's waits a whole second
   * before its first retry, far longer than the few milliseconds a deadlock victim needs.
   */
  async write<T>(work: (tx: ManagedTransaction) => Promise<T>, options: WriteOptions<T> = {}): Promise<T> {
    this.roundTrips.count++;
    const { rollbackWhen } = options;
    // Writes hold locks others wait on, but a batch of articles is more work than any read.
    const timeoutMs = this.options.queryTimeoutMs * 6;
    for (let attempt = 1; ; attempt++) {
      const session = this.session(neo4j.session.WRITE);
      try {
        return await session.executeWrite(async (tx) => {
          const result = await work(tx);
          if (rollbackWhen?.(result)) throw new Rollback(result);
          return result;
        }, { timeout: timeoutMs });
      } catch (err) {
        if (err instanceof Rollback) return err.result as T;
        if (attempt >= (isUnavailable(err) ? UNAVAILABLE_ATTEMPTS : WRITE_ATTEMPTS) || !neo4j.isRetryableError(err)) throw err;
        await sleep(Math.random() * 20 * attempt);
      } finally {
        await session.close();
      }
    }
  }

  async ping(): Promise<void> {
    await this.driver.verifyConnectivity({ database: this.options.database });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}


import type { GraphDb } from '../store/graph-db.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';

/** What every resolver sees: a request-scoped view of the database (its own round-trip counter). */
export interface ApiContext {
  db: GraphDb;
  config: Config;
  logger: Logger;
}

export function createContext(base: { db: GraphDb; config: Config; logger: Logger }): ApiContext {
  return { db: base.db.scoped(), config: base.config, logger: base.logger };
}

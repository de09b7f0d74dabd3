import type { GraphDb } from '../store/graph-db.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { Access } from './auth.js';

/** What every resolver sees: a request-scoped view of the database (its own round-trip counter) and its loaders. */
export interface ApiContext {
  db: GraphDb;
  config: Config;
  logger: Logger;
  loaders: Loaders;
  /** What the request's bearer token allows (auth.ts). */
  access: Access;
}

export function createContext(base: { db: GraphDb; config: Config; logger: Logger }, access: Access): ApiContext {
  const db = base.db.scoped();
  return { db, config: base.config, logger: base.logger, loaders: createLoaders(db), access };
}

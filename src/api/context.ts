import type { GraphDb } from '../store/graph-db.js';
import type { Config } from '../config.js';
import type { FieldNode } from 'graphql';
import type { Logger } from '../logger.js';
import type { ListPlan } from '../store/read/lists.js';
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
  /** List plans built in this request, by field of the query and parent type (list-connection.ts). */
  plans: WeakMap<FieldNode, Map<string, ListPlan>>;
}

export function createContext(base: { db: GraphDb; config: Config; logger: Logger }, access: Access): ApiContext {
  const db = base.db.scoped();
  return { db, config: base.config, logger: base.logger, loaders: createLoaders(db), access, plans: new WeakMap() };
}

// Global ids: opaque base64 of "<Type>:<storeId>", so a client cannot mistake a
// store id for an API contract and the type is known before any query.
import { ENTITY_TYPES, type EntityType } from '../model/graph.js';
import { badUserInput } from './errors.js';

export type NodeType = EntityType | 'Article';

const NODE_TYPES: ReadonlySet<string> = new Set<string>([...ENTITY_TYPES, 'Article']);
const STORE_ID = /^[A-Za-z0-9_-]{1,128}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export const toGlobalId = (type: NodeType, storeId: string): string =>
  Buffer.from(`${type}:${storeId}`, 'utf8').toString('base64');

interface DecodedId {
  type: NodeType;
  storeId: string;
}

/** BAD_USER_INPUT on anything that is not an id this API issued the form of. */
export function fromGlobalId(id: string, argName = 'id'): DecodedId {
  const decoded = BASE64.test(id) ? Buffer.from(id, 'base64').toString('utf8') : '';
  const sep = decoded.indexOf(':');
  const type = decoded.slice(0, sep);
  const storeId = decoded.slice(sep + 1);
  if (sep < 0 || !NODE_TYPES.has(type) || !STORE_ID.test(storeId)) {
    throw badUserInput(`${argName} is not a valid id`, { argumentName: argName });
  }
  return { type: type as NodeType, storeId };
}

/** An id that must name an entity (not an article). */
export function entityIdOf(id: string, argName = 'id'): DecodedId & { type: EntityType } {
  const decoded = fromGlobalId(id, argName);
  if (decoded.type === 'Article') throw badUserInput(`${argName} must be the id of an entity, not an article`, { argumentName: argName });
  return decoded as DecodedId & { type: EntityType };
}

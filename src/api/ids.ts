// Global ids: opaque base64 of "<Type>:<storeId>", so a client cannot mistake a
// store id for an API contract and the type is known before any query.
import { factKeyString, parseFactKey, type FactKey } from '../model/facts.js';
import { ENTITY_TYPES, STORED_RELATION_TYPES, type EntityType, type StoredRelationType } from '../model/graph.js';
import type { EdgeKey } from '../store/read/records.js';
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

const FACT_PREFIX = 'Fact:';

/** A fact's id: opaque base64url of its key (model/facts.ts), so it survives until the fact itself changes identity. */
export const toFactId = (key: FactKey): string => Buffer.from(FACT_PREFIX + factKeyString(key), 'utf8').toString('base64url');

/** BAD_USER_INPUT on anything that is not a fact id. */
export function fromFactId(id: string, argName = 'id'): FactKey {
  const decoded = /^[A-Za-z0-9_-]+$/.test(id) ? Buffer.from(id, 'base64url').toString('utf8') : '';
  const key = decoded.startsWith(FACT_PREFIX) ? parseFactKey(decoded.slice(FACT_PREFIX.length)) : null;
  if (!key || !STORE_ID.test(key.from) || !STORE_ID.test(key.to)) throw badUserInput(`${argName} is not a valid fact id`, { argumentName: argName });
  return key;
}

const CORRECTION_PREFIX = 'Correction:';

export const toCorrectionId = (id: string): string => Buffer.from(CORRECTION_PREFIX + id, 'utf8').toString('base64url');

export function fromCorrectionId(id: string, argName = 'id'): string {
  const decoded = /^[A-Za-z0-9_-]+$/.test(id) ? Buffer.from(id, 'base64url').toString('utf8') : '';
  const storeId = decoded.startsWith(CORRECTION_PREFIX) ? decoded.slice(CORRECTION_PREFIX.length) : '';
  if (!/^[0-9a-f-]{36}$/.test(storeId)) throw badUserInput(`${argName} is not a valid correction id`, { argumentName: argName });
  return storeId;
}

/**
 * Edge ids: opaque base64url of what identifies the fact (type, ends, role,
 * year, recipient), so `edge(id)` finds it again without a stored id.
 */
export const toEdgeId = (edge: EdgeKey): string =>
  Buffer.from(JSON.stringify([edge.type, edge.sourceId, edge.targetId, edge.role, edge.year, edge.recipientId]), 'utf8').toString('base64url');

const EDGE_ID = /^[A-Za-z0-9_-]{1,2048}$/;

/** BAD_USER_INPUT on anything that is not an edge id of the form `toEdgeId` issues. */
export function fromEdgeId(id: string, argName = 'id'): EdgeKey {
  const refuse = () => badUserInput(`${argName} is not a valid edge id`, { argumentName: argName });
  if (!EDGE_ID.test(id)) throw refuse();
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(id, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(parts) || parts.length !== 6) throw refuse();
  const [type, sourceId, targetId, role, year, recipientId] = parts as unknown[];
  const storeId = (v: unknown): v is string => typeof v === 'string' && STORE_ID.test(v);
  const valid =
    STORED_RELATION_TYPES.includes(type as StoredRelationType) &&
    storeId(sourceId) &&
    storeId(targetId) &&
    (role === null || (typeof role === 'string' && role.length <= 200)) &&
    (year === null || Number.isInteger(year)) &&
    (recipientId === null || storeId(recipientId));
  if (!valid) throw refuse();
  return { type: type as StoredRelationType, sourceId, targetId, role: role as string | null, year: year as number | null, recipientId: recipientId as string | null };
}

// Moving what an entity holds to another: its facts with their evidence, the
// articles' mentions of it, its names. Merging, splitting and undoing either are
// made of these, each a fixed handful of statements in the caller's transaction.
import type { ManagedTransaction } from 'neo4j-driver';
import { STORED_IDENTITY } from '../../model/facts.js';
import { STORED_RELATION_TYPES, type EntityType, type StoredRelationType } from '../../model/graph.js';
import { typeOf } from '../read/cypher.js';
import { refreshDerived } from './fact-derived.js';

export interface EntityState {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  kind: string | null;
  /** The alias keys pointing at it. */
  keys: string[];
  /** Articles mentioning it, with the names each used. */
  mentions: { article: string; names: string[]; keys: string[] }[];
}

/**
 * Write-locks the entities and their alias keys (keys first, in order, as an ingest
 * claims them) and reads them. An ingest naming one of them then waits for the
 * correction, and resolves against what it leaves.
 */
export async function lockEntities(tx: ManagedTransaction, ids: string[]): Promise<Map<string, EntityState>> {
  const sorted = [...new Set(ids)].sort();
  await tx.run(
    `MATCH (al:Alias)-[:ALIAS_OF]->(e:Entity) WHERE e.id IN $ids
     WITH DISTINCT al ORDER BY al.key
     SET al.claimedAt = timestamp()`,
    { ids: sorted },
  );
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     SET e.updatedAt = datetime()
     RETURN e.id AS id, ${typeOf('e')} AS type, e.name AS name, coalesce(e.aliases, []) AS aliases, e.kind AS kind,
       COLLECT { MATCH (al:Alias)-[:ALIAS_OF]->(e) RETURN al.key } AS keys,
       COLLECT { MATCH (e)-[m:MENTIONED_IN]->(a:Article) RETURN {article: a.id, names: m.names, keys: m.keys} } AS mentions`,
    { ids: sorted },
  );
  return new Map(result.records.map((r) => [r.get('id') as string, r.toObject() as EntityState]));
}

export async function createEntity(
  tx: ManagedTransaction,
  e: { id: string; type: EntityType; name: string; aliases: string[]; kind: string | null },
): Promise<void> {
  await tx.run(
    `CREATE (e:Entity:$($type) {id: $id, name: $name, aliases: $aliases, kind: $kind, createdAt: datetime(), updatedAt: datetime()})`,
    e,
  );
}

/** An entity left with nothing (its facts and mentions moved away). */
export async function deleteEntity(tx: ManagedTransaction, id: string): Promise<void> {
  await tx.run(
    `MATCH (e:Entity {id: $id})
     OPTIONAL MATCH (al:Alias)-[:ALIAS_OF]->(e)
     DETACH DELETE e
     WITH DISTINCT al WHERE al IS NOT NULL AND NOT (al)-[:ALIAS_OF]->()
     DELETE al`,
    { id },
  );
}

/**
 * Which evidence moves. `all`; or the entries of some articles; or, per fact (by
 * `factSignature`), given entries — and `copies`, entries given to the new fact that
 * the old one keeps too (a sentence both entities' facts cited before a merge).
 */
export interface Selection {
  all?: boolean;
  articles?: string[];
  entries?: Record<string, string[]>;
  copies?: Record<string, string[]>;
}

/** A fact as seen from the entity it is moved off: direction, type, the other end, identity. Same in Cypher and JS. */
const signature = (dir: string, old: string, other: string) =>
  `'${dir}|' + type(${old}) + '|' + ${other}.id + '|' + coalesce(${old}.role, '') + '|' + coalesce(toString(${old}.year), '') + '|' + coalesce(${old}.recipientId, '')`;

export interface MovedFact {
  signature: string;
  /** Entries moved off. */
  moved: string[];
  /** Those of them the fact they moved to already had. */
  had: string[];
}

const IDENTITY_MAP = (type: StoredRelationType) => {
  const props = STORED_IDENTITY[type];
  return props.length ? ` {${props.map((p) => `${p}: old.${p}`).join(', ')}}` : '';
};

/**
 * Binds `new`: the fact between `dst` and `other` with `old`'s type and identity,
 * created when missing. CONFERRED is looked up by its recipient index (there may be
 * thousands between a conferrer and an honour), the others merged.
 */
function counterpart(type: StoredRelationType, dir: 'out' | 'in'): string {
  const [a, b] = dir === 'out' ? ['dst', 'other'] : ['other', 'dst'];
  if (type !== 'CONFERRED') {
    return `MERGE (${a})-[new:${type}${IDENTITY_MAP(type)}]->(${b})
         ON CREATE SET new.evidence = [], new.createdAt = old.createdAt`;
  }
  return `OPTIONAL MATCH (${a})-[existing:CONFERRED]->(${b}) WHERE existing.recipientId = old.recipientId AND existing.year = old.year
       CALL (dst, other, old, existing) {
         WITH dst, other, old WHERE existing IS NULL
         CREATE (${a})-[created:CONFERRED${IDENTITY_MAP(type)}]->(${b})
         SET created.evidence = [], created.createdAt = old.createdAt
         RETURN created AS new
         UNION
         WITH existing WHERE existing IS NOT NULL
         RETURN existing AS new
       }`;
}

/** Moves the selected evidence of `old` (bound with `dst`, `other`) to its counterpart, then drops `old` if left empty. */
function moveBody(type: StoredRelationType, dir: 'out' | 'in'): string {
  return `WITH dst, old, other, ${signature(dir, 'old', 'other')} AS sig
       WITH dst, old, other, sig,
         [x IN old.evidence WHERE $all OR split(x, ':')[0] IN $articles OR x IN coalesce($entries[sig], [])] AS moving,
         [x IN coalesce($copies[sig], []) WHERE x IN old.evidence] AS copying
       WHERE size(moving) + size(copying) > 0
       ${counterpart(type, dir)}
       WITH old, new, sig, moving, copying, [x IN moving WHERE x IN new.evidence] AS had
       SET new.evidence = new.evidence + [x IN moving + copying WHERE NOT x IN new.evidence],
         new.conferredById = coalesce(new.conferredById, old.conferredById),
         new.confirmed = CASE WHEN coalesce(new.confirmed, false) OR coalesce(old.confirmed, false) THEN true END,
         new.tenureSet = coalesce(new.tenureSet, old.tenureSet),
         old.evidence = [x IN old.evidence WHERE NOT x IN moving]
       SET ${refreshDerived('new')}, ${refreshDerived('old')}
       WITH old, sig, moving, had
       CALL (old) { WITH old WHERE size(old.evidence) = 0 DELETE old }
       RETURN collect({signature: sig, moved: moving, had: had}) AS moved`;
}

/** One statement per stored type: the facts of `src` both ways, except those with `dst` (see takeFactsBetween). */
const MOVE_FACTS = Object.fromEntries(
  STORED_RELATION_TYPES.map((type) => [
    type,
    `MATCH (src:Entity {id: $from}), (dst:Entity {id: $to})
     CALL (src, dst) {
       MATCH (src)-[old:${type}]->(other:Entity) WHERE other <> dst
       ${moveBody(type, 'out')}
     }
     WITH src, dst, moved AS outgoing
     CALL (src, dst) {
       MATCH (other:Entity)-[old:${type}]->(src) WHERE other <> dst
       ${moveBody(type, 'in')}
     }
     RETURN outgoing + moved AS moved`,
  ]),
) as Record<StoredRelationType, string>;

/**
 * The mirrors of moved awards: a CONFERRED names its recipient by id, so it follows
 * the RECEIVED it mirrors (the same entries); and a RECEIVED names its conferrer by
 * id, so it follows the CONFERRED that moved.
 */
const MOVE_MIRRORS = [
  `MATCH (c:Entity)-[old:CONFERRED {recipientId: $from}]->(h:Honour)
   OPTIONAL MATCH (:Entity {id: $from})-[kept:RECEIVED {year: old.year}]->(h)
   OPTIONAL MATCH (:Entity {id: $to})-[given:RECEIVED {year: old.year}]->(h)
   WITH c, h, old, [x IN old.evidence WHERE x IN coalesce(given.evidence, [])] AS giving,
     [x IN old.evidence WHERE x IN coalesce(kept.evidence, [])] AS keeping
   WHERE size(giving) > 0 OR size(keeping) < size(old.evidence)
   OPTIONAL MATCH (c)-[existing:CONFERRED]->(h) WHERE existing.recipientId = $to AND existing.year = old.year
   CALL (c, h, old, existing, giving) {
     WITH c, h, old WHERE existing IS NULL AND size(giving) > 0
     CREATE (c)-[created:CONFERRED {recipientId: $to, year: old.year}]->(h)
     SET created.evidence = [], created.createdAt = old.createdAt
     RETURN created AS new
     UNION
     WITH existing WHERE existing IS NOT NULL
     RETURN existing AS new
   }
   SET new.evidence = new.evidence + [x IN giving WHERE NOT x IN new.evidence], old.evidence = keeping
   SET ${refreshDerived('new')}, ${refreshDerived('old')}
   WITH DISTINCT old
   CALL (old) { WITH old WHERE size(old.evidence) = 0 DELETE old }
   RETURN count(*) AS n`,
  `MATCH (dst:Entity {id: $to})-[c:CONFERRED]->(h:Honour)
   MATCH (y:Entity {id: c.recipientId})-[rec:RECEIVED {year: c.year}]->(h)
   WHERE rec.conferredById = $from
     AND NOT EXISTS { MATCH (:Entity {id: $from})-[s:CONFERRED]->(h) WHERE s.recipientId = y.id AND s.year = c.year }
   SET rec.conferredById = $to
   RETURN count(*) AS n`,
];

/** Moves the selected evidence of `from`'s facts to the same facts of `to`; returns what moved, per fact. */
export async function moveFacts(tx: ManagedTransaction, from: string, to: string, selection: Selection): Promise<MovedFact[]> {
  const params = {
    from,
    to,
    all: selection.all ?? false,
    articles: selection.articles ?? [],
    entries: selection.entries ?? {},
    copies: selection.copies ?? {},
  };
  const results = await Promise.all(STORED_RELATION_TYPES.map((type) => tx.run(MOVE_FACTS[type], params)));
  for (const q of MOVE_MIRRORS) await tx.run(q, { from, to });
  return results.flatMap((r) => (r.records[0]?.get('moved') as MovedFact[] | undefined) ?? []).filter((m) => m.moved.length > 0);
}

/** A fact between two entities, as stored (without its timestamps). */
export interface StoredFact {
  type: StoredRelationType;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

/** Takes the facts between two entities out (merging them would make each a loop), for the undoing to put back. */
export async function takeFactsBetween(tx: ManagedTransaction, a: string, b: string): Promise<StoredFact[]> {
  const result = await tx.run(
    `MATCH (x:Entity {id: $a})-[r]-(y:Entity {id: $b}) WHERE type(r) IN $types
     WITH DISTINCT r
     WITH r, startNode(r).id AS from, endNode(r).id AS to, type(r) AS type, r {.*, createdAt: null} AS props
     DELETE r
     RETURN type, from, to, props`,
    { a, b, types: [...STORED_RELATION_TYPES] },
  );
  return result.records.map((r) => r.toObject() as StoredFact);
}

/** Puts facts back, with the evidence of articles still there as they were (`articles`: id → contentHash). */
export async function restoreFacts(tx: ManagedTransaction, facts: StoredFact[], articles: Record<string, string>): Promise<void> {
  if (facts.length === 0) return;
  await tx.run(
    `UNWIND $facts AS f
     MATCH (a:Entity {id: f.from}), (b:Entity {id: f.to})
     WITH a, b, f, [x IN f.props.evidence WHERE $articles[split(x, ':')[0]] IS NOT NULL
       AND EXISTS { MATCH (art:Article {id: split(x, ':')[0]}) WHERE art.contentHash = $articles[split(x, ':')[0]] }] AS evidence
     WHERE size(evidence) > 0
     CREATE (a)-[r:$(f.type)]->(b)
     SET r = f.props, r.evidence = evidence, r.createdAt = datetime()
     SET ${refreshDerived('r')}`,
    { facts, articles },
  );
}

export interface MentionSnapshot {
  article: string;
  contentHash: string;
  names: string[];
  keys: string[];
  resolution: string | null;
  /** What the entity it moved to had of the same article before, if anything. */
  keepHad: { names: string[]; keys: string[] } | null;
}

/** Moves articles' mentions of `from` (all, or of some articles) to `to`, joining those of the same article. */
export async function moveMentions(tx: ManagedTransaction, from: string, to: string, articles: string[] | 'all'): Promise<MentionSnapshot[]> {
  const result = await tx.run(
    `MATCH (src:Entity {id: $from})-[m:MENTIONED_IN]->(a:Article) WHERE $all OR a.id IN $articles
     MATCH (dst:Entity {id: $to})
     OPTIONAL MATCH (dst)-[dm:MENTIONED_IN]->(a)
     WITH dst, m, a, dm, {article: a.id, contentHash: a.contentHash, names: m.names, keys: m.keys, resolution: m.resolution,
       keepHad: CASE WHEN dm IS NULL THEN null ELSE {names: dm.names, keys: dm.keys} END} AS snapshot
     CALL (dst, a, m, dm) {
       WITH dst, a, m WHERE dm IS NULL
       CREATE (dst)-[:MENTIONED_IN {names: m.names, keys: m.keys, resolution: m.resolution}]->(a)
     }
     CALL (m, dm) {
       WITH m, dm WHERE dm IS NOT NULL
       SET dm.names = dm.names + [n IN m.names WHERE NOT n IN dm.names], dm.keys = dm.keys + [k IN m.keys WHERE NOT k IN dm.keys]
     }
     DELETE m
     RETURN collect(snapshot) AS mentions`,
    { from, to, all: articles === 'all', articles: articles === 'all' ? [] : articles },
  );
  return (result.records[0]?.get('mentions') as MentionSnapshot[] | undefined) ?? [];
}

/**
 * Gives back mentions a merge moved, for articles unchanged since: the removed
 * entity's own, and the kept entity's as they were.
 */
export async function restoreMentions(tx: ManagedTransaction, kept: string, removed: string, mentions: MentionSnapshot[]): Promise<void> {
  if (mentions.length === 0) return;
  await tx.run(
    `UNWIND $mentions AS s
     MATCH (a:Article {id: s.article}) WHERE a.contentHash = s.contentHash
     MATCH (k:Entity {id: $kept}), (x:Entity {id: $removed})
     OPTIONAL MATCH (k)-[km:MENTIONED_IN]->(a)
     CREATE (x)-[:MENTIONED_IN {names: s.names, keys: s.keys, resolution: s.resolution}]->(a)
     WITH km, s
     CALL (km, s) { WITH km, s WHERE km IS NOT NULL AND s.keepHad IS NULL DELETE km }
     CALL (km, s) { WITH km, s WHERE km IS NOT NULL AND s.keepHad IS NOT NULL SET km.names = s.keepHad.names, km.keys = s.keepHad.keys }`,
    { kept, removed, mentions },
  );
}

/**
 * Names and aliases of entities from the articles' mentions, as ingesting them would
 * leave them: the fullest of the articles' canonical names (each mention's first) is
 * canonical, the current one on a tie, unless an analyst gave one (EntityRule); every
 * other name is an alias, and alias keys follow.
 */
export async function refreshNames(tx: ManagedTransaction, ids: string[]): Promise<void> {
  await tx.run(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     WITH e, ${typeOf('e')} AS type,
       COLLECT { MATCH (e)-[m:MENTIONED_IN]->() RETURN m } AS mentions,
       COLLECT { MATCH (rule:EntityRule {id: e.id}) RETURN rule.name ORDER BY rule.seq DESC LIMIT 1 }[0] AS renamed
     WITH e, type, renamed, [m IN mentions | m.names[0]] AS canonical,
       reduce(acc = [], m IN mentions | acc + [n IN m.names WHERE NOT n IN acc]) AS names,
       reduce(acc = [], m IN mentions | acc + [k IN m.keys WHERE NOT k IN acc]) AS keys
     WITH e, names, keys + [n IN [renamed] WHERE n IS NOT NULL | type + ':' + n] AS keys,
       coalesce(renamed, reduce(best = CASE WHEN e.name IN canonical THEN e.name ELSE '' END, n IN canonical |
         CASE WHEN size(n) > size(best) THEN n ELSE best END)) AS name
     SET e.name = CASE WHEN name = '' THEN e.name ELSE name END
     SET e.aliases = [n IN names WHERE n <> e.name]
     WITH e, keys
     CALL (e, keys) {
       UNWIND keys AS key
       MERGE (al:Alias {key: key})
       MERGE (al)-[:ALIAS_OF]->(e)
     }
     CALL (e, keys) {
       MATCH (al:Alias)-[x:ALIAS_OF]->(e) WHERE NOT al.key IN keys
       DELETE x
       WITH al WHERE NOT (al)-[:ALIAS_OF]->()
       DELETE al
     }`,
    { ids },
  );
}

/** Articles' content hashes by id, for those still in the graph: a changed article is no longer the one a snapshot saw. */
export async function articleHashes(tx: ManagedTransaction, ids: string[]): Promise<Record<string, string>> {
  if (ids.length === 0) return {};
  const result = await tx.run('UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN id, a.contentHash AS hash', { ids });
  return Object.fromEntries(result.records.map((r) => [r.get('id') as string, r.get('hash') as string]));
}

/** The stated facts of entities, as keys' parts: what their flags are recomputed for after a change of identity. */
export async function factsOf(tx: ManagedTransaction, ids: string[]): Promise<{ type: string; from: string; to: string; role: string | null; year: number | null }[]> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})-[r:PART_OF|MEMBER_OF|RECEIVED|LEADS|PARTNERS_WITH]-(:Entity)
     WITH DISTINCT r
     RETURN type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, r.role AS role, r.year AS year`,
    { ids },
  );
  return result.records.map((r) => r.toObject() as { type: string; from: string; to: string; role: string | null; year: number | null });
}

// Reads back what the graph holds for one article, in ONTOLOGY.md's JSON form:
// the entities it mentions (with the names it used) and the facts it supports.
// Used to check that a load reproduces the extractor's graph, and by `npm run export`.
import { ENTITY_TYPES } from '../model/graph.js';
import type { GraphDb } from './graph-db.js';

export interface ExportedGraph {
  article: string;
  entities: { type: string; name: string; aliases?: string[] }[];
  relations: { type: string; from: string; to: string; role?: string; year?: number; conferredBy?: string; evidence?: string }[];
}


export async function exportArticleGraph(db: GraphDb, articleId: string): Promise<ExportedGraph | null> {
  const [row] = await db.read<{ key: string; entities: { labels: string[]; name: string; names: string[] }[]; facts: Record<string, unknown>[] }>(
    `MATCH (a:Article {id: $articleId})
     CALL (a) {
       MATCH (e:Entity)-[m:MENTIONED_IN]->(a)
       RETURN collect({labels: labels(e), name: e.name, names: m.names}) AS entities
     }
     CALL (a) {
       MATCH (a)<-[:MENTIONED_IN]-(x:Entity)-[r:PART_OF|MEMBER_OF|RECEIVED|LEADS|PARTNERS_WITH]->(y:Entity)
       WHERE any(ev IN r.evidence WHERE ev STARTS WITH $prefix)
       OPTIONAL MATCH (c:Entity {id: r.conferredById})
       WITH DISTINCT r, x, y, c, [ev IN r.evidence WHERE ev STARTS WITH $prefix][0] AS ev
       WITH r, x, y, c, split(ev, ':') AS parts
       RETURN collect({type: type(r), from: x.name, to: y.name, role: r.role, year: r.year, conferredBy: c.name,
                       evidence: substring(a.text, toInteger(parts[1]), toInteger(parts[2]) - toInteger(parts[1]))}) AS facts
     }
     RETURN a.key AS key, entities, facts`,
    { articleId, prefix: `${articleId}:` },
  );
  if (!row) return null;
  const entities = row.entities.map((e) => {
    const aliases = e.names.filter((n) => n !== e.name);
    return { type: e.labels.find((l) => (ENTITY_TYPES as readonly string[]).includes(l)) ?? 'Entity', name: e.name, ...(aliases.length ? { aliases } : {}) };
  });
  const relations = row.facts.map((f) => {
    const out: ExportedGraph['relations'][number] = { type: String(f.type), from: String(f.from), to: String(f.to) };
    if (typeof f.role === 'string' && f.role) out.role = f.role;
    if (typeof f.year === 'number' && f.year >= 0) out.year = f.year;
    if (typeof f.conferredBy === 'string') out.conferredBy = f.conferredBy;
    if (typeof f.evidence === 'string') out.evidence = f.evidence;
    return out;
  });
  return { article: row.key.replace(/^file:/, ''), entities, relations };
}

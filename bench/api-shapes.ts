// The query shapes the API suite measures (npm run bench:api), each three ways
// over the same data: this API, one hand-written Cypher query through
// neo4j-driver, and @neo4j/graphql 7 on the type definitions in peer/. Each
// path's answer is brought to one canonical form (the raw query returns it
// as is), and the suite checks the three agree before it times anything.
import { fromGlobalId, toGlobalId } from '../src/api/ids.js';
import type { SyntheticGraph } from './api-synthetic-graph.js';

/**
 * This API; one hand-written Cypher query through neo4j-driver's executeQuery (its
 * documented entry point: a managed transaction, whose commit is a second round
 * trip); the same query as an auto-commit `session.run` (one round trip, as the
 * API's own reads); @neo4j/graphql.
 */
export const PATHS = ['api', 'raw', 'auto', 'peer'] as const;
export type PathName = (typeof PATHS)[number];

export interface ShapeInput {
  api: Record<string, unknown>;
  raw: Record<string, unknown>;
  peer: Record<string, unknown>;
}

export interface Shape {
  name: string;
  /** What it reads, for the table. */
  description: string;
  /** One per root, cycled through. */
  inputs: ShapeInput[];
  api: { query: string; canonical(data: any): unknown };
  /** Returns one row with a `view` column: the canonical form, or what `canonical` makes it. */
  raw: { cypher: string; canonical?(view: any): unknown };
  peer: { query: string; canonical(data: any): unknown };
}

const ENTITY_TYPES = ['Unit', 'Person', 'Honour', 'Initiative', 'Organization'];
const INPUTS = 50;

/** `n` items spread over the whole list, so the roots are not all neighbours. */
const spread = <T>(items: readonly T[], n = INPUTS): T[] => Array.from({ length: Math.min(n, items.length) }, (_, i) => items[Math.floor((i * items.length) / n)]!);

const storeId = (globalId: string) => fromGlobalId(globalId).storeId;

/** `[l IN labels(x) …]`: the raw queries' type of an entity. */
const typeOf = (v: string) => `[l IN labels(${v}) WHERE l <> 'Entity'][0]`;

/** Evidence sentences cut from their articles' texts, in the raw and peer queries alike. */
const evidenceOf = (r: string, fields: string) => `COLLECT {
    UNWIND ${r}.evidence AS e WITH split(e, ':') AS ref MATCH (a:Article {id: ref[0]})
    RETURN {sentence: substring(a.text, toInteger(ref[1]), toInteger(ref[2]) - toInteger(ref[1]))${fields}}
  }`;

/** The first parent by name, as `parent` reads it. */
const firstParent = `OPTIONAL CALL (u) { MATCH (u)-[:PART_OF]->(p:Unit) RETURN p ORDER BY p.name, p.id LIMIT 1 }`;
const BY_NAME = `[{name: ASC}, {id: ASC}]`;

const byId = (type: string, ids: readonly string[]): ShapeInput[] => ids.map((id) => ({ api: { id: toGlobalId(type as never, id) }, raw: { id }, peer: { id } }));

const nameOf = (n: { name: string } | null | undefined) => n?.name ?? null;

function lookupById(g: SyntheticGraph): Shape {
  return {
    name: 'lookup by id',
    description: 'a unit by id with its parent’s name',
    inputs: byId('Unit', spread(g.stationIds)),
    api: {
      query: `query ($id: ID!) { node(id: $id) { ... on Unit { name parent { name } } } }`,
      canonical: (d) => d.node,
    },
    raw: {
      cypher: `MATCH (u:Unit {id: $id})
${firstParent}
RETURN {name: u.name, parent: p {.name}} AS view`,
    },
    peer: {
      query: `query ($id: ID!) { units(where: {id: {eq: $id}}) { name parent(limit: 1, sort: ${BY_NAME}) { name } } }`,
      canonical: (d) => ({ name: d.units[0].name, parent: d.units[0].parent[0] ?? null }),
    },
  };
}

function lookupByName(g: SyntheticGraph): Shape {
  const names = spread(g.entities.filter((e) => e.label === 'Unit' || e.label === 'Person'));
  return {
    name: 'lookup by name',
    description: 'entities named exactly so (any type), through their aliases',
    inputs: names.map(({ name }) => ({ api: { name }, raw: { keys: ENTITY_TYPES.map((t) => `${t}:${name}`) }, peer: { name } })),
    api: {
      query: `query ($name: String!) { entitiesByName(name: $name) { __typename id name kind } }`,
      canonical: (d) => d.entitiesByName.map((e: any) => ({ type: e.__typename, id: storeId(e.id), name: e.name, kind: e.kind })),
    },
    raw: {
      cypher: `UNWIND $keys AS key
MATCH (:Alias {key: key})-[:ALIAS_OF]->(e:Entity)
WITH DISTINCT e ORDER BY e.name, e.id
RETURN collect({type: ${typeOf('e')}, id: e.id, name: e.name, kind: e.kind}) AS view`,
    },
    peer: {
      query: `query ($name: String!) { entitiesByName(name: $name) { __typename id name kind } }`,
      canonical: (d) => d.entitiesByName.map((e: any) => ({ type: e.__typename, id: e.id, name: e.name, kind: e.kind })),
    },
  };
}

function search(g: SyntheticGraph): Shape {
  // About 1,200 hits each: every organisation shares words with these.
  const queries = spread(g.entities.filter((e) => e.label === 'Organization')).map((e) => e.name.replace('合成市', ''));
  return {
    name: 'search',
    description: 'full-text search: 10 best hits of ~1,200, and their count',
    inputs: queries.map((q) => ({ api: { q }, raw: { q }, peer: { q } })),
    api: {
      query: `query ($q: String!) { search(query: $q, first: 10) { totalCount edges { score node { __typename id name } } } }`,
      canonical: (d) => ({
        totalCount: d.search.totalCount,
        hits: d.search.edges.map((e: any) => ({ score: e.score, id: storeId(e.node.id), name: e.node.name, type: e.node.__typename })),
      }),
    },
    raw: {
      cypher: `CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
WITH node, score ORDER BY score DESC, node.name, node.id
WITH collect([node, score]) AS hits
RETURN {totalCount: size(hits),
        hits: [h IN hits[..10] | {score: h[1], id: h[0].id, name: h[0].name, type: ${typeOf('h[0]')}}]} AS view`,
    },
    peer: {
      query: `query ($q: String!) { searchCount(query: $q) search(query: $q, first: 10) { score id name type } }`,
      canonical: (d) => ({ totalCount: d.searchCount, hits: d.search }),
    },
  };
}

function personCard(g: SyntheticGraph): Shape {
  // People with honours: every third has none.
  const people = spread(g.personIds.filter((_, i) => i % 3 === 2));
  return {
    name: 'person card',
    description: 'a person: units and posts, 10 honours with conferrers, every fact’s sentence',
    inputs: byId('Person', people),
    api: {
      query: `query ($id: ID!) { node(id: $id) { ... on Person {
  name
  memberships { nodes { role unit { name } evidence { sentence } } }
  honours(first: 10) { nodes { year honour { name } conferredBy { name } evidence { sentence article { title publishedAt } } } }
} } }`,
      canonical: (d) => ({
        name: d.node.name,
        memberships: d.node.memberships.nodes.map((m: any) => ({ role: m.role, unit: m.unit.name, evidence: m.evidence })),
        honours: d.node.honours.nodes.map((h: any) => ({
          year: h.year,
          honour: h.honour.name,
          conferredBy: nameOf(h.conferredBy),
          evidence: h.evidence.map((e: any) => ({ sentence: e.sentence, title: e.article.title, publishedAt: e.article.publishedAt })),
        })),
      }),
    },
    raw: {
      cypher: `MATCH (p:Person {id: $id})
CALL (p) {
  MATCH (p)-[r:MEMBER_OF]->(u:Unit)
  WITH r, u ORDER BY u.name, u.id, r.role LIMIT 20
  RETURN collect({role: CASE WHEN r.role <> '' THEN r.role END, unit: u.name, evidence: ${evidenceOf('r', '')}}) AS memberships
}
CALL (p) {
  MATCH (p)-[r:RECEIVED]->(h:Honour)
  WITH r, h ORDER BY r.year DESC, h.name, h.id LIMIT 10
  OPTIONAL MATCH (k:Entity {id: r.conferredById})
  RETURN collect({year: CASE WHEN r.year >= 0 THEN r.year END, honour: h.name, conferredBy: k.name,
                  evidence: ${evidenceOf('r', ', title: a.title, publishedAt: a.publishedAt')}}) AS honours
}
RETURN {name: p.name, memberships: memberships, honours: honours} AS view`,
    },
    peer: {
      query: `query ($id: ID!) { people(where: {id: {eq: $id}}) {
  name
  membershipCards(first: 20) { role unit evidence { sentence } }
  awards(first: 10, withEvidence: true) { year honour conferredBy evidence { sentence title publishedAt } }
} }`,
      canonical: (d) => {
        const p = d.people[0];
        return { name: p.name, memberships: p.membershipCards, honours: p.awards };
      },
    },
  };
}

function unitHierarchy(g: SyntheticGraph): Shape {
  return {
    name: 'unit hierarchy',
    description: 'a branch: parent, ancestors, children with their count, descendants (2 levels)',
    inputs: byId('Unit', spread(g.branchIds)),
    api: {
      query: `query ($id: ID!) { node(id: $id) { ... on Unit {
  name
  parent { name }
  ancestors(maxDepth: 2) { edges { depth node { name } } }
  children { totalCount nodes { name } }
  descendants(maxDepth: 2, first: 50) { edges { depth node { name } } }
} } }`,
      canonical: (d) => ({
        name: d.node.name,
        parent: nameOf(d.node.parent),
        ancestors: d.node.ancestors.edges.map((e: any) => ({ depth: e.depth, name: e.node.name })),
        childCount: d.node.children.totalCount,
        children: d.node.children.nodes.map(nameOf),
        descendants: d.node.descendants.edges.map((e: any) => ({ depth: e.depth, name: e.node.name })),
      }),
    },
    raw: {
      cypher: `MATCH (u:Unit {id: $id})
${firstParent}
CALL (u) {
  MATCH path = (u)-[:PART_OF*1..2]->(x:Unit)
  WITH x, min(length(path)) AS depth ORDER BY depth, x.name, x.id LIMIT 20
  RETURN collect({depth: depth, name: x.name}) AS ancestors
}
CALL (u) {
  MATCH (c:Unit)-[:PART_OF]->(u)
  WITH c ORDER BY c.name, c.id
  RETURN count(c) AS childCount, collect(c.name)[..20] AS children
}
CALL (u) {
  MATCH path = (x:Unit)-[:PART_OF*1..2]->(u)
  WITH x, min(length(path)) AS depth ORDER BY depth, x.name, x.id LIMIT 50
  RETURN collect({depth: depth, name: x.name}) AS descendants
}
RETURN {name: u.name, parent: p.name, ancestors: ancestors, childCount: childCount, children: children, descendants: descendants} AS view`,
    },
    peer: {
      // No variable-length relationships: two levels of nesting, flattened here.
      query: `query ($id: ID!) { units(where: {id: {eq: $id}}) {
  name
  parent(limit: 1, sort: ${BY_NAME}) { name parent(limit: 1, sort: ${BY_NAME}) { name } }
  childrenConnection { totalCount }
  firstChildren: children(limit: 20, sort: ${BY_NAME}) { name }
  children(sort: ${BY_NAME}) { name children(sort: ${BY_NAME}) { name } }
} }`,
      canonical: (d) => {
        const u = d.units[0];
        const parent = u.parent[0];
        const grandparent = parent?.parent[0];
        const grandchildren = u.children.flatMap((c: any) => c.children).sort((a: any, b: any) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        return {
          name: u.name,
          parent: nameOf(parent),
          ancestors: [parent && { depth: 1, name: parent.name }, grandparent && { depth: 2, name: grandparent.name }].filter(Boolean),
          childCount: u.childrenConnection.totalCount,
          children: u.firstChildren.map(nameOf),
          descendants: [...u.children.map((c: any) => ({ depth: 1, name: c.name })), ...grandchildren.map((c: any) => ({ depth: 2, name: c.name }))].slice(0, 50),
        };
      },
    },
  };
}

function subtreeHonours(g: SyntheticGraph): Shape {
  return {
    name: 'subtree honours',
    description: 'a branch’s honours with its stations’ and their people’s (~510): newest 20 with sentences, and the count',
    inputs: byId('Unit', spread(g.branchIds)),
    api: {
      query: `query ($id: ID!) { node(id: $id) { ... on Unit {
  honours(includeSubunits: true, includeMembers: true, first: 20) {
    totalCount
    nodes { recipient { name } honour { name } year conferredBy { name } evidence { sentence article { title } } }
  }
} } }`,
      canonical: (d) => ({
        totalCount: d.node.honours.totalCount,
        awards: d.node.honours.nodes.map((a: any) => ({
          recipient: a.recipient.name,
          honour: a.honour.name,
          year: a.year,
          conferredBy: nameOf(a.conferredBy),
          evidence: a.evidence.map((e: any) => ({ sentence: e.sentence, title: e.article.title })),
        })),
      }),
    },
    raw: {
      cypher: `MATCH (top:Unit {id: $id})
CALL (top) {
  CALL (top) {
    MATCH (x:Unit)-[:PART_OF*0..10]->(top) RETURN x
    UNION
    MATCH (x:Person)-[:MEMBER_OF]->(:Unit)-[:PART_OF*0..10]->(top) RETURN x
  }
  MATCH (x)-[r:RECEIVED]->(h:Honour)
  WITH x, r, h ORDER BY r.year DESC, h.name, x.name, h.id, x.id
  WITH collect([x, r, h]) AS rows
  RETURN size(rows) AS total, rows[..20] AS page
}
CALL (page) {
  UNWIND page AS row
  WITH row[0] AS x, row[1] AS r, row[2] AS h
  OPTIONAL MATCH (k:Entity {id: r.conferredById})
  RETURN collect({recipient: x.name, honour: h.name, year: CASE WHEN r.year >= 0 THEN r.year END, conferredBy: k.name,
                  evidence: ${evidenceOf('r', ', title: a.title')}}) AS awards
}
RETURN {totalCount: total, awards: awards} AS view`,
    },
    peer: {
      query: `query ($id: ID!) { units(where: {id: {eq: $id}}) {
  subtreeAwardCount
  subtreeAwards(first: 20) { recipient honour year conferredBy evidence { sentence title } }
} }`,
      canonical: (d) => ({ totalCount: d.units[0].subtreeAwardCount, awards: d.units[0].subtreeAwards }),
    },
  };
}

const FACT_RELATIONS = 'PART_OF|MEMBER_OF|RECEIVED|CONFERRED|LEADS|PARTNERS_WITH';

/** Graph views: ids as store ids, edges in one order (each path lists them as Neo4j finds them). */
function graphView(view: any, id: (v: string) => string) {
  if (!view) return null;
  const edges = view.edges.map((e: any) => ({ type: e.type, source: id(e.source), target: id(e.target) }));
  edges.sort((a: any, b: any) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  const nodes = view.nodes.map((n: any) => ({ id: id(n.id), name: n.name, type: n.type ?? n.__typename }));
  return { ...('truncated' in view ? { truncated: view.truncated } : { length: view.length }), nodes, edges };
}

function neighborhood(g: SyntheticGraph): Shape {
  return {
    name: 'neighbourhood',
    description: 'a station and what lies within 2 hops: the nearest 100 nodes and the edges between them',
    inputs: byId('Unit', spread(g.stationIds)),
    api: {
      query: `query ($id: ID!) { neighborhood(id: $id, depth: 2, limit: 100) { truncated nodes { __typename id name } edges { type source target } } }`,
      canonical: (d) => graphView(d.neighborhood, storeId),
    },
    raw: {
      cypher: `MATCH (start:Entity {id: $id})
CALL (start) {
  MATCH path = (start)-[:${FACT_RELATIONS}*1..2]-(x:Entity) WHERE x <> start
  WITH x, min(length(path)) AS distance ORDER BY distance, x.name, x.id LIMIT 100
  RETURN collect(x) AS reached
}
WITH [start] + reached[..99] AS kept, size(reached) > 99 AS truncated
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r:${FACT_RELATIONS}]->(b) WHERE b IN kept
  RETURN collect({type: type(r), source: a.id, target: b.id}) AS edges
}
RETURN {truncated: truncated, edges: edges, nodes: [n IN kept | {id: n.id, name: n.name, type: ${typeOf('n')}}]} AS view`,
      canonical: (view) => graphView(view, (v) => v),
    },
    peer: {
      query: `query ($id: ID!) { neighborhood(id: $id, limit: 100) { truncated nodes { id name type } edges { type source target } } }`,
      canonical: (d) => graphView(d.neighborhood, (v) => v),
    },
  };
}

function shortestPath(g: SyntheticGraph): Shape {
  // A person and one of the next station's of the same branch: four hops through their stations and branch.
  const members = new Map<string, string[]>();
  for (const f of g.facts) if (f.type === 'MEMBER_OF') members.set(f.to, [...(members.get(f.to) ?? []), f.from]);
  const branchOf = (station: string) => station.slice(0, station.lastIndexOf('_'));
  const pairs = spread(
    g.stationIds.flatMap((station, i) => {
      const next = g.stationIds[i + 1];
      if (!next || branchOf(next) !== branchOf(station)) return [];
      const [a, b] = [members.get(station)!, members.get(next)!];
      const k = Math.min(7, a.length - 1, b.length - 1);
      return [{ from: a[k]!, to: b[k]! }];
    }),
  );
  return {
    name: 'shortest path',
    description: 'the shortest chain of facts between two people of neighbouring stations (≤ 4 hops)',
    inputs: pairs.map(({ from, to }) => ({
      api: { from: toGlobalId('Person', from), to: toGlobalId('Person', to) },
      raw: { from, to },
      peer: { from, to },
    })),
    api: {
      query: `query ($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4) { length nodes { __typename id name } edges { type source target } } }`,
      canonical: (d) => graphView(d.path, storeId),
    },
    raw: {
      cypher: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:${FACT_RELATIONS}*..4]-(b))
RETURN {length: length(p),
        nodes: [n IN nodes(p) | {id: n.id, name: n.name, type: ${typeOf('n')}}],
        edges: [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id}]} AS view`,
      canonical: (view) => graphView(view, (v) => v),
    },
    peer: {
      query: `query ($from: ID!, $to: ID!) { path(from: $from, to: $to) { length nodes { id name type } edges { type source target } } }`,
      canonical: (d) => graphView(d.path, (v) => v),
    },
  };
}

const FACT_OF_TYPENAME: Record<string, [string, string, string]> = {
  PartOf: ['PART_OF', 'unit', 'parent'],
  Membership: ['MEMBER_OF', 'person', 'unit'],
  Award: ['RECEIVED', 'recipient', 'honour'],
  Leadership: ['LEADS', 'leader', 'initiative'],
  Partnership: ['PARTNERS_WITH', 'unit', 'organization'],
};

function articleFacts(g: SyntheticGraph): Shape {
  return {
    name: 'article with facts',
    description: 'an article and the first 50 of the ~210 facts it states, with their count',
    inputs: byId('Article', spread(g.articleIds)),
    api: {
      query: `query ($id: ID!) { node(id: $id) { ... on Article {
  title publishedAt
  facts(first: 50) { totalCount nodes {
    __typename
    ... on PartOf { unit { name } parent { name } }
    ... on Membership { person { name } unit { name } role }
    ... on Award { recipient { name } honour { name } year }
    ... on Leadership { leader { name } initiative { name } }
    ... on Partnership { unit { name } organization { name } }
  } }
} } }`,
      canonical: (d) => ({
        title: d.node.title,
        publishedAt: d.node.publishedAt,
        totalCount: d.node.facts.totalCount,
        facts: d.node.facts.nodes.map((f: any) => {
          const [type, from, to] = FACT_OF_TYPENAME[f.__typename]!;
          return { type, from: f[from].name, to: f[to].name, role: f.role ?? null, year: f.year ?? null };
        }),
      }),
    },
    raw: {
      cypher: `MATCH (a:Article {id: $id})
CALL (a) {
  MATCH (a)<-[:MENTIONED_IN]-(x:Entity)-[r:PART_OF|MEMBER_OF|RECEIVED|LEADS|PARTNERS_WITH]->(y:Entity)
  WHERE any(e IN r.evidence WHERE e STARTS WITH a.id + ':')
  WITH x, r, y ORDER BY type(r), x.name, y.name, x.id, y.id, coalesce(r.role, ''), coalesce(r.year, -1)
  WITH collect({type: type(r), from: x.name, to: y.name, role: CASE WHEN r.role <> '' THEN r.role END,
                year: CASE WHEN r.year >= 0 THEN r.year END}) AS facts
  RETURN size(facts) AS total, facts[..50] AS page
}
RETURN {title: a.title, publishedAt: a.publishedAt, totalCount: total, facts: page} AS view`,
    },
    peer: {
      query: `query ($id: ID!) { articles(where: {id: {eq: $id}}) { title publishedAt factCount facts(first: 50) { type from to role year } } }`,
      canonical: (d) => {
        const a = d.articles[0];
        return { title: a.title, publishedAt: a.publishedAt, totalCount: a.factCount, facts: a.facts };
      },
    },
  };
}

const VIEW_PAGE = { children: 20, members: 50, honours: 10 };

function relationshipView(g: SyntheticGraph): Shape {
  return {
    name: 'relationship view',
    description: 'a branch → 10 stations → 500 members → 499 honours with conferrers',
    inputs: byId('Unit', spread(g.branchIds)),
    api: {
      query: `query ($id: ID!) { node(id: $id) { ... on Unit {
  name
  children(first: ${VIEW_PAGE.children}) { nodes {
    name
    members(first: ${VIEW_PAGE.members}) { nodes {
      role
      person { name honours(first: ${VIEW_PAGE.honours}) { nodes { year honour { name } conferredBy { name } } } }
    } }
  } }
} } }`,
      canonical: (d) => d.node,
    },
    raw: {
      cypher: `MATCH (u:Unit {id: $id})
CALL (u) {
  MATCH (c:Unit)-[:PART_OF]->(u)
  WITH c ORDER BY c.name, c.id LIMIT ${VIEW_PAGE.children}
  CALL (c) {
    MATCH (p:Person)-[m:MEMBER_OF]->(c)
    WITH p, m ORDER BY p.name, p.id, m.role LIMIT ${VIEW_PAGE.members}
    CALL (p) {
      MATCH (p)-[r:RECEIVED]->(h:Honour)
      WITH r, h ORDER BY r.year DESC, h.name, h.id LIMIT ${VIEW_PAGE.honours}
      OPTIONAL MATCH (k:Entity {id: r.conferredById})
      RETURN collect({year: CASE WHEN r.year >= 0 THEN r.year END, honour: {name: h.name}, conferredBy: k {.name}}) AS honours
    }
    RETURN collect({role: CASE WHEN m.role <> '' THEN m.role END, person: {name: p.name, honours: {nodes: honours}}}) AS members
  }
  RETURN collect({name: c.name, members: {nodes: members}}) AS children
}
RETURN {name: u.name, children: {nodes: children}} AS view`,
    },
    peer: {
      query: `query ($id: ID!) { units(where: {id: {eq: $id}}) {
  name
  children(limit: ${VIEW_PAGE.children}, sort: ${BY_NAME}) {
    name
    membersConnection(first: ${VIEW_PAGE.members}, sort: [{node: {name: ASC}}, {node: {id: ASC}}, {edge: {role: ASC}}]) {
      edges { properties { role } node { name awards(first: ${VIEW_PAGE.honours}) { year honour conferredBy } } }
    }
  }
} }`,
      canonical: (d) => {
        const u = d.units[0];
        return {
          name: u.name,
          children: {
            nodes: u.children.map((c: any) => ({
              name: c.name,
              members: {
                nodes: c.membersConnection.edges.map((e: any) => ({
                  role: e.properties.role || null,
                  person: {
                    name: e.node.name,
                    honours: {
                      nodes: e.node.awards.map((a: any) => ({ year: a.year, honour: { name: a.honour }, conferredBy: a.conferredBy === null ? null : { name: a.conferredBy } })),
                    },
                  },
                })),
              },
            })),
          },
        };
      },
    },
  };
}

export function benchShapes(g: SyntheticGraph): Shape[] {
  return [
    lookupById(g),
    lookupByName(g),
    search(g),
    personCard(g),
    unitHierarchy(g),
    subtreeHonours(g),
    neighborhood(g),
    shortestPath(g),
    articleFacts(g),
    relationshipView(g),
  ];
}

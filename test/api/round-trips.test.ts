// Batching, paging and argument checks on a synthetic graph written in the
// documented model: the round trips a request costs depend on the shape of the
// query, never on how many parents a list returns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchShapes } from '../../bench/api-shapes.js';
import { BENCH_SHAPE, syntheticGraph, writeSyntheticGraph, type SyntheticShape } from '../../bench/api-synthetic-graph.js';
import { toGlobalId } from '../../src/api/ids.js';
import { dataOf, openApiHarness, type ApiHarness } from './support/harness.js';

const SHAPE: SyntheticShape = {
  ...BENCH_SHAPE,
  bureaus: 1,
  branchesPerBureau: 2,
  stationsPerBranch: 8,
  membersPerStation: 6,
  honours: 20,
  organizations: 10,
  articles: 10,
};
const bureau = toGlobalId('Unit', 'unit_b0');
const branch = toGlobalId('Unit', 'unit_b0_r0');

let api: ApiHarness;
beforeAll(async () => {
  api = await openApiHarness();
  await writeSyntheticGraph(api.db, SHAPE);
});
afterAll(async () => {
  await api?.close();
});

const UNITS_WITH_MEMBERS = `query ($id: ID!, $n: Int!) {
  node(id: $id) {
    ... on Unit {
      descendants(maxDepth: 2, first: $n) {
        nodes {
          name
          members(first: 10) {
            totalCount
            nodes {
              role
              person {
                name
                honours {
                  totalCount
                  nodes { year honour { name } conferredBy { name } evidence { sentence article { title } } }
                }
              }
            }
          }
        }
      }
    }
  }
}`;

describe('round trips per request', () => {
  it('are the same for 6, 12 or 18 units with their members, honours and evidence', async () => {
    const costs: number[] = [];
    for (const n of [6, 12, 18]) {
      const result = await api.run(UNITS_WITH_MEMBERS, { id: bureau, n });
      const units = dataOf(result).node.descendants.nodes;
      expect(units).toHaveLength(n);
      // Stations (depth 2) have members; every person with an honour has evidence with a sentence.
      const honours = units.flatMap((u: any) => u.members.nodes.flatMap((m: any) => m.person.honours.nodes));
      expect(honours.length).toBeGreaterThan(0);
      for (const h of honours) expect(h.evidence[0].sentence).toContain('表彰');
      costs.push(result.roundTrips);
    }
    // The node with its descendants, their members and the members' honours, the
    // counts and the evidence sentences: one compiled query.
    expect(costs).toEqual([1, 1, 1]);
  });

  it('cost one for the relationship view (unit → children → members → honours): the node is read with its lists', async () => {
    const result = await api.run(
      `query ($id: ID!) { node(id: $id) { ... on Unit { children { nodes { members { nodes { person { honours { nodes { year honour { name } conferredBy { name } } } } } } } } } } }`,
      { id: branch },
    );
    const children = dataOf(result).node.children.nodes;
    expect(children).toHaveLength(SHAPE.stationsPerBranch);
    expect(children.every((c: any) => c.members.nodes.length === SHAPE.membersPerStation)).toBe(true);
    expect(result.roundTrips).toBe(1);
  });

  it('cost one under a lookup by name: the lookup and the nested lists in one query', async () => {
    const result = await api.run(
      `{ entitiesByName(name: "合成0市公安局第0分局") { ... on Unit { children { nodes { members { nodes { person { honours { nodes { year } } } } } } } } } }`,
    );
    expect(dataOf(result).entitiesByName[0].children.nodes).toHaveLength(SHAPE.stationsPerBranch);
    expect(result.roundTrips).toBe(1);
  });

  it('read only the count, with the node, when only totalCount is selected', async () => {
    const result = await api.run(`query ($id: ID!) { node(id: $id) { ... on Unit { children { totalCount } } } }`, { id: branch });
    expect(dataOf(result).node.children.totalCount).toBe(SHAPE.stationsPerBranch);
    expect(result.roundTrips).toBe(1);
  });

  it('are shared by sibling fields that need the same page, which carries the node too', async () => {
    const result = await api.run(
      `query ($id: ID!) { node(id: $id) { ... on Unit { children(first: 3) { edges { cursor } nodes { name } pageInfo { hasNextPage } } } } }`,
      { id: branch },
    );
    expect(dataOf(result).node.children.pageInfo.hasNextPage).toBe(true);
    expect(result.roundTrips).toBe(1);
  });
});

describe('connections', () => {
  const PAGE = `query ($id: ID!, $first: Int, $after: String) {
    node(id: $id) { ... on Unit { descendants(first: $first, after: $after) {
      totalCount edges { cursor depth node { name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }
  }`;

  it('page with first/after through every item exactly once, in a stable order', async () => {
    const all = dataOf(await api.run(PAGE, { id: bureau, first: 100 })).node.descendants;
    expect(all.totalCount).toBe(SHAPE.branchesPerBureau * (1 + SHAPE.stationsPerBranch));
    expect(all.edges).toHaveLength(all.totalCount);
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; ; pages++) {
      const page: any = dataOf(await api.run(PAGE, { id: bureau, first: 5, after })).node.descendants;
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...page.edges.map((e: any) => e.node.name));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
      expect(pages).toBeLessThan(10);
    }
    expect(seen).toEqual(all.edges.map((e: any) => e.node.name));
    // Nearest first: the branches, then their stations.
    expect(all.edges.slice(0, SHAPE.branchesPerBureau).every((e: any) => e.depth === 1)).toBe(true);
  });

  it('use the configured default page size and refuse more than the maximum', async () => {
    const page = dataOf(await api.run(PAGE, { id: bureau })).node.descendants;
    expect(page.edges).toHaveLength(api.config.PAGE_SIZE_DEFAULT - 2); // 18 descendants < 20
    const tooMany = await api.run(PAGE, { id: bureau, first: api.config.PAGE_SIZE_MAX + 1 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const negative = await api.run(PAGE, { id: bureau, first: -1 });
    expect(negative.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badCursor = await api.run(PAGE, { id: bureau, first: 2, after: 'not-a-cursor' });
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('filter members by role', async () => {
    const result = await api.run(
      `query ($id: ID!) { node(id: $id) { ... on Unit { members(role: "所长") { totalCount nodes { role } } } } }`,
      { id: toGlobalId('Unit', 'unit_b0_r0_s0') },
    );
    const members = dataOf(result).node.members;
    expect(members.totalCount).toBeGreaterThan(0);
    expect(members.nodes.every((m: any) => m.role === '所长')).toBe(true);
  });
});

describe('ids and arguments', () => {
  const NODE = `query ($id: ID!) { node(id: $id) { id ... on Entity { name } } }`;

  it('round-trip a node through its global id', async () => {
    const node = dataOf(await api.run(NODE, { id: branch })).node;
    expect(node).toEqual({ id: branch, name: '合成0市公安局第0分局' });
  });

  it('answer null for a well-formed id that names nothing, or names a node of another type', async () => {
    expect(dataOf(await api.run(NODE, { id: toGlobalId('Unit', 'unit_nope') })).node).toBeNull();
    expect(dataOf(await api.run(NODE, { id: toGlobalId('Person', 'unit_b0') })).node).toBeNull();
    const many = dataOf(await api.run(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [branch, toGlobalId('Unit', 'unit_nope')] }));
    expect(many.nodes).toEqual([{ id: branch }, null]);
    // Also when the node would be read with its lists (see the relationship view above).
    const withLists = `query ($id: ID!) { node(id: $id) { id ... on Unit { name children { nodes { name } } } ... on Person { honours { totalCount nodes { year } } } } }`;
    expect(dataOf(await api.run(withLists, { id: toGlobalId('Unit', 'unit_nope') })).node).toBeNull();
    expect(dataOf(await api.run(withLists, { id: toGlobalId('Person', 'unit_b0') })).node).toBeNull();
    expect(dataOf(await api.run(withLists, { id: toGlobalId('Unit', 'unit_b0') })).node.children.nodes.length).toBeGreaterThan(0);
  });

  it('refuse ids that are not ids with BAD_USER_INPUT', async () => {
    for (const id of ['garbage', Buffer.from('Spaceship:x').toString('base64'), Buffer.from('Unit:a b').toString('base64')]) {
      const result = await api.run(NODE, { id });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.roundTrips).toBe(0);
    }
  });

  it('refuse depths, hops and limits out of range before reading anything', async () => {
    const cases = [
      [`query ($id: ID!) { node(id: $id) { ... on Unit { descendants(maxDepth: 11) { totalCount } } } }`, { id: bureau }],
      [`query ($id: ID!) { neighborhood(id: $id, depth: 4) { truncated } }`, { id: bureau }],
      [`query ($id: ID!) { neighborhood(id: $id, limit: 501) { truncated } }`, { id: bureau }],
      [`query ($id: ID!) { path(from: $id, to: $id, maxHops: 7) { length } }`, { id: bureau }],
      [`query { search(query: "局") { totalCount } }`, {}],
      [`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: Array(101).fill(bureau) }],
    ] as const;
    for (const [query, variables] of cases) {
      const result = await api.run(query, variables);
      expect(result.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
    }
  });
});

describe('graph views', () => {
  it('neighborhood keeps the nearest nodes up to the limit, with only the edges between them', async () => {
    const result = await api.run(
      `query ($id: ID!) { neighborhood(id: $id, depth: 2, limit: 6) { truncated nodes { id name } edges { type source target } } }`,
      { id: branch },
    );
    const view = dataOf(result).neighborhood;
    expect(view.nodes).toHaveLength(6);
    expect(view.truncated).toBe(true);
    expect(view.nodes[0].id).toBe(branch);
    const ids = new Set(view.nodes.map((n: any) => n.id));
    expect(view.edges.length).toBeGreaterThan(0);
    for (const e of view.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    expect(result.roundTrips).toBe(1);
  });

  it('neighborhood follows only the relation types asked for', async () => {
    const view = dataOf(
      await api.run(`query ($id: ID!) { neighborhood(id: $id, depth: 3, relationTypes: [PART_OF], limit: 500) { truncated nodes { __typename } edges { type } } }`, {
        id: branch,
      }),
    ).neighborhood;
    expect(view.truncated).toBe(false);
    // itself, its stations, the bureau, the other branch (3 hops) and its stations
    expect(view.nodes).toHaveLength(1 + SHAPE.stationsPerBranch + 1 + (1 + SHAPE.stationsPerBranch));
    expect(new Set(view.nodes.map((n: any) => n.__typename))).toEqual(new Set(['Unit']));
    expect(new Set(view.edges.map((e: any) => e.type))).toEqual(new Set(['PART_OF']));
  });

  it('path finds the shortest chain over facts, and null when there is none within maxHops', async () => {
    const PATH = `query ($from: ID!, $to: ID!, $maxHops: Int) {
      path(from: $from, to: $to, maxHops: $maxHops, relationTypes: [MEMBER_OF, PART_OF]) { length nodes { name } edges { type } }
    }`;
    const from = toGlobalId('Person', 'person_0');
    const to = toGlobalId('Unit', 'unit_b0_r1_s0');
    const path = dataOf(await api.run(PATH, { from, to, maxHops: 6 })).path;
    // person → station → branch → bureau → other branch → its station
    expect(path.length).toBe(5);
    expect(path.nodes[0].name).toBe('民警0');
    expect(path.edges.map((e: any) => e.type)).toEqual(['MEMBER_OF', 'PART_OF', 'PART_OF', 'PART_OF', 'PART_OF']);
    expect(dataOf(await api.run(PATH, { from, to, maxHops: 2 })).path).toBeNull();
    expect(dataOf(await api.run(PATH, { from, to: from })).path).toMatchObject({ length: 0, nodes: [{ name: '民警0' }] });
  });
});

describe('a fact listed under an entity', () => {
  // The end a list hangs from is not read with each row but filled in from the
  // entity itself (store/read/cypher.ts factReading), at the top and nested alike.
  const ENDS = `query ($station: ID!, $branch: ID!) {
    station: node(id: $station) {
      ... on Unit {
        members(first: 3) { nodes { unit { id name kind } } }
        honours(first: 3) { nodes { recipient { id name } } }
        partners(first: 2) { nodes { unit { id } organization { id name partners { nodes { organization { id name kind } } } } } }
        initiatives(first: 2) { nodes { leader { id } initiative { id leaders { nodes { initiative { id name } } } } } }
      }
    }
    branch: node(id: $branch) {
      ... on Unit {
        children(first: 2) {
          nodes {
            id
            members(first: 4) {
              nodes {
                unit { id name kind aliases }
                person {
                  id name
                  memberships { nodes { person { id name } unit { id } } }
                  honours {
                    nodes {
                      recipient { id name }
                      honour { id name recipients(first: 3) { nodes { honour { id name } } } }
                      conferredBy { id ... on Organization { conferred(first: 3) { nodes { conferredBy { id name } } } } }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }`;

  it('names that entity as its end, with the details asked for, wherever the list sits', async () => {
    const station = toGlobalId('Unit', 'unit_b0_r0_s0');
    const result = await api.run(ENDS, { station, branch });
    const { station: s, branch: b } = dataOf(result);
    const stationRef = { id: station, name: '合成0市公安局第0分局第0派出所', kind: 'station' };
    expect(s.members.nodes).toEqual(Array(3).fill({ unit: stationRef }));
    expect(s.honours.nodes.map((n: any) => n.recipient)).toEqual(s.honours.nodes.map(() => ({ id: station, name: stationRef.name })));
    for (const p of s.partners.nodes) {
      expect(p.unit.id).toBe(station);
      for (const q of p.organization.partners.nodes) expect(q.organization).toEqual({ id: p.organization.id, name: p.organization.name, kind: 'other' });
    }
    for (const l of s.initiatives.nodes) {
      expect(l.leader.id).toBe(station);
      for (const m of l.initiative.leaders.nodes) expect(m.initiative.id).toBe(l.initiative.id);
    }

    let awards = 0;
    for (const child of b.children.nodes) {
      for (const m of child.members.nodes) {
        // Its details too, though the children above asked for none.
        expect(m.unit).toMatchObject({ id: child.id, kind: 'station', aliases: [] });
        const person = { id: m.person.id, name: m.person.name };
        expect(m.person.memberships.nodes).toEqual([{ person, unit: { id: child.id } }]);
        for (const a of m.person.honours.nodes) {
          awards++;
          expect(a.recipient).toEqual(person);
          for (const r of a.honour.recipients.nodes) expect(r.honour).toEqual({ id: a.honour.id, name: a.honour.name });
          for (const c of a.conferredBy?.conferred.nodes ?? []) expect(c.conferredBy.id).toBe(a.conferredBy.id);
        }
      }
    }
    expect(awards).toBeGreaterThan(0);
    expect(b.children.nodes.flatMap((c: any) => c.members.nodes.flatMap((m: any) => m.person.honours.nodes)).some((a: any) => a.conferredBy?.conferred.nodes.length)).toBe(true);
  });
});

describe('the benchmark’s query shapes (bench/api-shapes.ts)', () => {
  // Each answers with what its hand-written Cypher query reads, in one round trip.
  it.each(benchShapes(syntheticGraph(SHAPE)))('$name: one round trip, the same answer as the raw query', async (shape) => {
    for (const input of shape.inputs.slice(0, 3)) {
      const result = await api.run(shape.api.query, input.api);
      const [row] = await api.db.read<{ view: unknown }>(shape.raw.cypher, input.raw);
      const raw = shape.raw.canonical ? shape.raw.canonical(row?.view ?? null) : (row?.view ?? null);
      expect(shape.api.canonical(dataOf(result))).toEqual(raw);
      expect(result.roundTrips).toBe(1);
    }
  });
});

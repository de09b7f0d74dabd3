// What the explorer page asks of the API beyond the graph views: an edge found
// again by its id with its evidence in context, a unit's tree in one request,
// facts filtered by year, and how many entities a view left out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toEdgeId, toGlobalId } from '../../src/api/ids.js';
import { loadSeedArticles } from '../../src/loader/index.js';
import { dataOf, openApiHarness, type ApiHarness } from './support/harness.js';

let api: ApiHarness;
beforeAll(async () => {
  api = await openApiHarness();
  await loadSeedArticles(api.db, 'seed/articles');
  // One conferrer giving the same honour in the same year to two units, each stated
  // by its own sentence: two facts that differ only by their recipient.
  await api.db.write((tx) =>
    tx.run(`CREATE (a:Article {id: 'art_t1', title: '测试', text: '第一段。\\n市局授予甲所集体嘉奖。市局授予乙所集体嘉奖。\\n末段。'})
            CREATE (c:Entity:Unit {id: 'unit_t_city', name: '测试市局', aliases: []})
            CREATE (x:Entity:Unit {id: 'unit_t_a', name: '测试甲所', aliases: []})
            CREATE (y:Entity:Unit {id: 'unit_t_b', name: '测试乙所', aliases: []})
            CREATE (h:Entity:Honour {id: 'honour_t', name: '测试嘉奖', aliases: []})
            CREATE (x)-[:RECEIVED {year: 2021, conferredById: 'unit_t_city', evidence: ['art_t1:5:16']}]->(h)
            CREATE (y)-[:RECEIVED {year: 2021, conferredById: 'unit_t_city', evidence: ['art_t1:16:27']}]->(h)
            CREATE (c)-[:CONFERRED {year: 2021, recipientId: 'unit_t_a', evidence: ['art_t1:5:16']}]->(h)
            CREATE (c)-[:CONFERRED {year: 2021, recipientId: 'unit_t_b', evidence: ['art_t1:16:27']}]->(h)`),
  );
});
afterAll(async () => {
  await api?.close();
});

const idOf = async (name: string, type: string): Promise<string> => {
  const data = dataOf<any>(await api.run(`query ($name: String!, $types: [EntityType!]) { entitiesByName(name: $name, types: $types) { id } }`, { name, types: [type] }));
  expect(data.entitiesByName, `${type} ${name}`).toHaveLength(1);
  return data.entitiesByName[0].id;
};

const EDGE = `query ($id: String!) {
  edge(id: $id) {
    id type source target role year
    evidence { sentence start end paragraph { text start end } article { title url } }
  }
}`;

const VIEW = `query ($id: ID!, $depth: Int, $limit: Int, $yearFrom: Int, $yearTo: Int, $types: [RelationType!]) {
  neighborhood(id: $id, depth: $depth, limit: $limit, yearFrom: $yearFrom, yearTo: $yearTo, relationTypes: $types) {
    truncated omitted nodes { id name } edges { id type source target role year }
  }
}`;

describe('edge(id)', () => {
  it('finds a view edge again, with its sentence inside its paragraph', async () => {
    const station = await idOf('东进警务站', 'Unit');
    const view = dataOf<any>(await api.run(VIEW, { id: station })).neighborhood;
    const byName = Object.fromEntries(view.nodes.map((n: any) => [n.name, n.id]));
    const membership = view.edges.find((e: any) => e.type === 'MEMBER_OF' && e.source === byName['刁爱清']);
    expect(membership).toMatchObject({ target: station, role: '站长' });

    const result = await api.run(EDGE, { id: membership.id });
    const edge = dataOf<any>(result).edge;
    expect(edge).toMatchObject({ id: membership.id, type: 'MEMBER_OF', source: byName['刁爱清'], target: station, role: '站长' });
    expect(edge.evidence.length).toBeGreaterThan(0);
    for (const e of edge.evidence) {
      expect(e.sentence).toContain('刁爱清');
      // The sentence sits in its paragraph at the offsets it has in the article.
      expect(e.paragraph.text.slice(e.start - e.paragraph.start, e.end - e.paragraph.start)).toBe(e.sentence);
      expect(e.paragraph.text).not.toContain('\n');
      expect(e.paragraph.text.length).toBeGreaterThan(e.sentence.length);
      expect(e.article.title).toBeTruthy();
    }
    // The edge, then its evidence's articles and texts, each read once.
    expect(result.roundTrips).toBe(3);
  });

  it('tells apart the facts a conferrer gave in one year to two recipients', async () => {
    const city = toGlobalId('Unit', 'unit_t_city');
    const view = dataOf<any>(await api.run(VIEW, { id: city, types: ['CONFERRED'] })).neighborhood;
    expect(view.edges).toHaveLength(2);
    expect(new Set(view.edges.map((e: any) => e.id)).size).toBe(2);
    const sentences = await Promise.all(
      view.edges.map(async (e: any) => dataOf<any>(await api.run(EDGE, { id: e.id })).edge.evidence.map((x: any) => x.sentence)),
    );
    expect(sentences.flat().sort()).toEqual(['市局授予乙所集体嘉奖。', '市局授予甲所集体嘉奖。']);
  });

  it('gives each edge the id of the fact it draws, which fact(id) and the corrections take; a CONFERRED edge its recipient’s award', async () => {
    const FACT = `query ($id: ID!) { fact(id: $id) { id __typename
      ... on Membership { person { id } unit { id } role }
      ... on Award { recipient { id } honour { id } year conferredBy { id } } } }`;
    const station = await idOf('东进警务站', 'Unit');
    const view = dataOf<any>(await api.run(VIEW.replace('edges { id', 'edges { factId id'), { id: station })).neighborhood;
    const membership = view.edges.find((e: any) => e.type === 'MEMBER_OF' && e.role === '站长');
    expect(dataOf<any>(await api.run(FACT, { id: membership.factId })).fact).toEqual({
      id: membership.factId, __typename: 'Membership', person: { id: membership.source }, unit: { id: station }, role: '站长',
    });
    // Asked alone, the fact ids are the same: the view reads what identifies each fact for them.
    const bare = dataOf<any>(await api.run(`query ($id: ID!) { neighborhood(id: $id) { edges { factId } } }`, { id: station })).neighborhood;
    expect(bare.edges.map((e: any) => e.factId).sort()).toEqual(view.edges.map((e: any) => e.factId).sort());

    const city = toGlobalId('Unit', 'unit_t_city');
    const given = dataOf<any>(await api.run(VIEW.replace('edges { id', 'edges { factId id'), { id: city, types: ['CONFERRED'] })).neighborhood;
    const awards = await Promise.all(given.edges.map(async (e: any) => dataOf<any>(await api.run(FACT, { id: e.factId })).fact));
    expect(awards.map((a: any) => a.recipient.id).sort()).toEqual([toGlobalId('Unit', 'unit_t_a'), toGlobalId('Unit', 'unit_t_b')].sort());
    for (const a of awards) expect(a).toMatchObject({ __typename: 'Award', honour: { id: toGlobalId('Honour', 'honour_t') }, year: 2021, conferredBy: { id: city } });
  });

  it('is null for a fact the graph does not hold, and refuses what is not an edge id', async () => {
    const gone = toEdgeId({ type: 'MEMBER_OF', sourceId: 'person_none', targetId: 'unit_none', role: '民警', year: null, recipientId: null });
    expect(dataOf<any>(await api.run(EDGE, { id: gone })).edge).toBeNull();
    const forged = Buffer.from(JSON.stringify(['MEMBER_OF', 'x) DETACH DELETE (n', 'unit_a', null, null, null])).toString('base64url');
    for (const id of ['!!', 'abc', forged, Buffer.from('["KNOWS","a","b",null,null,null]').toString('base64url')]) {
      const result = await api.run(EDGE, { id });
      expect(result.errors?.[0]?.extensions?.code, id).toBe('BAD_USER_INPUT');
      expect(result.roundTrips).toBe(0);
    }
  });
});

describe('unitTree', () => {
  const TREE = `query ($id: ID!, $limit: Int) { unitTree(id: $id, limit: $limit) { truncated omitted nodes { id name } edges { type source target } } }`;

  it('draws every unit above and below a unit, with the PART_OF edges between them, in one round trip', async () => {
    const branch = await idOf('泰州市公安局海陵分局', 'Unit');
    const result = await api.run(TREE, { id: branch });
    const tree = dataOf<any>(result).unitTree;
    const names = tree.nodes.map((n: any) => n.name);
    expect(names[0]).toBe('泰州市公安局海陵分局');
    expect(names).toEqual(expect.arrayContaining(['泰州市公安局', '公安海陵分局城东派出所', '城东派出所党支部', '东进警务工作服务站']));
    expect(tree).toMatchObject({ truncated: false, omitted: 0 });
    const ids = new Set(tree.nodes.map((n: any) => n.id));
    // A tree: one edge fewer than its nodes, every edge a PART_OF inside it.
    expect(tree.edges).toHaveLength(tree.nodes.length - 1);
    for (const e of tree.edges) expect(e.type === 'PART_OF' && ids.has(e.source) && ids.has(e.target)).toBe(true);
    expect(result.roundTrips).toBe(1);

    const cut = dataOf<any>(await api.run(TREE, { id: branch, limit: 3 })).unitTree;
    // The unit, its parent, and the nearest unit below; the rest counted.
    expect(cut.nodes.map((n: any) => n.name).slice(0, 2)).toEqual(['泰州市公安局海陵分局', '泰州市公安局']);
    expect(cut.nodes).toHaveLength(3);
    expect(cut).toMatchObject({ truncated: true, omitted: tree.nodes.length - 3 });
  });

  it('is for units only', async () => {
    const person = await idOf('刁爱清', 'Person');
    expect((await api.run(TREE, { id: person })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(dataOf<any>(await api.run(TREE, { id: toGlobalId('Unit', 'unit_none') })).unitTree).toBeNull();
  });
});

describe('neighborhood', () => {
  it('counts the entities its limit left out', async () => {
    const branch = await idOf('泰州市公安局海陵分局', 'Unit');
    const all = dataOf<any>(await api.run(VIEW, { id: branch, depth: 2, limit: 500 })).neighborhood;
    expect(all).toMatchObject({ truncated: false, omitted: 0 });
    const cut = await api.run(VIEW, { id: branch, depth: 2, limit: 5 });
    expect(dataOf<any>(cut).neighborhood).toMatchObject({ truncated: true, omitted: all.nodes.length - 5 });
    expect(cut.roundTrips).toBe(2);
  });

  it('keeps awards of the years asked for, and facts without a year', async () => {
    const branch = await idOf('城东派出所党支部', 'Unit');
    const awards = async (years: Record<string, number>) => {
      const view = dataOf<any>(await api.run(VIEW, { id: branch, ...years })).neighborhood;
      return { view, received: view.edges.filter((e: any) => e.type === 'RECEIVED').map((e: any) => e.year) };
    };
    const unfiltered = await awards({});
    expect(unfiltered.received).toContain(2015);
    expect((await awards({ yearFrom: 2015, yearTo: 2015 })).received).toEqual([2015]);
    const later = await awards({ yearFrom: 2016 });
    expect(later.received).toEqual([]);
    // The honour reached only through the 2015 award is gone; the unit's PART_OF stays.
    expect(later.view.nodes.map((n: any) => n.name)).not.toContain('全省优秀基层党组织');
    expect(later.view.edges.some((e: any) => e.type === 'PART_OF')).toBe(true);
    const refused = await api.run(VIEW, { id: branch, yearFrom: 2020, yearTo: 2019 });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

// Every operation in examples/ against the seed articles loaded by the real
// loader, with the answers an analyst would check (docs: one example per
// question the API is for).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedArticles } from '../../src/loader/index.js';
import { dataOf, openApiHarness, readExample, type ApiHarness } from './support/harness.js';

let api: ApiHarness;
beforeAll(async () => {
  api = await openApiHarness();
  const seeded = await loadSeedArticles(api.db, 'seed/articles');
  expect(seeded).toHaveLength(5);
});
afterAll(async () => {
  await api?.close();
});

const example = async (name: string, variables: Record<string, unknown> = {}) => {
  const result = await api.run(readExample(name), variables);
  return { data: dataOf<any>(result), roundTrips: result.roundTrips };
};

/** The global id of the one entity of this type carrying this name or alias. */
const idOf = async (name: string, type: string): Promise<string> => {
  const { data } = await example('lookup-by-name', { name, types: [type] });
  expect(data.entitiesByName, `${type} ${name}`).toHaveLength(1);
  return data.entitiesByName[0].id;
};

const names = (list: { name: string }[]) => list.map((e) => e.name).sort();

describe('finding things', () => {
  it('lookup-by-name: an alias finds the unit by its canonical name, Traditional input too', async () => {
    for (const name of ['东进警务站', '東進警務站']) {
      const { data, roundTrips } = await example('lookup-by-name', { name });
      expect(data.entitiesByName).toEqual([
        expect.objectContaining({ __typename: 'Unit', name: '东进警务工作服务站', aliases: expect.arrayContaining(['东进警务站']) }),
      ]);
      expect(roundTrips).toBe(1);
    }
  });

  it('node-by-id: an entity and an article come back by their global ids', async () => {
    const unitId = await idOf('东进警务站', 'Unit');
    expect((await example('node-by-id', { id: unitId })).data.node).toMatchObject({ __typename: 'Unit', id: unitId, name: '东进警务工作服务站' });
    const article = (await example('articles', { source: '泰州日报' })).data.articles.nodes[0];
    expect((await example('node-by-id', { id: article.id })).data.node).toMatchObject({
      __typename: 'Article',
      title: '泰州海陵公安分局:“流动党建”锻造红色警队',
      publishedAt: '2020-07-13T16:25:00',
    });
  });

  it('nodes-by-ids: in the order asked, null for an id that names nothing', async () => {
    const a = await idOf('方立胜', 'Person');
    const b = await idOf('全国一级派出所', 'Honour');
    const unknown = Buffer.from('Unit:unit_0000000000000000').toString('base64');
    const { data, roundTrips } = await example('nodes-by-ids', { ids: [a, unknown, b] });
    expect(data.nodes).toEqual([{ __typename: 'Person', id: a, name: '方立胜' }, null, { __typename: 'Honour', id: b, name: '全国一级派出所' }]);
    // An id that names nothing is looked up once more, as the id of an entity merged into another may be.
    expect(roundTrips).toBe(2);
    expect((await example('nodes-by-ids', { ids: [a, b] })).roundTrips).toBe(1);
  });

  it('search: best match first, with scores, paged', async () => {
    const { data } = await example('search', { query: '城东派出所', types: ['Unit'] });
    const edges = data.search.edges;
    expect(edges.length).toBeGreaterThan(1);
    expect(data.search.totalCount).toBe(edges.length);
    const scores = edges.map((e: any) => e.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    const best = (await example('node-by-id', { id: edges[0].node.id })).data.node;
    expect([best.name, ...best.aliases]).toContain('城东派出所');
    const page = (await example('search', { query: '城东派出所', types: ['Unit'], first: 1 })).data.search;
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = (await example('search', { query: '城东派出所', types: ['Unit'], first: 1, after: page.pageInfo.endCursor })).data.search;
    expect(next.edges[0].node.id).toBe(edges[1].node.id);
  });
});

describe('units', () => {
  it('unit-hierarchy: parent, ancestors, children and descendants with depth', async () => {
    const unit = (await example('unit-hierarchy', { name: '泰州市公安局海陵分局' })).data.entitiesByName[0];
    expect(unit.parent.name).toBe('泰州市公安局');
    expect(unit.ancestors.edges).toEqual([{ depth: 1, node: { name: '泰州市公安局' } }]);
    expect(unit.children.totalCount).toBe(2);
    expect(names(unit.children.nodes)).toContain('泰州市公安局海陵分局巡特警大队');
    const depthOf = Object.fromEntries(unit.descendants.edges.map((e: any) => [e.node.name, e.depth]));
    expect(depthOf).toMatchObject({
      泰州市公安局海陵分局巡特警大队: 1,
      东进警务工作服务站: 2,
      联华警务工作服务站: 2,
      泰州市公安局海陵分局巡特警大队党总支: 2,
      城东派出所党支部: 2,
    });
    expect(unit.descendants.totalCount).toBe(unit.descendants.edges.length);
  });

  it('unit-members: the people of a unit with their roles and sentences, and by role', async () => {
    const unit = (await example('unit-members', { name: '海陵巡特警大队' })).data.entitiesByName[0];
    const roleOf = Object.fromEntries(unit.members.nodes.map((m: any) => [m.person.name, m.role]));
    expect(roleOf).toMatchObject({ 章伟: '民警', 陈押林: '民警', 张军强: '民警' });
    for (const m of unit.members.nodes) expect(m.evidence[0].sentence).toContain(m.person.name);
    const deputies = (await example('unit-members', { name: '城东派出所', role: '副所长' })).data.entitiesByName[0].members;
    expect(names(deputies.nodes.map((m: any) => m.person))).toEqual(['周勇', '戴荣华']);
    expect(deputies.totalCount).toBe(2);
  });

  it('unit-subtree-honours: every honour of 泰州市公安局海陵分局 and the units under it, with year, conferrer and sentence', async () => {
    const { data, roundTrips } = await example('unit-subtree-honours', { name: '泰州市公安局海陵分局' });
    const honours = data.entitiesByName[0].honours;
    const rows = honours.nodes.map((a: any) => [a.recipient.name, a.honour.name, a.year, a.conferredBy?.name ?? null]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['东进警务工作服务站', '集体三等功', null, null],
        ['泰州市公安局海陵分局巡特警大队', '建国70周年大庆安保先进集体', null, null],
        ['泰州市公安局海陵分局巡特警大队', '警务辅助人员巡逻盘查职业技能竞赛团体第一名', null, null],
        ['城东派出所党支部', '全省优秀基层党组织', 2015, '江苏省委组织部'],
      ]),
    );
    const station = (honour: string) => honours.nodes.find((a: any) => a.honour.name === honour);
    expect(station('全国一级派出所')).toMatchObject({ recipient: { __typename: 'Unit' }, conferredBy: { name: '公安部' } });
    expect(station('全省党支部书记工作室示范点')).toMatchObject({ conferredBy: { name: '江苏省委组织部' } });
    expect(rows[0]).toEqual(['城东派出所党支部', '全省优秀基层党组织', 2015, '江苏省委组织部']); // newest first
    for (const a of honours.nodes) {
      expect(a.evidence.length).toBeGreaterThan(0);
      expect(a.evidence[0].sentence).toContain(a.honour.name.slice(0, 4));
      expect(a.evidence[0].article.title).toMatch(/海陵/);
    }
    expect(honours.totalCount).toBe(honours.nodes.length);
    // The lookup, the honours' page and count, and their sentences: one query.
    expect(roundTrips).toBe(1);
  });

  it('unit-initiatives-partners: what a unit runs and whom it works with', async () => {
    const unit = (await example('unit-initiatives-partners', { name: '水门桥派出所团支部' })).data.entitiesByName[0];
    expect(names(unit.initiatives.nodes.map((l: any) => l.initiative))).toEqual(expect.arrayContaining(['警秀水门', '叶子警官', '黄手环', '七色女警服务队']));
    expect(names(unit.partners.nodes.map((p: any) => p.organization))).toEqual(['常州书画院', '常州市儿童福利院', '常州科教城']);
    expect(unit.partners.nodes[0].evidence[0].sentence).toContain('常州书画院');
  });
});

describe('people, honours, organisations, initiatives', () => {
  it('person-profile: memberships, honours with year and conferrer, initiatives', async () => {
    const person = (await example('person-profile', { name: '喇叭哥' })).data.entitiesByName[0];
    expect(person.name).toBe('方立胜');
    expect(person.memberships.nodes).toEqual([{ role: '辅警', unit: { name: '交警大队' } }]);
    expect(person.honours.nodes).toEqual(
      expect.arrayContaining([
        { honour: { name: '2021年度辅警之星' }, year: 2021, conferredBy: { name: '合肥市局' } },
        { honour: { name: '巢文明城区交通卫士' }, year: 2022, conferredBy: { name: '巢湖文明委' } },
      ]),
    );
    const leader = (await example('person-profile', { name: '戴妍' })).data.entitiesByName[0];
    expect(leader.initiatives.nodes.map((l: any) => l.initiative.name)).toContain('巾帼服务队');
  });

  it('honour-recipients: who received 集体三等功, with the sentence', async () => {
    const honour = (await example('honour-recipients', { name: '集体三等功' })).data.entitiesByName[0];
    const recipients = honour.recipients.nodes.map((a: any) => a.recipient.name);
    expect(recipients).toContain('东进警务工作服务站');
    expect(recipients.some((n: string) => n.includes('城东派出所'))).toBe(true);
    for (const a of honour.recipients.nodes) expect(a.evidence[0].sentence).toContain('集体三等功');
    const in2015 = (await example('honour-recipients', { name: '全省优秀基层党组织', year: 2015 })).data.entitiesByName[0];
    expect(in2015.recipients.nodes).toEqual([
      expect.objectContaining({ recipient: { __typename: 'Unit', name: '城东派出所党支部' }, year: 2015, conferredBy: { name: '江苏省委组织部' } }),
    ]);
  });

  it('organization: partner units and the honours it conferred', async () => {
    const org = (await example('organization', { name: '江苏省委组织部' })).data.entitiesByName[0];
    expect(org.conferred.nodes).toEqual(
      expect.arrayContaining([{ honour: { name: '全省优秀基层党组织' }, recipient: { name: '城东派出所党支部' }, year: 2015 }]),
    );
    const partner = (await example('organization', { name: '常州科教城' })).data.entitiesByName[0];
    expect(partner.partners.nodes).toEqual([{ unit: { name: '常州市公安局天宁分局水门桥派出所团支部' } }]);
  });

  it('initiative-leaders: who runs 执法业务知识学习日', async () => {
    const initiative = (await example('initiative-leaders', { name: '执法业务知识学习日' })).data.entitiesByName[0];
    expect(initiative.leaders.nodes.map((l: any) => [l.leader.__typename, l.leader.name]).sort()).toEqual([
      ['Person', '周勇'],
      ['Person', '戴荣华'],
    ]);
  });
});

describe('articles', () => {
  it('articles: filtered by date and source, newest first, paged', async () => {
    const july = (await example('articles', { from: '2020-07-13', to: '2020-07-13' })).data.articles;
    expect(july.nodes.map((a: any) => a.title)).toEqual(['泰州海陵公安分局:“流动党建”锻造红色警队']);
    const all = (await example('articles')).data.articles;
    expect(all.totalCount).toBe(5);
    const dates = all.nodes.map((a: any) => a.publishedAt ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    const first = (await example('articles', { first: 2 })).data.articles;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await example('articles', { first: 10, after: first.pageInfo.endCursor })).data.articles;
    expect([...first.nodes, ...rest.nodes].map((a: any) => a.id)).toEqual(all.nodes.map((a: any) => a.id));
    expect((await example('articles', { source: '泰州日报' })).data.articles.totalCount).toBe(1);
    expect((await example('articles', { source: '不存在的来源' })).data.articles.totalCount).toBe(0);
  });

  it('article: metadata, the entities it mentions and the facts it states', async () => {
    const id = (await example('articles', { source: '泰州日报' })).data.articles.nodes[0].id;
    const { data, roundTrips } = await example('article', { id });
    const article = data.node;
    expect(article).toMatchObject({ source: '泰州日报', publishedAt: '2020-07-13T16:25:00' });
    expect(article.entities.edges).toEqual(expect.arrayContaining([{ names: ['刁爱清'], node: { __typename: 'Person', name: '刁爱清' } }]));
    const facts = article.facts.nodes;
    expect(facts).toEqual(
      expect.arrayContaining([
        { __typename: 'PartOf', unit: { name: '东进警务工作服务站' }, parent: { name: '泰州市公安局海陵分局巡特警大队' } },
        { __typename: 'Membership', person: { name: '刁爱清' }, unit: { name: '东进警务工作服务站' }, role: '站长' },
        { __typename: 'Award', recipient: { name: '东进警务工作服务站' }, honour: { name: '集体三等功' }, year: null },
        { __typename: 'Leadership', leader: { name: '泰州市公安局海陵分局巡特警大队' }, initiative: { name: '流动党建' } },
      ]),
    );
    expect(article.facts.totalCount).toBe(facts.length);
    // The article, and its two lists with their counts, read with it.
    expect(roundTrips).toBe(1);
  });
});

describe('graph views', () => {
  it('neighborhood: an entity and what is around it, as nodes and edges', async () => {
    const id = await idOf('东进警务站', 'Unit');
    const { data, roundTrips } = await example('neighborhood', { id });
    const view = data.neighborhood;
    expect(view.nodes[0]).toMatchObject({ id, name: '东进警务工作服务站' });
    expect(names(view.nodes)).toEqual(expect.arrayContaining(['泰州市公安局海陵分局巡特警大队', '刁爱清', '王祥', '集体三等功']));
    const byName = Object.fromEntries(view.nodes.map((n: any) => [n.name, n.id]));
    expect(view.edges).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'PART_OF', source: id, target: byName['泰州市公安局海陵分局巡特警大队'] }),
        expect.objectContaining({ type: 'MEMBER_OF', source: byName['刁爱清'], target: id, role: '站长' }),
      ]),
    );
    expect(roundTrips).toBe(1);
    const small = (await example('neighborhood', { id, depth: 3, limit: 4 })).data.neighborhood;
    expect(small.nodes).toHaveLength(4);
    expect(small.truncated).toBe(true);
  });

  it('path: the shortest chain of facts from a person to the city bureau', async () => {
    const from = await idOf('刁爱清', 'Person');
    const to = await idOf('泰州市公安局', 'Unit');
    const path = (await example('path', { from, to })).data.path;
    expect(path.length).toBe(4);
    expect(path.nodes.map((n: any) => n.name)).toEqual([
      '刁爱清',
      '东进警务工作服务站',
      '泰州市公安局海陵分局巡特警大队',
      '泰州市公安局海陵分局',
      '泰州市公安局',
    ]);
    expect(path.edges.map((e: any) => e.type)).toEqual(['MEMBER_OF', 'PART_OF', 'PART_OF', 'PART_OF']);
    expect(path.edges[0].evidence[0].sentence).toContain('刁爱清');
    const elsewhere = await idOf('方立胜', 'Person');
    expect((await example('path', { from, to: elsewhere, maxHops: 6 })).data.path).toBeNull();
  });
});

describe('mutations', () => {
  const input = {
    text: '2021年5月,江苏省泰州市公安局海陵分局城西派出所民警李明被评为“优秀人民警察”。城西派出所与泰州市人民医院开展警医共建。',
    title: '城西派出所民警李明获评优秀人民警察',
    url: 'https://example.test/news/chengxi',
    publishedAt: '2021-05-20',
    source: '测试来源',
  };

  it('ingest-article then delete-article: created, unchanged on repeat, gone after delete', async () => {
    const first = (await example('ingest-article', { input })).data.ingestArticle;
    expect(first).toMatchObject({ status: 'CREATED', article: { title: input.title } });
    expect(first.entities.created + first.entities.merged).toBeGreaterThan(0);
    const again = (await example('ingest-article', { input })).data.ingestArticle;
    expect(again).toMatchObject({ status: 'UNCHANGED', article: { id: first.article.id } });
    expect((await example('articles', { source: '测试来源' })).data.articles.totalCount).toBe(1);

    const deleted = (await example('delete-article', { id: first.article.id })).data.deleteArticle;
    expect(deleted).toEqual({ deletedId: first.article.id });
    expect((await example('node-by-id', { id: first.article.id })).data.node).toBeNull();
    const twice = await api.run(readExample('delete-article'), { id: first.article.id });
    expect(twice.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('ingest-article refuses an empty text with BAD_USER_INPUT', async () => {
    const result = await api.run(readExample('ingest-article'), { input: { text: '   ' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

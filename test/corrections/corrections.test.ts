// Corrections against the real database: each one changes the graph now, outlives
// re-ingestion of the articles (deleted and loaded again, or changed), and can be
// undone; undoing is refused while a later correction builds on it.
import { describe, expect, it } from 'vitest';
import {
  confirmFact,
  CorrectionError,
  mergeEntities,
  rejectFact,
  renameEntity,
  setFactProperty,
  splitAlias,
  splitEntity,
  undoCorrection,
} from '../../src/corrections/index.js';
import { deleteArticle, ingestArticle } from '../../src/loader/index.js';
import type { FactKey } from '../../src/model/facts.js';
import type { GraphDb } from '../../src/store/graph-db.js';
import { emptyGraphForEachTest } from '../support/test-graph.js';

let db: GraphDb;
emptyGraphForEachTest((g) => (db = g));

const analyst = { by: 'analyst-1' };

interface Article {
  url: string;
  text: string;
  publishedAt?: string;
}
const ingest = (a: Article) => ingestArticle(db, a);
const ingestAll = async (articles: Article[]) => {
  const ids: string[] = [];
  for (const a of articles) ids.push((await ingest(a)).articleId);
  return ids;
};

const NINGHAI = {
  url: 'https://example.gov.cn/ninghai/1',
  text: '南京市公安局鼓楼分局宁海路派出所民警李明荣立个人三等功。',
};
const NINGHAI_SHORT = {
  url: 'https://example.gov.cn/ninghai/2',
  text: '南京市鼓楼区公安分局宁海路派出所所长王刚说，原所长李明已调任。',
};

interface EntityRow {
  id: string;
  name: string;
  aliases: string[];
  articles: string[];
}
const entities = (label: string, name: string) =>
  db.read<EntityRow>(
    `MATCH (e:Entity) WHERE $label IN labels(e) AND (e.name CONTAINS $name OR any(a IN e.aliases WHERE a CONTAINS $name))
     RETURN e.id AS id, e.name AS name, e.aliases AS aliases, COLLECT { MATCH (e)-[:MENTIONED_IN]->(a:Article) RETURN a.id ORDER BY a.id } AS articles
     ORDER BY e.name, e.id`,
    { label, name },
  );
const stations = () => entities('Unit', '宁海路');

interface FactRow {
  from: string;
  role: string | null;
  to: string;
  evidence: string[];
  confidence: number;
  confirmed: boolean | null;
  tenure: string | null;
}
const facts = (type: string, fromName: string) =>
  db.read<FactRow>(
    `MATCH (a:Entity {name: $fromName})-[r]->(b:Entity) WHERE type(r) = $type
     RETURN a.id AS from, r.role AS role, b.id AS to, r.evidence AS evidence, r.confidence AS confidence, r.confirmed AS confirmed, r.tenure AS tenure
     ORDER BY b.name, r.role`,
    { type, fromName },
  );

const refused = async (p: Promise<unknown>, code: CorrectionError['code']) => {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(CorrectionError);
  expect((err as CorrectionError).code).toBe(code);
  return err as CorrectionError;
};

describe('mergeEntities', () => {
  it('leaves one entity with the union of names, mentions and facts', async () => {
    await ingestAll([NINGHAI, NINGHAI_SHORT]);
    const [full, short] = await stations();
    expect(full!.name).toBe('南京市公安局鼓楼分局宁海路派出所');
    const { correction, entityId } = await mergeEntities(db, analyst, { keep: full!.id, remove: short!.id, reason: 'the same station' });
    expect(entityId).toBe(full!.id);
    expect(correction).toMatchObject({ kind: 'MERGE_ENTITIES', by: 'analyst-1', reason: 'the same station', entityIds: [full!.id, short!.id] });
    const [merged, ...rest] = await stations();
    expect(rest).toEqual([]);
    expect(merged!.id).toBe(full!.id);
    expect(merged!.aliases).toEqual(expect.arrayContaining(['鼓楼区公安分局宁海路派出所', '南京市鼓楼区公安分局宁海路派出所']));
    expect(merged!.articles).toHaveLength(2);
    const members = await db.read<{ name: string; role: string }>(
      'MATCH (p:Person)-[r:MEMBER_OF]->(:Unit {id: $id}) RETURN p.name AS name, r.role AS role ORDER BY name, role',
      { id: full!.id },
    );
    expect(members.map((m) => `${m.name} ${m.role}`)).toEqual(['李明 所长', '李明 民警', '王刚 所长']);
  });

  it('holds when both articles are deleted and ingested again, changed or not, and for later articles naming the removed one', async () => {
    const ids = await ingestAll([NINGHAI, NINGHAI_SHORT]);
    const [full, short] = await stations();
    await mergeEntities(db, analyst, { keep: full!.id, remove: short!.id, reason: 'the same station' });

    for (const id of ids) await deleteArticle(db, id);
    expect(await stations()).toEqual([]);
    await ingestAll([NINGHAI, NINGHAI_SHORT]);
    let after = await stations();
    expect(after.map((s) => s.id)).toEqual([full!.id]);
    expect(after[0]!.articles).toHaveLength(2);

    await ingest({ ...NINGHAI_SHORT, text: `${NINGHAI_SHORT.text}辅警赵磊获嘉奖。` });
    await ingest({ url: 'https://example.gov.cn/ninghai/3', text: '南京市鼓楼区公安分局宁海路派出所开展夜间巡逻，民警孙涛参加。' });
    after = await stations();
    expect(after.map((s) => s.id)).toEqual([full!.id]);
    expect(after[0]!.articles).toHaveLength(3);
    const resolutions = await db.read<{ resolution: string }>(
      'MATCH (:Unit {id: $id})-[m:MENTIONED_IN]->(:Article {url: $url}) RETURN m.resolution AS resolution',
      { id: full!.id, url: NINGHAI_SHORT.url },
    );
    expect(resolutions[0]!.resolution).toMatch(/^correction:/);
  });

  it('of people holds when their articles are deleted and ingested again', async () => {
    const ids = await ingestAll([NINGHAI, NINGHAI_SHORT]);
    const people = await entities('Person', '李明');
    expect(people).toHaveLength(2);
    await mergeEntities(db, analyst, { keep: people[0]!.id, remove: people[1]!.id, reason: 'one 李明, who moved' });
    for (const id of ids) await deleteArticle(db, id);
    await ingestAll([NINGHAI_SHORT, NINGHAI]);
    expect((await entities('Person', '李明')).map((p) => p.id)).toEqual([people[0]!.id]);
  });

  it('is undone: both entities back, each with its own mentions and facts', async () => {
    await ingestAll([NINGHAI, NINGHAI_SHORT]);
    const before = await stations();
    const factsBefore = await facts('MEMBER_OF', '王刚');
    const { correction } = await mergeEntities(db, analyst, { keep: before[0]!.id, remove: before[1]!.id, reason: 'the same station' });
    await refused(undoCorrection(db, analyst, { id: correction.id, reason: '' }), 'BAD_INPUT');
    const undone = await undoCorrection(db, analyst, { id: correction.id, reason: 'not the same after all' });
    expect(undone.correction.undone).toMatchObject({ by: 'analyst-1', reason: 'not the same after all' });
    expect(await stations()).toEqual(before);
    expect(await facts('MEMBER_OF', '王刚')).toEqual(factsBefore);
    await refused(undoCorrection(db, analyst, { id: correction.id, reason: 'again' }), 'CONFLICT');
    // And re-ingesting no longer joins them.
    await ingest({ ...NINGHAI_SHORT, text: `${NINGHAI_SHORT.text}（完）` });
    expect((await stations()).map((s) => s.id)).toEqual(before.map((s) => s.id));
  });

  it('refuses entities of different types, unknown ids and an entity merged with itself', async () => {
    await ingestAll([NINGHAI]);
    const [station] = await stations();
    const [person] = await entities('Person', '李明');
    await refused(mergeEntities(db, analyst, { keep: station!.id, remove: person!.id, reason: 'x' }), 'BAD_INPUT');
    await refused(mergeEntities(db, analyst, { keep: station!.id, remove: 'unit_0000000000000000', reason: 'x' }), 'NOT_FOUND');
    await refused(mergeEntities(db, analyst, { keep: station!.id, remove: station!.id, reason: 'x' }), 'BAD_INPUT');
    expect(await db.read('MATCH (c:Correction) RETURN c')).toEqual([]);
  });
});

describe('rejectFact', () => {
  it('takes the fact out, keeps it out through re-ingestion by any article, and undoing gives back every statement', async () => {
    const [articleId] = await ingestAll([NINGHAI]);
    const [member] = await facts('MEMBER_OF', '李明');
    const key: FactKey = { type: 'MEMBER_OF', from: member!.from, to: member!.to, ident: '民警' };
    const { correction } = await rejectFact(db, analyst, { fact: key, reason: 'he is an auxiliary' });
    expect(await facts('MEMBER_OF', '李明')).toEqual([]);

    await deleteArticle(db, articleId!);
    await ingest(NINGHAI);
    await ingest({ url: 'https://example.gov.cn/ninghai/4', text: `${NINGHAI.text}他说，这是集体的荣誉。` });
    expect(await facts('MEMBER_OF', '李明')).toEqual([]);
    // The other facts of the article come back as usual.
    expect(await facts('RECEIVED', '李明')).toHaveLength(1);

    await undoCorrection(db, analyst, { id: correction.id, reason: 'he is a police officer' });
    const [back] = await facts('MEMBER_OF', '李明');
    expect(back).toMatchObject({ role: '民警' });
    expect(back!.evidence).toHaveLength(2);
  });

  it('of a fact that does not exist is NOT_FOUND', async () => {
    await ingestAll([NINGHAI]);
    const [member] = await facts('MEMBER_OF', '李明');
    await refused(rejectFact(db, analyst, { fact: { type: 'MEMBER_OF', from: member!.from, to: member!.to, ident: '所长' }, reason: 'x' }), 'NOT_FOUND');
  });
});

describe('confirmFact and setFactProperty', () => {
  it('confirming makes a fact certain, and it stays confirmed through re-ingestion; undoing takes it back', async () => {
    const [articleId] = await ingestAll([NINGHAI]);
    const [member] = await facts('MEMBER_OF', '李明');
    expect(member!.confidence).toBeLessThan(1);
    const key: FactKey = { type: 'MEMBER_OF', from: member!.from, to: member!.to, ident: '民警' };
    const { correction } = await confirmFact(db, analyst, { fact: key });
    expect(await facts('MEMBER_OF', '李明')).toMatchObject([{ confirmed: true, confidence: 1 }]);
    await refused(confirmFact(db, analyst, { fact: key }), 'BAD_INPUT');
    await deleteArticle(db, articleId!);
    await ingest(NINGHAI);
    expect(await facts('MEMBER_OF', '李明')).toMatchObject([{ confirmed: true, confidence: 1 }]);
    await undoCorrection(db, analyst, { id: correction.id, reason: 'checked the wrong one' });
    expect(await facts('MEMBER_OF', '李明')).toMatchObject([{ confirmed: null, confidence: member!.confidence }]);
  });

  it('a role set moves the fact to that role for good; undoing moves it back', async () => {
    const [articleId] = await ingestAll([NINGHAI]);
    const [member] = await facts('MEMBER_OF', '李明');
    const key: FactKey = { type: 'MEMBER_OF', from: member!.from, to: member!.to, ident: '民警' };
    const { correction, fact } = await setFactProperty(db, analyst, { fact: key, property: 'ROLE', value: '副所长', reason: 'promoted in 2020' });
    expect(fact).toEqual({ ...key, ident: '副所长' });
    expect((await facts('MEMBER_OF', '李明')).map((f) => f.role)).toEqual(['副所长']);
    await deleteArticle(db, articleId!);
    await ingest(NINGHAI);
    expect((await facts('MEMBER_OF', '李明')).map((f) => f.role)).toEqual(['副所长']);
    await undoCorrection(db, analyst, { id: correction.id, reason: 'no' });
    expect((await facts('MEMBER_OF', '李明')).map((f) => f.role)).toEqual(['民警']);
  });

  it('a tenure set wins over the articles; a conferrer set moves the award to its giver', async () => {
    await ingestAll([NINGHAI, NINGHAI_SHORT]);
    const wang = (await facts('MEMBER_OF', '王刚'))[0]!;
    await setFactProperty(db, analyst, { fact: { type: 'MEMBER_OF', from: wang.from, to: wang.to, ident: '所长' }, property: 'TENURE', value: 'FORMER', reason: 'retired in 2023' });
    expect((await facts('MEMBER_OF', '王刚'))[0]!.tenure).toBe('former');
    await refused(
      setFactProperty(db, analyst, { fact: { type: 'MEMBER_OF', from: wang.from, to: wang.to, ident: '所长' }, property: 'YEAR', value: '2020', reason: 'x' }),
      'BAD_INPUT',
    );

    const award = (await facts('RECEIVED', '李明'))[0]!;
    const [bureau] = await entities('Unit', '南京市公安局');
    const key: FactKey = { type: 'RECEIVED', from: award.from, to: award.to, ident: -1 };
    const { correction } = await setFactProperty(db, analyst, { fact: key, property: 'CONFERRED_BY', value: bureau!.id, reason: 'the bureau gave it' });
    const conferred = () =>
      db.read<{ by: string; mirrors: number }>(
        `MATCH (:Entity {id: $from})-[r:RECEIVED]->(h:Honour {id: $to})
         RETURN r.conferredById AS by, COUNT { MATCH (:Entity)-[c:CONFERRED {recipientId: $from}]->(h) } AS mirrors`,
        { from: award.from, to: award.to },
      );
    expect(await conferred()).toEqual([{ by: bureau!.id, mirrors: 1 }]);
    await undoCorrection(db, analyst, { id: correction.id, reason: 'not said' });
    expect(await conferred()).toEqual([{ by: null, mirrors: 0 }]);
  });
});

describe('splitting', () => {
  const BEISHAN = [
    { url: 'https://example.gov.cn/beishan/1', text: '杭州市公安局西湖分局北山派出所民警张伟荣立个人三等功。' },
    { url: 'https://example.gov.cn/beishan/2', text: '杭州市公安局西湖分局北山派出所社区民警张伟被评为优秀共产党员。' },
  ];

  it('by article: facts follow the articles that state them, and re-ingesting those articles keeps them apart; undoing joins them', async () => {
    const [, second] = await ingestAll(BEISHAN);
    const [zhang] = await entities('Person', '张伟');
    expect(zhang!.articles).toHaveLength(2);
    const { correction, entityId } = await splitEntity(db, analyst, { entity: zhang!.id, articles: [second!], reason: 'two officers named 张伟' });
    const people = await entities('Person', '张伟');
    expect(people.map((p) => p.id).sort()).toEqual([zhang!.id, entityId!].sort());
    const roles = async () =>
      Object.fromEntries(
        (await db.read<{ id: string; roles: string[] }>(
          `MATCH (p:Person {name: '张伟'})-[r:MEMBER_OF]->() RETURN p.id AS id, collect(r.role) AS roles`,
        )).map((r) => [r.id, r.roles]),
      );
    expect(await roles()).toEqual({ [zhang!.id]: ['民警'], [entityId!]: ['社区民警'] });

    await ingest({ ...BEISHAN[1]!, text: `${BEISHAN[1]!.text}张伟说，要继续努力。` });
    expect(await roles()).toEqual({ [zhang!.id]: ['民警'], [entityId!]: ['社区民警'] });

    await undoCorrection(db, analyst, { id: correction.id, reason: 'one person after all' });
    expect(await roles()).toEqual({ [zhang!.id]: expect.arrayContaining(['民警', '社区民警']) });
  });

  it('by alias: the articles using that name go to a new entity; undoing a merge waits for it', async () => {
    await ingestAll([NINGHAI, NINGHAI_SHORT]);
    const [full, short] = await stations();
    const merge = await mergeEntities(db, analyst, { keep: full!.id, remove: short!.id, reason: 'the same station' });
    await refused(splitAlias(db, analyst, { entity: full!.id, alias: '没有这个名字', reason: 'x' }), 'BAD_INPUT');
    const split = await splitAlias(db, analyst, { entity: full!.id, alias: '南京市鼓楼区公安分局宁海路派出所', reason: 'two stations' });
    const after = await stations();
    expect(after).toHaveLength(2);
    expect(after.find((s) => s.id === split.entityId)).toMatchObject({ name: short!.name, aliases: short!.aliases, articles: short!.articles });

    const blocked = await refused(undoCorrection(db, analyst, { id: merge.correction.id, reason: 'x' }), 'CONFLICT');
    expect(blocked.message).toContain(split.correction.id);
    await undoCorrection(db, analyst, { id: split.correction.id, reason: 'back' });
    await undoCorrection(db, analyst, { id: merge.correction.id, reason: 'back' });
    expect((await stations()).map((s) => s.id).sort()).toEqual([full!.id, short!.id].sort());
  });
});

describe('renameEntity', () => {
  it('names the entity for good (the old name an alias); undoing gives the articles’ name back', async () => {
    const [articleId] = await ingestAll([NINGHAI]);
    const [station] = await stations();
    const { correction } = await renameEntity(db, analyst, { entity: station!.id, name: '南京市公安局鼓楼分局宁海路派出所（二级所）', reason: 'official name' });
    const check = async (name: string) => {
      const [s] = await stations();
      expect(s!.name).toBe(name);
      return s!;
    };
    expect((await check('南京市公安局鼓楼分局宁海路派出所（二级所）')).aliases).toContain('南京市公安局鼓楼分局宁海路派出所');
    await deleteArticle(db, articleId!);
    await ingest(NINGHAI);
    await check('南京市公安局鼓楼分局宁海路派出所（二级所）');
    const byName = await db.read('MATCH (:Alias {key: $key})-[:ALIAS_OF]->(u:Unit) RETURN u.id AS id', {
      key: 'Unit:南京市公安局鼓楼分局宁海路派出所（二级所）',
    });
    expect(byName).toHaveLength(1);
    await undoCorrection(db, analyst, { id: correction.id, reason: 'not official' });
    await check('南京市公安局鼓楼分局宁海路派出所');
  });
});

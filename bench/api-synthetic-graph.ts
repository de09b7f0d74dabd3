// A synthetic graph in the documented model (docs/graph-model.md), written
// straight to Neo4j in UNWIND batches: bureaus → branches → stations, people
// in the stations, honours with years and conferrers, initiatives, partners,
// articles with the evidence sentences every fact points into. Deterministic,
// so two runs measure the same graph.
import type { GraphDb } from '../src/store/graph-db.js';

export interface SyntheticShape {
  bureaus: number;
  branchesPerBureau: number;
  stationsPerBranch: number;
  membersPerStation: number;
  honours: number;
  organizations: number;
  articles: number;
}

/** ≈106k entities (100k people) plus articles and aliases: the benchmark's size. */
export const BENCH_SHAPE: SyntheticShape = {
  bureaus: 20,
  branchesPerBureau: 10,
  stationsPerBranch: 10,
  membersPerStation: 50,
  honours: 500,
  organizations: 1000,
  articles: 1000,
};

export interface SyntheticGraph {
  /** Store ids of the branch units (each has stations with members): the relationship view's roots. */
  branchIds: string[];
}

const ROLES = ['民警', '辅警', '所长', '副所长', '教导员', ''];
const SENTENCES_PER_ARTICLE = 40;
const SENTENCE = '该单位民警在工作中表现突出,受到群众好评和上级表彰。'; // 26 characters
const BATCH = 10_000;

interface Entity {
  id: string;
  label: 'Unit' | 'Person' | 'Honour' | 'Initiative' | 'Organization';
  name: string;
  kind: string | null;
}

interface Fact {
  type: 'PART_OF' | 'MEMBER_OF' | 'RECEIVED' | 'CONFERRED' | 'LEADS' | 'PARTNERS_WITH';
  from: string;
  to: string;
  props: Record<string, string | number | string[]>;
}

async function inBatches<T>(db: GraphDb, rows: T[], query: string): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    await db.write((tx) => tx.run(query, { rows: batch }));
  }
}

export async function writeSyntheticGraph(db: GraphDb, shape: SyntheticShape): Promise<SyntheticGraph> {
  const entities: Entity[] = [];
  const facts: Fact[] = [];
  const branchIds: string[] = [];
  let counter = 0;
  // Spreads facts over the articles and their sentences, as many articles would.
  const evidence = () => {
    const n = counter++;
    const start = (n % SENTENCES_PER_ARTICLE) * SENTENCE.length;
    return [`art_${n % shape.articles}:${start}:${start + SENTENCE.length - 1}`];
  };
  const honourId = (n: number) => `honour_${n % shape.honours}`;
  const orgId = (n: number) => `org_${n % shape.organizations}`;

  for (let h = 0; h < shape.honours; h++) entities.push({ id: `honour_${h}`, label: 'Honour', name: `荣誉称号${h}`, kind: null });
  for (let o = 0; o < shape.organizations; o++) entities.push({ id: `org_${o}`, label: 'Organization', name: `合成市协作单位${o}`, kind: 'other' });

  let person = 0;
  for (let b = 0; b < shape.bureaus; b++) {
    const bureau = `unit_b${b}`;
    entities.push({ id: bureau, label: 'Unit', name: `合成${b}市公安局`, kind: 'bureau' });
    for (let r = 0; r < shape.branchesPerBureau; r++) {
      const branch = `${bureau}_r${r}`;
      branchIds.push(branch);
      entities.push({ id: branch, label: 'Unit', name: `合成${b}市公安局第${r}分局`, kind: 'branch' });
      facts.push({ type: 'PART_OF', from: branch, to: bureau, props: { evidence: evidence() } });
      for (let s = 0; s < shape.stationsPerBranch; s++) {
        const station = `${branch}_s${s}`;
        entities.push({ id: station, label: 'Unit', name: `合成${b}市公安局第${r}分局第${s}派出所`, kind: 'station' });
        facts.push({ type: 'PART_OF', from: station, to: branch, props: { evidence: evidence() } });
        facts.push({ type: 'RECEIVED', from: station, to: honourId(counter), props: { year: 2015 + (s % 8), evidence: evidence() } });
        facts.push({ type: 'PARTNERS_WITH', from: station, to: orgId(counter), props: { evidence: evidence() } });
        const initiative = `initiative_${station}`;
        entities.push({ id: initiative, label: 'Initiative', name: `第${s}派出所服务队${b}-${r}`, kind: null });
        facts.push({ type: 'LEADS', from: station, to: initiative, props: { evidence: evidence() } });
        for (let m = 0; m < shape.membersPerStation; m++) {
          const id = `person_${person}`;
          entities.push({ id, label: 'Person', name: `民警${person}`, kind: null });
          facts.push({ type: 'MEMBER_OF', from: id, to: station, props: { role: ROLES[person % ROLES.length]!, evidence: evidence() } });
          // 0, 1 or 2 honours each; every other one with a year and a conferrer.
          for (let k = 0; k < person % 3; k++) {
            const honour = honourId(person * 7 + k);
            const year = k === 0 ? 2016 + (person % 7) : -1;
            if (k === 0) {
              const conferrer = orgId(person);
              facts.push({ type: 'RECEIVED', from: id, to: honour, props: { year, conferredById: conferrer, evidence: evidence() } });
              facts.push({ type: 'CONFERRED', from: conferrer, to: honour, props: { recipientId: id, year, evidence: evidence() } });
            } else {
              facts.push({ type: 'RECEIVED', from: id, to: honour, props: { year, evidence: evidence() } });
            }
          }
          person++;
        }
      }
    }
  }

  const text = SENTENCE.repeat(SENTENCES_PER_ARTICLE);
  const articles = Array.from({ length: shape.articles }, (_, a) => ({
    id: `art_${a}`,
    key: `synthetic:${a}`,
    title: `合成新闻${a}`,
    publishedAt: `20${String(15 + (a % 8)).padStart(2, '0')}-0${1 + (a % 9)}-1${a % 10}T09:00:00`,
    source: a % 2 ? '合成日报' : '合成网',
    text,
  }));
  await inBatches(
    db,
    articles,
    `UNWIND $rows AS row
     CREATE (a:Article {id: row.id, key: row.key, title: row.title, publishedAt: row.publishedAt, source: row.source,
                        script: 'simplified', contentHash: row.key, text: row.text, ingestedAt: datetime()})`,
  );
  for (const label of ['Unit', 'Person', 'Honour', 'Initiative', 'Organization'] as const) {
    await inBatches(
      db,
      entities.filter((e) => e.label === label).map((e, i) => ({ ...e, article: `art_${i % shape.articles}` })),
      `UNWIND $rows AS row
       MATCH (a:Article {id: row.article})
       CREATE (e:Entity:${label} {id: row.id, name: row.name, aliases: [], kind: row.kind})
       CREATE (e)-[:MENTIONED_IN {names: [row.name], resolution: 'new'}]->(a)
       CREATE (:Alias {key: '${label}:' + row.name})-[:ALIAS_OF]->(e)`,
    );
  }
  for (const type of ['PART_OF', 'MEMBER_OF', 'RECEIVED', 'CONFERRED', 'LEADS', 'PARTNERS_WITH'] as const) {
    await inBatches(
      db,
      facts.filter((f) => f.type === type),
      `UNWIND $rows AS row
       MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
       CREATE (a)-[r:${type}]->(b) SET r = row.props`,
    );
  }
  return { branchIds };
}

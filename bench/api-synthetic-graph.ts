// A synthetic graph in the documented model (docs/graph-model.md), written
// straight to Neo4j in UNWIND batches: bureaus → branches → stations, people
// in the stations, honours with years and conferrers, initiatives, partners,
// articles with the evidence sentences every fact points into. As in ingested
// data, a fact's evidence is a sentence of an article that mentions its
// subject, so an article's facts are the facts of the entities it names.
// Deterministic, so two runs measure the same graph.
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

type Label = 'Unit' | 'Person' | 'Honour' | 'Initiative' | 'Organization';

interface Entity {
  id: string;
  label: Label;
  name: string;
  kind: string | null;
  /** The article that mentions it, and holds the evidence of the facts it is the subject of. */
  article: string;
}

interface Fact {
  type: 'PART_OF' | 'MEMBER_OF' | 'RECEIVED' | 'CONFERRED' | 'LEADS' | 'PARTNERS_WITH';
  from: string;
  to: string;
  props: Record<string, string | number | string[]>;
}

/** What the graph holds, and the ids benchmarks and tests start from. */
export interface SyntheticGraph {
  entities: Entity[];
  facts: Fact[];
  articleIds: string[];
  /** Units by level: each branch has stations, each station members. */
  bureauIds: string[];
  branchIds: string[];
  stationIds: string[];
  personIds: string[];
  honourIds: string[];
}

const ROLES = ['民警', '辅警', '所长', '副所长', '教导员', ''];
const SENTENCES_PER_ARTICLE = 40;
const SENTENCE = '该单位民警在工作中表现突出,受到群众好评和上级表彰。'; // 26 characters
const BATCH = 10_000;

/** The graph of a shape, without writing it. */
export function syntheticGraph(shape: SyntheticShape): SyntheticGraph {
  const entities: Entity[] = [];
  const facts: Fact[] = [];
  const byId = new Map<string, Entity>();
  const graph: SyntheticGraph = {
    entities,
    facts,
    articleIds: Array.from({ length: shape.articles }, (_, a) => `art_${a}`),
    bureauIds: [],
    branchIds: [],
    stationIds: [],
    personIds: [],
    honourIds: [],
  };
  const entity = (id: string, label: Label, name: string, kind: string | null) => {
    const e = { id, label, name, kind, article: `art_${entities.length % shape.articles}` };
    entities.push(e);
    byId.set(id, e);
  };
  let sentence = 0;
  // A sentence of the subject's article, spread over its sentences as many facts would be.
  const fact = (type: Fact['type'], from: string, to: string, props: Fact['props'] = {}) => {
    const start = (sentence++ % SENTENCES_PER_ARTICLE) * SENTENCE.length;
    facts.push({ type, from, to, props: { ...props, evidence: [`${byId.get(from)!.article}:${start}:${start + SENTENCE.length - 1}`] } });
  };
  const honourId = (n: number) => `honour_${n % shape.honours}`;
  const orgId = (n: number) => `org_${n % shape.organizations}`;

  for (let h = 0; h < shape.honours; h++) {
    entity(`honour_${h}`, 'Honour', `荣誉称号${h}`, null);
    graph.honourIds.push(`honour_${h}`);
  }
  for (let o = 0; o < shape.organizations; o++) entity(`org_${o}`, 'Organization', `合成市协作单位${o}`, 'other');

  let person = 0;
  for (let b = 0; b < shape.bureaus; b++) {
    const bureau = `unit_b${b}`;
    graph.bureauIds.push(bureau);
    entity(bureau, 'Unit', `合成${b}市公安局`, 'bureau');
    for (let r = 0; r < shape.branchesPerBureau; r++) {
      const branch = `${bureau}_r${r}`;
      graph.branchIds.push(branch);
      entity(branch, 'Unit', `合成${b}市公安局第${r}分局`, 'branch');
      fact('PART_OF', branch, bureau);
      for (let s = 0; s < shape.stationsPerBranch; s++) {
        const station = `${branch}_s${s}`;
        graph.stationIds.push(station);
        entity(station, 'Unit', `合成${b}市公安局第${r}分局第${s}派出所`, 'station');
        fact('PART_OF', station, branch);
        fact('RECEIVED', station, honourId(sentence), { year: 2015 + (s % 8) });
        fact('PARTNERS_WITH', station, orgId(sentence));
        const initiative = `initiative_${station}`;
        entity(initiative, 'Initiative', `第${s}派出所服务队${b}-${r}`, null);
        fact('LEADS', station, initiative);
        for (let m = 0; m < shape.membersPerStation; m++) {
          const id = `person_${person}`;
          graph.personIds.push(id);
          entity(id, 'Person', `民警${person}`, null);
          fact('MEMBER_OF', id, station, { role: ROLES[person % ROLES.length]! });
          // 0, 1 or 2 honours each; every other one with a year and a conferrer.
          for (let k = 0; k < person % 3; k++) {
            const honour = honourId(person * 7 + k);
            const year = k === 0 ? 2016 + (person % 7) : -1;
            if (k === 0) {
              const conferrer = orgId(person);
              fact('RECEIVED', id, honour, { year, conferredById: conferrer });
              fact('CONFERRED', conferrer, honour, { recipientId: id, year });
            } else {
              fact('RECEIVED', id, honour, { year });
            }
          }
          person++;
        }
      }
    }
  }
  return graph;
}

async function inBatches<T>(db: GraphDb, rows: T[], query: string): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    await db.write((tx) => tx.run(query, { rows: batch }));
  }
}

export async function writeSyntheticGraph(db: GraphDb, shape: SyntheticShape): Promise<SyntheticGraph> {
  const graph = syntheticGraph(shape);
  const text = SENTENCE.repeat(SENTENCES_PER_ARTICLE);
  const articles = graph.articleIds.map((id, a) => ({
    id,
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
      graph.entities.filter((e) => e.label === label),
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
      graph.facts.filter((f) => f.type === type),
      `UNWIND $rows AS row
       MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
       CREATE (a)-[r:${type}]->(b) SET r = row.props`,
    );
  }
  return graph;
}

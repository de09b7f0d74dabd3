// `npm run export` and GET /export against the real database, after corrections: the CSV
// loads with the real neo4j-admin into an empty Neo4j and gives back the same graph; the
// JSON lines carry each fact's sentences; the GraphML is XML Gephi and yEd can read; the
// download needs a read token when READ_TOKENS is set. A rejected fact and a merged-away
// entity appear in none of them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { toGlobalId } from '../../src/api/ids.js';
import { mergeEntities, rejectFact } from '../../src/corrections/index.js';
import { IMPORT_ARGS } from '../../src/export/csv.js';
import { ingestArticle, loadSeedArticles } from '../../src/loader/index.js';
import { STORED_RELATION_TYPES } from '../../src/model/graph.js';
import { GraphDb } from '../../src/store/graph-db.js';
import { applyDbSchema } from '../../src/store/db-schema.js';
import { startEmbeddedNeo4j } from '../../src/store/embedded-neo4j.js';
import { dumpGraph } from '../support/graph-dump.js';
import { neo4jAdmin } from '../support/neo4j-admin.js';
import { openTestGraph } from '../support/test-graph.js';
import { READ_TOKEN, startTestApi, type TestApi } from '../hardening/support/http-api.js';
import { waitFor } from '../support/wait-for.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'export-test-'));
const analyst = { by: 'export-test' };
let db: GraphDb;
let station: string;
let removed: string;
let rejected: { from: string; to: string };

const exportCli = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli/export.ts', ...args], { env: { ...process.env, LOG_LEVEL: 'silent' }, maxBuffer: 256 * 1024 * 1024 }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

const FACTS = STORED_RELATION_TYPES.join('|');
const count = async (cypher: string) => (await db.read<{ n: number }>(cypher))[0]!.n;

beforeAll(async () => {
  db = await openTestGraph();
  await loadSeedArticles(db, 'seed/articles');
  // A quote, a comma and a line break in a text: what CSV and XML must escape.
  await ingestArticle(db, { url: 'https://example.gov.cn/export/1', text: '南京市公安局鼓楼分局宁海路派出所民警李明荣立个人三等功。\n他说:"这是集体的荣誉,不是我一个人的。"' });
  await ingestArticle(db, { url: 'https://example.gov.cn/export/2', text: '南京市鼓楼区公安分局宁海路派出所所长王刚带领民警巡逻。' });
  const stations = await db.read<{ id: string }>("MATCH (u:Unit) WHERE u.name CONTAINS '宁海路' RETURN u.id AS id ORDER BY u.name");
  expect(stations).toHaveLength(2);
  [station, removed] = [stations[0]!.id, stations[1]!.id];
  await mergeEntities(db, analyst, { keep: station, remove: removed, reason: 'one station' });
  const [member] = await db.read<{ from: string; to: string }>("MATCH (p:Person {name: '李明'})-[r:MEMBER_OF]->(u) RETURN p.id AS from, u.id AS to");
  rejected = member!;
  await rejectFact(db, analyst, { fact: { type: 'MEMBER_OF', from: rejected.from, to: rejected.to, ident: '民警' }, reason: 'an auxiliary' });
}, 300_000);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await db?.close();
});

describe('CSV for neo4j-admin', () => {
  it('imports with neo4j-admin into an empty database as the same entities, articles, aliases, facts and mentions', async () => {
    const out = join(dir, 'csv');
    const { code, stderr } = await exportCli('--format', 'csv', '--out', out);
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/exported \d+ records to .*csv in \d+\.\d+s/);
    expect(readFileSync(join(out, 'IMPORT.txt'), 'utf8')).toContain('neo4j-admin database import full neo4j');
    expect(readFileSync(join(out, 'entities.csv'), 'utf8')).not.toContain(removed);

    const home = join(dir, 'imported');
    await neo4jAdmin(home, IMPORT_ARGS, out);
    const neo4j = await startEmbeddedNeo4j({ dataDir: home, heapMb: 512, pageCacheMb: 64 });
    const imported = GraphDb.connect({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j', queryTimeoutMs: 60_000 });
    try {
      const [source, copy] = [await dumpGraph(db, { exportedOnly: true, emptyListsAbsent: true }), await dumpGraph(imported)];
      expect(source.nodes.length).toBeGreaterThan(50);
      expect(source.relationships.length).toBeGreaterThan(100);
      expect(copy.nodes).toEqual(source.nodes);
      expect(copy.relationships).toEqual(source.relationships);
      const [gone] = await imported.read<{ entities: number; facts: number }>(
        `CALL () { MATCH (e:Entity {id: $removed}) RETURN count(e) AS entities }
         CALL () { MATCH (:Person {id: $from})-[r:MEMBER_OF]->(:Unit {id: $to}) RETURN count(r) AS facts }
         RETURN entities, facts`,
        { removed, ...rejected },
      );
      expect(gone).toEqual({ entities: 0, facts: 0 });

      // The imported graph is one the product reads and grows: a later article joins the station.
      await applyDbSchema(imported);
      await ingestArticle(imported, { url: 'https://example.gov.cn/export/3', text: '南京市公安局鼓楼分局宁海路派出所教导员张强走访辖区群众。' });
      const joined = await imported.read<{ name: string; station: string }>(
        "MATCH (p:Person {name: '张强'})-[:MEMBER_OF {role: '教导员'}]->(u:Unit) RETURN p.name AS name, u.id AS station",
      );
      expect(joined).toEqual([{ name: '张强', station }]);
    } finally {
      await imported.close();
      await neo4j.stop();
    }
  }, 600_000);
});

interface FactLine {
  record: 'fact';
  type: string;
  from: string;
  to: string;
  role?: string;
  year?: number;
  evidence: { article: string; start: number; end: number; sentence: string | null; rule: string | null; confidence: number | null }[];
}

describe('JSON lines', () => {
  it('hold the articles, the entities and every fact with the sentences that state it', async () => {
    const { code, stdout, stderr } = await exportCli('--format', 'jsonl', '--out', '-');
    expect(code, stderr).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { record: string } & Record<string, any>);
    const of = <T>(record: string) => lines.filter((l) => l.record === record) as unknown as T[];
    expect(of('article')).toHaveLength(await count('MATCH (a:Article) RETURN count(a) AS n'));
    const entities = of<{ id: string }>('entity').map((e) => e.id);
    expect(new Set(entities).size).toBe(await count('MATCH (e:Entity) RETURN count(e) AS n'));
    expect(entities).not.toContain(removed);

    const facts = of<FactLine>('fact');
    // CONFERRED mirrors a RECEIVED, whose line names the conferrer.
    expect(facts).toHaveLength(await count(`MATCH ()-[r:${FACTS}]->() WHERE NOT r:CONFERRED RETURN count(r) AS n`));
    expect(facts.some((f) => f.type === 'MEMBER_OF' && f.from === rejected.from && f.to === rejected.to)).toBe(false);
    const texts = new Map((await db.read<{ id: string; text: string }>('MATCH (a:Article) RETURN a.id AS id, a.text AS text')).map((a) => [a.id, a.text]));
    for (const f of facts) {
      expect(f.evidence.length).toBeGreaterThan(0);
      for (const e of f.evidence) {
        expect(e.sentence).toBe(texts.get(e.article)!.slice(e.start, e.end));
        expect(e.confidence).toBeGreaterThan(0);
      }
    }
    expect(facts.find((f) => f.type === 'MEMBER_OF' && f.role === '所长' && f.to === station)).toBeDefined();
  }, 300_000);

  it('--under a unit (by its exact name) hold that unit, the people serving in it, and what they are joined to', async () => {
    const [name] = await db.read<{ name: string }>('MATCH (u:Unit {id: $station}) RETURN u.name AS name', { station });
    const { code, stdout, stderr } = await exportCli('--format', 'jsonl', '--out', '-', '--under', name!.name);
    expect(code, stderr).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, any>);
    const names = lines.filter((l) => l.record === 'entity').map((e) => e.name as string);
    expect(names).toEqual(expect.arrayContaining([name!.name, '王刚']));
    // 李明's post was rejected: nothing else ties him to the station. No seed article's unit is under it.
    expect(names).not.toContain('李明');
    expect(names.length).toBeLessThan(10);
    expect(lines.filter((l) => l.record === 'article').map((a) => a.url)).toEqual(
      expect.arrayContaining(['https://example.gov.cn/export/1', 'https://example.gov.cn/export/2']),
    );

    const unknown = await exportCli('--format', 'jsonl', '--out', '-', '--under', '不存在的派出所');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no unit named 不存在的派出所/);
  }, 300_000);
});

describe('GraphML', () => {
  it('is XML with every entity a node and every fact an edge between them', async () => {
    const file = join(dir, 'graph.graphml');
    const { code, stderr } = await exportCli('--format', 'graphml', '--out', file);
    expect(code, stderr).toBe(0);
    const xml = readFileSync(file, 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      parseTagValue: false,
      isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['node', 'edge', 'data', 'key'].includes(name),
    }).parse(xml);
    const graph = doc.graphml.graph;
    expect(graph.edgedefault).toBe('directed');
    const nodes = new Map<string, string>(
      graph.node.map((n: { id: string; data: { key: string; '#text': string }[] }) => [n.id, n.data.find((d) => d.key === 'label')!['#text']]),
    );
    const entities = await db.read<{ id: string; name: string }>('MATCH (e:Entity) RETURN e.id AS id, e.name AS name');
    expect(nodes).toEqual(new Map(entities.map((e) => [e.id, e.name])));
    expect(graph.edge).toHaveLength(await count(`MATCH ()-[r:${FACTS}]->() RETURN count(r) AS n`));
    for (const e of graph.edge as { source: string; target: string }[]) {
      expect(nodes.has(e.source) && nodes.has(e.target)).toBe(true);
    }
    expect(graph.edge.some((e: { source: string; target: string }) => e.source === rejected.from && e.target === rejected.to)).toBe(false);
  }, 300_000);
});

describe('GET /export, EXPORT_CONCURRENCY at a time', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(db, { EXPORT_CONCURRENCY: '1' });
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('refuses downloads past the limit with 429 and Retry-After, and a download its client cut short gives its slot back', async () => {
    // Whether a download is still running when the next arrives depends on timing: each answer is
    // one of the two, and at least one download runs.
    const answers = await Promise.all(Array.from({ length: 4 }, () => api.get('/export?format=graphml')));
    for (const a of answers) {
      if (a.status === 200) continue;
      expect(a.status).toBe(429);
      expect(a.headers.get('retry-after')).toBe('5');
      expect(a.body.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    }
    expect(answers.some((a) => a.status === 200)).toBe(true);

    // A client that reads the headers and goes away.
    const controller = new AbortController();
    const cut = await fetch(`${api.origin}/export?format=jsonl`, { signal: controller.signal });
    expect(cut.status).toBe(200);
    controller.abort();
    await waitFor('a download after the cut one', async () => (await api.get('/export?format=jsonl')).status === 200, 60_000);
  });
});

describe('GET /export', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(db, { READ_TOKENS: READ_TOKEN });
  });
  afterAll(async () => {
    await api?.stop();
  });
  const auth = { authorization: `Bearer ${READ_TOKEN}` };

  it('needs a read token when READ_TOKENS is set', async () => {
    const refused = await api.get('/export?format=jsonl');
    expect(refused.status).toBe(401);
    expect(refused.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await api.get('/export?format=jsonl', { authorization: 'Bearer not-the-token-of-this-server' })).status).toBe(401);
  });

  it('downloads what the command line writes; CSV as a zip of its files', async () => {
    const jsonl = await api.get('/export?format=jsonl', auth);
    expect(jsonl.status).toBe(200);
    const { stdout } = await exportCli('--format', 'jsonl', '--out', '-');
    expect(jsonl.text).toBe(stdout);

    const under = await api.get(`/export?format=graphml&under=${encodeURIComponent(toGlobalId('Unit', station))}`, auth);
    expect(under.status).toBe(200);
    expect(XMLValidator.validate(under.text)).toBe(true);
    expect(under.text).toContain(`<node id="${station}">`);

    const csv = await api.get('/export?format=csv', auth);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('application/zip');
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="police-kg\.csv\.zip"/);
    expect(csv.text.startsWith('PK')).toBe(true);
    for (const name of ['entities.csv', 'articles.csv', 'facts.csv', 'mentions.csv', 'aliases.csv', 'alias-of.csv', 'IMPORT.txt']) expect(csv.text).toContain(name);

    expect((await api.get('/export?format=pdf', auth)).status).toBe(400);
    expect((await api.get(`/export?format=jsonl&under=${encodeURIComponent(toGlobalId('Person', rejected.from))}`, auth)).status).toBe(400);
  }, 300_000);
});

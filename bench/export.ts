// Export size and speed on the ingest benchmark's graph: N synthetic articles (default
// 10 000, bench/synthetic-articles.ts) loaded by the bulk loader into a fresh embedded
// Neo4j, then each format written to files as `npm run export` writes them.
// Run: npm run bench:export [-- N]. The load average is recorded: other work skews the figures.
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { loadConfig } from '../src/config.js';
import { byteStream, EXPORT_FORMATS, openExport, type ExportFormatName } from '../src/export/index.js';
import { createLogger } from '../src/logger.js';
import { DEFAULT_BATCH_SIZE, ingestArticles } from '../src/loader/index.js';
import { openGraph } from '../src/store/open-graph.js';
import { prng } from '../src/prng.js';
import { syntheticArticle } from './synthetic-articles.js';

const articles = Number(process.argv[2] ?? 10_000);
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-export-'));
const outDir = mkdtempSync(path.join(os.tmpdir(), 'bench-export-out-'));
const config = loadConfig({ ...process.env, NEO4J_URI: '', NEO4J_DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
const graph = await openGraph(config, createLogger('warn'));
const loadAverage = () => os.loadavg().map((l) => Number(l.toFixed(2)));

try {
  const rand = prng(42);
  const started = performance.now();
  await ingestArticles(
    graph.db,
    Array.from({ length: articles }, (_, i) => ({ input: syntheticArticle(i, rand) })),
    { batchSize: DEFAULT_BATCH_SIZE },
  );
  const ingestSeconds = (performance.now() - started) / 1000;
  const [size] = await graph.db.read<{ nodes: number; relationships: number }>(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  console.log(`${articles} articles ingested in ${ingestSeconds.toFixed(1)} s: ${size!.nodes} nodes, ${size!.relationships} relationships`);

  const formats = [];
  for (const format of Object.keys(EXPORT_FORMATS) as ExportFormatName[]) {
    const loadBefore = loadAverage();
    const t0 = performance.now();
    const opened = (await openExport(graph.db, { format, under: null }))!;
    let bytes = 0;
    for (const f of opened.files) {
      const file = path.join(outDir, `${format}-${f.name}`);
      await pipeline(byteStream(f), createWriteStream(file));
      bytes += statSync(file).size;
    }
    const seconds = (performance.now() - t0) / 1000;
    console.log(`${format}: ${opened.total} records, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s (${Math.round(opened.total / seconds)} records/s)`);
    formats.push({ format, records: opened.total, bytes, seconds, loadAverage: { before: loadBefore, after: loadAverage() } });
  }
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(
    'bench/results/export.json',
    JSON.stringify({ date: new Date().toISOString(), cpus: os.cpus().length, articles, graph: size, ingestSeconds, formats }, null, 2),
  );
} finally {
  await graph.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
}

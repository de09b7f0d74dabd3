// End-to-end ingest throughput (extract + resolve + write) of the bulk loader on synthetic
// articles, and how the per-article cost grows with the graph. Run: npm run bench:ingest [-- N...]
// Other work on the machine skews the figures: the load average is recorded with each.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { openGraph } from '../src/store/open-graph.js';
import { DEFAULT_BATCH_SIZE, ingestArticles } from '../src/loader/index.js';
import { prng } from '../src/prng.js';
import { syntheticArticle } from './synthetic-articles.js';
import { clearGraph } from '../test/support/test-graph.js';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const counts = sizes.length ? sizes : [1000, 10000];
const batchSize = Number(process.env.BENCH_BATCH_SIZE ?? DEFAULT_BATCH_SIZE);
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-ingest-'));
// Always a fresh embedded database: the benchmark empties it between sizes.
const config = loadConfig({ ...process.env, NEO4J_URI: '', NEO4J_DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
const graph = await openGraph(config, createLogger('warn'));

const loadAverage = () => os.loadavg().map((l) => Number(l.toFixed(2)));
/**
 * A freshly started Neo4j plans every statement and its JVM compiles the hot code
 * during the first thousand or so articles: start-up cost, paid once per process
 * (`npm start` pays it loading the seeds), not throughput. Those articles are
 * loaded into a graph that is then emptied, and reported as the cold figure.
 */
const warmup = Number(process.env.BENCH_WARMUP ?? 1000);

const results: unknown[] = [];
try {
  if (warmup > 0) {
    const rand = prng(7);
    const started = performance.now();
    await ingestArticles(graph.db, Array.from({ length: warmup }, (_, i) => ({ input: syntheticArticle(i, rand) })), { batchSize });
    const seconds = (performance.now() - started) / 1000;
    console.log(`warm-up (cold Neo4j): ${warmup} articles in ${seconds.toFixed(1)} s: ${(warmup / seconds).toFixed(1)} articles/s`);
    results.push({ warmup: true, articles: warmup, seconds, articlesPerSecond: warmup / seconds, batchSize, loadAverage: loadAverage() });
  }
  for (const total of counts) {
    await clearGraph(graph.db);
    const rand = prng(42);
    const articles = Array.from({ length: total }, (_, i) => ({ input: syntheticArticle(i, rand) }));
    const windowSize = Math.max(100, Math.floor(total / 10));
    const windows: { upTo: number; perArticleMs: number }[] = [];
    const loadBefore = loadAverage();
    const started = performance.now();
    let windowStart = started;
    const outcomes = await ingestArticles(graph.db, articles, {
      batchSize,
      onProgress: (done) => {
        if (done % windowSize !== 0) return;
        const now = performance.now();
        windows.push({ upTo: done, perArticleMs: (now - windowStart) / windowSize });
        windowStart = now;
      },
    });
    const seconds = (performance.now() - started) / 1000;
    const loadAfter = loadAverage();
    const failed = outcomes.filter((o) => o.error).length;
    const [{ nodes = 0 } = {}] = await graph.db.read<{ nodes: number }>('MATCH (n) RETURN count(n) AS nodes');
    console.log(
      `${total} articles in ${seconds.toFixed(1)} s: ${(total / seconds).toFixed(1)} articles/s (batches of ${batchSize}), ` +
        `${failed} failed, graph ${nodes} nodes; load average ${loadBefore.join(' ')} → ${loadAfter.join(' ')}`,
    );
    console.log('  per-article ms by position: ' + windows.map((w) => `${w.upTo}:${w.perArticleMs.toFixed(1)}`).join(' '));
    results.push({ articles: total, seconds, articlesPerSecond: total / seconds, batchSize, failed, nodes, loadAverage: { before: loadBefore, after: loadAfter }, windows });
  }
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/ingest.json', JSON.stringify({ date: new Date().toISOString(), cpus: os.cpus().length, results }, null, 2));
} finally {
  await graph.close();
  rmSync(dataDir, { recursive: true, force: true });
}

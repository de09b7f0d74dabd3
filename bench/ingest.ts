// End-to-end ingest throughput (extract + resolve + write) on synthetic articles,
// and how the per-article cost grows with the graph. Run: npm run bench:ingest [-- N...]
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { openGraph } from '../src/store/open-graph.js';
import { ingestArticle } from '../src/loader/index.js';
import { random, syntheticArticle } from './synthetic-articles.js';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const counts = sizes.length ? sizes : [1000, 10000];
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 4);
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-ingest-'));
// Always a fresh embedded database: the benchmark empties it between sizes.
const config = loadConfig({ ...process.env, NEO4J_URI: '', NEO4J_DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
const graph = await openGraph(config, createLogger('warn'));

const results: unknown[] = [];
try {
  for (const total of counts) {
    await graph.db.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
    const rand = random(42);
    const articles = Array.from({ length: total }, (_, i) => syntheticArticle(i, rand));
    const windows: { upTo: number; perArticleMs: number }[] = [];
    const windowSize = Math.max(100, Math.floor(total / 10));
    let next = 0;
    let windowStart = performance.now();
    const started = performance.now();
    const worker = async () => {
      while (next < articles.length) {
        const i = next++;
        await ingestArticle(graph.db, articles[i]!);
        if ((i + 1) % windowSize === 0) {
          const now = performance.now();
          windows.push({ upTo: i + 1, perArticleMs: (now - windowStart) / windowSize });
          windowStart = now;
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (performance.now() - started) / 1000;
    const [{ nodes = 0 } = {}] = await graph.db.read<{ nodes: number }>('MATCH (n) RETURN count(n) AS nodes');
    console.log(`${total} articles in ${seconds.toFixed(1)} s: ${(total / seconds).toFixed(1)} articles/s (concurrency ${concurrency}), graph ${nodes} nodes`);
    console.log('  per-article ms by position: ' + windows.map((w) => `${w.upTo}:${w.perArticleMs.toFixed(1)}`).join(' '));
    results.push({ articles: total, seconds, articlesPerSecond: total / seconds, concurrency, nodes, windows });
  }
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/ingest.json', JSON.stringify({ date: new Date().toISOString(), results }, null, 2));
} finally {
  await graph.close();
  rmSync(dataDir, { recursive: true, force: true });
}

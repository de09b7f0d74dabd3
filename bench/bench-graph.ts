// The benchmarks' database: an embedded Neo4j on a store kept between runs
// (BENCH_DATA_DIR, default .data/bench-neo4j) holding the synthetic graph, written
// only when the store lacks it or the generator changed: writing 212k nodes takes
// a minute or more, measuring them a few.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, type Config } from '../src/config.js';
import type { Logger } from '../src/logger.js';
import { openGraph, type OpenGraph } from '../src/store/open-graph.js';
import { BENCH_SHAPE, syntheticGraph, writeSyntheticGraph, type SyntheticGraph } from './api-synthetic-graph.js';

export interface BenchGraph {
  graph: OpenGraph;
  config: Config;
  synthetic: SyntheticGraph;
  nodes: number;
  relationships: number;
}

/** What the store must have been written from: the shape and the generator's source. */
function fingerprint(): string {
  const generator = readFileSync(fileURLToPath(new URL('./api-synthetic-graph.ts', import.meta.url)));
  return createHash('sha256').update(JSON.stringify(BENCH_SHAPE)).update(generator).digest('hex');
}

export async function openBenchGraph(logger: Logger): Promise<BenchGraph> {
  const dataDir = path.resolve(process.env.BENCH_DATA_DIR ?? '.data/bench-neo4j');
  const config = loadConfig({
    ...process.env,
    NEO4J_URI: '',
    NEO4J_DATA_DIR: dataDir,
    NEO4J_HEAP_MB: process.env.NEO4J_HEAP_MB ?? '2048',
    NEO4J_PAGECACHE_MB: process.env.NEO4J_PAGECACHE_MB ?? '1024',
    LOG_LEVEL: 'warn',
  });
  const graph = await openGraph(config, logger);
  const marker = path.join(dataDir, 'synthetic-graph.sha256');
  const expected = fingerprint();
  try {
    if (!existsSync(marker) || readFileSync(marker, 'utf8') !== expected) {
      const session = graph.db.driver.session({ database: graph.db.database });
      await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
      await session.close();
      const started = performance.now();
      await writeSyntheticGraph(graph.db, BENCH_SHAPE);
      writeFileSync(marker, expected);
      console.log(`synthetic graph written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const [{ nodes = 0, relationships = 0 } = {}] = await graph.db.read<{ nodes: number; relationships: number }>(
      'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    );
    return { graph, config, synthetic: syntheticGraph(BENCH_SHAPE), nodes, relationships };
  } catch (err) {
    await graph.close();
    throw err;
  }
}

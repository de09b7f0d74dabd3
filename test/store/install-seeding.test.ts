// `npm install`'s last step (src/cli/build-launcher.ts): the seed articles go into
// the embedded database's store when it does not exist yet, and nowhere else.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import type { GraphDb } from '../../src/store/graph-db.js';
import { openGraph } from '../../src/store/open-graph.js';
import { countNodes, openTestGraph } from '../support/test-graph.js';

const root = mkdtempSync(join(tmpdir(), 'install-seeding-'));
let db: GraphDb;
beforeAll(async () => {
  db = await openTestGraph();
});
afterAll(async () => {
  await db?.close();
  rmSync(root, { recursive: true, force: true });
});

/** The install step as `prepare` runs it, with these settings; its log lines. */
async function installStep(env: Record<string, string>): Promise<string[]> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/build-launcher.ts'], {
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
  });
  return stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line).msg as string);
}

const ARTICLES = 'MATCH (a:Article) RETURN count(a) AS n';

it('never writes to a server named by NEO4J_URI', async () => {
  // NEO4J_URI is the run's shared database (inherited), emptied by openTestGraph.
  const dataDir = join(root, 'unused');
  const log = await installStep({ NEO4J_DATA_DIR: dataDir });
  expect(log).not.toContain('empty graph: seed articles loaded');
  expect(await countNodes(db, ARTICLES)).toBe(0);
  expect(existsSync(dataDir)).toBe(false);
});

it('loads the seeds into a new embedded store, and leaves a store that exists alone', async () => {
  const dataDir = join(root, 'neo4j');
  const embedded = { NEO4J_URI: '', NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: '0' };
  expect(await installStep(embedded)).toContain('empty graph: seed articles loaded');
  expect(await installStep(embedded)).not.toContain('empty graph: seed articles loaded');

  const graph = await openGraph(loadConfig({ ...process.env, ...embedded, LOG_LEVEL: 'warn' }), createLogger('warn'));
  try {
    expect(await countNodes(graph.db, ARTICLES)).toBe(readdirSync('seed/articles').length);
  } finally {
    await graph.close();
  }
});

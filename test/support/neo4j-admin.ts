// The real `neo4j-admin` (Neo4j's AdminTool, shipped in the launcher jar beside the
// embedded database), run against a Neo4j home of its own: what an operator runs to load
// an export into an empty database.
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ensureLauncherJar } from '../../src/store/embedded-neo4j.js';

const run = promisify(execFile);

/**
 * Runs `neo4j-admin ARGS` in `cwd` with `home` as NEO4J_HOME (databases in home/data, the
 * layout the embedded launcher opens with `--data-dir home`) and a default configuration.
 */
export async function neo4jAdmin(home: string, args: string[], cwd: string): Promise<string> {
  const jar = await ensureLauncherJar();
  await mkdir(join(home, 'conf'), { recursive: true });
  await writeFile(join(home, 'conf', 'neo4j.conf'), '');
  const { stdout } = await run('java', ['-Xmx768m', '-cp', jar, 'org.neo4j.cli.AdminTool', ...args], {
    cwd,
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') },
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

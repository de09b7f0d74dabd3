import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../../src/config.js';
import { DEFAULT_BOLT_PORT } from '../../src/store/open-graph.js';
import { portIfFree } from '../../src/store/running-database.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const moduleUnderTest = join(root, 'src/store/embedded-neo4j.ts');

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'police-kg-embedded-test-'));
  // Scripts written here are ESM like the project's own code.
  await writeFile(join(scratch, 'package.json'), '{ "type": "module" }\n');
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/**
 * Runs a TypeScript script in one child node process. Through tsx's loader rather than its CLI:
 * the CLI runs the script in a grandchild, which a SIGKILL of the CLI would leave running.
 */
function runScript(path: string, env: NodeJS.ProcessEnv = process.env) {
  return spawn(process.execPath, ['--import', 'tsx', path], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** First stdout line of the child, as JSON. */
function firstLine(child: ReturnType<typeof runScript>): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const newline = out.indexOf('\n');
      if (newline >= 0) resolve(JSON.parse(out.slice(0, newline)) as Record<string, unknown>);
    });
    child.once('exit', (code) => reject(new Error(`child exited (${code}) before printing a line:\n${out}${err}`)));
  });
}

/** Gone, or a zombie nobody has reaped yet (this container's init may not reap orphans). */
async function processGone(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  return stat === '' || stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
}

async function answer(uri: string): Promise<{ one: number; edition: string; version: string }> {
  const driver = neo4j.driver(uri);
  try {
    const one = await driver.executeQuery('RETURN 1 AS one');
    const components = await driver.executeQuery('CALL dbms.components() YIELD edition, versions RETURN edition, versions[0] AS version');
    return {
      one: (one.records[0]?.get('one') as { toNumber(): number }).toNumber(),
      edition: components.records[0]?.get('edition') as string,
      version: components.records[0]?.get('version') as string,
    };
  } finally {
    await driver.close();
  }
}

describe('embedded Neo4j', () => {
  it('answers Cypher over Bolt on the URI the test run provides', async () => {
    const uri = inject('neo4jUri');
    expect(process.env.NEO4J_URI).toBe(uri);
    expect((await answer(uri)).one).toBe(1);
  });

  it('listens on loopback only and does not outlive a parent killed with SIGKILL', async () => {
    const script = join(scratch, 'parent.ts');
    await writeFile(
      script,
      `import { startEmbeddedNeo4j } from ${JSON.stringify(moduleUnderTest)};
const db = await startEmbeddedNeo4j({ dataDir: ${JSON.stringify(join(scratch, 'data'))}, heapMb: 256, pageCacheMb: 32 });
console.log(JSON.stringify({ uri: db.uri, pid: db.pid }));
setInterval(() => {}, 60_000);
`,
    );
    const parent = runScript(script);
    const { uri, pid } = (await firstLine(parent)) as { uri: string; pid: number };

    expect(uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(await answer(uri)).toMatchObject({ one: 1, edition: 'community', version: expect.stringMatching(/^5\.26\./) });
    expect(await processGone(pid)).toBe(false);

    parent.kill('SIGKILL');
    const deadline = Date.now() + 20_000;
    while (!(await processGone(pid)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(await processGone(pid)).toBe(true);
  });

  it('says what to install when the launcher jar is missing and Maven is not on PATH', async () => {
    // A copy of the project layout without launcher/target, so the real jar stays untouched.
    const project = join(scratch, 'project');
    await mkdir(join(project, 'launcher'), { recursive: true });
    await mkdir(join(project, 'src/store'), { recursive: true });
    await copyFile(join(root, 'launcher/pom.xml'), join(project, 'launcher/pom.xml'));
    await copyFile(moduleUnderTest, join(project, 'src/store/embedded-neo4j.ts'));
    const script = join(project, 'build.ts');
    await writeFile(
      script,
      `import { ensureLauncherJar } from './src/store/embedded-neo4j.ts';
const message = await ensureLauncherJar().then((jar) => 'built ' + jar, (error: Error) => error.message);
console.log(JSON.stringify({ message }));
`,
    );
    const run = async (bin: string) => {
      const { message } = (await firstLine(runScript(script, { PATH: bin, HOME: scratch }))) as { message: string };
      return message;
    };

    // Java present, Maven absent.
    const javaOnly = join(scratch, 'bin-java-only');
    await mkdir(javaOnly);
    const realJava = await whichJava();
    await symlink(realJava, join(javaOnly, 'java'));
    const noMaven = await run(javaOnly);
    expect(noMaven).toMatch(/`mvn` was not found on PATH/);
    expect(noMaven).toMatch(/Install a JDK 17\+ and Maven/);
    expect(noMaven).toMatch(/NEO4J_URI/);

    // Neither.
    const empty = join(scratch, 'bin-empty');
    await mkdir(empty);
    const noJava = await run(empty);
    expect(noJava).toMatch(/`java` was not found on PATH/);
    expect(noJava).toMatch(/NEO4J_URI/);
  });
});

async function whichJava(): Promise<string> {
  const child = spawn('java', ['-XshowSettings:properties', '-version'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  await new Promise((resolve) => child.once('exit', resolve));
  const home = /java\.home = (.+)/.exec(err)?.[1];
  if (!home) throw new Error(`cannot find java.home in:\n${err}`);
  return join(home.trim(), 'bin/java');
}

describe('Bolt port of the embedded database', () => {
  it('is 7687 unless NEO4J_BOLT_PORT says otherwise, and a free one when 7687 is taken', async () => {
    expect(loadConfig({}).NEO4J_BOLT_PORT).toBeUndefined();
    expect(DEFAULT_BOLT_PORT).toBe(7687);
    // Not 7687 itself: another run on this machine may hold it.
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as { port: number }).port;
    expect(await portIfFree(port)).toBe(0);
    await new Promise((resolve) => holder.close(resolve));
    expect(await portIfFree(port)).toBe(port);
  });
});

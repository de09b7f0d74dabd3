// Runs Neo4j Community in a child JVM (launcher/, a shaded jar) when no NEO4J_URI is given.
//
// Protocol with the launcher: it prints exactly one stdout line, `NEO4J_READY bolt://127.0.0.1:PORT`,
// once the database is available and Bolt accepts connections; everything else goes to stderr.
// It shuts down when its stdin reaches EOF, so keeping a pipe open ties its life to ours: if this
// process dies, even by SIGKILL, the kernel closes the pipe and the JVM exits.

import { execFile, spawn, type ChildProcessByStdio } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';

export interface EmbeddedNeo4jOptions {
  dataDir: string;
  /** Bolt port on 127.0.0.1; 0 (default) lets the database pick a free one. */
  port?: number;
  heapMb?: number;
  pageCacheMb?: number;
  /** Default transaction timeout; 0 disables it. */
  txTimeoutSeconds?: number;
  readyTimeoutMs?: number;
  logger?: Logger;
}

export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  /** Shuts the database down cleanly; idempotent. */
  stop(): Promise<void>;
}

// Sized for a 2-core, 24 GB machine that also runs Node and the tests.
const DEFAULT_HEAP_MB = 1024;
const DEFAULT_PAGE_CACHE_MB = 512;
const DEFAULT_TX_TIMEOUT_SECONDS = 30;
// Ready in ~3 s on an idle 2-core box, 5-8 s on a busy one; recovery of a large store takes longer.
const DEFAULT_READY_TIMEOUT_MS = 120_000;
// Clean shutdown (checkpoint + Bolt) takes well under a second on a small store.
const STOP_GRACE_MS = 30_000;
const STDERR_LINES_KEPT = 20;
const READY_LINE = /^NEO4J_READY (bolt:\/\/\S+)$/;
const NO_URI_HINT = 'or set NEO4J_URI to use an existing Neo4j 5 server';

/** The directory holding launcher/pom.xml, found by walking up so it works from src/ and from a build output. */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'launcher', 'pom.xml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`launcher/pom.xml not found above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

function missingToolError(tool: string, detail: string): Error {
  return new Error(
    `Embedded Neo4j needs Java 17+ and Maven (Maven only to build launcher/target/neo4j-launcher.jar once): ` +
      `${tool} ${detail}. Install a JDK 17+ and Maven (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless maven), ` +
      NO_URI_HINT +
      '.',
  );
}

function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

let javaChecked: Promise<void> | undefined;

/** Fails with an install hint when `java` is absent or older than 17 (Neo4j 5.26's minimum). */
function requireJava(): Promise<void> {
  javaChecked ??= checkJava().catch((error: unknown) => {
    javaChecked = undefined; // a later call may find a newly installed JDK
    throw error;
  });
  return javaChecked;
}

function checkJava(): Promise<void> {
  return new Promise<void>((resolvePromise, reject) => {
    execFile('java', ['-version'], (error, _stdout, stderr) => {
      if (error) {
        reject(isNotFound(error) ? missingToolError('`java`', 'was not found on PATH') : error);
        return;
      }
      // `java -version` writes e.g. `openjdk version "17.0.15"` or `"1.8.0_392"` to stderr.
      const match = /version "(\d+)(?:\.(\d+))?/.exec(stderr);
      const major = match ? (match[1] === '1' ? Number(match[2]) : Number(match[1])) : NaN;
      if (!(major >= 17)) {
        reject(missingToolError('`java`', `is ${match ? `version ${major}` : 'of an unknown version'}`));
        return;
      }
      resolvePromise();
    });
  });
}

let jarBuild: Promise<string> | undefined;

/** Path of the launcher jar, built with Maven on first use. */
export function ensureLauncherJar(logger?: Logger): Promise<string> {
  const root = projectRoot();
  const jar = join(root, 'launcher', 'target', 'neo4j-launcher.jar');
  if (existsSync(jar)) return Promise.resolve(jar);
  // One build per process even if several callers start at once.
  jarBuild ??= buildJar(root, jar, logger).finally(() => {
    jarBuild = undefined;
  });
  return jarBuild;
}

async function buildJar(root: string, jar: string, logger?: Logger): Promise<string> {
  await requireJava();
  const pom = join(root, 'launcher', 'pom.xml');
  logger?.info(
    { jar },
    'building the Neo4j launcher with Maven; the first build downloads Neo4j from Maven Central and can take minutes',
  );
  const started = Date.now();
  await new Promise<void>((resolvePromise, reject) => {
    execFile(
      'mvn',
      // -B: no colour codes in the output quoted on failure.
      ['-B', '-q', '-f', pom, '-DskipTests', 'package'],
      { cwd: root, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (!error) {
          resolvePromise();
        } else if (isNotFound(error)) {
          reject(missingToolError('`mvn`', `was not found on PATH and ${jar} does not exist`));
        } else {
          const tail = `${stdout}${stderr}`.trim().split('\n').slice(-STDERR_LINES_KEPT).join('\n');
          reject(new Error(`building the Neo4j launcher failed (mvn -f ${pom} package):\n${tail}`));
        }
      },
    );
  });
  if (!existsSync(jar)) throw new Error(`mvn succeeded but did not produce ${jar}`);
  logger?.info({ jar, ms: Date.now() - started }, 'Neo4j launcher built');
  return jar;
}

type LauncherProcess = ChildProcessByStdio<Writable, Readable, Readable>;

/** Starts Neo4j in a child JVM and resolves once it accepts Bolt connections on 127.0.0.1. */
export async function startEmbeddedNeo4j(opts: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const logger = opts.logger;
  const jar = await ensureLauncherJar(logger);
  await requireJava();

  const dataDir = resolve(opts.dataDir);
  const heapMb = opts.heapMb ?? DEFAULT_HEAP_MB;
  const readyTimeoutMs = opts.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS;
  const args = [
    `-Xms${heapMb}m`,
    `-Xmx${heapMb}m`,
    // After an OutOfMemoryError the database state is doubtful: die and let the parent see it.
    '-XX:+ExitOnOutOfMemoryError',
    '-jar',
    jar,
    '--data-dir',
    dataDir,
    '--port',
    String(opts.port ?? 0),
    '--pagecache-mb',
    String(opts.pageCacheMb ?? DEFAULT_PAGE_CACHE_MB),
    '--tx-timeout-seconds',
    String(opts.txTimeoutSeconds ?? DEFAULT_TX_TIMEOUT_SECONDS),
  ];

  const started = Date.now();
  const child: LauncherProcess = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  // EPIPE on a stdin write or close after the JVM died is expected; the exit handler reports the death.
  child.stdin.on('error', () => {});

  const stderrTail: string[] = [];
  createInterface({ input: child.stderr }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > STDERR_LINES_KEPT) stderrTail.shift();
    logger?.info({ neo4j: 'stderr' }, line);
  });

  // 'close' rather than 'exit': it comes after stderr is drained, so failure messages have every line.
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) => {
    child.once('close', (code, signal) => resolveExit({ code, signal }));
  });
  // If we die, the pipe's EOF stops the JVM. On a normal exit, SIGTERM runs the same clean
  // shutdown without depending on when Node gets round to closing the pipe.
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  void exited.then(() => process.removeListener('exit', killOnExit));

  // Another process opened this store (a server of an older version, another CLI run).
  const locked = () => stderrTail.some((line) => /store_lock|locked by another process/i.test(line));
  const failure = (reason: string) =>
    new Error(
      `embedded Neo4j ${reason}. Data dir: ${dataDir} (Neo4j's own log: ${join(dataDir, 'logs', 'debug.log')}).` +
        (locked() ? ' Another process holds this data directory: wait for it to finish, or point NEO4J_URI at its database.' : '') +
        (stderrTail.length ? `\nLast launcher stderr lines:\n${stderrTail.join('\n')}` : ''),
    );

  const uri = await new Promise<string>((resolveReady, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(failure(`did not report readiness within ${readyTimeoutMs} ms and was killed`));
    }, readyTimeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(isNotFound(error) ? missingToolError('`java`', 'was not found on PATH') : error);
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = READY_LINE.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveReady(match[1]);
      } else {
        logger?.info({ neo4j: 'stdout' }, line);
      }
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(failure(`exited before it was ready (code ${code}, signal ${signal})`));
    });
  });

  const pid = child.pid;
  if (pid === undefined) throw failure('reported readiness without a process id');
  logger?.info({ uri, pid, ms: Date.now() - started, dataDir }, 'embedded Neo4j ready');

  let stopping = false;
  void exited.then(({ code, signal }) => {
    if (!stopping) logger?.error({ code, signal, dataDir }, 'embedded Neo4j exited unexpectedly');
  });

  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.stdin.end();
      const timer = setTimeout(() => {
        logger?.warn({ pid, graceMs: STOP_GRACE_MS }, 'embedded Neo4j did not stop in time; killing it');
        child.kill('SIGKILL');
      }, STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    })();
    return stopped;
  };

  return { uri, pid, stop };
}

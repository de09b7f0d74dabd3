// The embedded Neo4j a running server holds: one process at a time may open a store
// (Neo4j's store lock), so the server writes the Bolt address of its database next to
// the store, and the CLI (`npm run ingest`, `npm run seed`) connects there instead of
// trying to open the locked store. Removed when the server stops; a file left by a
// killed server names a process that is gone, and is ignored.
import { createServer } from 'node:net';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const ADDRESS_FILE = 'bolt-address.json';

export interface RunningDatabase {
  uri: string;
  /** The JVM holding the store lock. */
  pid: number;
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export async function publishDatabase(dataDir: string, running: RunningDatabase): Promise<() => Promise<void>> {
  const file = join(dataDir, ADDRESS_FILE);
  await writeFile(file, `${JSON.stringify(running)}\n`);
  return () => rm(file, { force: true });
}

/** The database a live process holds in `dataDir`, if one does. */
export async function findRunningDatabase(dataDir: string): Promise<RunningDatabase | null> {
  let running: Partial<RunningDatabase>;
  try {
    running = JSON.parse(await readFile(join(dataDir, ADDRESS_FILE), 'utf8'));
  } catch {
    return null; // none, or half-written: start as if none
  }
  if (typeof running.uri !== 'string' || typeof running.pid !== 'number' || !isAlive(running.pid)) return null;
  return { uri: running.uri, pid: running.pid };
}

/** `port` when nothing listens on it on 127.0.0.1, else 0 (any free port). */
export function portIfFree(port: number): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(0));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(port)));
  });
}

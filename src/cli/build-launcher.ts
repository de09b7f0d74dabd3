// `npm install` (the `prepare` script) builds the embedded-Neo4j launcher and its class
// archive, so that the first `npm start` has no Maven build to wait for and starts the
// JVM from the archive; `npm run launcher:build` does the same after its sources change.
// It also loads the seed articles into the embedded database's store when there is none
// yet: on a cold Neo4j that takes longer than everything else the first start does (its
// write statements planned for the first time), and `npm start` on an empty graph would
// do it again anyway.
// Without Java or Maven (a machine that uses NEO4J_URI, the Docker image) or when the
// build fails, it says so and lets the install finish: `npm start` tries again when it
// needs the launcher, and fails then with the reason. Without the archive it only
// starts slower.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config.js';
import { seedOnStart } from '../loader/index.js';
import { createLogger } from '../logger.js';
import { ensureLauncherJar, launcherClassArchive, MissingToolError } from '../store/embedded-neo4j.js';
import { buildLauncherClassArchive } from '../store/launcher-class-archive.js';
import { openGraph } from '../store/open-graph.js';

const logger = createLogger('info');
let jar: string | undefined;
try {
  jar = await ensureLauncherJar(logger, { rebuildIfStale: true });
  logger.info({ jar }, 'embedded Neo4j launcher ready');
} catch (err) {
  const reason = (err as Error).message;
  if (err instanceof MissingToolError) logger.warn({ reason }, 'embedded Neo4j launcher not built: set NEO4J_URI to use a Neo4j server');
  else logger.error({ reason }, 'embedded Neo4j launcher not built; `npm start` will try again (or set NEO4J_URI)');
}
const archive = launcherClassArchive();
if (jar && !(existsSync(archive) && statSync(archive).mtimeMs >= statSync(jar).mtimeMs)) {
  try {
    await buildLauncherClassArchive(logger);
  } catch (err) {
    logger.warn({ reason: (err as Error).message }, 'embedded Neo4j class archive not built: the database starts without it, slower');
  }
}

// Only the embedded database, and only a store not there yet: an install never writes to
// a server named by NEO4J_URI nor into a graph someone already has.
try {
  const config = loadConfig();
  if (jar && !config.NEO4J_URI && config.SEED_ON_START && !existsSync(path.resolve(config.NEO4J_DATA_DIR))) {
    const graph = await openGraph(config, logger);
    try {
      await seedOnStart(graph.db, config.SEED_DIR, logger);
    } finally {
      await graph.close();
    }
  }
} catch (err) {
  logger.warn({ reason: (err as Error).message }, 'seed articles not loaded at install: `npm start` loads them into an empty graph');
}

// `npm install` (the `prepare` script) builds the embedded-Neo4j launcher and its class
// archive, so that the first `npm start` has no Maven build to wait for and starts the
// JVM from the archive; `npm run launcher:build` does the same after its sources change.
// Without Java or Maven (a machine that uses NEO4J_URI, the Docker image) or when the
// build fails, it says so and lets the install finish: `npm start` tries again when it
// needs the launcher, and fails then with the reason. Without the archive it only
// starts slower.
import { existsSync, statSync } from 'node:fs';
import { createLogger } from '../logger.js';
import { ensureLauncherJar, launcherClassArchive, MissingToolError } from '../store/embedded-neo4j.js';
import { buildLauncherClassArchive } from '../store/launcher-class-archive.js';

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

// `npm start`: database (embedded or NEO4J_URI), seed articles when the graph is empty, API.
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { openGraph } from './store/open-graph.js';
import { startApiServer } from './api/server.js';
import { seedOnStart } from './loader/index.js';

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL);

async function main(): Promise<void> {
  const startedAt = Date.now();
  const graph = await openGraph(config, logger, { publish: true });
  const seedFailed = config.SEED_ON_START && (await seedOnStart(graph.db, config.SEED_DIR, logger));
  const api = await startApiServer({ db: graph.db, config, logger, seedFailed });
  logger.info({ url: api.url, startupMs: Date.now() - startedAt }, 'ready');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await api.stop(); // drains in-flight HTTP requests first
    await graph.close(); // then the driver and the embedded JVM
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err: Error) => {
  logger.fatal({ err: err.message }, 'could not start');
  process.exit(1);
});

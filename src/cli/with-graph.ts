// Shared start-up for the command-line tools: configuration, logger, database (a running
// server's embedded one when it holds NEO4J_DATA_DIR: see store/running-database.ts).
import { loadConfig, type Config } from '../config.js';
import { createLogger, type Logger } from '../logger.js';
import { openGraph, type OpenGraph } from '../store/open-graph.js';

export async function withGraph<T>(work: (graph: OpenGraph, config: Config, logger: Logger) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const graph = await openGraph(config, logger).catch((err: Error) => {
    // The reason is for the user (a lock, Java missing, an unreachable NEO4J_URI); a stack trace is not.
    console.error(`cannot open the graph: ${err.message}`);
    process.exit(1);
  });
  try {
    return await work(graph, config, logger);
  } finally {
    await graph.close();
  }
}

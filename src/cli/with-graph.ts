// Shared start-up for the command-line tools: configuration, logger, database.
import { loadConfig, type Config } from '../config.js';
import { createLogger, type Logger } from '../logger.js';
import { openGraph, type OpenGraph } from '../store/open-graph.js';

export async function withGraph<T>(work: (graph: OpenGraph, config: Config, logger: Logger) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const graph = await openGraph(config, logger);
  try {
    return await work(graph, config, logger);
  } finally {
    await graph.close();
  }
}

// `npm start` on an empty graph loads the seed articles. A seed that fails is an
// operator's problem to see: logged as an error naming each failure, never as success.
import type { Logger } from '../logger.js';
import type { GraphDb } from '../store/graph-db.js';
import { seedIfEmpty } from './load-articles.js';

/** Seeds an empty graph and logs the outcome. True when seeding was needed and some article failed. */
export async function seedOnStart(db: GraphDb, dir: string, logger: Logger): Promise<boolean> {
  const summary = await seedIfEmpty(db, dir);
  if (!summary) return false;
  const loaded = summary.created + summary.unchanged;
  if (summary.failed.length === 0) {
    logger.info({ articles: loaded, dir }, 'empty graph: seed articles loaded');
    return false;
  }
  logger.error(
    { loaded, failed: summary.failed.length, dir, failures: summary.failed.map((f) => `${f.label}: ${f.reason}`) },
    `seed articles failed to load: ${summary.failed.length} of ${loaded + summary.failed.length}`,
  );
  return true;
}

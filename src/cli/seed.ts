// `npm run seed`: loads seed/articles (or SEED_DIR) into the graph; re-running changes nothing.
import { loadArticleFiles } from '../loader/index.js';
import { printSummary } from './print-summary.js';
import { withGraph } from './with-graph.js';

const summary = await withGraph((graph, config) => loadArticleFiles(graph.db, [config.SEED_DIR], { maxBytes: config.MAX_ARTICLE_BYTES }));
printSummary(summary);
process.exit(summary.failed.length > 0 ? 1 : 0);

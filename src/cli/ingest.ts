// `npm run ingest -- PATH...`: files or folders of .txt/.html/.json articles.
import cliProgress from 'cli-progress';
import { loadArticleFiles } from '../loader/index.js';
import { printSummary } from './print-summary.js';
import { withGraph } from './with-graph.js';

const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.error('usage: npm run ingest -- PATH... (files or folders of .txt, .html or .json articles)');
  process.exit(2);
}

const summary = await withGraph(async (graph, config) => {
  const bar = new cliProgress.SingleBar(
    { format: 'ingest [{bar}] {value}/{total} {label}', hideCursor: true, noTTYOutput: false },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  const result = await loadArticleFiles(graph.db, paths, {
    maxBytes: config.MAX_ARTICLE_BYTES,
    onProgress: (done, total, label) => {
      if (!started) bar.start(total, 0, { label: '' }), (started = true);
      bar.update(done, { label });
    },
  });
  if (started) bar.stop();
  return result;
});
printSummary(summary);
process.exit(summary.failed.length > 0 ? 1 : 0);

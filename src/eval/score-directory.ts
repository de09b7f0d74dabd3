// Runs the extractor over a directory of articles and scores it against the
// matching gold directory (seeds, development sets, held-out sets).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../ingest/extract.js';
import { scoreGraphs, type GraphDoc, type ScoreReport } from './score.js';

export function scoreDirectory(articlesDir: string, goldDir: string): ScoreReport {
  const pairs = readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GraphDoc;
      const article = gold.article ?? f.replace(/\.json$/, '.txt');
      const pred = extractArticle(readFileSync(join(articlesDir, article), 'utf8'), { name: article });
      return { name: f, gold, pred };
    });
  return scoreGraphs(pairs);
}

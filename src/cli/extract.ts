// npm run extract -- FILE                 → the article's graph as JSON on stdout
// npm run extract -- --out DIR FILE...    → DIR/<basename>.json for each file
// Input that cannot be an article is reported as `FILE: CODE: message` on
// stderr; the other files are still processed and the exit code is 1.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { ExtractionError } from '../ingest/errors.js';
import { extractArticle } from '../ingest/extract.js';
import type { ArticleGraph } from '../ingest/types.js';
import { readFailure } from '../loader/article-files.js';
import { decodeBytes } from '../loader/decode-bytes.js';

const USAGE = 'usage: npm run extract -- [--out DIR] [--max-bytes N] FILE...';

function parseArgs(argv: string[]): { out?: string; maxBytes?: number; files: string[] } {
  const files: string[] = [];
  let out: string | undefined;
  let maxBytes: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--out') out = argv[++i];
    else if (a === '--max-bytes') maxBytes = Number(argv[++i]);
    else if (a === '-h' || a === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else files.push(a);
  }
  return { ...(out ? { out } : {}), ...(maxBytes ? { maxBytes } : {}), files };
}

/** The graph in ONTOLOGY.md's JSON form, with evidence and metadata kept. */
function toJson(g: ArticleGraph): string {
  const { article, meta, entities, relations, warnings } = g;
  return JSON.stringify({ article, meta, entities, relations, ...(warnings.length ? { warnings } : {}) }, null, 2);
}

function main(): number {
  const { out, maxBytes, files } = parseArgs(process.argv.slice(2));
  if (files.length === 0 || (!out && files.length > 1)) {
    console.error(USAGE);
    return 2;
  }
  if (out) mkdirSync(out, { recursive: true });
  let failed = 0;
  for (const file of files) {
    try {
      const { text, encoding } = decodeBytes(readFileSync(file));
      const graph = extractArticle(text, { name: basename(file), ...(maxBytes ? { maxBytes } : {}) });
      if (encoding) graph.warnings.unshift(`decoded from ${encoding}`);
      for (const w of graph.warnings) console.error(`${file}: warning: ${w}`);
      const json = toJson(graph);
      if (out) writeFileSync(join(out, `${basename(file, extname(file))}.json`), `${json}\n`);
      else console.log(json);
    } catch (e) {
      failed++;
      if (e instanceof ExtractionError) console.error(`${file}: ${e.code}: ${e.message}`);
      else console.error(`${file}: ${readFailure(e)}`);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main();

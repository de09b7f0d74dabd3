// Extraction throughput on one core: the seed articles repeated, after a
// warm-up (jieba's dictionary and the converters load on first use); then
// adversarial unpunctuated text of 0.5, 1 and 2 MB, whose time per MB must
// stay flat (no rule may be superlinear in a sentence's length).
// Run: npm run bench:extract [-- ITERATIONS]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../src/ingest/extract.js';

const DIR = 'seed/articles';
const iterations = Number(process.argv[2] ?? 200);
const articles = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(join(DIR, f), 'utf8') }));
const bytesPerRound = articles.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0);

const round = () => {
  for (const a of articles) extractArticle(a.text, { name: a.name });
};

for (let i = 0; i < 10; i++) round(); // warm-up
const started = performance.now();
for (let i = 0; i < iterations; i++) round();
const seconds = (performance.now() - started) / 1000;

const count = iterations * articles.length;
const mb = (iterations * bytesPerRound) / (1024 * 1024);
console.log(`${count} articles (${articles.length} seeds × ${iterations}), ${mb.toFixed(1)} MB in ${seconds.toFixed(2)} s`);
console.log(`${(count / seconds).toFixed(0)} articles/s, ${(mb / seconds).toFixed(2)} MB/s, ${((seconds * 1000) / count).toFixed(2)} ms/article`);

const RUN = '民警王小明所长李大海该所派出所城东所大队党支部“快乐工作法”荣立集体三等功被评为“优秀民警”';
for (const megabytes of [0.5, 1, 2]) {
  const text = RUN.repeat(Math.ceil((megabytes * 1024 * 1024) / Buffer.byteLength(RUN)));
  const t0 = performance.now();
  extractArticle(text, { maxBytes: 4 * 1024 * 1024 });
  const ms = performance.now() - t0;
  console.log(`unpunctuated ${megabytes} MB: ${(ms / 1000).toFixed(2)} s, ${(ms / megabytes / 1000).toFixed(2)} s/MB`);
}

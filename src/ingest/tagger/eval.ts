// The tagger's measures: npm run eval:tagger [-- options]
//   --corpora DIR   the public corpora (default $TAGGER_CORPORA or ../shared/corpora)
//   --twins DIR     the real-structured development set (default test/fixtures/twins)
//   --model FILE    another model than the committed one
//   --only LIST     some of the sections corpora,speed,twins (default: all)
// Prints: model load time; P/R/F1 per label on MSRA test, CLUENER2020 dev and Resume test (exact spans),
// with the calibration of span confidences; tagging speed on the seed articles beside the extractor's; and, on the twins, how many gold people and
// units the tagger's PER and ORG spans find.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { normName } from '../../eval/score.js';
import { extractArticle } from '../extract.js';
import { normalize } from '../normalize.js';
import { tag } from '../segment.js';
import { splitSentences } from '../sentences.js';
import { ANNOTATED, readCorpus, type CorpusName, type LabelledSentence } from './corpora.js';
import { readAnnotated } from './distant.js';
import { formatScores, scoreSpans } from './evaluate.js';
import { tagText, type TaggedSpan } from './index.js';
import { LEXICON_DIGEST } from './features.js';
import { DEFAULT_MODEL_PATH, loadModel, type TaggerModel } from './model.js';
import type { Label } from './tags.js';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

interface Tagged {
  sentence: LabelledSentence;
  spans: TaggedSpan[];
}

function tagAll(model: TaggerModel, sentences: readonly LabelledSentence[]): Tagged[] {
  return sentences.map((sentence) => ({ sentence, spans: tagText(sentence.text, { model, tokens: tag(sentence.text) }) }));
}

/** Expected calibration error of the confidences of the scored labels' spans (10 bins), and the span count. */
function calibration(tagged: readonly Tagged[], labels: readonly Label[]): string {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, conf: 0, right: 0 }));
  let total = 0;
  for (const { sentence, spans } of tagged) {
    for (const s of spans) {
      if (!labels.includes(s.label)) continue;
      const right = sentence.spans.some((g) => g.start === s.start && g.end === s.end && g.label === s.label);
      const bin = bins[Math.min(9, Math.floor(s.confidence * 10))]!;
      bin.n++;
      bin.conf += s.confidence;
      bin.right += right ? 1 : 0;
      total++;
    }
  }
  const ece = bins.reduce((e, b) => e + (b.n === 0 ? 0 : (b.n / total) * Math.abs(b.conf / b.n - b.right / b.n)), 0);
  const low = bins.slice(0, 5).reduce((a, b) => ({ n: a.n + b.n, right: a.right + b.right }), { n: 0, right: 0 });
  const high = bins[9]!;
  return (
    `confidence: expected calibration error ${ece.toFixed(3)} over ${total} spans; ` +
    `spans with confidence ≥ 0.9 are right ${pct(high.right / Math.max(1, high.n))}% (${high.n}), < 0.5 right ${pct(low.right / Math.max(1, low.n))}% (${low.n})`
  );
}

const pct = (x: number) => (100 * x).toFixed(1);

function corpusTables(model: TaggerModel, corpora: string): void {
  const sets: [string, CorpusName, readonly Label[]][] = [
    ['MSRA test (msra/test_data)', 'msraTest', ANNOTATED.msra],
    ['CLUENER2020 dev (cluener2020/dev.json)', 'cluenerDev', ANNOTATED.cluener],
    ['Resume test (resume_ner/test.char.bmes)', 'resumeTest', ANNOTATED.resume],
  ];
  for (const [title, name, labels] of sets) {
    const sentences = readCorpus(corpora, name);
    const tagged = tagAll(model, sentences);
    const byText = new Map(tagged.map((t) => [t.sentence, t.spans]));
    console.log(`\n### ${title}\n\n${formatScores(scoreSpans(sentences, (s) => byText.get(s)!, labels))}\n\n${calibration(tagged, labels)}`);
  }
}

/**
 * Tagging speed on the seed articles, in CPU time of this process (steadier than wall time on a shared machine):
 * tagging every sentence (jieba's tokens given, as the pipeline gives them), and the extractor on the same
 * articles in the same run (it tags only the clauses where the person rules may have missed a name), so that
 * the cost of tagging whole articles can be read against the extractor's whatever the machine's load.
 */
function speed(model: TaggerModel): void {
  const dir = join(REPO_ROOT, 'seed/articles');
  const raws = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  const sentences = raws.flatMap((raw) => splitSentences(normalize(raw).text).map((s) => ({ text: s.text, tokens: tag(s.text) })));
  const chars = sentences.reduce((n, s) => n + s.text.length, 0);
  const cpuSeconds = (fn: () => void) => {
    const before = process.cpuUsage();
    fn();
    const d = process.cpuUsage(before);
    return (d.user + d.system) / 1e6;
  };
  const rounds = 20;
  let tagging = Infinity;
  let extracting = Infinity;
  for (let r = 0; r < 5; r++) {
    tagging = Math.min(tagging, cpuSeconds(() => {
      for (let k = 0; k < rounds; k++) for (const s of sentences) tagText(s.text, { model, tokens: s.tokens });
    }) / rounds);
    extracting = Math.min(extracting, cpuSeconds(() => {
      for (let k = 0; k < rounds; k++) raws.forEach((raw, i) => extractArticle(raw, { name: `seed-${i}` }));
    }) / rounds);
  }
  const perArticle = (s: number) => ((1000 * s) / raws.length).toFixed(2);
  console.log(`\n### Speed (${raws.length} seed articles, ${chars} characters after normalization; CPU time, best of 5)\n`);
  console.log(`tagging, jieba's tokens given: ${Math.round(chars / tagging).toLocaleString('en')} chars/s, ${perArticle(tagging)} ms per article`);
  console.log(`the extractor in the same run (tagging the clauses where a name may be missed): ${perArticle(extracting)} ms per article (${Math.round(raws.length / extracting)} articles/s); tagging every sentence as well would give ${Math.round(raws.length / (extracting + tagging))} articles/s`);
}

/** On the twins: gold people found as PER spans, and gold units inside ORG spans (both ways). */
function twins(model: TaggerModel, dir: string): void {
  const articles = readAnnotated(dir, { articles: 'articles', gold: 'gold' });
  const tally = { people: 0, peopleFound: 0, perSpans: 0, perRight: 0, units: 0, unitsFound: 0, orgSpans: 0, orgRight: 0 };
  for (const a of articles) {
    const text = normalize(a.raw).text;
    const per = new Set<string>();
    const org = new Set<string>();
    for (const s of splitSentences(text)) {
      for (const span of tagText(s.text, { model, tokens: tag(s.text) })) {
        const surface = s.text.slice(span.start, span.end);
        if (span.label === 'PER') per.add(surface);
        if (span.label === 'ORG') org.add(surface);
      }
    }
    const formsOf = (e: { name: string; aliases?: readonly string[] }) => new Set([e.name, ...(e.aliases ?? [])].flatMap((n) => [n, normName(n)]));
    const entities = a.gold.entities ?? [];
    const people = entities.filter((e) => e.type === 'Person').map(formsOf);
    const units = entities.filter((e) => e.type === 'Unit').map(formsOf);
    const bodies = entities.filter((e) => e.type === 'Unit' || e.type === 'Organization').map(formsOf);
    tally.people += people.length;
    tally.peopleFound += people.filter((f) => [...per].some((p) => f.has(p))).length;
    tally.perSpans += per.size;
    tally.perRight += [...per].filter((p) => people.some((f) => f.has(p))).length;
    tally.units += units.length;
    tally.unitsFound += units.filter((f) => [...org].some((o) => [...f].some((n) => o.includes(n)))).length;
    tally.orgSpans += org.size;
    tally.orgRight += [...org].filter((o) => bodies.some((f) => [...f].some((n) => o.includes(n)))).length;
  }
  console.log(`\n### Twins (${articles.length} articles, ${dir})\n`);
  console.log(`gold people found as a PER span: ${tally.peopleFound}/${tally.people} = ${pct(tally.peopleFound / tally.people)}%`);
  console.log(`PER spans (distinct per article) that are gold people: ${tally.perRight}/${tally.perSpans} = ${pct(tally.perRight / tally.perSpans)}%`);
  console.log(`gold units inside an ORG span: ${tally.unitsFound}/${tally.units} = ${pct(tally.unitsFound / tally.units)}%`);
  console.log(`ORG spans (distinct per article) holding a gold unit or organisation: ${tally.orgRight}/${tally.orgSpans} = ${pct(tally.orgRight / tally.orgSpans)}%`);
}

function main(): void {
  const { values } = parseArgs({
    options: { corpora: { type: 'string' }, twins: { type: 'string' }, model: { type: 'string' }, only: { type: 'string' } },
  });
  const sections = new Set((values.only ?? 'corpora,speed,twins').split(','));
  const corpora = values.corpora ?? process.env.TAGGER_CORPORA ?? '../shared/corpora';
  const path = values.model ?? DEFAULT_MODEL_PATH;
  tag('预热'); // jieba's dictionary loads on first use: not the model's load time
  const t0 = performance.now();
  const model = loadModel(path);
  const loadMs = performance.now() - t0;
  const size = readFileSync(path).length;
  console.log(`## Tagger: ${path}\n`);
  console.log(`${model.info.features.toLocaleString('en')} features, ${(size / 1e6).toFixed(2)} MB, loaded in ${loadMs.toFixed(0)} ms; ${model.info.epochs} epochs`);
  if (model.info.lexicons !== LEXICON_DIGEST) {
    console.log('\nThe lexicons have changed since this model was trained: retrain it (npm run train:tagger) before measuring.');
  }
  if (sections.has('corpora')) corpusTables(model, corpora);
  if (sections.has('speed')) speed(model);
  if (sections.has('twins')) twins(model, values.twins ?? join(REPO_ROOT, 'test/fixtures/twins'));
}

main();

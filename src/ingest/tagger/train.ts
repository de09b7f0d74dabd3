// Trains the tagger's model: npm run train:tagger [-- options]
//   --corpora DIR   the public corpora (default $TAGGER_CORPORA or ../shared/corpora)
//   --out FILE      where the model goes (default: the committed src/ingest/tagger/tagger.model)
//   --epochs N      perceptron epochs (default EPOCHS)
//   --dev           hold out every 20th sentence of each source and score them after each epoch:
//                   for choosing features and epochs without the test sets
//   --tiny N        train on the first N sentences of each source only (for tests)
// Data: MSRA train, CLUENER2020 train and Resume train (../shared/corpora/README.md), and the
// project's own annotated articles by distant supervision (distant.ts). Same data → same bytes.
import { statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { tag } from '../segment.js';
import { fitCalibration } from './calibrate.js';
import { ANNOTATED, readCorpus, type LabelledSentence } from './corpora.js';
import { ownSets, projectGold, readAnnotated } from './distant.js';
import { formatScores, scoreModel } from './evaluate.js';
import { featureKeys, TEMPLATE_COUNT } from './features.js';
import { KeyTable } from './key-table.js';
import { DEFAULT_MODEL_PATH, TaggerModel } from './model.js';
import { trainPerceptron, type TrainingSentence } from './perceptron.js';
import { LABELS, O, tagsOf, tagsOfLabel, type Label } from './tags.js';

const EPOCHS = 12;
const SEED = 20240611;
/** Features seen fewer times than this in the training data get no weights. */
const MIN_COUNT = 2;
/** The own articles are few but in the genre: each is seen this many times an epoch. */
const OWN_REPEAT = 3;

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

interface Source {
  name: string;
  sentences: LabelledSentence[];
  annotated: readonly Label[];
  repeat: number;
}

function loadSources(corpora: string, tiny: number | undefined): Source[] {
  const cap = (s: LabelledSentence[]) => (tiny === undefined ? s : s.slice(0, tiny));
  const own: LabelledSentence[][] = [];
  for (const set of ownSets(REPO_ROOT)) for (const article of readAnnotated(REPO_ROOT, set)) own.push(projectGold(article));
  return [
    { name: 'msra/train_data', sentences: cap(readCorpus(corpora, 'msraTrain')), annotated: ANNOTATED.msra, repeat: 1 },
    { name: 'cluener2020/train.json', sentences: cap(readCorpus(corpora, 'cluenerTrain')), annotated: ANNOTATED.cluener, repeat: 1 },
    { name: 'resume_ner/train.char.bmes', sentences: cap(readCorpus(corpora, 'resumeTrain')), annotated: ANNOTATED.resume, repeat: 1 },
    { name: 'own annotated articles', sentences: cap(own.flat()), annotated: ['PER', 'ORG'], repeat: OWN_REPEAT },
  ];
}

/** Every tag a character may have: its own inside an annotated span, else O or any label the source leaves open. */
function maskOf(s: LabelledSentence, gold: Uint8Array): Uint32Array | undefined {
  if (s.open.length === 0) return undefined;
  let free = 1 << O;
  for (const l of s.open) for (const t of tagsOfLabel(LABELS.indexOf(l))) free |= 1 << t;
  const mask = new Uint32Array(s.text.length).fill(free);
  for (const span of s.spans) for (let i = span.start; i < span.end; i++) mask[i] = 1 << gold[i]!;
  return mask;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      corpora: { type: 'string' },
      out: { type: 'string' },
      epochs: { type: 'string' },
      dev: { type: 'boolean', default: false },
      tiny: { type: 'string' },
    },
  });
  const corpora = values.corpora ?? process.env.TAGGER_CORPORA ?? '../shared/corpora';
  const out = values.out ?? DEFAULT_MODEL_PATH;
  const epochs = Number(values.epochs ?? EPOCHS);
  const tiny = values.tiny === undefined ? undefined : Number(values.tiny);
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

  const sources = loadSources(corpora, tiny);
  const train: { sentence: LabelledSentence; repeat: number }[] = [];
  const dev = new Map<string, { sentences: LabelledSentence[]; annotated: readonly Label[] }>();
  for (const src of sources) {
    const held: LabelledSentence[] = [];
    src.sentences.forEach((s, i) => {
      if (values.dev && i % 20 === 19) held.push(s);
      else train.push({ sentence: s, repeat: src.repeat });
    });
    if (values.dev) dev.set(src.name, { sentences: held, annotated: src.annotated });
  }
  const chars = train.reduce((n, t) => n + t.sentence.text.length, 0);
  console.log(`${train.length} sentences, ${chars} characters read (${elapsed()})`);

  // Feature keys of every sentence, counted; the kept keys get indices in ascending key order.
  const keysOf: Uint32Array[] = [];
  const counts = new KeyTable(1 << 22);
  for (const { sentence } of train) {
    const keys = featureKeys(sentence.text, tag(sentence.text));
    keysOf.push(keys);
    for (const k of keys) counts.increment(k);
  }
  const keptList: number[] = [];
  counts.forEach((key, count) => {
    if (count >= MIN_COUNT) keptList.push(key);
  });
  const kept = Uint32Array.from(keptList).sort();
  const index = new KeyTable(kept.length);
  kept.forEach((k, i) => index.set(k, i));
  console.log(`${counts.size} distinct features, ${kept.length} seen ${MIN_COUNT}+ times (${elapsed()})`);

  const sentences: TrainingSentence[] = [];
  train.forEach(({ sentence, repeat }, s) => {
    const keys = keysOf[s]!;
    // The indices overwrite the keys in place: the corpus's features are the largest array in training.
    const features = new Int32Array(keys.buffer, keys.byteOffset, keys.length);
    for (let i = 0; i < keys.length; i++) features[i] = index.get(keys[i]!);
    const gold = tagsOf(sentence.spans, sentence.text.length);
    const ts: TrainingSentence = { n: sentence.text.length, features, gold, mask: maskOf(sentence, gold) };
    for (let r = 0; r < repeat; r++) sentences.push(ts);
  });

  const averaged = trainPerceptron(sentences, kept.length, {
    epochs,
    seed: SEED,
    onEpoch: (epoch, mistakes, avg) => {
      console.log(`epoch ${epoch}: ${mistakes} of ${sentences.length} sentences wrong (${elapsed()})`);
      if (!values.dev) return;
      const a = avg();
      const model = TaggerModel.fromWeights({ calibration: { slope: 1, intercept: 0 }, trainedOn: {}, epochs: epoch }, kept, a.weights, a.transitions);
      for (const [name, d] of dev) console.log(`dev ${name}: ${summary(scoreModel(model, d.sentences, d.annotated))}`);
    },
  });

  const trainedOn = Object.fromEntries(sources.map((s) => [s.name, s.sentences.length]));
  let model = TaggerModel.fromWeights({ calibration: { slope: 1, intercept: 0 }, trainedOn, epochs }, kept, averaged.weights, averaged.transitions);
  const calibration = readCorpus(corpora, 'resumeDev');
  model = model.withCalibration(fitCalibration(model, tiny === undefined ? calibration : calibration.slice(0, tiny), ANNOTATED.resume));
  writeFileSync(out, model.serialize());
  console.log(`${model.info.features} features kept; confidence = σ(${model.info.calibration.slope.toFixed(3)} · margin + ${model.info.calibration.intercept.toFixed(3)})`);
  console.log(`wrote ${out}: ${(statSync(out).size / 1e6).toFixed(2)} MB (${elapsed()})`);
  if (values.dev) for (const [name, d] of dev) console.log(`\n${name} (held out)\n${formatScores(scoreModel(model, d.sentences, d.annotated))}`);
}

const summary = (s: ReturnType<typeof scoreModel>) =>
  Object.entries(s)
    .map(([l, v]) => `${l} ${(100 * v.f1).toFixed(1)}`)
    .join(', ');

main();

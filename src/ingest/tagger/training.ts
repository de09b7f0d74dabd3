// Building the tagger's model from named data: MSRA train, CLUENER2020 train
// and Resume train (../shared/corpora/README.md), and the project's own
// annotated articles by distant supervision (distant.ts). The same data gives
// the same model, byte for byte: sources are read in a fixed order, features
// are indexed in key order, and the perceptron's shuffle is seeded.
import { fileURLToPath } from 'node:url';
import { tag } from '../segment.js';
import { fitCalibration } from './calibrate.js';
import { ANNOTATED, readCorpus, type LabelledSentence } from './corpora.js';
import { CALIBRATION_SETS } from '../relations/calibrate.js';
import { projectGold, readAnnotated } from './distant.js';
import { formatScores, scoreModel, type Scores } from './evaluate.js';
import { featureKeys } from './features.js';
import { KeyTable } from './key-table.js';
import { TaggerModel } from './model.js';
import { trainPerceptron, type TrainingSentence } from './perceptron.js';
import { LABELS, O, tagsOf, tagsOfLabel, type Label } from './tags.js';

export const EPOCHS = 8;
const SEED = 20240611;
/** Features seen fewer times than this in the training data get no weights. */
const MIN_COUNT = 2;
/** Features with no weight this large are dropped from the model (see TaggerModel.fromWeights). */
const PRUNE_BELOW = 1;
/** The own articles are few but in the genre: each is seen this many times an epoch. */
const OWN_REPEAT = 3;
/** In dev mode, every DEV_EVERY-th sentence of each source is held out. */
const DEV_EVERY = 20;

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export interface TrainOptions {
  /** The directory of the public corpora. */
  corpora: string;
  epochs?: number;
  /** Hold out every 20th sentence of each source and score them after each epoch (for choosing features and epochs). */
  dev?: boolean;
  /** Only the first `tiny` sentences of each source (for tests). */
  tiny?: number;
  log?: (line: string) => void;
}

interface Source {
  name: string;
  sentences: LabelledSentence[];
  annotated: readonly Label[];
  repeat: number;
}

function loadSources(corpora: string, tiny: number | undefined): Source[] {
  const cap = (s: LabelledSentence[]) => (tiny === undefined ? s : s.slice(0, tiny));
  const own: LabelledSentence[] = [];
  // The project's annotated development sets (never the twins, the tagger's measure).
  for (const set of CALIBRATION_SETS) for (const article of readAnnotated(REPO_ROOT, set)) own.push(...projectGold(article));
  return [
    { name: 'msra/train_data', sentences: cap(readCorpus(corpora, 'msraTrain')), annotated: ANNOTATED.msra, repeat: 1 },
    { name: 'cluener2020/train.json', sentences: cap(readCorpus(corpora, 'cluenerTrain')), annotated: ANNOTATED.cluener, repeat: 1 },
    { name: 'resume_ner/train.char.bmes', sentences: cap(readCorpus(corpora, 'resumeTrain')), annotated: ANNOTATED.resume, repeat: 1 },
    { name: 'own annotated articles', sentences: cap(own), annotated: ['PER', 'ORG'], repeat: OWN_REPEAT },
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

const summary = (s: Scores) =>
  Object.entries(s)
    .map(([l, v]) => `${l} ${(100 * v.f1).toFixed(1)}`)
    .join(', ');

export function trainTagger(opts: TrainOptions): TaggerModel {
  const log = opts.log ?? (() => {});
  const epochs = opts.epochs ?? EPOCHS;
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

  const sources = loadSources(opts.corpora, opts.tiny);
  const train: { sentence: LabelledSentence; repeat: number }[] = [];
  const dev = new Map<string, { sentences: LabelledSentence[]; annotated: readonly Label[] }>();
  for (const src of sources) {
    const held: LabelledSentence[] = [];
    src.sentences.forEach((s, i) => {
      if (opts.dev && i % DEV_EVERY === DEV_EVERY - 1) held.push(s);
      else train.push({ sentence: s, repeat: src.repeat });
    });
    if (opts.dev) dev.set(src.name, { sentences: held, annotated: src.annotated });
  }
  const chars = train.reduce((n, t) => n + t.sentence.text.length, 0);
  log(`${train.length} sentences, ${chars} characters read (${elapsed()})`);

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
  log(`${counts.size} distinct features, ${kept.length} seen ${MIN_COUNT}+ times (${elapsed()})`);

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

  const uncalibrated = { calibration: { slope: 1, intercept: 0 } };
  const averaged = trainPerceptron(sentences, kept.length, {
    epochs,
    seed: SEED,
    onEpoch: (epoch, mistakes, avg) => {
      log(`epoch ${epoch}: ${mistakes} of ${sentences.length} sentences wrong (${elapsed()})`);
      if (!opts.dev) return;
      const a = avg();
      const model = TaggerModel.fromWeights({ ...uncalibrated, trainedOn: {}, epochs: epoch }, kept, a.weights, a.transitions, PRUNE_BELOW);
      for (const [name, d] of dev) log(`dev ${name}: ${summary(scoreModel(model, d.sentences, d.annotated))}`);
    },
  });

  const trainedOn = Object.fromEntries(sources.map((s) => [s.name, s.sentences.length]));
  const model = TaggerModel.fromWeights({ ...uncalibrated, trainedOn, epochs }, kept, averaged.weights, averaged.transitions, PRUNE_BELOW);
  // Resume dev is used for nothing else: neither training nor the reported scores.
  const held = readCorpus(opts.corpora, 'resumeDev');
  const calibrated = model.withCalibration(fitCalibration(model, opts.tiny === undefined ? held : held.slice(0, opts.tiny), ANNOTATED.resume));
  const c = calibrated.info.calibration;
  log(`${calibrated.info.features} features kept; confidence = σ(${c.slope.toFixed(3)} · margin + ${c.intercept.toFixed(3)}) (${elapsed()})`);
  for (const [name, d] of dev) log(`\n${name} (held out)\n${formatScores(scoreModel(calibrated, d.sentences, d.annotated))}`);
  return calibrated;
}

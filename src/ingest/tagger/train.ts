// Trains the tagger's model: npm run train:tagger [-- options]
//   --corpora DIR   the public corpora (default $TAGGER_CORPORA or ../shared/corpora)
//   --out FILE      where the model goes (default: the committed src/ingest/tagger/tagger.model)
//   --epochs N      perceptron epochs (default EPOCHS in training.ts)
//   --dev           hold out every 20th sentence of each source and score them after each epoch:
//                   for choosing features and epochs without the test sets
//   --tiny N        the first N sentences of each source only
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_MODEL_PATH } from './model.js';
import { trainTagger } from './training.js';

const { values } = parseArgs({
  options: {
    corpora: { type: 'string' },
    out: { type: 'string' },
    epochs: { type: 'string' },
    dev: { type: 'boolean', default: false },
    tiny: { type: 'string' },
  },
});
const out = values.out ?? DEFAULT_MODEL_PATH;
const started = performance.now();
const model = trainTagger({
  corpora: values.corpora ?? process.env.TAGGER_CORPORA ?? '../shared/corpora',
  epochs: values.epochs === undefined ? undefined : Number(values.epochs),
  dev: values.dev,
  tiny: values.tiny === undefined ? undefined : Number(values.tiny),
  log: (line) => console.log(line),
});
const bytes = model.serialize();
writeFileSync(out, bytes);
console.log(`wrote ${out}: ${(bytes.length / 1e6).toFixed(2)} MB; ${((performance.now() - started) / 1000).toFixed(0)} s in all`);

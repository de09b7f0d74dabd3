// The learned tagger: decoding is exact and well formed, the committed model
// finds the genre's people and unit chains, and training is deterministic.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prng } from '../../src/prng.js';
import { tag } from '../../src/ingest/segment.js';
import { decode, emptyTransitions, viterbi } from '../../src/ingest/tagger/decode.js';
import { defaultModel, tagText, type TaggedSpan } from '../../src/ingest/tagger/index.js';
import { TaggerModel } from '../../src/ingest/tagger/model.js';
import { allowed, spansOf, TAG_COUNT, tagsOf, type LabelledSpan } from '../../src/ingest/tagger/tags.js';
import { trainTagger } from '../../src/ingest/tagger/training.js';
import { WeightTable } from '../../src/ingest/tagger/weight-table.js';
import { TEMPLATE_COUNT } from '../../src/ingest/tagger/features.js';

const T = TAG_COUNT;

/** Every allowed tag sequence of length n, with its score. */
function* allSequences(n: number, em: Float64Array, tr: ReturnType<typeof emptyTransitions>): Generator<{ tags: number[]; score: number }> {
  const tags = new Array<number>(n).fill(0);
  for (let code = 0; code < T ** n; code++) {
    let c = code;
    for (let i = 0; i < n; i++) {
      tags[i] = c % T;
      c = Math.floor(c / T);
    }
    if (!allowed(-1, tags[0]!) || !allowed(tags[n - 1]!, -1)) continue;
    let ok = true;
    let score = tr.start[tags[0]!]! + tr.end[tags[n - 1]!]!;
    for (let i = 0; i < n; i++) {
      score += em[i * T + tags[i]!]!;
      if (i > 0) {
        if (!allowed(tags[i - 1]!, tags[i]!)) ok = false;
        score += tr.trans[tags[i - 1]! * T + tags[i]!]!;
      }
    }
    if (ok) yield { tags: [...tags], score };
  }
}

function randomScores(random: () => number, n: number) {
  const em = Float64Array.from({ length: n * T }, () => random() * 4 - 2);
  const tr = emptyTransitions();
  tr.trans.forEach((v, i) => (tr.trans[i] = v === -Infinity ? v : random() * 2 - 1));
  tr.start.forEach((v, i) => (tr.start[i] = v === -Infinity ? v : random() - 0.5));
  tr.end.forEach((v, i) => (tr.end[i] = v === -Infinity ? v : random() - 0.5));
  return { em, tr };
}

describe('decoding', () => {
  it('finds the best allowed sequence, and margins against the best sequence without each span', () => {
    const random = prng(7);
    for (let round = 0; round < 12; round++) {
      const n = 1 + (round % 3);
      const { em, tr } = randomScores(random, n);
      const out = new Uint8Array(n);
      const spans = decode(em, n, tr, out);
      const all = [...allSequences(n, em, tr)];
      const best = Math.max(...all.map((s) => s.score));
      const decoded = all.find((s) => s.tags.every((t, i) => t === out[i]))!;
      expect(decoded.score).toBeCloseTo(best, 9);
      for (const span of spans) {
        const marked = (tags: number[]) => spansOf(Uint8Array.from(tags), n).some((s) => s.start === span.start && s.end === span.end && s.label === span.label);
        const rival = Math.max(...all.filter((s) => !marked(s.tags)).map((s) => s.score));
        expect(span.margin).toBeCloseTo(best - rival, 9);
      }
    }
  });

  it('yields well-formed spans on long random input', () => {
    const random = prng(11);
    for (let round = 0; round < 50; round++) {
      const n = 5 + Math.floor(random() * 60);
      const { em, tr } = randomScores(random, n);
      const out = new Uint8Array(n);
      const spans = decode(em, n, tr, out);
      expect(allowed(-1, out[0]!) && allowed(out[n - 1]!, -1)).toBe(true);
      for (let i = 1; i < n; i++) expect(allowed(out[i - 1]!, out[i]!)).toBe(true);
      let lastEnd = 0;
      for (const s of spans) {
        expect(s.start).toBeGreaterThanOrEqual(lastEnd);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.end).toBeLessThanOrEqual(n);
        expect(s.margin).toBeGreaterThanOrEqual(0);
        lastEnd = s.end;
      }
      // The spans are exactly what the tags say.
      expect(tagsOf(spans, n)).toEqual(out);
    }
  });

  it('keeps to the allowed tags of a partially labelled sentence', () => {
    const random = prng(3);
    const n = 20;
    const { em, tr } = randomScores(random, n);
    const gold: LabelledSpan[] = [{ start: 3, end: 6, label: 'PER' }, { start: 10, end: 11, label: 'ORG' }];
    const tags = tagsOf(gold, n);
    const mask = Uint32Array.from(tags, (t, i) => (gold.some((g) => i >= g.start && i < g.end) ? 1 << t : 1));
    const out = new Uint8Array(n);
    viterbi(em, n, tr, out, mask);
    expect(spansOf(out, n)).toEqual(gold);
  });
});

describe('the weight table', () => {
  it('sums exactly the weights of the keys it holds, sparse and dense rows alike', () => {
    const random = prng(5);
    const F = 3000;
    const keys = Uint32Array.from(new Set(Array.from({ length: F }, () => 1 + Math.floor(random() * 0xfffffffe)))).sort();
    const weights = new Int8Array(keys.length * T);
    keys.forEach((_, f) => {
      // Some rows with a few tags, some with many, some at the extremes of the 8-bit range.
      const tags = f % 3 === 0 ? T : 1 + (f % 5);
      for (let j = 0; j < tags; j++) weights[f * T + Math.floor(random() * T)] = f % 7 === 0 ? (j % 2 ? 127 : -127) : Math.round(random() * 254 - 127);
    });
    const step = 0.25;
    const table = new WeightTable(keys, weights, step);
    const byKey = new Map([...keys].map((k, f) => [k, f]));
    const n = 40;
    const K = TEMPLATE_COUNT;
    // Known keys, and unknown ones (most n-grams of a sentence are unknown).
    const sentence = Uint32Array.from({ length: n * K }, () => (random() < 0.7 ? keys[Math.floor(random() * keys.length)]! : 1 + Math.floor(random() * 0xfffffffe)));
    const em = new Float64Array(n * T);
    table.emissions(sentence, n, em);
    for (let i = 0; i < n; i++) {
      for (let t = 0; t < T; t++) {
        let sum = 0;
        for (let k = i * K; k < (i + 1) * K; k++) {
          const f = byKey.get(sentence[k]!);
          if (f !== undefined) sum += weights[f * T + t]!;
        }
        expect(em[i * T + t]).toBe(sum * step);
      }
    }
  });
});

describe('the committed model', () => {
  const spansIn = (text: string): (TaggedSpan & { surface: string })[] =>
    tagText(text).map((s) => ({ ...s, surface: text.slice(s.start, s.end) }));
  const surfaces = (text: string, label: string) => spansIn(text).filter((s) => s.label === label).map((s) => s.surface);

  it('loads and says what it was trained on', () => {
    const model = defaultModel();
    expect(model.info.features).toBeGreaterThan(10_000);
    expect(Object.keys(model.info.trainedOn)).toEqual(['msra/train_data', 'cluener2020/train.json', 'resume_ner/train.char.bmes', 'own annotated articles']);
  });

  it('finds a name after a post, and a unit chain as one ORG span', () => {
    const text = '汕尾市公安局城区分局马宫派出所民警张立说,这是他第三次参加抗洪抢险。';
    expect(surfaces(text, 'ORG')).toContain('汕尾市公安局城区分局马宫派出所');
    expect(surfaces(text, 'PER')).toEqual(['张立']);
  });

  it('splits an enumeration of names', () => {
    const text = '荣获个人三等功的是派出所副所长王建国、民警吴涛、辅警韩青青。';
    expect(surfaces(text, 'PER')).toEqual(['王建国', '吴涛', '韩青青']);
  });

  it('marks posts before names, never inside them', () => {
    const text = '刑侦大队副大队长郝建平和侦查员闫晓峰连夜赶到现场。';
    expect(surfaces(text, 'PER')).toEqual(['郝建平', '闫晓峰']);
    expect(surfaces(text, 'POST')).toContain('副大队长');
  });

  it('gives each span a confidence in [0, 1], high for a plain name', () => {
    const spans = spansIn('据派出所所长李卫东介绍,今年以来共破获案件32起。');
    for (const s of spans) {
      expect(s.confidence).toBeGreaterThanOrEqual(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
    expect(spans.find((s) => s.surface === '李卫东')?.confidence).toBeGreaterThan(0.8);
  });

  it('tags the same with jieba tokens given as without, and nothing in empty text', () => {
    const text = '江北区公安分局交巡警支队民警陈志强在执勤中救下一名落水儿童。';
    expect(tagText(text, { tokens: tag(text) })).toEqual(tagText(text));
    expect(tagText('')).toEqual([]);
  });
});

describe('training', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tagger-corpora-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A miniature of each public corpus in its own format (invented sentences). */
  function writeTinyCorpora(): void {
    const bio = (text: string, spans: [number, number, string][]) =>
      [...text]
        .map((c, i) => {
          const s = spans.find(([a, b]) => i >= a && i < b);
          return `${c}\t${s ? `${i === s[0] ? 'B' : 'I'}-${s[2]}` : 'O'}`;
        })
        .join('\n');
    const bmes = (text: string, spans: [number, number, string][]) =>
      [...text]
        .map((c, i) => {
          const s = spans.find(([a, b]) => i >= a && i < b);
          if (!s) return `${c} O`;
          const part = s[1] - s[0] === 1 ? 'S' : i === s[0] ? 'B' : i === s[1] - 1 ? 'E' : 'M';
          return `${c} ${part}-${s[2]}`;
        })
        .join('\n');
    mkdirSync(join(dir, 'msra'));
    mkdirSync(join(dir, 'cluener2020'));
    mkdirSync(join(dir, 'resume_ner'));
    writeFileSync(
      join(dir, 'msra/train_data'),
      [bio('张立在北京市公安局工作。', [[0, 2, 'PER'], [3, 9, 'ORG']]), bio('吴涛来到上海。', [[0, 2, 'PER'], [4, 6, 'LOC']])].join('\n\n') + '\n',
    );
    writeFileSync(
      join(dir, 'cluener2020/train.json'),
      JSON.stringify({ text: '浙商银行行长韩青说', label: { company: { 浙商银行: [[0, 3]] }, position: { 行长: [[4, 5]] }, name: { 韩青: [[6, 7]] } } }) + '\n',
    );
    const resume = bmes('李明,现任本公司总经理。', [[0, 2, 'NAME'], [7, 10, 'TITLE']]);
    writeFileSync(join(dir, 'resume_ner/train.char.bmes'), resume + '\n');
    writeFileSync(join(dir, 'resume_ner/dev.char.bmes'), resume + '\n');
  }

  it('gives byte-identical models from the same data, which load back as the same tagger', () => {
    writeTinyCorpora();
    const model = trainTagger({ corpora: dir, epochs: 2, tiny: 30 });
    const first = model.serialize();
    const second = trainTagger({ corpora: dir, epochs: 2, tiny: 30 }).serialize();
    expect(first.length).toBeGreaterThan(1000);
    expect(second.equals(first)).toBe(true);
    const loaded = TaggerModel.deserialize(first);
    expect(loaded.info).toEqual(model.info);
    const text = '张立在北京市公安局工作,吴涛来到上海。';
    expect(tagText(text, { model: loaded })).toEqual(tagText(text, { model }));
  }, 120_000);
});

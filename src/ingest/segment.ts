// Word segmentation and part-of-speech tags from @node-rs/jieba, with the
// genre's words (unit heads, police branches, posts) added so that they come
// out whole. The dictionary is loaded once, on first use.
import jieba from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { POLICE_BRANCHES, UNIT_HEADS } from './lexicon/units.js';
import { POSTS } from './lexicon/people.js';

export interface Token {
  word: string;
  tag: string;
  start: number; // offset in the segmented string
  end: number;
}

let instance: jieba.Jieba | undefined;

function genreDictionary(): Uint8Array {
  const lines: string[] = [];
  for (const h of UNIT_HEADS) lines.push(`${h.head} 200000 nt`);
  for (const b of POLICE_BRANCHES) lines.push(`${b} 50000 nb`);
  for (const p of POSTS) lines.push(`${p} 50000 nn`);
  return Buffer.from(lines.join('\n'));
}

function tagger(): jieba.Jieba {
  if (!instance) {
    instance = jieba.Jieba.withDict(dict);
    instance.loadDict(genreDictionary());
  }
  return instance;
}

/** Tagged words of `text` with their offsets (HMM on, so unknown names come out whole). */
export function tag(text: string): Token[] {
  const out: Token[] = [];
  let pos = 0;
  for (const { word, tag: t } of tagger().tag(text, true)) {
    out.push({ word, tag: t, start: pos, end: pos + word.length });
    pos += word.length;
  }
  return out;
}

let namesInDictionary: Map<string, number> | undefined;
// Unknown words and proper nouns (梁国/ns in 梁国栋) may be part of a name.
const PROPER_TAGS = new Set(['x', 'ns', 'nz', 'nrt', 'nrfg']);

/**
 * jieba's dictionary tags many common words nr (幸福感, 荣立, 智慧) next to
 * real names (陈志强); names are rare in it. A word is a name when jieba does
 * not know it, or knows it as nr with a name's low frequency.
 */
export function isKnownWordNotName(word: string, tag: string): boolean {
  if (PROPER_TAGS.has(tag)) return false;
  if (tag !== 'nr') return true;
  if (!namesInDictionary) {
    namesInDictionary = new Map();
    for (const line of Buffer.from(dict).toString('utf8').split('\n')) {
      if (!line.endsWith(' nr')) continue;
      const [w, f] = line.split(' ');
      if (w && (w.length === 2 || w.length === 3)) namesInDictionary.set(w, Number(f));
    }
  }
  return (namesInDictionary.get(word) ?? 0) >= 20;
}

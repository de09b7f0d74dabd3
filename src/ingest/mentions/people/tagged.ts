// The tagger's people (src/ingest/tagger/): where the rules read no name, or
// read it short, the tagger's PER spans say where a name is. Two uses:
// - the person rules take the tagger's name where their own reading of a
//   name fails (所长才让多杰), or stops inside a word through which the
//   tagger's transliterated name runs (民警索南扎|西);
// - a name the tagger finds that no rule reads is a person of its own
//   (特警大队易佳琪、交管大队胡斌等, 还有刚入警两年的刘思琪), unless it is a
//   byline, a nickname or a quoted word.
// Tagging a whole article costs about as much as all the rules together, so
// the rules read first, and only the clauses where they may have missed a
// name are tagged: a word jieba reads as a name, or an unknown word led by a
// surname, that no rule read; a name whose reading stops inside a word. The
// person rules then read those sentences again with the tagger's names.
import { NICKNAME_ENDINGS } from '../../lexicon/people.js';
import { COUNT } from '../../patterns.js';
import { isKnownWordNotName, type Token } from '../../segment.js';
import { overlaps } from '../../rules/rule.js';
import { tagText } from '../../tagger/index.js';
import { SURNAME_SET } from '../person-names.js';
import type { PersonMention, SentenceContext, Span } from '../types.js';

/**
 * Spans below this confidence are not used. On the development sets 0.6 finds one name more and one wrong one
 * more than 0.7; the higher keeps more of real pages' bylines and chrome out.
 */
const MIN_CONFIDENCE = 0.7;
const CLAUSE = /[^,;:。!?]+[,;:。!?]?/g;
// Words jieba gives names (nr, nrt, nrfg; its dictionary's common words tagged nr are told apart by
// isKnownWordNotName); x is its unknown word, a name only led by a surname and not after a count (2万人, 800余起).
const NAME_TAG = /^nr/;
const COUNTED = new RegExp(`[${COUNT}]$`);
const NAME_LIKE = /^[\u4e00-\u9fff]{2,6}$/;
// Credit lines left in the text: (记者 X 通讯员 Y), 审稿:X, 图/X.
const BYLINE = /记者|通讯员|编辑|责编|审稿|审核|校对|摄影|图\/|文\/|作者|实习生|来源/;
/** Han names have two or three characters; longer ones are transliterated (Tibetan, Uyghur, Mongolian). */
const TRANSLITERATED = 4;
// 老姜, 小王: a surname after 老 / 小 is how people are called, not a name.
const FAMILIAR = /^[老小]/;

/** A name the tagger marks in a sentence: offsets in the sentence. */
export interface TaggedName extends Span {
  name: string;
  confidence: number;
}

/**
 * Whether a clause may hold a name the rules did not read whole: a word jieba reads as a name, or an unknown
 * word led by a surname, outside `claimed`; or a name the rules read that stops inside a word (索南扎|西).
 */
function mayHoldName(tokens: readonly Token[], claimed: readonly Span[], read: readonly Span[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (read.some((r) => t.start < r.end && t.end > r.end)) return true;
    if (!NAME_LIKE.test(t.word) || isKnownWordNotName(t.word, t.tag)) continue;
    const named = NAME_TAG.test(t.tag) || (t.tag === 'x' && SURNAME_SET.has(t.word[0]!) && !COUNTED.test(tokens[i - 1]?.word ?? ''));
    if (named && !claimed.some((c) => overlaps(c, t)) && !read.some((r) => overlaps(r, t))) return true;
  }
  return false;
}

/**
 * The tagger's PER spans in the sentence's clauses that may hold a name the rules did not read whole, in
 * sentence offsets: `claimed`, the units and organisations found (a word inside one is no name); `read`, the
 * names the person rules read without the tagger.
 */
export function taggedNames(ctx: SentenceContext, claimed: readonly Span[], read: readonly Span[]): TaggedName[] {
  const s = ctx.sentence.text;
  const out: TaggedName[] = [];
  let first = 0; // the clause's first token (tokens partition the sentence, and clause marks are tokens of their own)
  for (const c of s.matchAll(CLAUSE)) {
    const start = c.index!;
    const end = start + c[0].length;
    while (first < ctx.tokens.length && ctx.tokens[first]!.start < start) first++;
    let last = first;
    while (last < ctx.tokens.length && ctx.tokens[last]!.end <= end) last++;
    const tokens = ctx.tokens.slice(first, last);
    if (!mayHoldName(tokens, claimed, read)) continue;
    const shifted = tokens.map((t) => ({ ...t, start: t.start - start, end: t.end - start }));
    for (const span of tagText(c[0], { tokens: shifted })) {
      if (span.label !== 'PER' || span.confidence < MIN_CONFIDENCE) continue;
      const name = c[0].slice(span.start, span.end);
      if (NAME_LIKE.test(name)) out.push({ start: start + span.start, end: start + span.end, name, confidence: span.confidence });
    }
  }
  return out;
}

/** The tagger's name starting at `at` (sentence offset), if any. */
const taggerNameAt = (names: readonly TaggedName[], at: number) => names.find((n) => n.start === at)?.name;

/**
 * The rules' reading of a name at `at`, or the tagger's where the rules read none, or where theirs stops inside a
 * word that the tagger's runs on through and the tagger's is a transliterated name (four characters or more:
 * 索南扎|西, whose syllables the lexicon knows in part). A Han name's length stays the rules' (民警任浩任副组长:
 * they know 任 before a post as "serve as").
 */
export function longerReading(names: readonly TaggedName[], tokens: readonly Token[], at: number, read: string | undefined): string | undefined {
  const tagged = taggerNameAt(names, at);
  if (!tagged || read === undefined) return tagged ?? read;
  const end = at + read.length;
  const cut = tokens.some((t) => t.start < end && t.end > end);
  return cut && tagged.length >= TRANSLITERATED && tagged.startsWith(read) && tagged.length > read.length ? tagged : read;
}

/**
 * Whether a tagged name no rule read stands where a person is named: not a credit line (a byline, or a name
 * alone in brackets), not in quotation marks (nicknames, typhoons, the names of initiatives: “马骏工作室”), not a form of address (老姜, 何哥).
 */
function standsAsPerson(s: string, n: TaggedName): boolean {
  if (s.lastIndexOf('“', n.start) > s.lastIndexOf('”', n.start) && s.indexOf('”', n.end) >= 0) return false;
  if (!SURNAME_SET.has(n.name[0]!) && n.name.length < 3) return false;
  if (FAMILIAR.test(n.name) || NICKNAME_ENDINGS.has(n.name[n.name.length - 1]!) || n.name.endsWith('儿')) return false;
  if (BYLINE.test(s.slice(s.lastIndexOf(',', n.start) + 1, n.start))) return false;
  // In brackets with no list in them, (记者 X), (X), or closing a bracket opened on an earlier line: X).
  const open = s.lastIndexOf('(', n.start);
  const close = s.indexOf(')', n.end);
  if (open < 0) return s[n.end] !== ')';
  return close < 0 || s.lastIndexOf(')', n.start) > open || s.slice(open + 1, close).includes('、');
}

/**
 * The people no rule read: tagged names outside every span already claimed (`claimed`: absolute offsets of the
 * sentence's units, organisations and people) that stand as people.
 */
export function taggedPeople(ctx: SentenceContext, names: readonly TaggedName[], claimed: readonly Span[]): PersonMention[] {
  const { sentence, index } = ctx;
  const base = sentence.start;
  return names
    .filter((n) => !claimed.some((c) => overlaps(c, { start: base + n.start, end: base + n.end })) && standsAsPerson(sentence.text, n))
    .map((n) => ({ start: base + n.start, end: base + n.end, name: n.name, sentence: index, posts: [], rule: 'tagger.person' }));
}

// Person mentions. A name is read only where the genre puts one (rules.ts):
// after a post (东进警务站站长刁爱清, 副所长戴荣华、周勇), after an honour title
// (全省优秀人民警察王洪斌), before a speech verb (刘岭说), in a decision's
// brackets, after a naming verb, before 同志, opening a profile, in a list
// closed by a count (X、Y等4名民警); how a name is read is person-names.ts's,
// and the posts written with it are posts.ts's. Masked names (余某某) are skipped.
import { alternation } from '../../lexicon/common.js';
import { TITLE_QUALIFIERS, TITLE_TAILS } from '../../lexicon/honours.js';
import { endsClauseAt } from '../../patterns.js';
import { scan, type Rule } from '../../rules/rule.js';
import type { PersonMention, PersonPost, SentenceContext, Span, UnitMention } from '../types.js';
import { profileOpening } from './posts.js';
import { PERSON_RULES, type PersonReading } from './rules.js';
import type { TaggedName } from './tagged.js';

/** Posts written after 是 or 现任 with no name after them: the subject's, once every mention of a name is known. */
export interface HeldPosts {
  sentence: number;
  /** Absolute offset of 是 / 现任: the subject is the person named last before it in the sentence. */
  at: number;
  posts: PersonPost[];
}

const WINNER_OF = /获得者$/;
// Title words the lexicon's qualifiers leave out here: 十大爱民警察, 一等功臣, 五四青年奖章.
const UNLISTED_QUALIFIER = /十大|(?:功臣|奖章|勋章)$/;
// 在…的带领下: the frame before a leader's titles and posts.
// ——记全国爱民模范、X所长Y: a feature's subtitle presents its subject.
const IN_FRAME = /^(?:[^、“”]{0,8}?[在由](?=[^、]{3,24}、|“)|[—-]*记)/;
const TITLE_TAIL_END = new RegExp(`(?:${alternation(TITLE_TAILS)})$`);

// 陈国庆,月湖派出所教导员、党支部书记。/ 钟　灵 解放派出所民警: a profile or a list line opens with the name, then the posts.
const PROFILE_RULE: Rule<PersonReading> = {
  id: 'person.profile',
  pattern: /^[\u4e00-\u9fff][ \u4e00-\u9fff]{1,4}(?:\([^()]{1,4}\))? *[, ]/,
  examples: { match: ['陈国庆,月湖派出所教导员、党支部书记。', '钟 灵 解放派出所民警'], noMatch: ['2023年,该所…', '“平安”工作室'] },
  read(_, r, rule) {
    const profile = profileOpening(r.s, r.base, r.tokens, r.units);
    if (!profile) return undefined;
    r.add(0, profile.name, profile.posts, rule).end = r.base + profile.end;
    return [];
  },
};

export const ALL_PERSON_RULES: readonly Rule<PersonReading>[] = [...PERSON_RULES, PROFILE_RULE];

/**
 * `orgs`: outside organisations of the sentence; a post written after one is not a police post.
 * `held`: receives the posts whose holder is named as a subject (giveHeldPosts).
 */
export function findPersonMentions(
  ctx: SentenceContext, units: readonly UnitMention[], orgs: readonly Span[] = [], held: HeldPosts[] = [], tagged: readonly TaggedName[] = [],
): PersonMention[] {
  const { sentence, tokens, index } = ctx;
  const s = sentence.text;
  const base = sentence.start;
  const out: PersonMention[] = [];
  const add = (start: number, name: string, posts: PersonPost[], rule: string): PersonMention => {
    // 李某, 王某某: a masked name is nobody the graph can hold.
    if (name.includes('某')) return { start: base + start, end: base + start + name.length, name, sentence: index, posts, rule };
    const existing = out.find((p) => p.start === base + start);
    if (existing) {
      for (const p of posts) if (!existing.posts.some((q) => q.role === p.role)) existing.posts.push(p);
      return existing;
    }
    const mention: PersonMention = { start: base + start, end: base + start + name.length, name, sentence: index, posts, rule };
    out.push(mention);
    return mention;
  };
  scan(ALL_PERSON_RULES, s, { s, base, index, tokens, units, orgs, held, tagged, add });
  for (const mention of out) titlesOpeningClause(s, base, mention);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * 全国优秀人民警察、城关大队大队长张海涛, 在市劳动模范、“全国优秀人民警察”中队长——周立群的带领下: the titles
 * opening the clause (or the 在…带领下 frame), listed before the posts.
 */
function titlesOpeningClause(s: string, base: number, mention: PersonMention): void {
  if (mention.honoursBefore?.length || mention.posts.length === 0) return;
  const nameAt = mention.start - base;
  let at = nameAt;
  while (at > 0 && !endsClauseAt(s, at - 1)) at--;
  const frame = IN_FRAME.exec(s.slice(at, nameAt));
  if (frame) at += frame[0].length;
  const titles: (Span & { name: string })[] = [];
  while (at < nameAt) {
    const quoted = s[at] === '“';
    const end = quoted ? s.indexOf('”', at) + 1 : s.indexOf('、', at);
    if (end <= at || end >= nameAt) break;
    // 五四青年奖章获得者: the one who won the title.
    const text = (quoted ? s.slice(at + 1, end - 1) : s.slice(at, end)).replace(WINNER_OF, '');
    const qualified = TITLE_QUALIFIERS.some((q) => text.includes(q)) || UNLISTED_QUALIFIER.test(text);
    const isTitle = qualified && (quoted || (text.length >= 3 && TITLE_TAIL_END.test(text)));
    if (!isTitle || text.length > 24) break;
    titles.push({ start: base + at, end: base + end, name: text });
    at = end;
    if (s[at] === '、') at++;
    else if (!quoted) break;
  }
  // What follows the titles is the post chain, ending with the last post (and a dash before the name).
  const rest = s.slice(at, nameAt).replace(/[—-]+$/, '');
  if (rest.includes('在')) return;
  const lastRole = mention.posts[mention.posts.length - 1]!.role;
  if (titles.length && rest.endsWith(lastRole)) mention.honoursBefore = titles;
}

/** The subject of 是 / 现任: the person named last before it in its sentence, when no post of theirs names a unit. */
export function giveHeldPosts(persons: readonly PersonMention[], held: readonly HeldPosts[]): void {
  const open = new Map<PersonMention, boolean>(); // whether the subject named no unit of its own before
  for (const { sentence, at, posts } of held) {
    const subject = persons.filter((p) => p.sentence === sentence && p.end <= at).sort((a, b) => b.start - a.start)[0];
    if (!subject) continue;
    if (!open.has(subject)) open.set(subject, !subject.posts.some((p) => p.unit !== undefined));
    // (曾任X所长: a career is told of anyone, whatever unit they were named with.)
    if (!open.get(subject) && !posts.every((p) => p.tenure === 'former')) continue;
    for (const post of posts) if (!subject.posts.some((p) => p.role === post.role)) subject.posts.push(post);
  }
}

// The person rules: where the genre puts a name. Each reads a name (how a name
// is read is person-names.ts's) with the posts written with it. People rules
// claim nothing: several readings of one name (a post before it, a speech verb
// after it) give one mention with all their posts.
import { alternation } from '../../lexicon/common.js';
import { TITLE_TAILS } from '../../lexicon/honours.js';
import { CIVILIAN_ROLES, NAMING_VERBS, POSTS, PUBLIC_FIGURES, RANK_POSTS, SPEECH_VERBS } from '../../lexicon/people.js';
import { COUNT } from '../../patterns.js';
import type { Rule } from '../../rules/rule.js';
import { isKnownWordNotName, type Token } from '../../segment.js';
import {
  delimitedName, isHanAt, LISTED_NAME_FOLLOWER, listedName, nameEndingAt, personName, POST_START, readName, SURNAME_SET, taggedNameAt,
  taggedNameEndingAt, unknownName, unknownNameEnding,
} from '../person-names.js';
import type { PersonMention, PersonPost, Span, UnitMention } from '../types.js';
import { copulaPost, lastPostEnding, opensClause, postsBefore, roleOf, titleBefore } from './posts.js';
import type { HeldPosts } from './index.js';
import { longerReading, type TaggedName } from './tagged.js';

/** What the person rules read a sentence with, and into. */
export interface PersonReading {
  s: string;
  base: number;
  index: number;
  tokens: readonly Token[];
  units: readonly UnitMention[];
  /** Outside organisations of the sentence: a post written after one is not a police post. */
  orgs: readonly Span[];
  /** Receives the posts whose holder is named as a subject (giveHeldPosts). */
  held: HeldPosts[];
  /** The tagger's names in the sentence (tagged.ts): a name the rules read short or not at all. */
  tagged: readonly TaggedName[];
  /** The person at `start` (sentence offset), one mention per start, posts merged. */
  add(start: number, name: string, posts: PersonPost[], rule: string): PersonMention;
}

// 中队长——周立群, and a roll line's 所长　梁振华: a dash or spaces may set the name off.
const DASH_AFTER_POST = /^(?:——|—|--| {1,3})/;
const PADDING_BEFORE = / {0,3}$/;
const COUNTED_POST = new RegExp(`[${COUNT}]\\s*[名位]$`);
const ENUM_JOINERS = new Set(['、', '和', '及', '与']);
const CLAUSE_MARK = /[,;:。!?“”]/;
// The head of an outside body right before a post: 卫生健康局, 林业局, 院纪委, 集团, 医院 (a police body is a unit mention).
const OUTSIDE_BODY_BEFORE = /(?:[^公]局|[^法检]院|纪委|集团|公司|医院|学校|大学|政府|办事处|委员会|总场|林场)$/;
// 望家坪村党支部书记X, 石桥村村委会主任X: a village's or community's own officers (not 驻村民警, 社区民警).
const VILLAGE_BODY_BEFORE = /(?:(?<![驻包联])村|村委会?|居委会|社区)(?:党支部|党总支|党委)?$/;
const VILLAGE_OFFICE = /书记|主任|委员|村长|组长|会计/;
// Between an outside organisation and a post: nothing, or one of its offices (学生处, 急诊科, 办公室).
const ORG_OFFICE = /^(?:[\u4e00-\u9fff]{1,4}[处科部室办])?$/;
// After an introduced name: the clause ends, or it goes on with 的 / 是 / 今年 (叫李明,今年45岁).
const AFTER_INTRODUCED_NAME = /^(?:[,。;、!?”]|的|是|今年|$)/;
// Between a unit and 名叫: 派出所一名名叫…, 派出所的一位名叫….
const INTRODUCED_IN_UNIT = /^的?(?:一名|一位)?$/;
// Before 同志 a name stands after a separator or a preposition (给/对/向…): 向李明同志学习.
const BEFORE_COMRADE = /^(?:[^\u3400-\u9fff]|[给对向与和及让被由是授])$/;
// Between a unit and the count of its people: 城关分局的三名民警, 支队3名民警.
const COUNT_UNIT_LINK = /^的?$/;
const ITEM = /^[\u4e00-\u9fff]{2,4}$/;
// Surnameless names (赛力克, 吉日格勒) are read inside brackets only, where nothing else stands.
const isItem = (item: string, bracketed: boolean) => ITEM.test(item) && (bracketed || (SURNAME_SET.has(item[0]!) && item.length <= 3));

/** 副所长戴荣华、周勇 / 一级英模赵长林、许国栋: the names listed after the first, and where the list ends. */
function listedAfter(r: PersonReading, from: number, strict: boolean): { at: number; name: string }[] {
  const { s, tokens } = r;
  const out: { at: number; name: string }[] = [];
  let next = from;
  while (ENUM_JOINERS.has(s[next]!)) {
    const other = longerReading(r.tagged, tokens, next + 1, personName(s, next + 1, tokens) ?? delimitedName(s, next + 1));
    // 所长卢志刚、南山分局刑警大队副大队长温晓东: the next item is a unit, whose place name reads like a name.
    if (!other || r.units.some((u) => u.start - r.base <= next + 1 && u.end - r.base > next + 1)) break;
    // The list goes on, or stops where a word starts (…、卜一凡/x 获得/v).
    const end = next + 1 + other.length;
    if (strict && !/^[、和及与,;。等的在被是]|^$/.test(s.slice(end, end + 1)) && !tokens.some((t) => t.start === end && t.end > end + 1)) break;
    out.push({ at: next + 1, name: other });
    next = end;
  }
  return out;
}

// 由X兼任 closing its clause: X holds the post written before 由.
const HELD_BY = /^由[^,;。]{2,24}?((?:兼任|担任|出任))(?=[,;。!?]|$)/;
const HOLDING_ADVERB = /(?:同时|还|并|也|又|另)$/;
// Before the name of an office holder: the sentence's start, a clause break, or 的 closing a relative clause.
const HOLDER_OPENS = /[,;:。!?”的]/;

/**
 * The name written right before 现任 / 担任 (or before the comma ahead of it), opening its clause, or read after a
 * post of its own (副所长程立新兼任…: `posted`).
 */
function holderBefore(s: string, verbAt: number, tokens: readonly Token[]): { at: number; name: string; posted: boolean } | undefined {
  // (…程立新同时兼任…: an adverb may stand between the holder and the verb.)
  const adverbAt = verbAt - (HOLDING_ADVERB.exec(s.slice(Math.max(0, verbAt - 2), verbAt))?.[0].length ?? 0);
  const end = s[adverbAt - 1] === ',' ? adverbAt - 1 : adverbAt;
  const name = nameEndingAt(s, end, tokens);
  if (!name) return undefined;
  if (name.at === 0 || HOLDER_OPENS.test(s[name.at - 1]!)) return { ...name, posted: false };
  return lastPostEnding(s, name.at) !== undefined ? { ...name, posted: true } : undefined;
}

// After a two-character figure's name (雷锋, 朱德): what follows a name, not the rest of a longer one (雷锋式 is a kind).
const FIGURE_FOLLOWERS = /^(?:精神|同志|一样|那样|般|等|总书记|主席|总理|书记|生前|事迹|的)/;

// After a list's 等众多 / 等一批: a group of police (等众多青年民警).
const POLICE_GROUP = /^(?:青年|优秀|一线|女)?(?:民警|辅警|干警|警察|公安民警)/;

export const PERSON_RULES: readonly Rule<PersonReading>[] = [
  {
    id: 'person.post',
    // 东进警务站站长刁爱清, 副所长戴荣华、周勇: a name after a post, and the names listed after it.
    pattern: new RegExp(`(?:${alternation(POSTS)})`),
    examples: { match: ['城东派出所所长王明说', '民警李强'], noMatch: ['群众纷纷点赞'] },
    read(m, r, rule) {
      const { s, base, tokens, units } = r;
      // 中队长——周立群: a dash may set the name off.
      const postEnd = m.index + m[0].length;
      const nameAt = postEnd + (DASH_AFTER_POST.exec(s.slice(postEnd))?.[0].length ?? 0);
      // 广州铁路公安局长沙公安处: a post inside a unit's name (局长) is no post.
      if (units.some((u) => u.start - base <= m.index && u.end - base > nameAt)) return undefined;
      // 3名辅警包片, 1名民警包联: a counted post is a number of people, and names no one after it.
      const counted = COUNTED_POST.test(s.slice(Math.max(0, m.index - 8), m.index));
      const read = counted ? undefined
        : longerReading(r.tagged, tokens, nameAt, personName(s, nameAt, tokens) ?? listedName(s, nameAt, tokens) ?? unknownNameEnding(s, nameAt, tokens));
      // 民警向刑侦大队学习: no name runs into a unit's name.
      const name = read && !units.some((u) => u.start - base > nameAt && u.start - base < nameAt + read.length) ? read : undefined;
      // 金卫东局长在讲话中指出: a name right before an office (not a rank: 江州特警 is a place and a force), opening its clause.
      const before = name || RANK_POSTS.test(roleOf(m[0])) || !opensClause(s, m.index) ? undefined : nameEndingAt(s, m.index, tokens);
      const place = before && tokens.some((t) => t.start === before.at && t.end === m.index && t.tag === 'ns');
      if (before && !place && (before.at === 0 || CLAUSE_MARK.test(s[before.at - 1]!))) r.add(before.at, before.name, [{ role: roleOf(m[0]) }], rule);
      if (!name) {
        const copula = copulaPost(s, base, m.index, nameAt, units);
        if (copula) {
          r.held.push({ sentence: r.index, at: base + copula.at, posts: copula.posts });
          // 王海涛现任X分局副局长, …的王海涛,现任…: the name that opens the clause holding the office is its holder.
          // 副所长程立新兼任警务室警长: one read after a post holds the office too, when its unit is written
          // (ANNOTATION.md rule 8: posts in two named units, two MEMBER_OF); the held posts go to subjects that
          // name no unit of their own.
          const holder = s[copula.at] === '是' ? undefined : holderBefore(s, copula.at, tokens);
          if (holder && !holder.posted) r.add(holder.at, holder.name, [], rule);
          else if (holder && copula.posts.some((p) => p.unit)) r.add(holder.at, holder.name, copula.posts, rule);
        }
        // 警务室警长由副所长程立新兼任: the post written first, in its unit, and its holder after 由.
        const by = copula ? null : HELD_BY.exec(s.slice(nameAt));
        const holder = by ? nameEndingAt(s, nameAt + by[0].length - by[1]!.length, tokens) : undefined;
        const posts = holder ? postsBefore(s, base, m.index, postEnd, units) : [];
        if (holder && posts.some((p) => p.unit)) r.add(holder.at, holder.name, posts, rule);
        return [];
      }
      const posts = postsBefore(s, base, m.index, postEnd, units);
      // 某某大学学生处负责人王某: the post is held in the organisation, so the person is no police member.
      // 卫生健康局副局长X, 院纪委书记X: an outside body written right before the post, named or not, holds it too.
      const inUnit = posts.some((p) => p.unit);
      const bodyBefore = s.slice(Math.max(0, m.index - 8), m.index);
      const villageOffice = VILLAGE_BODY_BEFORE.test(bodyBefore) && VILLAGE_OFFICE.test(roleOf(m[0]));
      const outsideBody = !inUnit && (OUTSIDE_BODY_BEFORE.test(bodyBefore) || villageOffice) && !units.some((u) => u.end - base === m.index);
      const outsider = outsideBody || (!inUnit && r.orgs.some((o) => o.end - base <= m.index && ORG_OFFICE.test(s.slice(o.end - base, m.index))));
      r.add(nameAt, name, outsider ? [] : posts, rule);
      for (const other of listedAfter(r, nameAt + name.length, true)) r.add(other.at, other.name, outsider ? [] : posts, rule);
      return [];
    },
  },
  {
    id: 'person.title',
    // 全省优秀人民警察王洪斌, 一级英模赵长林、许国栋: a name after an honour title, which it received.
    pattern: new RegExp(`(?:${alternation(TITLE_TAILS)})`),
    examples: { match: ['全省优秀人民警察王洪斌', '一级英模赵长林、许国栋'], noMatch: ['群众纷纷点赞'] },
    read(m, r, rule) {
      const { s, base, tokens } = r;
      const nameAt = m.index + m[0].length;
      const name = readName(s, nameAt, tokens);
      const title = name ? titleBefore(s, nameAt) : undefined;
      if (!name || !title) return undefined;
      const honoursBefore = [{ start: base + title.start, end: base + nameAt, name: title.text }];
      r.add(nameAt, name, [], rule).honoursBefore = honoursBefore;
      for (const other of listedAfter(r, nameAt + name.length, false)) r.add(other.at, other.name, [], rule).honoursBefore = honoursBefore;
      return [];
    },
  },
  {
    id: 'person.bracketed-post',
    // 给马某某(某某派出所所长)、纳某某(刑侦支队民警)记二等功: decisions bracket each name's post.
    pattern: /\(([^()]{2,30})\)/,
    examples: { match: ['授予李娜(城东派出所辅警)'], noMatch: ['授予李娜辅警称号'] },
    read(m, r, rule) {
      const { s, base, tokens } = r;
      const close = m.index + m[0].length - 1;
      const postAt = lastPostEnding(s, close);
      if (postAt === undefined || postAt <= m.index) return undefined;
      const named = nameEndingAt(s, m.index, tokens) ?? taggedNameEndingAt(m.index, tokens);
      if (named) r.add(named.at, named.name, postsBefore(s, base, postAt, close, r.units), rule);
      return [];
    },
  },
  {
    id: 'person.introduced',
    // 工作室的主人叫姜某某,今年56岁, 一名名叫额尔敦的辅警: a naming verb introduces the person.
    pattern: new RegExp(`(?:${alternation(NAMING_VERBS)})`),
    examples: { match: ['一名名叫李明的民警'], noMatch: ['大家都说好'] },
    read(m, r, rule) {
      const { s, base, tokens } = r;
      const nameAt = m.index + m[0].length;
      // After a naming verb, a name the dictionary knows (杨建华/nr) is the person's too.
      const name = personName(s, nameAt, tokens) ?? unknownName(s, nameAt, tokens) ?? taggedNameAt(nameAt, tokens);
      if (!name || !AFTER_INTRODUCED_NAME.test(s.slice(nameAt + name.length, nameAt + name.length + 2))) return undefined;
      // 少先路派出所一名名叫额尔敦的辅警: the post after 的 is the person's, held in the unit written before.
      const post = s[nameAt + name.length] === '的' ? POST_START.exec(s.slice(nameAt + name.length + 1)) : null;
      const unit = post ? r.units.find((u) => u.end - base <= m.index && INTRODUCED_IN_UNIT.test(s.slice(u.end - base, m.index))) : undefined;
      r.add(nameAt, name, post ? [{ role: roleOf(post[0]), ...(unit ? { unit } : {}) }] : [], rule);
      return [];
    },
  },
  {
    id: 'person.public-figure',
    // 习近平总书记强调, 学习焦裕禄精神: a national figure named in passing, where no longer name runs on.
    pattern: new RegExp(`(?:${alternation(PUBLIC_FIGURES)})`),
    examples: { match: ['学习焦裕禄精神', '习近平总书记强调'], noMatch: ['学习先进典型'] },
    read(m, r, rule) {
      const end = m.index + m[0].length;
      if (m[0].length === 2 && isHanAt(r.s, end) && !FIGURE_FOLLOWERS.test(r.s.slice(end))) return undefined;
      r.add(m.index, m[0], [], rule);
      return [];
    },
  },
  {
    id: 'person.comrade',
    // 向李明同志学习: 同志 after a name.
    pattern: /同志/,
    examples: { match: ['向李明同志学习'], noMatch: ['向先进看齐'] },
    read(m, r, rule) {
      const { s, tokens } = r;
      let named = nameEndingAt(s, m.index, tokens);
      // 向孔红同志学习: a preposition that is also a surname (向, 于) opens the phrase, not the name.
      if (named && named.name.length === 3 && BEFORE_COMRADE.test(named.name[0]!) && SURNAME_SET.has(named.name[1]!)) {
        named = { at: named.at + 1, name: named.name.slice(1) };
      }
      if (!named || !BEFORE_COMRADE.test(named.at > 0 ? s[named.at - 1]! : ',')) return undefined;
      r.add(named.at, named.name, [], rule);
      return [];
    },
  },
  {
    id: 'person.sexed-profile',
    // 郭振华,男,1972年出生: a profile opens with the name and the sex.
    pattern: /^([\u4e00-\u9fff]{2,4}),[男女][,,(]/,
    examples: { match: ['郭振华,男,1972年出生'], noMatch: ['他说,男女老少都来了'] },
    read(m, r, rule) {
      if (personName(r.s, 0, r.tokens) !== m[1]) return undefined;
      r.add(0, m[1]!, [], rule);
      return [];
    },
  },
  {
    id: 'person.civilian',
    // 外卖骑手黄志文, 市民刘桂芳: people named by what they are, with no post.
    pattern: new RegExp(`(?:${alternation(CIVILIAN_ROLES)})`),
    examples: { match: ['市民刘桂芳说'], noMatch: ['民警巡逻'] },
    read(m, r, rule) {
      const { s, tokens } = r;
      const nameAt = m.index + m[0].length;
      // 群众满意 is one word: the role must be a word of its own.
      if (tokens.some((t) => t.start < nameAt && t.end > nameAt)) return undefined;
      const name = readName(s, nameAt, tokens);
      if (!name) return undefined;
      // 群众满意率, 群众全满意: after a civilian word, any dictionary word (but a rare name) is what follows, not a name.
      const end = nameAt + name.length;
      const looseLast = name.length === 3 && tokens.some((t) => t.start === end - 1 && t.end === end);
      // 孙/zg 红梅/nr: a surname on its own before a word the tagger reads as a given name is a name, however common the word.
      const taggedName = tokens.some((t) => t.start === nameAt && t.end === nameAt + 1) &&
        tokens.some((t) => t.start === nameAt + 1 && t.end === end && t.tag === 'nr');
      const word = !looseLast && !taggedName && tokens.some(
        (t) => t.start >= nameAt && t.start < end && t.word.length >= 2 && t.tag !== 'x' && (t.tag !== 'nr' || isKnownWordNotName(t.word, t.tag)),
      );
      // …unless what follows is what a subject takes (老党员吴海波是…, 村民李海波说).
      if (word && !LISTED_NAME_FOLLOWER.test(s.slice(end, end + 2))) return undefined;
      r.add(nameAt, name, [], rule);
      return [];
    },
  },
  {
    id: 'person.counted-group',
    // 城关分局的三名民警(丁磊、赛力克、何雨桐): the items of a counted group, the count's post held in the unit before it.
    pattern: new RegExp(`[${COUNT}]\\s*(?:名|位)(${alternation(POSTS)})\\(([^()]{2,40})\\)`),
    examples: { match: ['三名民警(丁磊、赛力克、何雨桐)'], noMatch: ['三名民警参加'] },
    read(m, r, rule) {
      const items = m[2]!.split('、');
      if (!items.every((i) => isItem(i, true))) return undefined;
      const { s, base } = r;
      const open = m.index + m[0].indexOf('(');
      const postStart = open - m[1]!.length;
      const role = roleOf(s.slice(postStart, open));
      const unit = r.units.find((u) => u.end - base <= m.index && COUNT_UNIT_LINK.test(s.slice(u.end - base, m.index)));
      let at = open + 1;
      for (const name of items) {
        r.add(at, name, [{ role, ...(unit ? { unit } : {}) }], rule);
        at += name.length + 1;
      }
      return [];
    },
  },
  {
    id: 'person.listed',
    // 刘洋、高鹏飞等同志, 彭志强、谭伟等4名民警, 徐一帆、郑可馨等众多…, 贺亮等45名民警: names closed by 等 and a
    // count or a group (not 等人员, 等人民…).
    pattern: new RegExp(`等(?:同志|人(?![员民群次])|[${COUNT}余多]+\\s*(?:名|位|人)|众多|一批)`),
    examples: { match: ['刘洋、高鹏飞等同志', '贺亮等45名民警当选'], noMatch: ['部署民警等人员'] },
    read(m, r, rule) {
      const { s } = r;
      let start = m.index;
      while (start > 0 && /[\u4e00-\u9fff、]/.test(s[start - 1]!)) start--;
      const items = s.slice(start, m.index).split('、');
      // 选树了徐一帆、郑可馨…: the first item starts where a name ending it does.
      const first = items[0]!;
      const cut = [3, 2].find((n) => first.length > n && SURNAME_SET.has(first[first.length - n]!) && isItem(first.slice(-n), false));
      if (cut !== undefined && !isItem(first, false)) {
        start += first.length - cut;
        items[0] = first.slice(-cut);
      }
      // A list of two at least (刘洋、高鹏飞等同志, not 部署民警等人); one name alone only before a count (贺亮等45名民警).
      const counted = !/^等(?:同志|人)/.test(m[0]);
      if (items.length < (counted ? 1 : 2) || !items.every((i) => isItem(i, false))) return undefined;
      // (A counted list of winners, 等4名民警当选, may gather police from many units: only an uncounted group is the article's.)
      const police = /^等(?:众多|一批)$/.test(m[0]) && POLICE_GROUP.test(s.slice(m.index + m[0].length));
      let at = start;
      for (const name of items) {
        const person = r.add(at, name, [], rule);
        if (police) person.policeGroup = true;
        at += name.length + 1;
      }
      return [];
    },
  },
  {
    id: 'person.speaker',
    // 刘岭说, 玉波教导员介绍: a name before a speech verb, with the post that may stand between.
    pattern: new RegExp(`(?:${alternation(SPEECH_VERBS)})`),
    examples: { match: ['刘岭说,'], noMatch: ['据悉'] },
    read(m, r, rule) {
      const { s, tokens } = r;
      // 韩立新 说: pages pad a name with spaces in running text.
      const verbAt = m.index - PADDING_BEFORE.exec(s.slice(0, m.index))![0].length;
      const postAt = lastPostEnding(s, verbAt);
      const nameEnd = postAt !== undefined && postAt > 0 && isHanAt(s, postAt - 1) ? postAt : verbAt;
      const posts: PersonPost[] = nameEnd < verbAt ? [{ role: roleOf(s.slice(nameEnd, verbAt)) }] : [];
      for (const length of [3, 2]) {
        const at = nameEnd - length;
        if (at < 0 || (at > 0 && isHanAt(s, at - 1))) continue;
        const name = readName(s, at, tokens);
        if (name && name.length === length) {
          r.add(at, name, posts, rule);
          return [];
        }
      }
      return undefined;
    },
  },
];

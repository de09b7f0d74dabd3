// Stage 5: relations, each with the sentence it was read from. The recipient
// of an honour and the actor of an initiative are found the way a reader finds
// them: the unit or person written before the verb in the same clause, else
// the subject the sentence opened with, else the subject of the paragraph so
// far, else the unit the article is about.
import { POST_UNIT_KIND, PARTY_KINDS, UNIT_CHARS, UNIT_HEADS, type UnitKind } from './lexicon/units.js';
import { PARTNER_VERB } from './lexicon/organizations.js';
import { POSTS, RANK_POSTS, SPEECH_VERBS } from './lexicon/people.js';
import { findActors, type Actor } from './actors.js';
import { findDecisions, findListSections, type CommendationDecision, type ListSections } from './decisions.js';
import { alternation } from './lexicon/common.js';
import { COLLECTIVE_TITLE_TAILS, PERSON_TITLE_TAILS } from './lexicon/honours.js';
import { ESTABLISHING_VERBS, FOUNDING_VERBS, TEAM_LEADER_POSTS } from './lexicon/initiatives.js';
import type { HonourEvent } from './mentions/honours.js';
import type { InitiativeMention } from './mentions/initiatives.js';
import type { ArticleMentions } from './mentions/index.js';
import type { OrgMention } from './mentions/organizations.js';
import type { PersonMention, PersonPost, Span, UnitMention } from './mentions/types.js';
import type { NameRegistry } from './registry.js';
import type { UnitEntity, UnitResolver } from './resolve.js';
import type { Evidence, ExtractedRelation, Sentence } from './types.js';

const CLAUSE_BREAK = /[,;:]/;
// A clause that only sets the time: 该党总支成立以来.
const TEMPORAL_TAIL = /^[\u4e00-\u9fff]{0,3}(?:以来|之际|期间|之后|时)$/;
// 在所长X的带领下,…: the leader frames the clause; the unit after it is the subject.
const LEADER_FRAME = /^的(?:带领|带动|组织|指导|关心|支持)下$/;
// A post written before a name, with the joiner before it (、民警): stripped off the subject's lead.
const POST_SUFFIX = new RegExp(`[、兼]?(?:${alternation(POSTS)})$`);
// 分局下辖的青义派出所…: the unit contained, not its container, is the subject.
const CONTAINER_OF = /^(?:下辖|下设|下属|所属)的?/;
// 许丽娜介绍,该所推出…: the speaker of reported speech is not its subject.
const SPEAKER_TAIL = new RegExp(`^(?:${alternation(SPEECH_VERBS)})$`);
// Prepositions and verbs that make what follows an object, not a subject.
const NOT_SUBJECT_BEFORE = /[对与向给同跟被把由从到将和及]|联合|依托|针对|按照|围绕/;
// A year something happened in; 2019年以来 opens a period, in which no one year is stated.
const YEAR = /((?:19|20)\d{2})年(?!以来|来|至今|起|开始)/g;
// Who leads it: 在X的带领下 (X may be 他 / 她)…, …由X牵头, 由X任队长.
const LEADER = new RegExp(
  `在([^,;。]{1,16}?)的(?:带领|带动|组织|指导)下|由([^,;。]{1,12}?)(?:牵头|负责|带头|担任|领衔|任(?=${alternation(TEAM_LEADER_POSTS)}))`,
  'g',
);
// What stands between a founder and the name in a relative clause: 创建的、由马骏领衔的“.
const FOUNDER_RELATIVE = new RegExp(`^(?:${alternation(FOUNDING_VERBS)})了?的`);
const PARTNER_RE = new RegExp(PARTNER_VERB, 'g');
const PARTNER_OBJECT = /^(?:[^,;。]{0,30}?)(?:合作|共建|签署|签订|协议|结对|联建|联手|联合|携手|共同|联席|协作|联动)/;
// Titles for Party organisations (全省优秀基层党组织) are won by the Party body, not the unit.
const PARTY_HONOUR = /党组织|(?:党支部|党总支|党委)$/;
// Titles only a person can win: 最美辅警, 优秀人民警察, 先进个人, 三等功 (a unit's is 集体三等功).
const PERSON_HONOUR = new RegExp(
  `(?:${alternation([...PERSON_TITLE_TAILS, '交警', '特警', '巡警', '刑警', '干警', '共青团员', '团员'])})$|^[一二三]等功$`,
);
// Titles only a collective can win: 集体二等功, 先进集体, 优秀公安基层单位, 青年文明号.
const COLLECTIVE_HONOUR = new RegExp(`^集体|(?:${alternation([...COLLECTIVE_TITLE_TAILS, '支部'])})$`);
const POLICE_UNIT_HONOUR = new RegExp(`(?:${alternation(UNIT_HEADS.filter((h) => !PARTY_KINDS.has(h.kind)).map((h) => h.head))})$`);
const ESTABLISHING = new RegExp(`(?:${alternation(ESTABLISHING_VERBS)})了?$`);
// An actor right after these is an object: 带领女子监区…, 与…, 对….
const OBJECT_BEFORE = /(?:带领|率领|组织|联合|协助|帮助|与|和|对|向|为|给|同|跟|把|将|在|从|以)$/;
const SAME_YEAR = /同年/;
// A date alone before the first comma: 2021年, / 2020年12月, (not 2019年以来,).
const SENTENCE_HEAD_YEAR = /^(?:在|于)?((?:19|20)\d{2})年(?:[\d一二三四五六七八九十]{1,2}月)?(?:[\d]{1,2}日)?,/;
const LED_BY = /(?:带领|率领)$/;
// 带领女子监区6名女民警: the people of a unit are led, not the unit.
const PEOPLE_OF_UNIT = /^(?:[\d一二三四五六七八九十两百余多]+\s*名|的?(?:全体|青年|女)?(?:民警|辅警|党员|队员|干部))/;
// A leader taking their whole unit along: 带领全队, 带领所里的民警.
const LEADS_OWN_UNIT = new RegExp(`^(?:带领|率领)(?:全(?:体)?(?:[${UNIT_CHARS}]|中队|大队|支队)|[${UNIT_CHARS}]里的)`);
// Units the hierarchy default may place a unit in: the territorial chain (市局 → 分局 → 派出所),
// not 公安部 or 省厅, and not a 支队 (its stations belong to a 分局).
const TERRITORIAL_KINDS: ReadonlySet<UnitKind> = new Set(['bureau', 'branch', 'station']);
// A branch (分局, 区局) sits in its city's bureau whichever unit the article is about.
const BRANCH_LEVEL = 3;
// The end of a counted list's head: X、Y等12个单位, X等6人, X等30名辅警.
// Between the named heads of a list: 、 or 和, with the next one's post (王勇和民警高明等3人).
const LIST_JOINER = new RegExp(`^[、和及与](?:${alternation(POSTS)})?$`);
const COUNTED_LIST_END = /等\s*[\d一二三四五六七八九十两百]+\s*(?:名|人|个|位|家|支)[\u4e00-\u9fff]{0,4}$/;
// A counted group with its names in brackets, right before the verb: 三名民警(丁磊、赛力克、何雨桐).
const COUNTED_GROUP_NAMED = /[\d一二三四五六七八九十两]+\s*(?:名|位)[\u4e00-\u9fff]{0,4}\(([^()]{2,40})\)$/;
// 队长是副所长卢晓燕: who heads a team, in a sentence of its own.
const TEAM_HEAD_IS = /(?:队长|团长|领队)(?:是|为)([^,;。]{2,12})/g;
const TEAM_NAME = /队$/;
// 分别被…, 分别获评…: each of the recipients got one of the honours, in order.
const RESPECTIVELY = /分别$/;
// Posts held in a Party or League body rather than in the police unit.
const PARTY_POST = /书记|委员/;

interface RelationInput {
  text: string;
  mentions: ArticleMentions;
  units: UnitResolver;
  registry: NameRegistry;
}

export function extractRelations(input: RelationInput): ExtractedRelation[] {
  return new RelationReader(input).read();
}

class RelationReader {
  private readonly out: ExtractedRelation[] = [];
  private readonly seen = new Map<string, ExtractedRelation>();
  private readonly actorsBySentence: Actor[][];
  private readonly paragraphOf: number[];
  /** The paragraph's subject before each sentence. */
  private readonly topics: (Actor[] | undefined)[] = [];
  /** Each sentence's own topic (sentenceTopic). */
  private readonly sentenceTopics: (Actor[] | undefined)[] = [];
  private readonly homeUnit: { id: number; name: string } | undefined;
  private readonly orgsBySentence: OrgMention[][] = [];
  private readonly unitsBySentence: UnitMention[][] = [];
  private readonly decisions: CommendationDecision[];
  private readonly listSections: ListSections;
  private readonly teamLeaders = new Map<InitiativeMention, PersonMention>();
  private readonly teamPosts = new Set<PersonPost>();
  /** Where each unit written as a person's own unit ends, by its start. */
  private readonly ownUnitEnds: ReadonlyMap<number, number>;

  constructor(private readonly input: RelationInput) {
    const { mentions, text } = input;
    let paragraph = 0;
    this.paragraphOf = mentions.sentences.map((s, i) => {
      const prev = mentions.sentences[i - 1];
      if (prev && text.slice(prev.end, s.start).includes('\n')) paragraph++;
      return paragraph;
    });
    const home = input.units.home();
    this.homeUnit = home ? { id: home.id, name: home.name } : undefined;
    const actors = findActors(mentions, input.units, this.paragraphOf, this.homeUnit);
    this.actorsBySentence = actors.bySentence;
    this.ownUnitEnds = actors.ownUnitEnds;
    for (const o of mentions.orgs) (this.orgsBySentence[o.sentence] ??= []).push(o);
    for (const u of mentions.units) (this.unitsBySentence[u.sentence] ??= []).push(u);
    this.listSections = findListSections(text, mentions.sentences);
    this.decisions = findDecisions(mentions.sentences, this.paragraphOf, this.listSections);
  }

  /**
   * Whether what stands between two list items joins them: 、 or 和, with the next one's post
   * (王勇和民警高明) and the unit that post is held in (付海涛、刑侦大队民警曹雨晴).
   */
  private listJoined(from: number, to: number): boolean {
    const text = this.input.text;
    const ownUnitEnd = this.ownUnitEnds.get(from + 1);
    const rest = ownUnitEnd !== undefined && ownUnitEnd <= to ? text.slice(ownUnitEnd, to) : text.slice(from + 1, to);
    return LIST_JOINER.test(text[from] + rest);
  }

  read(): ExtractedRelation[] {
    this.computeTopics();
    this.findTeamLeaders();
    this.partOf();
    this.memberOf();
    this.received();
    this.leads();
    this.partners();
    return this.out;
  }

  private evidence(sentenceIndex: number): Evidence {
    const s = this.input.mentions.sentences[sentenceIndex]!;
    return { sentence: s.text, start: s.start, end: s.end };
  }

  private add(rel: ExtractedRelation, sentenceIndex: number): void {
    if (rel.from === rel.to) return;
    const key = `${rel.type}\u0000${rel.from}\u0000${rel.to}`;
    const earlier = this.seen.get(key);
    if (earlier) {
      // A headline announces the honour; the body may give its year and giver.
      if (earlier.year === undefined && rel.year !== undefined) earlier.year = rel.year;
      // 民警郭振华 … 郭振华现任该所副所长: the post names the membership better than the rank.
      if (earlier.role && rel.role && RANK_POSTS.test(earlier.role) && !RANK_POSTS.test(rel.role)) earlier.role = rel.role;
      if (earlier.conferredBy === undefined && rel.conferredBy !== undefined) earlier.conferredBy = rel.conferredBy;
      return;
    }
    const added = { ...rel, evidence: this.evidence(sentenceIndex) };
    this.seen.set(key, added);
    this.out.push(added);
  }

  private sentence(i: number): Sentence {
    return this.input.mentions.sentences[i]!;
  }

  private clauseStart(sentenceIndex: number, at: number): number {
    const s = this.sentence(sentenceIndex);
    let i = at - s.start;
    while (i > 0 && !CLAUSE_BREAK.test(s.text[i - 1]!)) i--;
    return s.start + i;
  }

  private clauseEnd(sentenceIndex: number, at: number): number {
    const s = this.sentence(sentenceIndex);
    let i = at - s.start;
    while (i < s.text.length && !CLAUSE_BREAK.test(s.text[i]!)) i++;
    return s.start + i;
  }

  /** The first actor written in subject position in a sentence, with those listed alongside it. */
  private sentenceTopic(index: number): Actor[] | undefined {
    const actors = this.actorsBySentence[index]!.filter((a) => !a.ownUnitOfPerson);
    for (const a of actors) {
      const cs = this.clauseStart(index, a.start);
      const before = this.leadBefore(index, cs, a);
      if (before.length > 12 || NOT_SUBJECT_BEFORE.test(before)) continue;
      const after = this.input.text.slice(a.end, this.clauseEnd(index, a.end));
      if (TEMPORAL_TAIL.test(after) || SPEAKER_TAIL.test(after) || LEADER_FRAME.test(after) || CONTAINER_OF.test(after)) continue;
      return this.withSiblings(actors, a);
    }
    return undefined;
  }

  /** What stands before an actor in its clause, less a person's own unit and posts (支队所属云龙大队团支部书记、民警孙浩). */
  private leadBefore(index: number, cs: number, a: Actor): string {
    let end = a.start;
    if (a.type === 'Person') {
      for (let guard = 0; guard < 8; guard++) {
        const text = this.input.text.slice(cs, end);
        const post = POST_SUFFIX.exec(text);
        const own = this.actorsBySentence[index]!.find((u) => u.ownUnitOfPerson && u.end === end && u.start >= cs);
        if (post) end -= post[0].length;
        else if (own) end = own.start;
        else break;
      }
    }
    return this.input.text.slice(cs, end);
  }

  private computeTopics(): void {
    let paragraph = -1;
    let current: Actor[] | undefined;
    this.input.mentions.sentences.forEach((_, i) => {
      if (this.paragraphOf[i] !== paragraph) {
        paragraph = this.paragraphOf[i]!;
        current = undefined;
      }
      this.topics[i] = current; // the paragraph's subject before this sentence
      this.sentenceTopics[i] = this.sentenceTopic(i);
      current = this.sentenceTopics[i] ?? current;
    });
  }

  /** The actor and the ones enumerated right next to it (戴荣华、周勇; 所长林志强、教导员黄美玲). */
  private withSiblings(actors: readonly Actor[], a: Actor): Actor[] {
    const group = [a];
    let last = a;
    for (const next of actors) {
      if (next.start <= last.start || next.type !== a.type) continue;
      if (!this.listJoined(last.end, next.start)) break;
      group.push(next);
      last = next;
    }
    return group;
  }

  /** The actors enumerated up to the last of `actors` (of its type, joined by 、 or 和), in order; `actors` must not be empty. */
  private enumerationEndingWithLast(actors: readonly Actor[]): Actor[] {
    const last = actors[actors.length - 1]!;
    let i = actors.length - 1;
    while (i > 0 && actors[i - 1]!.type === last.type && this.listJoined(actors[i - 1]!.end, actors[i]!.start)) i--;
    return actors.slice(i);
  }

  /** The actors on the lines of a list section, less the units written as a person's own. */
  private sectionActors(items: { first: number; last: number }): Actor[] {
    return this.actorsBySentence.slice(items.first, items.last + 1).flat().filter((a) => !a.ownUnitOfPerson);
  }

  /**
   * Who does what the verb at `at` says: the nearest actor before it in the
   * clause, else the sentence's topic, else the paragraph's, else the article's unit.
   */
  private subject(sentenceIndex: number, at: number, exclude: readonly Span[] = []): { actors: Actor[]; from: number } {
    const cs = this.clauseStart(sentenceIndex, at);
    const actors = this.actorsBySentence[sentenceIndex]!.filter(
      (a) => !a.ownUnitOfPerson && !exclude.some((x) => a.start >= x.start && a.end <= x.end),
    );
    const written = actors.filter((a) => a.start >= cs && a.end <= at);
    const asSubject = written.filter((a) => !OBJECT_BEFORE.test(this.input.text.slice(Math.max(cs, a.start - 2), a.start)));
    const inClause = asSubject.length ? asSubject : written;
    if (inClause.length) {
      const nearest = inClause[inClause.length - 1]!;
      // Walk back over an enumeration ending at the nearest actor.
      const first = this.enumerationEndingWithLast(inClause)[0]!;
      return { actors: this.withSiblings(inClause, first).filter((x) => x.end <= at), from: nearest.end };
    }
    const local = this.sentenceTopics[sentenceIndex];
    if (local && local[0]!.start < at) return { actors: local.filter((a) => a.end <= at), from: local[0]!.end };
    const topic = this.topics[sentenceIndex];
    if (topic) return { actors: topic, from: cs };
    if (this.homeUnit) {
      const home: Actor = { start: cs, end: cs, type: 'Unit', name: this.homeUnit.name, unitId: this.homeUnit.id, ownUnitOfPerson: false };
      return { actors: [home], from: cs };
    }
    return { actors: [], from: cs };
  }

  private unitName(id: number): string {
    return this.input.units.entities[id]!.name;
  }

  // ---- PART_OF -----------------------------------------------------------

  private partOf(): void {
    const { units } = this.input;
    this.statedPartOf(0);
    // A sub-unit named without its parent belongs to the unit the article is about; a branch, or a
    // unit ranked above the article's (a 分局 in a 市局's report on its stations), to the only unit
    // of the rank above. Peer stations of the article's are left alone: they may belong anywhere.
    const home = this.homeUnit ? units.entities[this.homeUnit.id]! : undefined;
    const base = home && PARTY_KINDS.has(home.kind) ? units.entities[units.unitOf(home.id) ?? -1] : home;
    if (!base) return;
    for (const e of units.entities) {
      if (e.parents.size > 0 || PARTY_KINDS.has(e.kind)) continue;
      const parent = e.level <= BRANCH_LEVEL || e.level < base.level ? this.onlyUnitRankedAbove(e) : e.level > base.level ? base : undefined;
      const first = this.input.mentions.units.find((u) => units.idOf(u) === e.id || units.chainOf(u).includes(e.id));
      if (parent && first) this.add({ type: 'PART_OF', from: e.name, to: parent.name }, first.sentence);
    }
  }

  /** PART_OF for the parents stated for the units from entity id `from` on. */
  private statedPartOf(from: number): void {
    for (const e of this.input.units.entities.slice(from)) {
      for (const [parent, stated] of e.parents) {
        // 常州公安局水门桥派出所 skips the branch that 常州市公安局天宁分局水门桥派出所 names: keep the nearest parent.
        const skipsLevel = [...e.parents.keys()].some((other) => other !== parent && this.isAncestor(parent, other));
        if (!skipsLevel) this.add({ type: 'PART_OF', from: e.name, to: this.unitName(parent) }, stated.sentence);
      }
    }
  }

  /** The territorial unit of the nearest rank above `e`, when only one has that rank. */
  private onlyUnitRankedAbove(e: UnitEntity): UnitEntity | undefined {
    const above = this.input.units.entities.filter(
      (x) => TERRITORIAL_KINDS.has(x.kind) && x.level < e.level && !this.isAncestor(e.id, x.id),
    );
    const rank = Math.max(...above.map((x) => x.level));
    const nearest = above.filter((x) => x.level === rank);
    return nearest.length === 1 ? nearest[0] : undefined;
  }

  private isAncestor(ancestor: number, of: number, depth = 0): boolean {
    const e = this.input.units.entities[of]!;
    if (depth > 8) return false;
    return [...e.parents.keys()].some((p) => p === ancestor || this.isAncestor(ancestor, p, depth + 1));
  }

  // ---- MEMBER_OF ---------------------------------------------------------

  private memberOf(): void {
    const { mentions, units } = this.input;
    const known = units.entities.length;
    for (const p of mentions.persons) {
      const posts = p.posts;
      posts.forEach((post, i) => {
        if (this.teamPosts.has(post)) return;
        let unitId = post.unit ? units.idOf(post.unit) : undefined;
        if (post.unit && unitId !== undefined && post.partyBody && !PARTY_KINDS.has(units.entities[unitId]!.kind)) {
          unitId = units.partyBodyOf(unitId, post.partyBody, { sentence: p.sentence });
        } else if (unitId === undefined) {
          // 党总支书记、大队长X: a post without a unit takes the unit written with the post next to it.
          const written = [...posts.slice(i + 1), ...posts.slice(0, i)].find((q) => q.unit)?.unit;
          const kinds = POST_UNIT_KIND[post.role];
          const chain = written ? units.chainOf(written) : [];
          // The innermost unit of the post's kind: 机场分局党总支书记、局长 heads the 分局, not the 市局.
          let owner = kinds ? [...chain].reverse().find((id) => kinds.includes(units.entities[id]!.kind)) : undefined;
          const near = written ? units.idOf(written) : undefined;
          if (owner === undefined && near !== undefined && !kinds) {
            const e = units.entities[near]!;
            owner = PARTY_KINDS.has(e.kind) && !post.partyBody ? (units.unitOf(near) ?? near) : near;
          }
          owner ??= this.impliedUnit(p, kinds);
          // 党委副书记、政委X: the 政委 serves in the unit, not in its Party committee.
          if (owner !== undefined && !post.partyBody && !PARTY_POST.test(post.role) && PARTY_KINDS.has(units.entities[owner]!.kind)) {
            owner = units.unitOf(owner) ?? owner;
          }
          if (owner !== undefined && post.partyBody) owner = units.partyBodyOf(owner, post.partyBody, { sentence: p.sentence });
          unitId = owner;
        }
        if (unitId === undefined) return;
        this.add({ type: 'MEMBER_OF', from: p.name, to: this.unitName(unitId), role: post.role }, p.sentence);
      });
      if (posts.length === 0 && p.honourBefore && this.homeUnit) {
        this.add({ type: 'MEMBER_OF', from: p.name, to: this.homeUnit.name }, p.sentence);
      }
    }
    // Party bodies named only through posts (党支部书记X) sit in the unit the post was read in.
    this.statedPartOf(known);
  }

  /** The unit of a person whose post names none: one set up in the same sentence, the nearest in the clause, else the article's. */
  private impliedUnit(p: PersonMention, kinds: readonly UnitKind[] | undefined): number | undefined {
    const { units, text } = this.input;
    // Police posts (警务室, 警务站) are many and small: only one already named can be the person's;
    // without one, the unit the sentence names is (在石门派出所,…社区民警邓丽).
    // A head's post (局长, 所长) with no unit written is held in the unit the article is about, when it is of that kind.
    const home = this.homeUnit && units.entities[this.homeUnit.id]!;
    if (kinds && home && !kinds.includes('post') && kinds.includes(home.kind)) return home.id;
    const ofKind = kinds ? units.mostRecent(kinds, p.start, kinds.includes('post')) : undefined;
    if (ofKind !== undefined) return ofKind;
    if (kinds && !kinds.includes('post')) return this.homeUnit?.id;
    // 辅警赵春燕是一中队唯一的女队员: the unit the copula names.
    if (text[p.end] === '是') {
      const named = this.actorsBySentence[p.sentence]!.find((a) => a.type === 'Unit' && a.start === p.end + 1);
      if (named) return named.unitId;
    }
    const actors = this.actorsBySentence[p.sentence]!.filter((a) => a.type === 'Unit' && a.end <= p.start);
    const established = actors.find((a) => ESTABLISHING.test(text.slice(Math.max(0, a.start - 3), a.start)));
    if (established) return established.unitId;
    const cs = this.clauseStart(p.sentence, p.start);
    const inClause = actors.filter((a) => a.start >= cs);
    if (inClause.length) return inClause[inClause.length - 1]!.unitId;
    // A sentence opened by 在X, names the unit of the people in it (在容桂中队,辅警苏慧敏…).
    const s = this.sentence(p.sentence);
    const setting = actors.find((a) => a.start === s.start + 1 && text[s.start] === '在');
    if (setting) return setting.unitId;
    const topic = this.sentenceTopics[p.sentence]?.find((a) => a.type === 'Unit' && a.end <= p.start);
    return topic?.unitId ?? this.homeUnit?.id;
  }

  // ---- RECEIVED ----------------------------------------------------------

  private received(): void {
    const { mentions, registry } = this.input;
    const resolved = new Map<HonourEvent, { actors: Actor[]; conferredBy?: string; year?: number }>();
    let previousInSentence: { sentence: number; end: number; year?: number } | undefined;
    for (const ev of mentions.honourEvents) {
      const honour = registry.get('Honour', ev.honour.name);
      if (!honour) continue;
      const sentenceIndex = ev.honour.sentence;
      // 王海波等6人被记个人二等功: only the named head of a counted list is a recipient.
      const listHeads = ev.counted ? this.countedListHeads(sentenceIndex, ev.at) : [];
      if (ev.counted && !listHeads.length && !this.listSections.has(sentenceIndex)) continue;
      const parent = ev.continues ? resolved.get(ev.continues) : undefined;
      const section = this.listSections.get(sentenceIndex);
      let actors: Actor[];
      let from: number;
      if (section && !ev.recipients) {
        // 一、记集体三等功(2个): the recipients are the lines that follow the heading.
        actors = this.sectionActors(section);
        from = this.sentence(sentenceIndex).end;
      } else if (listHeads.length) {
        actors = listHeads;
        from = listHeads[listHeads.length - 1]!.end;
      } else if (parent) {
        actors = parent.actors;
        from = this.clauseStart(sentenceIndex, ev.at);
      } else if (ev.recipients) {
        const r = ev.recipients;
        actors = this.actorsBySentence[sentenceIndex]!.filter((a) => a.start >= r.start && a.end <= r.end && !a.ownUnitOfPerson);
        from = r.end;
        actors = [...actors, ...this.listedUnder(honour.name, sentenceIndex).filter((a) => !actors.some((b) => b.name === a.name))];
      } else {
        ({ actors, from } = this.subject(sentenceIndex, ev.at, ev.agents));
      }
      actors = this.respectively(ev, actors);
      const decision = this.decisions.find((d) => d.start <= ev.at && ev.at < d.end);
      const conferredBy = parent ? parent.conferredBy : (this.giver(ev) ?? this.decisionHost(decision));
      const year = ev.year ?? parent?.year ?? this.yearOf(ev, from, previousInSentence) ?? decision?.year;
      resolved.set(ev, { actors, ...(conferredBy ? { conferredBy } : {}), ...(year ? { year } : {}) });
      previousInSentence = { sentence: sentenceIndex, end: ev.honour.end, ...(year ? { year } : {}) };
      for (const a of actors) {
        // A person's title reached a unit only because its person went unread (and a collective's a person): give it to nobody.
        if (a.type === 'Unit' && PERSON_HONOUR.test(honour.name)) continue;
        if (a.type === 'Person' && COLLECTIVE_HONOUR.test(honour.name)) continue;
        const recipient = this.partyRecipient(a, honour.name);
        const rel: ExtractedRelation = { type: 'RECEIVED', from: recipient, to: honour.name };
        if (year) rel.year = year;
        if (conferredBy && conferredBy !== recipient) rel.conferredBy = conferredBy;
        this.add(rel, sentenceIndex);
      }
    }
  }

  /**
   * 授予X等6个单位“先进集体”称号 … 一、先进集体(6个): a decision that names only the head of a counted
   * group prints the whole group under a numbered heading that repeats the title; its lines are the recipients.
   */
  private listedUnder(honour: string, sentenceIndex: number): Actor[] {
    for (const [heading, items] of this.listSections) {
      if (heading <= sentenceIndex || !this.sentence(heading).text.includes(honour)) continue;
      return this.sectionActors(items);
    }
    return [];
  }

  /** A温晓峰和B分别被…记三等功和嘉奖: the honours of one verb go to the recipients in turn. */
  private respectively(ev: HonourEvent, actors: Actor[]): Actor[] {
    if (actors.length < 2 || !RESPECTIVELY.test(this.input.text.slice(Math.max(0, ev.at - 4), ev.at))) return actors;
    const group = this.input.mentions.honourEvents.filter((e) => e.at === ev.at && !e.continues);
    return group.length === actors.length ? [actors[group.indexOf(ev)]!] : actors;
  }

  /** The units or people enumerated right before 等N人 / 等N个单位 (or bracketed after N名民警) in the clause that ends at `at`. */
  private countedListHeads(sentenceIndex: number, at: number): Actor[] {
    const cs = this.clauseStart(sentenceIndex, at);
    const clause = this.input.text.slice(cs, at);
    // 三名民警(丁磊、赛力克、何雨桐)被…: the group named in brackets after its count.
    const group = COUNTED_GROUP_NAMED.exec(clause);
    if (group) {
      const open = at - group[1]!.length - 1;
      return this.actorsBySentence[sentenceIndex]!.filter((a) => a.type === 'Person' && a.start >= open && a.end < at);
    }
    const list = COUNTED_LIST_END.exec(clause);
    if (!list) return [];
    const listEnd = cs + list.index;
    const actors = this.actorsBySentence[sentenceIndex]!.filter((a) => !a.ownUnitOfPerson && a.start >= cs && a.end <= listEnd);
    const last = actors[actors.length - 1];
    if (!last || last.end !== listEnd) return [];
    return this.enumerationEndingWithLast(actors);
  }

  /** The unit that holds the meeting where a commendation decision is read out, or that issues it. */
  private decisionHost(decision: CommendationDecision | undefined): string | undefined {
    const issuerAt = decision?.issuerAt;
    const issuer = issuerAt && this.actorsBySentence[issuerAt.sentence]!.find((a) => a.type === 'Unit' && a.end === issuerAt.at);
    if (issuer) return issuer.name;
    if (!decision?.giverAt) return undefined;
    const { actors } = this.subject(decision.giverAt.sentence, decision.giverAt.at);
    return actors.find((a) => a.type === 'Unit')?.name;
  }

  /** A Party honour won by a unit goes to the unit's Party body, when the article names one… */
  private partyRecipient(a: Actor, honour: string): string {
    if (a.type !== 'Unit' || a.unitId === undefined) return a.name;
    const e = this.input.units.entities[a.unitId]!;
    // …and a title for a kind of police unit (全国一级派出所) by the unit, not its Party body.
    if (PARTY_KINDS.has(e.kind) && POLICE_UNIT_HONOUR.test(honour)) return this.unitName(this.input.units.unitOf(e.id) ?? e.id);
    if (!PARTY_HONOUR.test(honour)) return a.name;
    const body = this.input.units.entities.find((e) => PARTY_KINDS.has(e.kind) && e.parents.has(a.unitId!));
    return body ? body.name : a.name;
  }

  private giver(ev: HonourEvent): string | undefined {
    const { units, registry } = this.input;
    const orgs = this.orgsBySentence[ev.honour.sentence] ?? [];
    const unitMentions = this.unitsBySentence[ev.honour.sentence] ?? [];
    for (const span of ev.agents) {
      const org = orgs.find((o) => o.start >= span.start && o.end <= span.end);
      const unit = unitMentions.find((u) => u.start >= span.start && u.end <= span.end && units.idOf(u) !== undefined);
      const first = [org, unit].filter((x): x is NonNullable<typeof x> => x !== undefined).sort((a, b) => a.start - b.start)[0];
      if (!first) continue;
      if (first === org) return registry.get('Organization', org.name)?.name ?? org.name;
      return this.unitName(units.idOf(unit!)!);
    }
    return undefined;
  }

  /**
   * The year written for an honour: the last one since the previous honour of
   * the sentence (2020年12月,该所被公安部评为…); 同年 repeats the year before it;
   * an honour that continues the sentence's subject (…,并荣获…) shares its year.
   */
  private yearOf(ev: HonourEvent, subjectEnd: number, previous: { sentence: number; end: number; year?: number } | undefined): number | undefined {
    const s = this.sentence(ev.honour.sentence);
    const samePrevious = previous && previous.sentence === ev.honour.sentence ? previous : undefined;
    const from = samePrevious ? samePrevious.end : s.start;
    const window = this.input.text.slice(from, ev.honour.start);
    let year: number | undefined;
    for (const m of window.matchAll(YEAR)) year = Number(m[1]);
    if (year !== undefined) return year;
    if (SAME_YEAR.test(window) || (samePrevious && subjectEnd <= samePrevious.end)) {
      if (samePrevious?.year) return samePrevious.year;
      const earlier = [...this.input.text.slice(Math.max(0, s.start - 200), from).matchAll(YEAR)];
      if (SAME_YEAR.test(window) && earlier.length) return Number(earlier[earlier.length - 1]![1]);
    }
    // 2021年,分局被…荣记集体二等功,派出所被评为…: a year heading the sentence covers its coordinated clauses,
    // also those after a semicolon (…称号;蔡锐获评…).
    let first = ev.honour.sentence;
    while (first > 0 && this.sentence(first - 1).text.endsWith(';') && this.paragraphOf[first - 1] === this.paragraphOf[first]) first--;
    const head = SENTENCE_HEAD_YEAR.exec(this.sentence(first).text);
    return head ? Number(head[1]) : undefined;
  }

  // ---- LEADS -------------------------------------------------------------

  private leads(): void {
    const { mentions, registry } = this.input;
    const introduced = new Set<string>();
    // 突击队由X牵头组建 says who set it up: no guess from a first mention without a verb.
    const stated = new Set(mentions.initiatives.filter((m) => m.agent).map((m) => m.name));
    for (const m of mentions.initiatives) {
      const entity = registry.get('Initiative', m.name);
      if (!entity) continue;
      const add = (a: { name: string }) => this.add({ type: 'LEADS', from: a.name, to: entity.name }, m.sentence);
      const first = !introduced.has(entity.name);
      introduced.add(entity.name);
      const leader = this.teamLeaders.get(m);
      if (leader) add(leader);
      if (m.agent) {
        const agent = m.agent;
        this.actorsBySentence[m.sentence]!.filter((a) => a.start >= agent.start && a.end <= agent.end).forEach(add);
        continue;
      }
      if (m.verbAt === undefined && (!first || stated.has(entity.name))) continue;
      const at = m.verbAt ?? m.start;
      const { actors } = this.subject(m.sentence, at);
      // 他带领党总支打造“…”: the unit led sets it up with its leader.
      const led = actors.some((a) => a.type === 'Person') ? this.ledUnits(m.sentence, at) : [];
      [...actors, ...led, ...this.unitsLedWhole(actors, at), ...this.leadersNamed(m.sentence, at), ...this.foundersBefore(m)].forEach(add);
    }
    this.teamHeadsStated();
  }

  /** 这支队伍由…组成,队长是副所长卢晓燕: the person said to head a team leads the team the paragraph named last. */
  private teamHeadsStated(): void {
    const { mentions, registry } = this.input;
    const teams = mentions.initiatives.filter((m) => TEAM_NAME.test(m.name));
    mentions.sentences.forEach((s, i) => {
      for (const h of s.text.matchAll(TEAM_HEAD_IS)) {
        const at = s.start + h.index!;
        const team = teams.filter((t) => t.end <= at && this.paragraphOf[t.sentence] === this.paragraphOf[i]).pop();
        const entity = team && registry.get('Initiative', team.name);
        if (!entity) continue;
        const span = { start: at + h[0].length - h[1]!.length, end: at + h[0].length };
        for (const a of this.actorsBySentence[i]!) {
          if (a.type === 'Person' && a.start >= span.start && a.end <= span.end) this.add({ type: 'LEADS', from: a.name, to: entity.name }, i);
        }
      }
    });
  }

  /** 中队长李振华带领全队推出…, 教导员带领所里的女民警成立…: the leader's own unit runs it too. */
  private unitsLedWhole(actors: readonly Actor[], at: number): { name: string }[] {
    const units: { name: string }[] = [];
    for (const a of actors) {
      if (a.type !== 'Person' || !LEADS_OWN_UNIT.test(this.input.text.slice(a.end, at))) continue;
      const unit = this.out.find((r) => r.type === 'MEMBER_OF' && r.from === a.name); // read before LEADS
      if (unit) units.push({ name: unit.to });
    }
    return units;
  }

  /** People named as leading it: 在X的带领下…, …由X牵头 / 领衔. */
  private leadersNamed(sentenceIndex: number, at: number): Actor[] {
    const s = this.sentence(sentenceIndex);
    const leaders: Actor[] = [];
    for (const l of s.text.matchAll(LEADER)) {
      const who = l[1] ?? l[2]!;
      if (l[1] !== undefined && s.start + l.index! > at) continue; // 在…带领下 comes before what it leads
      const span = { start: s.start + l.index! + 1, end: s.start + l.index! + 1 + who.length };
      leaders.push(...this.actorsBySentence[sentenceIndex]!.filter((a) => a.type === 'Person' && a.start >= span.start && a.end <= span.end));
    }
    return leaders;
  }

  /** 大队创建的、由马骏领衔的“…工作室”: an actor right before a founding verb and 的, in the clause before the name. */
  private foundersBefore(m: InitiativeMention): Actor[] {
    const cs = this.clauseStart(m.sentence, m.start);
    const text = this.input.text;
    return this.actorsBySentence[m.sentence]!.filter((a) => a.start >= cs && a.end <= m.start && FOUNDER_RELATIVE.test(text.slice(a.end, m.start)));
  }

  /** 突击队队长、…何子健: the person who holds the team's leading post leads the team (and is no member through that post). */
  private findTeamLeaders(): void {
    for (const m of this.input.mentions.initiatives) {
      const post = m.leaderPost;
      if (!post) continue;
      const role = this.input.text.slice(post.start, post.end);
      const person = this.input.mentions.persons.find((p) => p.sentence === m.sentence && p.start >= post.end && p.posts.some((q) => q.role === role));
      if (!person) continue;
      this.teamLeaders.set(m, person);
      this.teamPosts.add(person.posts.find((q) => q.role === role)!);
    }
  }

  /** 他带领党支部与…共建: the unit a person leads into a partnership is the partner. */
  private ledUnits(sentenceIndex: number, at: number): Actor[] {
    const text = this.input.text;
    const led = (from: number) =>
      this.actorsBySentence[sentenceIndex]!.filter(
        (a) =>
          a.type === 'Unit' && a.start >= from && a.end <= at && LED_BY.test(text.slice(Math.max(from, a.start - 2), a.start)) &&
          !PEOPLE_OF_UNIT.test(text.slice(a.end, a.end + 8)),
      );
    // …also from an earlier clause of the sentence (他带领党总支打造…,与X合作).
    const inClause = led(this.clauseStart(sentenceIndex, at));
    return inClause.length ? inClause : led(this.sentence(sentenceIndex).start);
  }

  // ---- PARTNERS_WITH -----------------------------------------------------

  private partners(): void {
    const { mentions, registry } = this.input;
    for (const o of mentions.orgs) {
      const s = this.sentence(o.sentence);
      const cs = this.clauseStart(o.sentence, o.start);
      const clauseBefore = s.text.slice(cs - s.start, o.start - s.start);
      const verbs = [...clauseBefore.matchAll(PARTNER_RE)];
      const withPartner = /与|同|和/.test(clauseBefore) && PARTNER_OBJECT.test(s.text.slice(o.end - s.start));
      if (!verbs.length && !withPartner) continue;
      const at = verbs.length ? cs + verbs[0]!.index! : cs + Math.max(0, clauseBefore.search(/与|同|和/));
      const subject = this.subject(o.sentence, at).actors.filter((a) => a.type === 'Unit');
      const actors = subject.length ? subject : this.ledUnits(o.sentence, at);
      const org = registry.get('Organization', o.name);
      if (!org) continue;
      for (const a of actors) this.add({ type: 'PARTNERS_WITH', from: a.name, to: org.name }, o.sentence);
    }
  }
}

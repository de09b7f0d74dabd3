// What every relation reader reads an article with: its actors sentence by
// sentence, its paragraphs, the subject each sentence and paragraph carries,
// its commendation decisions and printed lists, and the clause arithmetic
// that finds who does what a verb says. Computed once per article and read
// only afterwards; the readers (part-of.ts … partners.ts) are functions of it.
import { findActors, type Actor } from '../actors.js';
import { findDecisions, findListSections, type CommendationDecision, type ListSections } from '../decisions.js';
import { alternation } from '../lexicon/common.js';
import { POSTS, SPEECH_VERBS } from '../lexicon/people.js';
import type { ArticleMentions } from '../mentions/index.js';
import type { OrgMention } from '../mentions/organizations.js';
import type { Span, UnitMention } from '../mentions/types.js';
import { COUNT, isClauseBreakAt } from '../patterns.js';
import type { NameRegistry } from '../registry.js';
import type { UnitResolver } from '../resolve.js';
import type { Sentence } from '../types.js';

export interface RelationInput {
  text: string;
  mentions: ArticleMentions;
  units: UnitResolver;
  registry: NameRegistry;
}

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
// X授予其…, X将其命名为…: X gives to the topic told of before, which stays the topic.
const GIVES_TO_PRONOUN = /^[^,;。]{0,6}?(?:授予|[将把])其/;
// 省公安厅下发通报: the body that issues a notice or decision gives; it is not whom the sentence is about.
const ISSUES = /^(?:下发|印发|发出|发布|作出)/;
// Prepositions and verbs that make what follows an object, not a subject.
const NOT_SUBJECT_BEFORE = /[对与向给同跟被把由从到将和及经]|联合|依托|针对|按照|围绕|获|授予/;
// An actor right after these is an object: 带领女子监区…, 与…, 对….
const OBJECT_BEFORE = /(?:带领|率领|组织|联合|协助|帮助|与|和|对|向|为|给|同|跟|把|将|在|从|以)$/;
// Between the named heads of a list: 、 or 和, with the next one's post (王勇和民警高明等3人).
const LIST_JOINER = new RegExp(`^[、和及与](?:${alternation(POSTS)})?$`);
const LED_BY = /(?:带领|率领)$/;
// 带领女子监区6名女民警: the people of a unit are led, not the unit.
const PEOPLE_OF_UNIT = new RegExp(String.raw`^(?:[${COUNT}余多]+\s*名|的?(?:全体|青年|女)?(?:民警|辅警|党员|队员|干部))`);

export class RelationContext {
  readonly text: string;
  readonly actorsBySentence: Actor[][];
  readonly paragraphOf: number[];
  /** The paragraph's subject before each sentence. */
  readonly topics: (Actor[] | undefined)[] = [];
  /** Each sentence's own topic (sentenceTopic). */
  readonly sentenceTopics: (Actor[] | undefined)[] = [];
  /** The unit the article is about. */
  readonly homeUnit: { id: number; name: string } | undefined;
  readonly orgsBySentence: OrgMention[][] = [];
  readonly unitsBySentence: UnitMention[][] = [];
  readonly decisions: CommendationDecision[];
  readonly listSections: ListSections;
  /** Where each unit written as a person's own unit ends, by its start. */
  private readonly ownUnitEnds: ReadonlyMap<number, number>;

  constructor(readonly input: RelationInput) {
    const { mentions, text } = input;
    this.text = text;
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
    this.computeTopics();
  }

  sentence(i: number): Sentence {
    return this.input.mentions.sentences[i]!;
  }

  unitName(id: number): string {
    return this.input.units.entities[id]!.name;
  }

  clauseStart(sentenceIndex: number, at: number): number {
    const s = this.sentence(sentenceIndex);
    let i = at - s.start;
    while (i > 0 && !isClauseBreakAt(s.text, i - 1)) i--;
    return s.start + i;
  }

  clauseEnd(sentenceIndex: number, at: number): number {
    const s = this.sentence(sentenceIndex);
    let i = at - s.start;
    while (i < s.text.length && !isClauseBreakAt(s.text, i)) i++;
    return s.start + i;
  }

  /**
   * Whether what stands between two list items joins them: 、 or 和, with the next one's post
   * (王勇和民警高明) and the unit that post is held in (付海涛、刑侦大队民警曹雨晴).
   */
  listJoined(from: number, to: number): boolean {
    const ownUnitEnd = this.ownUnitEnds.get(from + 1);
    const rest = ownUnitEnd !== undefined && ownUnitEnd <= to ? this.text.slice(ownUnitEnd, to) : this.text.slice(from + 1, to);
    return LIST_JOINER.test(this.text[from] + rest);
  }

  /** The actor and the ones enumerated right next to it (戴荣华、周勇; 所长林志强、教导员黄美玲). */
  withSiblings(actors: readonly Actor[], a: Actor): Actor[] {
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
  enumerationEndingWithLast(actors: readonly Actor[]): Actor[] {
    const last = actors[actors.length - 1]!;
    let i = actors.length - 1;
    while (i > 0 && actors[i - 1]!.type === last.type && this.listJoined(actors[i - 1]!.end, actors[i]!.start)) i--;
    return actors.slice(i);
  }

  /** The actors on the lines of a list section, less the units written as a person's own. */
  sectionActors(items: { first: number; last: number }): Actor[] {
    return this.actorsBySentence.slice(items.first, items.last + 1).flat().filter((a) => !a.ownUnitOfPerson);
  }

  /**
   * Who does what the verb at `at` says: the nearest actor before it in the
   * clause, else the sentence's topic, else the paragraph's, else the article's unit.
   */
  subject(sentenceIndex: number, at: number, exclude: readonly Span[] = []): { actors: Actor[]; from: number } {
    const cs = this.clauseStart(sentenceIndex, at);
    const excluded = (a: Actor) => exclude.some((x) => a.start >= x.start && a.end <= x.end);
    const actors = this.actorsBySentence[sentenceIndex]!.filter((a) => !a.ownUnitOfPerson && !excluded(a));
    const written = actors.filter((a) => a.start >= cs && a.end <= at);
    const asSubject = written.filter((a) => !OBJECT_BEFORE.test(this.text.slice(Math.max(cs, a.start - 2), a.start)));
    const inClause = asSubject.length ? asSubject : written;
    if (inClause.length) {
      const nearest = inClause[inClause.length - 1]!;
      // Walk back over an enumeration ending at the nearest actor.
      const first = this.enumerationEndingWithLast(inClause)[0]!;
      return { actors: this.withSiblings(inClause, first).filter((x) => x.end <= at), from: nearest.end };
    }
    const local = this.sentenceTopics[sentenceIndex];
    if (local && local[0]!.start < at && !excluded(local[0]!)) return { actors: local.filter((a) => a.end <= at), from: local[0]!.end };
    const topic = this.topics[sentenceIndex];
    if (topic && !topic.some(excluded)) return { actors: topic, from: cs };
    if (this.homeUnit) {
      const home: Actor = { start: cs, end: cs, type: 'Unit', name: this.homeUnit.name, unitId: this.homeUnit.id, ownUnitOfPerson: false };
      return { actors: [home], from: cs };
    }
    return { actors: [], from: cs };
  }

  /** 他带领党支部与…共建: the units a person written before `at` leads into what the verb says. */
  ledUnits(sentenceIndex: number, at: number): Actor[] {
    const led = (from: number) =>
      this.actorsBySentence[sentenceIndex]!.filter(
        (a) =>
          a.type === 'Unit' && a.start >= from && a.end <= at && LED_BY.test(this.text.slice(Math.max(from, a.start - 2), a.start)) &&
          !PEOPLE_OF_UNIT.test(this.text.slice(a.end, a.end + 8)),
      );
    // …also from an earlier clause of the sentence (他带领党总支打造…,与X合作).
    const inClause = led(this.clauseStart(sentenceIndex, at));
    return inClause.length ? inClause : led(this.sentence(sentenceIndex).start);
  }

  /** The first actor written in subject position in a sentence, with those listed alongside it. */
  private sentenceTopic(index: number): Actor[] | undefined {
    const actors = this.actorsBySentence[index]!.filter((a) => !a.ownUnitOfPerson);
    for (const a of actors) {
      const cs = this.clauseStart(index, a.start);
      const before = this.leadBefore(index, cs, a);
      if (before.length > 12 || NOT_SUBJECT_BEFORE.test(before)) continue;
      const after = this.text.slice(a.end, this.clauseEnd(index, a.end));
      if (TEMPORAL_TAIL.test(after) || SPEAKER_TAIL.test(after) || LEADER_FRAME.test(after) || CONTAINER_OF.test(after) || GIVES_TO_PRONOUN.test(after) || ISSUES.test(after)) continue;
      return this.withSiblings(actors, a);
    }
    return undefined;
  }

  /** What stands before an actor in its clause, less a person's own unit and posts (支队所属云龙大队团支部书记、民警孙浩). */
  private leadBefore(index: number, cs: number, a: Actor): string {
    let end = a.start;
    if (a.type === 'Person') {
      for (let guard = 0; guard < 8; guard++) {
        const text = this.text.slice(cs, end);
        const post = POST_SUFFIX.exec(text);
        const own = this.actorsBySentence[index]!.find((u) => u.ownUnitOfPerson && u.end === end && u.start >= cs);
        if (post) end -= post[0].length;
        else if (own) end = own.start;
        else break;
      }
    }
    return this.text.slice(cs, end);
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
}

// Stage 3: all mentions of an article. Units first in every sentence, so that
// the names the article settles (unit-names.ts) apply throughout; then, sentence
// by sentence, in the order the finders depend on each other: organisations (not over units),
// people (posts read the unit before them), honours (titles read the person
// after them), initiatives (not over anything already named). Names of people
// found once are then found again wherever the article repeats them.
import { NICKNAME_ENDINGS } from '../lexicon/people.js';
import { tag } from '../segment.js';
import type { Sentence } from '../types.js';
import { findHonours, type HonourEvent } from './honours/index.js';
import { findInitiativeReferences } from './initiative-references.js';
import { findInitiatives, withoutKindWords, type InitiativeMention } from './initiatives.js';
import { findOrgMentions, type OrgMention } from './organizations.js';
import { findPersonMentions, giveHeldPosts, type HeldPosts } from './people/index.js';
import { taggedNames, taggedPeople, type TaggedName } from './people/tagged.js';
import type { NamedMention, PersonMention, SentenceContext, Span, UnitMention } from './types.js';
import { repeatedUnitNames, settleUnitNames } from './unit-names.js';
import { findUnitMentions } from './units.js';

export interface ArticleMentions {
  sentences: readonly Sentence[];
  units: UnitMention[];
  orgs: OrgMention[];
  persons: PersonMention[];
  honours: NamedMention[];
  honourEvents: HonourEvent[];
  initiatives: InitiativeMention[];
  /** Person name → nicknames the article gives (被亲切地称为“喇叭哥”, 知心“冯爹”). */
  nicknames: Map<string, Set<string>>;
}

const NICKNAME_CALLED = /(?:称为|称作|誉为|叫做|喊作|唤作)“([^”]{2,6})”/g;

export function findMentions(text: string, sentences: readonly Sentence[]): ArticleMentions {
  const found: ArticleMentions = {
    sentences, units: [], orgs: [], persons: [], honours: [], honourEvents: [], initiatives: [], nicknames: new Map(),
  };
  const contexts: SentenceContext[] = sentences.map((sentence, index) => ({ index, sentence, tokens: tag(sentence.text) }));
  const repeated = repeatedUnitNames(text);
  const unitsBySentence = contexts.map((ctx) => findUnitMentions(ctx, repeated));
  settleUnitNames(contexts, unitsBySentence);
  const held: HeldPosts[] = [];
  for (const ctx of contexts) {
    const unitMentions = unitsBySentence[ctx.index]!;
    // A bare head (党委, 大队) only refers to a unit: an outside body's name may run over it (商圈党委).
    const orgs = findOrgMentions(ctx, unitMentions.filter((u) => u.segments.length > 0));
    // 文学院党委: a Party body named with an outside organisation is part of it, not a police unit.
    const units = unitMentions.filter((u) => !orgs.some((o) => o.start <= u.start && o.end >= u.end));
    const persons = findPeople(ctx, units, orgs, held);
    const honours = findHonours(ctx, persons);
    const claimed = [...units, ...orgs, ...persons, ...honours.mentions];
    found.units.push(...units);
    found.orgs.push(...orgs);
    found.persons.push(...persons);
    found.honours.push(...honours.mentions);
    found.honourEvents.push(...honours.events);
    found.initiatives.push(...findInitiatives(ctx, claimed));
  }
  found.initiatives = withoutKindWords(found.initiatives);
  repeatNames(found, contexts);
  giveHeldPosts(found.persons, held);
  findNicknames(found, contexts);
  const claimed = [...found.units, ...found.orgs, ...found.persons, ...found.honours, ...found.initiatives];
  found.initiatives.push(...findInitiativeReferences(contexts, found.initiatives, claimed));
  found.initiatives.sort((a, b) => a.start - b.start);
  return found;
}

/**
 * The person rules read the sentence; where they may have missed a name the tagger reads its clauses, the rules
 * read the sentence again taking the tagger's names where theirs fail, and the names none of them reads are
 * people of their own (people/tagged.ts).
 */
function findPeople(ctx: SentenceContext, units: readonly UnitMention[], orgs: readonly OrgMention[], held: HeldPosts[]): PersonMention[] {
  const base = ctx.sentence.start;
  const inSentence = (m: Span) => ({ start: m.start - base, end: m.end - base });
  const read = (names: readonly TaggedName[]) => {
    const posts: HeldPosts[] = [];
    return { persons: findPersonMentions(ctx, units, orgs, posts, names), posts };
  };
  let reading = read([]);
  const names = taggedNames(ctx, [...units, ...orgs].map(inSentence), reading.persons.map(inSentence));
  if (names.length > 0) reading = read(names);
  held.push(...reading.posts);
  return [...reading.persons, ...taggedPeople(ctx, names, [...units, ...orgs, ...reading.persons])].sort((a, b) => a.start - b.start);
}

/** Every further occurrence of a person's name is a mention of that person (方立胜被合肥市局评选为…). */
function repeatNames(found: ArticleMentions, contexts: readonly SentenceContext[]): void {
  const names = [...new Set(found.persons.map((p) => p.name))].sort((a, b) => b.length - a.length);
  const taken = new Set<number>(); // offsets already inside a person mention
  for (const p of found.persons) for (let i = p.start; i < p.end; i++) taken.add(i);
  for (const { sentence, index } of contexts) {
    for (const name of names) {
      for (let at = sentence.text.indexOf(name); at >= 0; at = sentence.text.indexOf(name, at + name.length)) {
        const start = sentence.start + at;
        const end = start + name.length;
        if (taken.has(start) || taken.has(end - 1)) continue;
        for (let i = start; i < end; i++) taken.add(i);
        found.persons.push({ start, end, name, sentence: index, posts: [] });
      }
    }
  }
  found.persons.sort((a, b) => a.start - b.start);
}

/** Nicknames: what a person is called (被称为“喇叭哥”), or a surname with a kinship word (“冯爹”). */
function findNicknames(found: ArticleMentions, contexts: readonly SentenceContext[]): void {
  const add = (person: string, nick: string) => {
    const set = found.nicknames.get(person) ?? new Set<string>();
    set.add(nick);
    found.nicknames.set(person, set);
  };
  const bySentence = new Map<number, PersonMention[]>();
  for (const p of found.persons) bySentence.set(p.sentence, [...(bySentence.get(p.sentence) ?? []), p]);
  const seenSurnames = new Map<string, Set<string>>(); // surname → names met so far
  for (const { sentence, index } of contexts) {
    const people = [...(bySentence.get(index - 1) ?? []), ...(bySentence.get(index) ?? [])];
    for (const m of sentence.text.matchAll(NICKNAME_CALLED)) {
      const before = people.filter((p) => p.start < sentence.start + m.index!);
      const person = before[before.length - 1] ?? people[0];
      if (person) add(person.name, m[1]!);
    }
    for (const m of sentence.text.matchAll(/“([\u4e00-\u9fff]{2})”/g)) {
      const nick = m[1]!;
      if (!NICKNAME_ENDINGS.has(nick[1]!)) continue;
      const owners = new Set(seenSurnames.get(nick[0]!) ?? []);
      for (const p of bySentence.get(index) ?? []) if (p.name.startsWith(nick[0]!) && p.start < sentence.start + m.index!) owners.add(p.name);
      if (owners.size === 1) add([...owners][0]!, nick);
    }
    for (const p of bySentence.get(index) ?? []) {
      const set = seenSurnames.get(p.name[0]!) ?? new Set<string>();
      set.add(p.name);
      seenSurnames.set(p.name[0]!, set);
    }
  }
}

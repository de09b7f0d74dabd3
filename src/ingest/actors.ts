// Who may be the subject of what a sentence says: the units and people it
// names, 他 / 她 for the person meant, and 我们 in an officer's interview
// answer for the unit the article is about. Relations pick their subject
// among these actors (relations.ts).
import { UNIT_CHARS } from './lexicon/units.js';
import type { ArticleMentions } from './mentions/index.js';
import type { Span } from './mentions/types.js';
import type { UnitResolver } from './resolve.js';

export interface Actor extends Span {
  type: 'Unit' | 'Person';
  name: string; // canonical
  unitId?: number;
  /** A unit written as a person's own unit (东进警务站辅警王祥): not a subject by itself. */
  ownUnitOfPerson: boolean;
}

interface SentenceActors {
  bySentence: Actor[][];
  /** Where each unit written as a person's own unit ends, by its start. */
  ownUnitEnds: Map<number, number>;
}

const PERSON_PRONOUN = /[他她](?![们人])/g;
// An answer in an interview: the speaker's name and a colon open the paragraph.
const ANSWER_LABEL = /^([\u4e00-\u9fff·]{2,8}):/;
// 我们 standing alone (not 我们所, 我们大队, which name their unit).
const WE = new RegExp(`我们(?![${UNIT_CHARS}])`, 'g');

/** `paragraphOf[i]`: the paragraph of sentence i; `home`: the unit the article is about. */
export function findActors(
  mentions: ArticleMentions, units: UnitResolver, paragraphOf: readonly number[], home: { id: number; name: string } | undefined,
): SentenceActors {
  const bySentence: Actor[][] = mentions.sentences.map(() => []);
  const ownUnitEnds = new Map<number, number>();
  const postUnits = new Set(mentions.persons.flatMap((p) => p.posts.map((post) => post.unit)));
  // 支队团支部, 该局交警大队: the reference that opens a compound names no actor of its own.
  const compoundOpeners = new Set(mentions.units.flatMap((u) => (u.parentReference?.end === u.start ? [u.parentReference] : [])));
  for (const u of mentions.units) {
    const id = units.idOf(u);
    if (id === undefined || compoundOpeners.has(u) || u.renamed) continue;
    const ownUnitOfPerson = postUnits.has(u);
    // 带领大队党总支: a compound opened by a reference starts where the reference does.
    const start = u.parentReference?.end === u.start ? u.parentReference.start : u.start;
    if (ownUnitOfPerson) ownUnitEnds.set(start, u.end);
    bySentence[u.sentence]!.push({ start, end: u.end, type: 'Unit', name: units.entities[id]!.name, unitId: id, ownUnitOfPerson });
  }
  for (const p of mentions.persons) {
    bySentence[p.sentence]!.push({ start: p.start, end: p.end, type: 'Person', name: p.name, ownUnitOfPerson: false });
  }
  addPersonPronouns(mentions, bySentence, paragraphOf);
  if (home) addAnswerWe(mentions, bySentence, paragraphOf, home);
  for (const list of bySentence) list.sort((a, b) => a.start - b.start);
  return { bySentence, ownUnitEnds };
}

/** 他 / 她 stand for the person named last in the paragraph (within the two sentences before). */
function addPersonPronouns(mentions: ArticleMentions, bySentence: Actor[][], paragraphOf: readonly number[]): void {
  const named = bySentence.map((list) => list.filter((a) => a.type === 'Person').sort((a, b) => a.start - b.start));
  const inParagraph = (i: number, j: number) => (j >= 0 && paragraphOf[j] === paragraphOf[i] ? named[j]! : []);
  const main = protagonist(named);
  mentions.sentences.forEach((s, i) => {
    for (const m of s.text.matchAll(PERSON_PRONOUN)) {
      const at = s.start + m.index!;
      const before = [...inParagraph(i, i - 2), ...inParagraph(i, i - 1), ...named[i]!.filter((p) => p.start < at)];
      // A paragraph of a profile that opens with 他 / 她 goes on about the person the article is about.
      const person = before[before.length - 1] ?? (main && main.start < at ? main : undefined);
      if (person) bySentence[i]!.push({ start: at, end: at + 1, type: 'Person', name: person.name, ownUnitOfPerson: false });
    }
  });
}

/** The person an article is about: named at least three times, and more often than anyone else. */
function protagonist(named: readonly Actor[][]): Actor | undefined {
  const counts = new Map<string, Actor[]>();
  for (const list of named) {
    for (const a of list) {
      const same = counts.get(a.name);
      if (same) same.push(a);
      else counts.set(a.name, [a]);
    }
  }
  const [first, second] = [...counts.values()].sort((a, b) => b.length - a.length);
  return first && first.length >= 3 && (!second || first.length > second.length) ? first[0] : undefined;
}

/** 次仁多吉:2021年,我们成立了…: in an officer's answer in an interview, 我们 is the unit the article is about. */
function addAnswerWe(mentions: ArticleMentions, bySentence: Actor[][], paragraphOf: readonly number[], home: { id: number; name: string }): void {
  let answering = false;
  mentions.sentences.forEach((s, i) => {
    if (i === 0 || paragraphOf[i] !== paragraphOf[i - 1]) {
      const label = ANSWER_LABEL.exec(s.text);
      answering = label !== null && bySentence[i]!.some((a) => a.type === 'Person' && a.start === s.start && a.end === s.start + label[1]!.length);
    }
    if (!answering) return;
    for (const m of s.text.matchAll(WE)) {
      const at = s.start + m.index!;
      bySentence[i]!.push({ start: at, end: at + 2, type: 'Unit', name: home.name, unitId: home.id, ownUnitOfPerson: false });
    }
  });
}

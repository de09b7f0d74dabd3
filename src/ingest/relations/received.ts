// RECEIVED: an honour event (mentions/honours.ts) gives its honour to the
// recipients it names (a title before a person, 对X予以, 授予X), else to the
// lines under a printed list's heading, else to the named heads of a counted
// list, else to the subject of its verb; with the year written for it and the
// giver (the agent of a passive, the body that issues or reads out a decision).
import type { Actor } from '../actors.js';
import type { CommendationDecision } from '../decisions.js';
import { alternation } from '../lexicon/common.js';
import { COLLECTIVE_TITLE_TAILS, PERSON_TITLE_TAILS } from '../lexicon/honours.js';
import { PARTY_KINDS, UNIT_HEADS } from '../lexicon/units.js';
import type { HonourEvent } from '../mentions/honours/index.js';
import { COUNT, YEAR } from '../patterns.js';
import type { ExtractedRelation } from '../types.js';
import type { RelationContext } from './context.js';
import type { RelationRule } from './rules.js';
import type { RelationSink } from './sink.js';

// Titles for Party organisations (全省优秀基层党组织) are won by the Party body, not the unit.
const PARTY_HONOUR = /党组织|(?:党支部|党总支|党委)$/;
// Titles only a person can win: 最美辅警, 优秀人民警察, 先进个人, 三等功 (a unit's is 集体三等功).
const PERSON_HONOUR = new RegExp(
  `(?:${alternation([...PERSON_TITLE_TAILS, '交警', '特警', '巡警', '刑警', '干警', '共青团员', '团员'])})$|^[一二三]等功$`,
);
// Titles only a collective can win: 集体二等功, 先进集体, 优秀公安基层单位, 青年文明号.
const COLLECTIVE_HONOUR = new RegExp(`^集体|(?:${alternation([...COLLECTIVE_TITLE_TAILS, '支部'])})$`);
const POLICE_UNIT_HONOUR = new RegExp(`(?:${alternation(UNIT_HEADS.filter((h) => !PARTY_KINDS.has(h.kind)).map((h) => h.head))})$`);
const SAME_YEAR = /同年/;
// Merits and commendations any body gives again and again (三等功, 嘉奖): their giver is the one each sentence names.
const GENERIC_MERIT = /^(?:个人|集体)?(?:[一二三]等功|嘉奖|通报表扬)$/;
// A date alone before the first comma: 2021年, / 2020年12月, (not 2019年以来,).
const SENTENCE_HEAD_YEAR = new RegExp(String.raw`^(?:在|于)?((?:19|20)\d{2})年(?:[${COUNT}]{1,2}月)?(?:[\d]{1,2}日)?,`);
// The end of a counted list's head: X、Y等12个单位, X等6人, X等30名辅警.
const COUNTED_LIST_END = new RegExp(String.raw`等\s*[${COUNT}]+\s*(?:名|人|个|位|家|支)[\u4e00-\u9fff]{0,4}$`);
// A counted group with its names in brackets, right before the verb: 三名民警(丁磊、赛力克、何雨桐).
const COUNTED_GROUP_NAMED = new RegExp(String.raw`[${COUNT}]+\s*(?:名|位)[\u4e00-\u9fff]{0,4}\(([^()]{2,40})\)$`);
// 分别被…, 分别获评…: each of the recipients got one of the honours, in order.
const RESPECTIVELY = /分别$/;
// 获评“X”的3名民警是:A,B / 被评为X的单位有:…: the honour in a relative clause, its winners listed after the colon.
const LISTED_AFTER = /^[”"」]?(?:荣誉)?(?:称号)?的[^,;。::]{0,10}?(?:分别)?(?:是|有|为|如下)[::]/;

export function readReceived(ctx: RelationContext, sink: RelationSink): void {
  const { mentions, registry } = ctx.input;
  const resolved = new Map<HonourEvent, { actors: Actor[]; conferredBy?: string; year?: number }>();
  let previousInSentence: { sentence: number; end: number; year?: number } | undefined;
  // 贵州省公安厅决定授予A等4名民警X称号 … 当选X的4名民警是:…: one title, one giver, named once.
  const giverOfTitle = new Map<string, string>();
  for (const ev of mentions.honourEvents) {
    const honour = registry.get('Honour', ev.honour.name);
    if (!honour) continue;
    const sentenceIndex = ev.honour.sentence;
    // 王海波等6人被记个人二等功: only the named head of a counted list is a recipient.
    const listHeads = ev.counted ? countedListHeads(ctx, sentenceIndex, ev.at) : [];
    // 获评X的3名民警是:A,B: a counted kind of winners whose names follow.
    const listed = ev.recipients ? undefined : winnersListedAfter(ctx, sentenceIndex, ev.honour.end);
    if (ev.counted && !listHeads.length && !listed && !ctx.listSections.has(sentenceIndex)) continue;
    const parent = ev.continues ? resolved.get(ev.continues) : undefined;
    const section = ctx.listSections.get(sentenceIndex);
    let actors: Actor[];
    let from: number;
    let rule: RelationRule;
    if (section && !ev.recipients) {
      // 一、记集体三等功(2个): the recipients are the lines that follow the heading.
      actors = ctx.sectionActors(section);
      from = ctx.sentence(sentenceIndex).end;
      rule = 'received.roll';
    } else if (listHeads.length) {
      actors = listHeads;
      from = listHeads[listHeads.length - 1]!.end;
      rule = 'received.counted-list';
    } else if (parent) {
      actors = parent.actors;
      from = ctx.clauseStart(sentenceIndex, ev.at);
      rule = 'received.continues';
    } else if (listed) {
      actors = listed.actors;
      from = listed.from;
      rule = 'received.listed-after';
    } else if (ev.recipients) {
      const r = ev.recipients;
      actors = ctx.actorsBySentence[sentenceIndex]!.filter((a) => a.start >= r.start && a.end <= r.end && !a.ownUnitOfPerson);
      from = r.end;
      actors = [...actors, ...listedUnder(ctx, honour.name, sentenceIndex).filter((a) => !actors.some((b) => b.name === a.name))];
      rule = 'received.named';
    } else {
      // 其: not who gives in this sentence, before or here.
      const givers = ev.pronoun ? mentions.honourEvents.filter((e) => e.honour.sentence === sentenceIndex && e.at <= ev.at).flatMap((e) => e.agents) : ev.agents;
      ({ actors, from } = ctx.subject(sentenceIndex, ev.at, givers));
      rule = 'received.subject';
    }
    actors = respectively(ctx, ev, actors);
    const decision = ctx.decisions.find((d) => d.start <= ev.at && ev.at < d.end) ?? (GENERIC_MERIT.test(honour.name) ? undefined : announcedBefore(ctx, ev));
    const conferredBy = parent ? parent.conferredBy : (giver(ctx, ev) ?? decisionHost(ctx, decision) ?? (GENERIC_MERIT.test(honour.name) ? undefined : giverOfTitle.get(honour.name)));
    if (conferredBy && !giverOfTitle.has(honour.name)) giverOfTitle.set(honour.name, conferredBy);
    const year = ev.year ?? parent?.year ?? yearOf(ctx, ev, from, previousInSentence) ?? decision?.year;
    resolved.set(ev, { actors, ...(conferredBy ? { conferredBy } : {}), ...(year ? { year } : {}) });
    previousInSentence = { sentence: sentenceIndex, end: ev.honour.end, ...(year ? { year } : {}) };
    for (const a of actors) {
      // A person's title reached a unit only because its person went unread: give it to nobody.
      if (a.type === 'Unit' && PERSON_HONOUR.test(honour.name)) continue;
      // 他…获国家林业局森林公安局记集体二等功: a collective's honour told of its head goes to the unit they serve in.
      const collective = a.type === 'Person' && COLLECTIVE_HONOUR.test(honour.name);
      const recipient = collective ? unitOfPerson(ctx, sink, a.name) : partyRecipient(ctx, a, honour.name);
      if (recipient === undefined) continue;
      const rel: ExtractedRelation = { type: 'RECEIVED', from: recipient, to: honour.name };
      if (year) rel.year = year;
      if (conferredBy && conferredBy !== recipient) rel.conferredBy = conferredBy;
      sink.add(rel, sentenceIndex, rule);
    }
  }
}

/** The unit a person serves in, as MEMBER_OF (read before RECEIVED) states it, else the unit the article is about. */
function unitOfPerson(ctx: RelationContext, sink: RelationSink, person: string): string | undefined {
  return sink.all().find((r) => r.type === 'MEMBER_OF' && r.from === person)?.to ?? ctx.homeUnit?.name;
}

/**
 * 授予X等6个单位“先进集体”称号 … 一、先进集体(6个): a decision that names only the head of a counted
 * group prints the whole group under a numbered heading that repeats the title; its lines are the recipients.
 */
function listedUnder(ctx: RelationContext, honour: string, sentenceIndex: number): Actor[] {
  for (const [heading, items] of ctx.listSections) {
    if (heading <= sentenceIndex || !ctx.sentence(heading).text.includes(honour)) continue;
    return ctx.sectionActors(items);
  }
  return [];
}

/** The winners listed after 获评X的N名民警是:, to the end of the sentence and the sentences its semicolons join. */
function winnersListedAfter(ctx: RelationContext, sentenceIndex: number, honourEnd: number): { actors: Actor[]; from: number } | undefined {
  const intro = LISTED_AFTER.exec(ctx.text.slice(honourEnd, ctx.sentence(sentenceIndex).end));
  if (!intro) return undefined;
  const from = honourEnd + intro[0].length;
  let last = sentenceIndex;
  while (ctx.sentence(last).text.endsWith(';') && last + 1 < ctx.input.mentions.sentences.length && ctx.paragraphOf[last + 1] === ctx.paragraphOf[last]) last++;
  const actors = ctx.actorsBySentence.slice(sentenceIndex, last + 1).flat().filter((a) => !a.ownUnitOfPerson && a.start >= from);
  return actors.length ? { actors, from } : undefined;
}

/** A温晓峰和B分别被…记三等功和嘉奖: the honours of one verb go to the recipients in turn. */
function respectively(ctx: RelationContext, ev: HonourEvent, actors: Actor[]): Actor[] {
  if (actors.length < 2 || !RESPECTIVELY.test(ctx.text.slice(Math.max(0, ev.at - 4), ev.at))) return actors;
  const group = ctx.input.mentions.honourEvents.filter((e) => e.at === ev.at && !e.continues);
  return group.length === actors.length ? [actors[group.indexOf(ev)]!] : actors;
}

/** The units or people enumerated right before 等N人 / 等N个单位 (or bracketed after N名民警) in the clause that ends at `at`. */
function countedListHeads(ctx: RelationContext, sentenceIndex: number, at: number): Actor[] {
  const cs = ctx.clauseStart(sentenceIndex, at);
  const clause = ctx.text.slice(cs, at);
  // 三名民警(丁磊、赛力克、何雨桐)被…: the group named in brackets after its count.
  const group = COUNTED_GROUP_NAMED.exec(clause);
  if (group) {
    const open = at - group[1]!.length - 1;
    return ctx.actorsBySentence[sentenceIndex]!.filter((a) => a.type === 'Person' && a.start >= open && a.end < at);
  }
  const list = COUNTED_LIST_END.exec(clause);
  if (!list) return [];
  const listEnd = cs + list.index;
  const actors = ctx.actorsBySentence[sentenceIndex]!.filter((a) => !a.ownUnitOfPerson && a.start >= cs && a.end <= listEnd);
  const last = actors[actors.length - 1];
  if (!last || last.end !== listEnd) return [];
  return ctx.enumerationEndingWithLast(actors);
}

/**
 * 日前,X省公安厅印发通报,对…予以表彰。(a paragraph later) A派出所获评“…先进集体”: a
 * decision told without its honours, which the paragraphs after it tell.
 */
function announcedBefore(ctx: RelationContext, ev: HonourEvent): CommendationDecision | undefined {
  const before = ctx.decisions.filter((d) => d.end <= ev.at);
  const last = before[before.length - 1];
  const events = ctx.input.mentions.honourEvents;
  return last && !events.some((e) => last.start <= e.at && e.at < last.end) ? last : undefined;
}

/** The unit that holds the meeting where a commendation decision is read out, or that issues it. */
function decisionHost(ctx: RelationContext, decision: CommendationDecision | undefined): string | undefined {
  const issuerAt = decision?.issuerAt;
  // Named right before the title: the whole run of issuers ends there.
  const namedBefore = issuerAt && /[\u4e00-\u9fff)]$/.test(ctx.text.slice(issuerAt.from, issuerAt.at));
  const issuer = namedBefore ? firstGiverIn(ctx, issuerAt.sentence, { start: issuerAt.from, end: issuerAt.at }) : undefined;
  if (issuer) return issuer;
  if (!decision?.giverAt) return undefined;
  const { actors } = ctx.subject(decision.giverAt.sentence, decision.giverAt.at);
  return actors.find((a) => a.type === 'Unit')?.name;
}

/** A Party honour won by a unit goes to the unit's Party body, when the article names one… */
function partyRecipient(ctx: RelationContext, a: Actor, honour: string): string {
  if (a.type !== 'Unit' || a.unitId === undefined) return a.name;
  const e = ctx.input.units.entities[a.unitId]!;
  // …and a title for a kind of police unit (全国一级派出所) by the unit, not its Party body.
  if (PARTY_KINDS.has(e.kind) && POLICE_UNIT_HONOUR.test(honour)) return ctx.unitName(ctx.input.units.unitOf(e.id) ?? e.id);
  if (!PARTY_HONOUR.test(honour)) return a.name;
  const body = ctx.input.units.entities.find((e) => PARTY_KINDS.has(e.kind) && e.parents.has(a.unitId!));
  return body ? body.name : a.name;
}

function giver(ctx: RelationContext, ev: HonourEvent): string | undefined {
  for (const span of ev.agents) {
    const first = firstGiverIn(ctx, ev.honour.sentence, span);
    if (first) return first;
  }
  return undefined;
}

/** The first organisation or known unit written within `span` (of joint givers, 省委、省政府, the first named). */
function firstGiverIn(ctx: RelationContext, sentenceIndex: number, span: { start: number; end: number }): string | undefined {
  const { units, registry } = ctx.input;
  const org = (ctx.orgsBySentence[sentenceIndex] ?? []).find((o) => o.start >= span.start && o.end <= span.end);
  const unit = (ctx.unitsBySentence[sentenceIndex] ?? []).find((u) => u.start >= span.start && u.end <= span.end && units.idOf(u) !== undefined);
  const first = [org, unit].filter((x): x is NonNullable<typeof x> => x !== undefined).sort((a, b) => a.start - b.start)[0];
  if (!first) return undefined;
  if (first === org) return registry.get('Organization', org.name)?.name ?? org.name;
  return ctx.unitName(units.idOf(unit!)!);
}

/**
 * The year written for an honour: the last one since the previous honour of
 * the sentence (2020年12月,该所被公安部评为…); 同年 repeats the year before it;
 * an honour that continues the sentence's subject (…,并荣获…) shares its year.
 */
function yearOf(ctx: RelationContext, ev: HonourEvent, subjectEnd: number, previous: { sentence: number; end: number; year?: number } | undefined): number | undefined {
  const s = ctx.sentence(ev.honour.sentence);
  const samePrevious = previous && previous.sentence === ev.honour.sentence ? previous : undefined;
  const from = samePrevious ? samePrevious.end : s.start;
  const window = ctx.text.slice(from, ev.honour.start);
  let year: number | undefined;
  for (const m of window.matchAll(YEAR)) year = Number(m[1]);
  if (year !== undefined) return year;
  if (SAME_YEAR.test(window) || (samePrevious && subjectEnd <= samePrevious.end)) {
    if (samePrevious?.year) return samePrevious.year;
    const earlier = [...ctx.text.slice(Math.max(0, s.start - 200), from).matchAll(YEAR)];
    if (SAME_YEAR.test(window) && earlier.length) return Number(earlier[earlier.length - 1]![1]);
  }
  // 2021年,分局被…荣记集体二等功,派出所被评为…: a year heading the sentence covers its coordinated clauses,
  // also those after a semicolon (…称号;蔡锐获评…).
  let first = ev.honour.sentence;
  while (first > 0 && ctx.sentence(first - 1).text.endsWith(';') && ctx.paragraphOf[first - 1] === ctx.paragraphOf[first]) first--;
  const head = SENTENCE_HEAD_YEAR.exec(ctx.sentence(first).text);
  return head ? Number(head[1]) : undefined;
}

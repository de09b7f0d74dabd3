// LEADS: who set up, runs or leads an initiative — the agent its mention
// names (由X牵头组建), the subject of the verb that introduced it, the leader
// named with it (在X的带领下, 由X领衔), the founder in a relative clause
// (大队创建的“…”), the leader of a team by post, and the unit a leader takes
// along (带领全队推出…).
import type { Actor } from '../actors.js';
import { alternation } from '../lexicon/common.js';
import { FOUNDING_VERBS, LED_BY_VERB } from '../lexicon/initiatives.js';
import { UNIT_CHARS } from '../lexicon/units.js';
import type { InitiativeMention } from '../mentions/initiatives.js';
import type { PersonMention } from '../mentions/types.js';
import type { RelationContext } from './context.js';
import type { RelationRule } from './rules.js';
import type { RelationSink } from './sink.js';

// Who leads it: 在X的带领下 (X may be 他 / 她)…, …由X牵头, 由X任队长. Pages pad names with spaces in running
// text (由中队长 卢志刚 牵头): spaces do not count towards the leader's length.
const LEADER = new RegExp(
  `在((?:[^,;。 ] *){1,16}?)的(?:带领|带动|组织|指导)下|由((?:[^,;。 ] *){1,12}?)${LED_BY_VERB}`,
  'g',
);
// What stands between a founder and the name in a relative clause: 创建的、由马骏领衔的“.
const FOUNDER_RELATIVE = new RegExp(`^(?:${alternation(FOUNDING_VERBS)})了?的`);
// A leader taking their whole unit along: 带领全队, 带领所里的民警.
// The word names which of the leader's units runs it too: 带着站里的民警 → the 站 they serve in, not their 支队.
const LEADS_OWN_UNIT = new RegExp(`^(?:带领|率领|带着)(?:全(?:体)?([${UNIT_CHARS}]|中队|大队|支队)|([${UNIT_CHARS}])里的)`);
// 队长是副所长卢晓燕: who heads a team, in a sentence of its own.
const TEAM_HEAD_IS = /(?:队长|团长|领队)(?:是|为)([^,;。]{2,12})/g;
const TEAM_NAME = /队$/;
const ROOM_OWNER_IS = /(?:工作室|调解室|谈心室)的主人(?:叫|是|为)([^,;。]{2,12})/g;
const ROOM_NAME = /室$/;
const CLAUSE_OPENING = /^(?:“|该|此|这一|这个|这支|这项)?$/;
// 在警务室旁开设: a place it stands by, not where it is run.
const LANDMARK_AFTER = /^(?:旁|边|附近|对面|门口|周边)/;

export function readLeads(ctx: RelationContext, sink: RelationSink, teamLeaders: ReadonlyMap<InitiativeMention, PersonMention>): void {
  const { mentions, registry } = ctx.input;
  const introduced = new Set<string>();
  // 突击队由X牵头组建 says who set it up: no guess from a first mention without a verb.
  const stated = new Set(mentions.initiatives.filter((m) => m.agent).map((m) => m.name));
  for (const m of mentions.initiatives) {
    const entity = registry.get('Initiative', m.name);
    if (!entity) continue;
    const add = (rule: RelationRule) => (a: { name: string }) => sink.add({ type: 'LEADS', from: a.name, to: entity.name }, m.sentence, rule);
    const first = !introduced.has(entity.name);
    introduced.add(entity.name);
    const leader = teamLeaders.get(m);
    if (leader) add('leads.team-leader')(leader);
    if (m.agent) {
      const agent = m.agent;
      ctx.actorsBySentence[m.sentence]!.filter((a) => a.start >= agent.start && a.end <= agent.end).forEach(add('leads.agent'));
      continue;
    }
    // (团支部负责管理派出所“警秀水门”微博: with a verb before it, the verb's subject runs what the unit owns.)
    if (m.verbAt === undefined) possessors(ctx, m).forEach(add('leads.possessor'));
    // “护企e站”由X担任站长: a name that opens its clause is what the leader named after it leads.
    if (opensClause(ctx, m)) leadersNamed(ctx, m.sentence, m.start).filter((a) => a.start > m.end && !ctx.text.slice(m.end + 1, a.start).includes('“')).forEach(add('leads.leader'));
    if (m.verbAt === undefined && (!first || stated.has(entity.name))) continue;
    const at = m.verbAt ?? m.start;
    const actors = runners(ctx, m.sentence, at);
    // 他带领党总支打造“…”: the unit led sets it up with its leader.
    const led = actors.some((a) => a.type === 'Person') ? ctx.ledUnits(m.sentence, at) : [];
    actors.forEach(add('leads.subject'));
    [...led, ...unitsLedWhole(ctx, sink, actors, at)].forEach(add('leads.unit-led'));
    leadersNamed(ctx, m.sentence, at).forEach(add('leads.leader'));
    foundersBefore(ctx, m).forEach(add('leads.founder'));
  }
  teamHeadsStated(ctx, sink);
}

/**
 * 这支队伍由…组成,队长是副所长卢晓燕: the person said to head a team leads the team the paragraph named last;
 * 工作室的主人叫X: the owner of a room leads the room named last, in that paragraph or the one before.
 */
function teamHeadsStated(ctx: RelationContext, sink: RelationSink): void {
  const { mentions } = ctx.input;
  const teams = mentions.initiatives.filter((m) => TEAM_NAME.test(m.name));
  const rooms = mentions.initiatives.filter((m) => ROOM_NAME.test(m.name));
  mentions.sentences.forEach((s, i) => {
    const paragraph = ctx.paragraphOf[i]!;
    for (const h of s.text.matchAll(TEAM_HEAD_IS)) {
      const at = s.start + h.index!;
      const team = teams.filter((t) => t.end <= at && ctx.paragraphOf[t.sentence] === paragraph).pop();
      headStated(ctx, sink, i, team, at + h[0].length, h[1]!);
    }
    for (const h of s.text.matchAll(ROOM_OWNER_IS)) {
      const at = s.start + h.index!;
      const room = rooms.filter((r) => r.end <= at && paragraph - ctx.paragraphOf[r.sentence]! <= 1).pop();
      headStated(ctx, sink, i, room, at + h[0].length, h[1]!);
    }
  });
}

/** The people written in `who`, ending at `end` in sentence i, lead the initiative. */
function headStated(ctx: RelationContext, sink: RelationSink, i: number, m: InitiativeMention | undefined, end: number, who: string): void {
  const entity = m && ctx.input.registry.get('Initiative', m.name);
  if (!entity) return;
  const span = { start: end - who.length, end };
  for (const a of ctx.actorsBySentence[i]!) {
    if (a.type === 'Person' && a.start >= span.start && a.end <= span.end) sink.add({ type: 'LEADS', from: a.name, to: entity.name }, i, 'leads.team-head');
  }
}

/** 中队长李振华带领全队推出…, 教导员带着所里的女民警成立…: the leader's own unit of that kind runs it too. */
function unitsLedWhole(ctx: RelationContext, sink: RelationSink, actors: readonly Actor[], at: number): { name: string }[] {
  const units: { name: string }[] = [];
  for (const a of actors) {
    const own = a.type === 'Person' ? LEADS_OWN_UNIT.exec(ctx.text.slice(a.end, at)) : null;
    if (!own) continue;
    const kind = own[1] ?? own[2]!;
    const posts = sink.all().filter((r) => r.type === 'MEMBER_OF' && r.from === a.name); // read before LEADS
    const unit = posts.find((r) => r.to.endsWith(kind));
    if (unit) units.push({ name: unit.to });
  }
  return units;
}

/**
 * Who does what the verb at `at` says. A clause whose only actor is where it happens (支部打造…,在渔港警务站设立“…”)
 * is done by the sentence's topic too, and a landmark it stands by (在警务室旁开设) runs nothing.
 */
function runners(ctx: RelationContext, sentenceIndex: number, at: number): Actor[] {
  const { actors } = ctx.subject(sentenceIndex, at);
  const cs = ctx.clauseStart(sentenceIndex, at);
  const placed = (a: Actor) => a.start > cs && ctx.text[a.start - 1] === '在';
  if (!actors.length || !actors.every(placed)) return actors;
  const before = (list: readonly Actor[] | undefined) => (list ?? []).filter((a) => a.end <= cs);
  const own = before(ctx.sentenceTopics[sentenceIndex]);
  const topic = own.length ? own : before(ctx.topics[sentenceIndex]);
  if (!topic.length) return actors;
  return [...topic, ...actors.filter((a) => !LANDMARK_AFTER.test(ctx.text.slice(a.end, at)))];
}

/** 推广桐溪派出所“1+3+N”工作法: the unit written right before the name is the one whose method it is. */
function possessors(ctx: RelationContext, m: InitiativeMention): Actor[] {
  const open = m.start - 1;
  if (ctx.text[open] !== '“') return [];
  return ctx.actorsBySentence[m.sentence]!.filter((a) => a.type === 'Unit' && !a.ownUnitOfPerson && a.end === open);
}

/** “护企e站”由…, 该工作室由…: the name, or a demonstrative and its head, opens the clause. */
function opensClause(ctx: RelationContext, m: InitiativeMention): boolean {
  return CLAUSE_OPENING.test(ctx.text.slice(ctx.clauseStart(m.sentence, m.start), m.start));
}

/** People named as leading it: 在X的带领下…, …由X牵头 / 领衔. */
function leadersNamed(ctx: RelationContext, sentenceIndex: number, at: number): Actor[] {
  const s = ctx.sentence(sentenceIndex);
  const leaders: Actor[] = [];
  for (const l of s.text.matchAll(LEADER)) {
    const who = l[1] ?? l[2]!;
    if (l[1] !== undefined && s.start + l.index! > at) continue; // 在…带领下 comes before what it leads
    const span = { start: s.start + l.index! + 1, end: s.start + l.index! + 1 + who.length };
    leaders.push(...ctx.actorsBySentence[sentenceIndex]!.filter((a) => a.type === 'Person' && a.start >= span.start && a.end <= span.end));
  }
  return leaders;
}

/** 大队创建的、由马骏领衔的“…工作室”: an actor right before a founding verb and 的, in the clause before the name. */
function foundersBefore(ctx: RelationContext, m: InitiativeMention): Actor[] {
  const cs = ctx.clauseStart(m.sentence, m.start);
  const text = ctx.text;
  return ctx.actorsBySentence[m.sentence]!.filter((a) => a.start >= cs && a.end <= m.start && FOUNDER_RELATIVE.test(text.slice(a.end, m.start)));
}

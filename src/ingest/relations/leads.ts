// LEADS: who set up, runs or leads an initiative — the agent its mention
// names (由X牵头组建), the subject of the verb that introduced it, the leader
// named with it (在X的带领下, 由X领衔), the founder in a relative clause
// (大队创建的“…”), the leader of a team by post, and the unit a leader takes
// along (带领全队推出…).
import type { Actor } from '../actors.js';
import { alternation } from '../lexicon/common.js';
import { FOUNDING_VERBS, TEAM_LEADER_POSTS } from '../lexicon/initiatives.js';
import { UNIT_CHARS } from '../lexicon/units.js';
import type { InitiativeMention } from '../mentions/initiatives.js';
import type { PersonMention } from '../mentions/types.js';
import type { RelationContext } from './context.js';
import type { RelationRule } from './rules.js';
import type { RelationSink } from './sink.js';

// Who leads it: 在X的带领下 (X may be 他 / 她)…, …由X牵头, 由X任队长. Pages pad names with spaces in running
// text (由中队长 卢志刚 牵头): spaces do not count towards the leader's length.
const LEADER = new RegExp(
  `在((?:[^,;。 ] *){1,16}?)的(?:带领|带动|组织|指导)下|由((?:[^,;。 ] *){1,12}?)(?:牵头|负责|带头|担任|领衔|任(?=${alternation(TEAM_LEADER_POSTS)}))`,
  'g',
);
// What stands between a founder and the name in a relative clause: 创建的、由马骏领衔的“.
const FOUNDER_RELATIVE = new RegExp(`^(?:${alternation(FOUNDING_VERBS)})了?的`);
// A leader taking their whole unit along: 带领全队, 带领所里的民警.
const LEADS_OWN_UNIT = new RegExp(`^(?:带领|率领)(?:全(?:体)?(?:[${UNIT_CHARS}]|中队|大队|支队)|[${UNIT_CHARS}]里的)`);
// 队长是副所长卢晓燕: who heads a team, in a sentence of its own.
const TEAM_HEAD_IS = /(?:队长|团长|领队)(?:是|为)([^,;。]{2,12})/g;
const TEAM_NAME = /队$/;

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
    if (m.verbAt === undefined && (!first || stated.has(entity.name))) continue;
    const at = m.verbAt ?? m.start;
    const { actors } = ctx.subject(m.sentence, at);
    // 他带领党总支打造“…”: the unit led sets it up with its leader.
    const led = actors.some((a) => a.type === 'Person') ? ctx.ledUnits(m.sentence, at) : [];
    actors.forEach(add('leads.subject'));
    [...led, ...unitsLedWhole(ctx, sink, actors, at)].forEach(add('leads.unit-led'));
    leadersNamed(ctx, m.sentence, at).forEach(add('leads.leader'));
    foundersBefore(ctx, m).forEach(add('leads.founder'));
  }
  teamHeadsStated(ctx, sink);
}

/** 这支队伍由…组成,队长是副所长卢晓燕: the person said to head a team leads the team the paragraph named last. */
function teamHeadsStated(ctx: RelationContext, sink: RelationSink): void {
  const { mentions, registry } = ctx.input;
  const teams = mentions.initiatives.filter((m) => TEAM_NAME.test(m.name));
  mentions.sentences.forEach((s, i) => {
    for (const h of s.text.matchAll(TEAM_HEAD_IS)) {
      const at = s.start + h.index!;
      const team = teams.filter((t) => t.end <= at && ctx.paragraphOf[t.sentence] === ctx.paragraphOf[i]).pop();
      const entity = team && registry.get('Initiative', team.name);
      if (!entity) continue;
      const span = { start: at + h[0].length - h[1]!.length, end: at + h[0].length };
      for (const a of ctx.actorsBySentence[i]!) {
        if (a.type === 'Person' && a.start >= span.start && a.end <= span.end) sink.add({ type: 'LEADS', from: a.name, to: entity.name }, i, 'leads.team-head');
      }
    }
  });
}

/** 中队长李振华带领全队推出…, 教导员带领所里的女民警成立…: the leader's own unit runs it too. */
function unitsLedWhole(ctx: RelationContext, sink: RelationSink, actors: readonly Actor[], at: number): { name: string }[] {
  const units: { name: string }[] = [];
  for (const a of actors) {
    if (a.type !== 'Person' || !LEADS_OWN_UNIT.test(ctx.text.slice(a.end, at))) continue;
    const unit = sink.all().find((r) => r.type === 'MEMBER_OF' && r.from === a.name); // read before LEADS
    if (unit) units.push({ name: unit.to });
  }
  return units;
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

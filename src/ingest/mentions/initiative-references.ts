// References back to an initiative by its head noun alone, once the article has
// named it: 突击队由顺德交警大队团支部牵头组建 (who set it up), 突击队队长何子健 (who
// leads it), 推广这一工作法 (who runs it). The reference is read as another mention
// of the initiative named last with that head; a generic noun after a demonstrative
// (把这一做法推广到…) means the initiative named last.
import { alternation } from '../lexicon/common.js';
import { CREATION_VERBS, LED_BY_VERB, STRONG_HEADS, TEAM_HEADS, TEAM_LEADER_POSTS } from '../lexicon/initiatives.js';
import { isClauseBreakAt } from '../patterns.js';
import type { InitiativeMention } from './initiatives.js';
import type { SentenceContext, Span } from './types.js';

const HEADS = [...new Set([...STRONG_HEADS, ...TEAM_HEADS])].filter((h) => h.length >= 2).sort((a, b) => b.length - a.length);
const DEMONSTRATIVE = /(?:这一|这个|这支|这项|该|此)$/;
const VERB_BEFORE = new RegExp(`(?:${alternation(CREATION_VERBS)})(?:了)?$`);
// 由X牵头组建: X set it up.
const FOUNDED_BY_AGENT = /^由([^,;。“”]{2,20}?)(?:牵头|负责|带头)?(?:组建|成立|创建|创立|创办|发起|打造)/;
// 突击队队长X: the post that leads the team.
const LEADER_POST = new RegExp(`^(?:${alternation(TEAM_LEADER_POSTS)})`);
// 把这一做法推广到…, 推广这一模式: a generic noun after a demonstrative means the initiative named last.
const GENERIC_REFERENCE = /(?:这一|这个|这项|这种|该)(?:做法|模式|经验|机制|举措)/g;
// 由X担任站长, 由X牵头: who leads it, said right after it (relations/leads.ts reads the leader).
const LED_BY = `由[^,;。“”]{2,20}?${LED_BY_VERB}`;
// “护企e站”由X担任站长, opening its clause.
const QUOTED_LED = new RegExp(`(?<=^|[,;:])“([^“”]{2,16})”${LED_BY}`, 'g');
const LED_AFTER = new RegExp(`^${LED_BY}`);
// 把这一做法推广到: the verb follows the reference in a 把 construction.
const DISPOSAL_BEFORE = /[把将]$/;
const SPREAD_AFTER = /^(?:推广|推行|复制|延伸)/;

export function findInitiativeReferences(
  contexts: readonly SentenceContext[],
  initiatives: readonly InitiativeMention[],
  claimed: ReadonlyArray<Span & { sentence: number }>,
): InitiativeMention[] {
  return [...headReferences(contexts, initiatives, claimed), ...genericReferences(contexts, initiatives), ...quotedReferences(contexts, initiatives)];
}

function headReferences(
  contexts: readonly SentenceContext[],
  initiatives: readonly InitiativeMention[],
  claimed: ReadonlyArray<Span & { sentence: number }>,
): InitiativeMention[] {
  const named = initiatives
    .map((m) => ({ mention: m, head: HEADS.find((h) => m.name.endsWith(h)) }))
    .filter((x): x is { mention: InitiativeMention; head: string } => x.head !== undefined)
    .sort((a, b) => a.mention.end - b.mention.end);
  if (!named.length) return [];
  const claimedIn = new Map<number, Span[]>();
  for (const c of claimed) {
    const list = claimedIn.get(c.sentence) ?? [];
    list.push(c);
    claimedIn.set(c.sentence, list);
  }
  const out: InitiativeMention[] = [];
  const headRe = new RegExp(alternation(new Set(named.map((x) => x.head))), 'g');
  const latest = new Map<string, InitiativeMention>(); // head → initiative named last before the scan position
  let next = 0;
  for (const { sentence, index } of contexts) {
    const s = sentence.text;
    const taken = claimedIn.get(index) ?? [];
    for (const m of s.matchAll(headRe)) {
      const start = sentence.start + m.index!;
      const end = start + m[0].length;
      for (; next < named.length && named[next]!.mention.end <= start; next++) latest.set(named[next]!.head, named[next]!.mention);
      const target = latest.get(m[0]);
      if (!target || taken.some((c) => c.start < end && c.end > start)) continue;
      const before = s.slice(Math.max(0, m.index! - 8), m.index!);
      const demonstrative = DEMONSTRATIVE.exec(before);
      const clauseInitial = m.index === 0 || isClauseBreakAt(s, m.index! - 1);
      if (!demonstrative && !clauseInitial) continue;
      const ref: InitiativeMention = { start, end, name: target.name, sentence: index };
      const verb = VERB_BEFORE.exec(before.slice(0, before.length - (demonstrative?.[0].length ?? 0)));
      if (demonstrative && verb) ref.verbAt = start - (demonstrative[0].length + verb[0].length);
      const rest = s.slice(m.index! + m[0].length);
      const agent = FOUNDED_BY_AGENT.exec(rest);
      if (agent) ref.agent = { start: end + 1, end: end + 1 + agent[1]!.length };
      const post = LEADER_POST.exec(rest);
      if (post) ref.leaderPost = { start: end, end: end + post[0].length };
      if (ref.verbAt !== undefined || ref.agent || ref.leaderPost || LED_AFTER.test(rest)) out.push(ref);
    }
  }
  return out;
}

/** “护企e站”由X担任站长: the quoted name of an initiative named before, opening a clause that says who leads it. */
function quotedReferences(contexts: readonly SentenceContext[], initiatives: readonly InitiativeMention[]): InitiativeMention[] {
  const out: InitiativeMention[] = [];
  for (const { sentence, index } of contexts) {
    const s = sentence.text;
    for (const q of s.matchAll(QUOTED_LED)) {
      const start = sentence.start + q.index! + 1;
      const target = initiatives.find((i) => i.end <= start && (i.name === q[1] || i.aliases?.includes(q[1]!)));
      if (!target || initiatives.some((i) => i.start === start)) continue;
      out.push({ start, end: start + q[1]!.length, name: target.name, sentence: index });
    }
  }
  return out;
}

function genericReferences(contexts: readonly SentenceContext[], initiatives: readonly InitiativeMention[]): InitiativeMention[] {
  const out: InitiativeMention[] = [];
  // Sorted once, stably: of those ending together, the one listed last is taken.
  const byEnd = [...initiatives].sort((a, b) => a.end - b.end);
  for (const { sentence, index } of contexts) {
    const s = sentence.text;
    for (const m of s.matchAll(GENERIC_REFERENCE)) {
      const start = sentence.start + m.index!;
      const before = s.slice(Math.max(0, m.index! - 8), m.index!);
      const verb = VERB_BEFORE.exec(before);
      const disposal = DISPOSAL_BEFORE.test(before) && SPREAD_AFTER.test(s.slice(m.index! + m[0].length));
      if (!verb && !disposal) continue;
      const target = byEnd.filter((i) => i.end <= start).pop();
      if (!target) continue;
      const verbAt = verb ? start - verb[0].length : start - 1;
      out.push({ start, end: start + m[0].length, name: target.name, sentence: index, verbAt });
    }
  }
  return out;
}

// MEMBER_OF: a person's posts, each held in the unit written before it, else
// in the unit written with the post next to it, else in the unit the post
// implies (a 所长 in the station the article is about, a 社区民警 in the
// community police office named last). A Party post (党支部书记) is held in
// the Party body of that unit.
import { ESTABLISHING_VERBS } from '../lexicon/initiatives.js';
import { PARTY_KINDS, POST_UNIT_KIND, type UnitKind } from '../lexicon/units.js';
import { alternation } from '../lexicon/common.js';
import type { PersonMention, PersonPost } from '../mentions/types.js';
import type { RelationContext } from './context.js';
import { readStatedPartOf } from './part-of.js';
import type { RelationSink } from './sink.js';

// Posts held in a Party or League body rather than in the police unit.
const PARTY_POST = /书记|委员/;
const ESTABLISHING = new RegExp(`(?:${alternation(ESTABLISHING_VERBS)})了?$`);

/** 成立“海岛先锋”突击队,由黄东任队长: the police team (a Unit, rule 11) named last before the person, in its sentence or the one before. */
function policeTeamBefore(ctx: RelationContext, p: PersonMention): number | undefined {
  const { mentions, units } = ctx.input;
  const teams = mentions.units.filter((u) => {
    const id = units.idOf(u);
    return id !== undefined && units.entities[id]!.leaf.head.team && u.end <= p.start && u.sentence >= p.sentence - 1;
  });
  const last = teams[teams.length - 1];
  return last ? units.idOf(last) : undefined;
}

/** `teamPosts`: posts that lead a team (team-leaders.ts), held in no unit. */
export function readMemberOf(ctx: RelationContext, sink: RelationSink, teamPosts: ReadonlySet<PersonPost>): void {
  const { mentions, units } = ctx.input;
  const known = units.entities.length;
  for (const p of mentions.persons) {
    const posts = p.posts;
    posts.forEach((post, i) => {
      if (teamPosts.has(post)) return;
      if (post.team) {
        const team = policeTeamBefore(ctx, p);
        if (team !== undefined) sink.add({ type: 'MEMBER_OF', from: p.name, to: ctx.unitName(team), role: post.role }, p.sentence, 'member-of.post-implied');
        return;
      }
      let unitId = post.unit ? units.idOf(post.unit) : undefined;
      // Whether the unit is written with the post (X派出所所长), rather than implied.
      let written = unitId !== undefined;
      let role = post.role;
      // 指挥中心主任 where the article names its 110指挥中心: the centre; 政治处主任 where it names no 政治处: a
      // post of the unit (ANNOTATION.md rule 8).
      if (post.department) {
        const dept = units.idOf(post.department);
        const named = dept !== undefined && !units.entities[dept]!.unnamed && units.entities[dept]!.name.endsWith(post.department.surface);
        if (named) {
          unitId = dept;
          written = true;
        }
        else role = post.department.surface + role;
      }
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
        owner ??= impliedUnit(ctx, p, kinds);
        // 党委副书记、政委X: the 政委 serves in the unit, not in its Party committee.
        if (owner !== undefined && !post.partyBody && !PARTY_POST.test(post.role) && PARTY_KINDS.has(units.entities[owner]!.kind)) {
          owner = units.unitOf(owner) ?? owner;
        }
        if (owner !== undefined && post.partyBody) owner = units.partyBodyOf(owner, post.partyBody, { sentence: p.sentence });
        unitId = owner;
      }
      if (unitId === undefined) return;
      // A post in a Party body the article does not name (局党委委员, 党支部书记X): with a post in the unit
      // too, that post is the role; alone, it is held in the unit (ANNOTATION.md rule 8).
      if (units.entities[unitId]!.unnamed) {
        const holdsUnitPost = posts.some((q) => q !== post && !q.partyBody && !PARTY_POST.test(q.role));
        const unit = units.unitOf(unitId);
        if (holdsUnitPost || unit === undefined) return;
        unitId = unit;
      }
      const tenure = post.tenure ? { tenure: post.tenure } : {};
      sink.add({ type: 'MEMBER_OF', from: p.name, to: ctx.unitName(unitId), role, ...tenure }, p.sentence, written ? 'member-of.post' : 'member-of.post-implied');
    });
    if (posts.length === 0 && p.honoursBefore?.length && ctx.homeUnit) {
      sink.add({ type: 'MEMBER_OF', from: p.name, to: ctx.homeUnit.name }, p.sentence, 'member-of.titled');
    } else if (posts.length === 0 && p.policeGroup && ctx.homeUnit) {
      // (Police serve in the police unit, not in its Party or League body the article may be about.)
      const unit = ctx.input.units.unitOf(ctx.homeUnit.id) ?? ctx.homeUnit.id;
      sink.add({ type: 'MEMBER_OF', from: p.name, to: ctx.unitName(unit) }, p.sentence, 'member-of.police-group');
    }
  }
  // Party bodies named only through posts (党支部书记X) sit in the unit the post was read in.
  readStatedPartOf(ctx, sink, known);
}

/** The unit of a person whose post names none: one set up in the same sentence, the nearest in the clause, else the article's. */
function impliedUnit(ctx: RelationContext, p: PersonMention, kinds: readonly UnitKind[] | undefined): number | undefined {
  const { units } = ctx.input;
  const text = ctx.text;
  // Police posts (警务室, 警务站) are many and small: only one already named can be the person's;
  // without one, the unit the sentence names is (在石门派出所,…社区民警邓丽).
  // A head's post (局长, 所长) with no unit written is held in the unit the article is about, when it is of that kind.
  const home = ctx.homeUnit && units.entities[ctx.homeUnit.id]!;
  if (kinds && home && !kinds.includes('post') && kinds.includes(home.kind)) return home.id;
  const ofKind = kinds ? units.mostRecent(kinds, p.start, kinds.includes('post')) : undefined;
  if (ofKind !== undefined) return ofKind;
  if (kinds && !kinds.includes('post')) return ctx.homeUnit?.id;
  // 辅警赵春燕是一中队唯一的女队员: the unit the copula names.
  if (text[p.end] === '是') {
    const named = ctx.actorsBySentence[p.sentence]!.find((a) => a.type === 'Unit' && a.start === p.end + 1);
    if (named) return named.unitId;
  }
  const actors = ctx.actorsBySentence[p.sentence]!.filter((a) => a.type === 'Unit' && a.end <= p.start);
  const established = actors.find((a) => ESTABLISHING.test(text.slice(Math.max(0, a.start - 3), a.start)));
  if (established) return established.unitId;
  const cs = ctx.clauseStart(p.sentence, p.start);
  const inClause = actors.filter((a) => a.start >= cs);
  if (inClause.length) return inClause[inClause.length - 1]!.unitId;
  // A sentence opened by 在X, names the unit of the people in it (在容桂中队,辅警苏慧敏…).
  const s = ctx.sentence(p.sentence);
  const setting = actors.find((a) => a.start === s.start + 1 && text[s.start] === '在');
  if (setting) return setting.unitId;
  const topic = ctx.sentenceTopics[p.sentence]?.find((a) => a.type === 'Unit' && a.end <= p.start);
  return topic?.unitId ?? ctx.homeUnit?.id;
}

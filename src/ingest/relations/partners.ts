// PARTNERS_WITH: a police unit and an outside organisation that the text joins
// by a co-building, an agreement or a joint activity (ANNOTATION.md rule 12):
// X与Y联合举行…, Y与X签署…协议, X携手Y…, Y…同派出所民警一起…, whichever of
// the two is written first, and every organisation of an enumeration in that
// place (与A、B建立合作关系). The police side is the unit the text says did
// it: the one written there, else the subject of the clause.
import type { Actor } from '../actors.js';
import type { OrgMention } from '../mentions/organizations.js';
import type { RelationContext } from './context.js';
import type { RelationRule } from './rules.js';
import type { RelationSink } from './sink.js';

// What joins the two parties, at the end of what stands between them: 与, 同, 携手….
// (与辖区X, 与沿线的X: a word that places the partner, or a short description, may follow the connector.)
const PLACING = String.raw`(?:辖区|当地|驻地|所在地|本地|[\u4e00-\u9fff]{1,4}的)?`;
const JOINED_BY = new RegExp(String.raw`^[^,;。!?“”]{0,8}?(?:与|同|和|跟|携手|联合|会同|联手|牵手)${PLACING}$`);
// A connector that says by itself that they act together: X携手Y, X联合Y开展.
const JOINT_CONNECTOR = new RegExp(`(?:携手|联合|会同|联手|牵手)${PLACING}$`);
// What they do together, after the second party: co-building, agreements, joint work.
// (建立…机制 / 关系 / 通道: a standing arrangement between them.)
const JOINT_ACT =
  /^[^。!?]{0,30}?(?:共建|合作|签署|签订|签约|协议|结对|联建|联手|联合|携手|共同|一起|一道|联席|协作|联动|联防|联勤|协商|共商|共创|建立[^,;。]{0,12}?(?:机制|关系|通道))/;
// The unit's people may stand for it: 同派出所民警一起.
const ITS_PEOPLE = /^的?(?:全体)?(?:民警|辅警|党员|干部|队员)?/;
// A verb of co-building right before the organisation: X与…结对共建Y, X共建Y.
const BUILT_WITH = /(?:共建|结对|签约|联建|携手|联合|联手|牵手)$/;
// Between the organisations of an enumeration.
const LISTED = /^[、和及]$/;
const LEADING_ITEMS = /(?:[^、,;。!?“”]{2,20}、)+$/;

export function readPartners(ctx: RelationContext, sink: RelationSink): void {
  const { registry } = ctx.input;
  ctx.input.mentions.sentences.forEach((_, i) => {
    const orgs = ctx.orgsBySentence[i] ?? [];
    const units = ctx.actorsBySentence[i]!.filter((a) => a.type === 'Unit' && !a.ownUnitOfPerson);
    for (const list of enumerations(ctx, orgs)) {
      const { partners, rule } = partnersOf(ctx, list, units, i);
      for (const o of list) {
        const org = registry.get('Organization', o.name);
        if (org) for (const u of partners) sink.add({ type: 'PARTNERS_WITH', from: u.name, to: org.name }, i, rule);
      }
    }
  });
}

/** The organisations of a sentence grouped by enumeration (A、B和C), in order. */
function enumerations(ctx: RelationContext, orgs: readonly OrgMention[]): OrgMention[][] {
  const groups: OrgMention[][] = [];
  for (const o of [...orgs].sort((a, b) => a.start - b.start)) {
    const last = groups[groups.length - 1]?.at(-1);
    if (last && LISTED.test(ctx.text.slice(last.end, o.start))) groups[groups.length - 1]!.push(o);
    else groups.push([o]);
  }
  return groups;
}

/** The units of sentence `i` that the text joins with the organisations `list`. */
function partnersOf(
  ctx: RelationContext, list: readonly OrgMention[], units: readonly Actor[], i: number,
): { partners: Actor[]; rule: RelationRule } {
  const text = ctx.text;
  const listStart = list[0]!.start;
  const listEnd = list[list.length - 1]!.end;
  const sentenceEnd = ctx.sentence(i).end;
  const out: Actor[] = [];
  for (const u of units) {
    if (u.start < listEnd && u.end > listStart) continue;
    const unitFirst = u.end <= listStart;
    // Partners the reader did not take for organisations may open the list (与党川镇人民政府、X签订…).
    const between = unitFirst ? text.slice(u.end, listStart).replace(LEADING_ITEMS, '') : text.slice(listEnd, u.start);
    let after = text.slice(unitFirst ? listEnd : u.end, sentenceEnd);
    if (!unitFirst) after = after.slice(ITS_PEOPLE.exec(after)![0].length);
    const joined = JOINED_BY.test(between) && (JOINT_CONNECTOR.test(between) || JOINT_ACT.test(after));
    const builtWith = unitFirst && between.length <= 12 && !/[,;。]/.test(between) && BUILT_WITH.test(between);
    if (joined || builtWith) out.push(u);
  }
  if (out.length) return { partners: out, rule: 'partners.joined' };
  // 积极与A、B建立合作关系: no unit written there; the clause's subject (or the unit a person leads into it) is.
  const lead = text.slice(ctx.clauseStart(i, listStart), listStart);
  const connector = lead.slice(-11).replace(LEADING_ITEMS, '');
  const rule = 'partners.subject';
  if (!JOINED_BY.test(connector) || !(JOINT_CONNECTOR.test(connector) || JOINT_ACT.test(text.slice(listEnd, sentenceEnd)))) return { partners: [], rule };
  const subject = ctx.subject(i, listStart).actors.filter((a) => a.type === 'Unit');
  return { partners: subject.length ? subject : ctx.ledUnits(i, listStart), rule };
}

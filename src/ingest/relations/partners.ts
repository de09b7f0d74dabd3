// PARTNERS_WITH: a police unit and an outside organisation joined by a
// co-building, an agreement or a joint activity.
import { PARTNER_VERB } from '../lexicon/organizations.js';
import type { RelationContext } from './context.js';
import type { RelationSink } from './sink.js';

const PARTNER_RE = new RegExp(PARTNER_VERB, 'g');
const PARTNER_OBJECT = /^(?:[^,;。]{0,30}?)(?:合作|共建|签署|签订|协议|结对|联建|联手|联合|携手|共同|联席|协作|联动)/;

export function readPartners(ctx: RelationContext, sink: RelationSink): void {
  const { mentions, registry } = ctx.input;
  for (const o of mentions.orgs) {
    const s = ctx.sentence(o.sentence);
    const cs = ctx.clauseStart(o.sentence, o.start);
    const clauseBefore = s.text.slice(cs - s.start, o.start - s.start);
    const verbs = [...clauseBefore.matchAll(PARTNER_RE)];
    const withPartner = /与|同|和/.test(clauseBefore) && PARTNER_OBJECT.test(s.text.slice(o.end - s.start));
    if (!verbs.length && !withPartner) continue;
    const at = verbs.length ? cs + verbs[0]!.index! : cs + Math.max(0, clauseBefore.search(/与|同|和/));
    const subject = ctx.subject(o.sentence, at).actors.filter((a) => a.type === 'Unit');
    const actors = subject.length ? subject : ctx.ledUnits(o.sentence, at);
    const org = registry.get('Organization', o.name);
    if (!org) continue;
    for (const a of actors) sink.add({ type: 'PARTNERS_WITH', from: a.name, to: org.name }, o.sentence);
  }
}

// Facts resolve from their records as they are (ends are read with the fact);
// resolvers give the Fact interface's type, ids, tenure and the evidence sentences;
// sentences read with their facts (lookahead.ts) need no query of their own.
import type { EvidenceResolvers, FactResolvers, MembershipResolvers, QueryResolvers } from '../../generated/graphql.js';
import { NO_ROLE, NO_YEAR, type FactKey } from '../../model/facts.js';
import { factsByKeys } from '../../store/read/facts.js';
import type { EdgeKey, EvidenceRef, EvidenceText, FactRecord } from '../../store/read/records.js';
import type { ApiContext } from '../context.js';
import { fromFactId, toFactId } from '../ids.js';
import { mapMaybe } from '../pagination.js';

const TYPE_OF_FACT = {
  PART_OF: 'PartOf',
  MEMBER_OF: 'Membership',
  RECEIVED: 'Award',
  LEADS: 'Leadership',
  PARTNERS_WITH: 'Partnership',
} as const satisfies Record<FactRecord['fact'], string>;

/** A fact's identity, from what every fact record carries. */
/** The fact a graph view's edge draws; a CONFERRED edge (giver → honour) mirrors its recipient's RECEIVED. */
export function factKeyOfEdge(e: EdgeKey): FactKey {
  switch (e.type) {
    case 'CONFERRED':
      return { type: 'RECEIVED', from: e.recipientId!, to: e.targetId, ident: e.year ?? NO_YEAR };
    case 'MEMBER_OF':
      return { type: e.type, from: e.sourceId, to: e.targetId, ident: e.role ?? NO_ROLE };
    case 'RECEIVED':
      return { type: e.type, from: e.sourceId, to: e.targetId, ident: e.year ?? NO_YEAR };
    default:
      return { type: e.type, from: e.sourceId, to: e.targetId, ident: null };
  }
}

export function factKeyOf(f: FactRecord): FactKey {
  switch (f.fact) {
    case 'PART_OF':
      return { type: f.fact, from: f.unit.id, to: f.parent.id, ident: null };
    case 'MEMBER_OF':
      return { type: f.fact, from: f.person.id, to: f.unit.id, ident: f.role ?? NO_ROLE };
    case 'RECEIVED':
      return { type: f.fact, from: f.recipient.id, to: f.honour.id, ident: f.year ?? NO_YEAR };
    case 'LEADS':
      return { type: f.fact, from: f.leader.id, to: f.initiative.id, ident: null };
    case 'PARTNERS_WITH':
      return { type: f.fact, from: f.unit.id, to: f.organization.id, ident: null };
  }
}

export const factId = (f: FactRecord): string => toFactId(factKeyOf(f));

export const factResolvers: FactResolvers = {
  __resolveType: (fact) => TYPE_OF_FACT[fact.fact],
};

/** `id` on every fact type (interfaces' field resolvers are not inherited). */
export const factTypeResolvers = Object.fromEntries(Object.values(TYPE_OF_FACT).map((t) => [t, { id: factId }])) as Record<
  (typeof TYPE_OF_FACT)[keyof typeof TYPE_OF_FACT],
  { id: typeof factId }
>;

export const membershipResolvers: Pick<MembershipResolvers, 'id' | 'tenure'> = {
  id: factId,
  tenure: (m) => (m.tenure === 'current' ? 'CURRENT' : m.tenure === 'former' ? 'FORMER' : null),
};

export const factQueries: Pick<QueryResolvers, 'fact'> = {
  fact: async (_root, { id }, ctx) => {
    const key = fromFactId(id);
    return (await factsByKeys(ctx.db, [key])).get(key) ?? null;
  },
};

/** The sentence read with its fact, or else through the sentence loader. */
function evidenceText(ref: EvidenceRef, ctx: ApiContext): EvidenceText | Promise<EvidenceText> {
  return (
    ref.text ??
    ctx.loaders.evidence.load(ref).then((text) => {
      // The loader removes evidence with its article, so a dangling entry is a bug, not a user error.
      if (!text) throw new Error(`evidence ${ref.key} points to no article`);
      return text;
    })
  );
}

export const evidenceResolvers: EvidenceResolvers = {
  article: (ref, _args, ctx) => mapMaybe(evidenceText(ref, ctx), (t) => t.article),
  sentence: (ref, _args, ctx) => mapMaybe(evidenceText(ref, ctx), (t) => t.sentence),
};

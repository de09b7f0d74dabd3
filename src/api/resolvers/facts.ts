// Facts resolve from their records as they are (ends are read with the fact);
// only the Fact interface's type and the evidence sentences need resolvers, and
// sentences read with their facts (lookahead.ts) need no query of their own.
import type { EvidenceResolvers, FactResolvers } from '../../generated/graphql.js';
import type { EvidenceRef, EvidenceText, FactRecord } from '../../store/read/records.js';
import type { ApiContext } from '../context.js';
import { mapMaybe } from '../pagination.js';

const TYPE_OF_FACT = {
  PART_OF: 'PartOf',
  MEMBER_OF: 'Membership',
  RECEIVED: 'Award',
  LEADS: 'Leadership',
  PARTNERS_WITH: 'Partnership',
} as const satisfies Record<FactRecord['fact'], string>;

export const factResolvers: FactResolvers = {
  __resolveType: (fact) => TYPE_OF_FACT[fact.fact],
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

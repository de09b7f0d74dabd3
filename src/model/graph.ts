// The graph's vocabulary, at the bottom of the house: the entity labels and
// relation types that the extractor produces, the loader writes, the store
// reads and the API serves (../shared/ONTOLOGY.md). Every layer imports them
// from here, so that adding a type is one change.

export const ENTITY_TYPES = ['Unit', 'Person', 'Honour', 'Initiative', 'Organization'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Relations an article states (ONTOLOGY.md), each kept with its evidence. */
export const RELATION_TYPES = ['PART_OF', 'MEMBER_OF', 'RECEIVED', 'LEADS', 'PARTNERS_WITH'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** What each relation may join, from → to. */
export const RELATION_ENDS: Record<RelationType, { from: readonly EntityType[]; to: readonly EntityType[] }> = {
  PART_OF: { from: ['Unit'], to: ['Unit'] },
  MEMBER_OF: { from: ['Person'], to: ['Unit'] },
  RECEIVED: { from: ['Person', 'Unit'], to: ['Honour'] },
  LEADS: { from: ['Unit', 'Person'], to: ['Initiative'] },
  PARTNERS_WITH: { from: ['Unit'], to: ['Organization'] },
};

/** Relationship types the graph stores: the stated relations, and CONFERRED (giver → honour), which mirrors a RECEIVED's conferrer. */
export const STORED_RELATION_TYPES = ['PART_OF', 'MEMBER_OF', 'RECEIVED', 'CONFERRED', 'LEADS', 'PARTNERS_WITH'] as const;
export type StoredRelationType = (typeof STORED_RELATION_TYPES)[number];

/** Node labels counted and indexed: articles and the entity types. */
export const NODE_LABELS = ['Article', ...ENTITY_TYPES] as const;

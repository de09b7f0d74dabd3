// What the read side of the store returns. GraphQL types map onto these through
// codegen mappers (codegen.ts), so resolvers pass records through unchanged.
import type { Tenure } from '../../model/facts.js';
import type { EntityType, StoredRelationType } from '../../model/graph.js';


export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  kind: string | null;
}

export interface ArticleRecord {
  id: string;
  url: string | null;
  title: string | null;
  source: string | null;
  publishedAt: string | null;
  ingestedAt: string | null;
  script: string | null;
}

export interface EvidenceText {
  article: ArticleRecord;
  sentence: string;
}

/** One entry of a relationship's `evidence` list: a sentence by offsets into an article's text. */
export interface EvidenceRef {
  /** The stored string `"<articleId>:<start>:<end>"`, the key the sentence loader batches on. */
  key: string;
  articleId: string;
  start: number;
  end: number;
  /** The reading that found the fact in this sentence, and its confidence (model/facts.ts). */
  rule: string | null;
  confidence: number | null;
  /** The sentence and its article, when they were read with the fact. */
  text?: EvidenceText;
}

/** What every fact carries beside its ends. */
interface FactBase {
  evidence: EvidenceRef[];
  /** From its evidence (store/write/fact-derived.ts); 1 once confirmed. */
  confidence: number;
  confirmed: boolean;
}

export interface PartOfRecord extends FactBase {
  fact: 'PART_OF';
  unit: EntityRecord;
  parent: EntityRecord;
}

export interface MembershipRecord extends FactBase {
  fact: 'MEMBER_OF';
  person: EntityRecord;
  unit: EntityRecord;
  role: string | null;
  tenure: Tenure | null;
}

export interface AwardRecord extends FactBase {
  fact: 'RECEIVED';
  recipient: EntityRecord;
  honour: EntityRecord;
  year: number | null;
  conferredBy: EntityRecord | null;
}

export interface LeadershipRecord extends FactBase {
  fact: 'LEADS';
  leader: EntityRecord;
  initiative: EntityRecord;
}

export interface PartnershipRecord extends FactBase {
  fact: 'PARTNERS_WITH';
  unit: EntityRecord;
  organization: EntityRecord;
}

export type FactRecord = PartOfRecord | MembershipRecord | AwardRecord | LeadershipRecord | PartnershipRecord;

/** A unit reached through PART_OF, `depth` levels away. */
export interface HierarchyItem {
  node: EntityRecord;
  depth: number;
}

/** An entity–article pair joined by MENTIONED_IN; `node` is the far end. */
export interface MentionItem<T> {
  node: T;
  names: string[];
  resolution: string | null;
}

export interface SearchHit {
  node: EntityRecord;
  score: number;
}


export interface GraphEdgeRecord {
  type: StoredRelationType;
  sourceId: string;
  sourceType: EntityType;
  targetId: string;
  targetType: EntityType;
  role: string | null;
  year: number | null;
  /** CONFERRED: whom the conferrer gave the honour to (part of the fact's identity). */
  recipientId: string | null;
  confidence: number;
  evidence: EvidenceRef[];
}

export interface GraphViewRecord {
  nodes: EntityRecord[];
  edges: GraphEdgeRecord[];
  truncated: boolean;
  /** How many entities within reach the limit left out: counted only when asked for. */
  omitted: () => Promise<number>;
}

/** What identifies a fact relationship (docs/graph-model.md): its type, its ends, and role, year or recipient. */
export type EdgeKey = Pick<GraphEdgeRecord, 'type' | 'sourceId' | 'targetId' | 'role' | 'year' | 'recipientId'>;

/** Facts that carry a year (RECEIVED, CONFERRED) outside these inclusive bounds are left out. */
export interface YearRange {
  from: number | null;
  to: number | null;
}

export interface GraphPathRecord {
  nodes: EntityRecord[];
  edges: GraphEdgeRecord[];
  length: number;
}

/** One page of a list: `hasMore` tells whether rows follow it. */
export interface Page<T> {
  items: T[];
  hasMore: boolean;
}

export interface PageWindow {
  offset: number;
  limit: number;
}

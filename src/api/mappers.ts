// What each GraphQL object type is at run time: the store's records, wrapped in
// connection records for lists. codegen.ts points its `mappers` here, so the
// generated resolver types check resolvers against these shapes.
import type { AwardRecord, ArticleRecord, EntityRecord, FactRecord, HierarchyItem, LeadershipRecord, MembershipRecord, MentionItem, PartnershipRecord, SearchHit } from '../store/read/records.js';
import type { ConnectionRecord, EdgeRecord } from './pagination.js';

export type { IngestResult } from '../loader/index.js';
export type { CorrectionResult } from '../corrections/index.js';
export type { CorrectionRecord } from '../store/write/corrections-ledger.js';
import type { CorrectionRecord } from '../store/write/corrections-ledger.js';
export type {
  ArticleRecord,
  AwardRecord,
  EntityRecord,
  EvidenceRef,
  FactRecord,
  GraphEdgeRecord,
  GraphPathRecord,
  GraphViewRecord,
  LeadershipRecord,
  MembershipRecord,
  PartOfRecord,
  PartnershipRecord,
} from '../store/read/records.js';

export type UnitHierarchyConnectionRecord = ConnectionRecord<HierarchyItem>;
export type UnitHierarchyEdgeRecord = EdgeRecord<HierarchyItem>;
export type MembershipConnectionRecord = ConnectionRecord<MembershipRecord>;
export type MembershipEdgeRecord = EdgeRecord<MembershipRecord>;
export type AwardConnectionRecord = ConnectionRecord<AwardRecord>;
export type AwardEdgeRecord = EdgeRecord<AwardRecord>;
export type LeadershipConnectionRecord = ConnectionRecord<LeadershipRecord>;
export type LeadershipEdgeRecord = EdgeRecord<LeadershipRecord>;
export type PartnershipConnectionRecord = ConnectionRecord<PartnershipRecord>;
export type PartnershipEdgeRecord = EdgeRecord<PartnershipRecord>;
export type FactConnectionRecord = ConnectionRecord<FactRecord>;
export type FactEdgeRecord = EdgeRecord<FactRecord>;
export type ArticleConnectionRecord = ConnectionRecord<ArticleRecord>;
export type ArticleEdgeRecord = EdgeRecord<ArticleRecord>;
export type EntityArticleConnectionRecord = ConnectionRecord<MentionItem<ArticleRecord>>;
export type EntityArticleEdgeRecord = EdgeRecord<MentionItem<ArticleRecord>>;
export type ArticleEntityConnectionRecord = ConnectionRecord<MentionItem<EntityRecord>>;
export type ArticleEntityEdgeRecord = EdgeRecord<MentionItem<EntityRecord>>;
export type SearchConnectionRecord = ConnectionRecord<SearchHit>;
export type CorrectionConnectionRecord = ConnectionRecord<CorrectionRecord>;
export type CorrectionEdgeRecord = EdgeRecord<CorrectionRecord>;
export type UnitConnectionRecord = ConnectionRecord<EntityRecord>;
export type UnitEdgeRecord = EdgeRecord<EntityRecord>;
export type PersonConnectionRecord = ConnectionRecord<EntityRecord>;
export type PersonEdgeRecord = EdgeRecord<EntityRecord>;
export type HonourConnectionRecord = ConnectionRecord<EntityRecord>;
export type HonourEdgeRecord = EdgeRecord<EntityRecord>;
export type SearchEdgeRecord = EdgeRecord<SearchHit>;

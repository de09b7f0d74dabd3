// The contract between the extraction pipeline and everything downstream
// (loader, CLI, API). Shapes follow ../shared/ONTOLOGY.md's JSON form, plus
// evidence offsets into the normalized article text.

import type { EntityType, RelationType } from '../model/graph.js';

/** Where a fact was read: a sentence of the normalized text, by character offsets. */
export interface Evidence {
  sentence: string;
  start: number; // inclusive offset of the sentence in NormalizedArticle.text
  end: number; // exclusive
}

export interface ExtractedEntity {
  type: EntityType;
  name: string; // canonical: fullest form in the article, Simplified
  aliases?: string[]; // other surface forms used in the article
  /** Unit: ministry | province | bureau | branch | detachment | brigade | station | squad | post | task_force | center |
   *  party_committee | party_general_branch | party_branch | league_branch | league_committee (see lexicon/units.ts).
   *  Organization: party_committee | government | hospital | school | foundation | company | other. */
  kind?: string;
}

export interface ExtractedRelation {
  type: RelationType;
  from: string; // canonical name of the source entity
  to: string; // canonical name of the target entity
  role?: string; // MEMBER_OF
  year?: number; // RECEIVED
  conferredBy?: string; // RECEIVED: canonical name of a Unit or Organization in `entities`
  /** MEMBER_OF: whether the text gives the post as held now or before (原, 曾任, 一任, 退休 …); absent when it does not say. */
  tenure?: 'current' | 'former';
  evidence?: Evidence;
  /** Which reading produced the fact (`received.roll`, `member-of.post` …; see relations/rules.ts), for debugging and confidence. */
  rule?: string;
  /** How likely the fact is right, in [0, 1], from the precision of its rule on the development sets (relations/confidence.ts). */
  confidence?: number;
}

export interface ArticleMeta {
  title?: string;
  publishedAt?: string; // ISO 8601, local time as written, e.g. 2020-07-13T16:25:00
  source?: string; // 来源 / 作者
  script: 'simplified' | 'traditional';
}

export interface NormalizedArticle {
  text: string; // body only: chrome removed, pinyin removed, Simplified, unified punctuation
  meta: ArticleMeta;
  warnings: string[];
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** The extractor's output for one article: ONTOLOGY.md's JSON form. */
export interface ArticleGraph {
  article: string;
  meta: ArticleMeta;
  text: string; // the normalized text evidence offsets point into
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  warnings: string[];
}

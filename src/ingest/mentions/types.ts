// Mentions: spans of the normalized text that name (or refer to) an entity.
// Offsets are absolute, into ArticleGraph.text.
import type { UnitHead, UnitKind } from '../lexicon/units.js';
import type { Token } from '../segment.js';
import type { Sentence } from '../types.js';

export interface Span {
  start: number;
  end: number;
}

/** One link of a compound unit name: 天宁 + 分局. */
export interface UnitSegment extends Span {
  /** The segment's own name: its last name part, place suffix dropped (天宁, 巡特警, 城东). Empty for Party bodies. */
  core: string;
  /** Earlier name parts, such as places (泰州 in 泰州海陵区城东派出所). */
  qualifiers: string[];
  /** A place-level word standing alone for the name (区 in 区公安局). */
  levelOnly?: string;
  head: UnitHead;
}

export interface UnitMention extends Span {
  surface: string;
  /** Outermost first: 常州市公安局 → 天宁分局 → 水门桥派出所 → 团支部. Empty for pronouns and bare heads. */
  segments: UnitSegment[];
  /** 该所, 本局, a bare 大队: the kinds of unit it can mean. */
  reference?: UnitKind[];
  /** 该局交警大队: the reference the compound hangs from. */
  parentReference?: UnitMention;
  /** 大队下设A、B两个中队: the named unit that contains this one. */
  containedIn?: UnitMention;
  /** Written with 原 / 前 before it (原城东派出所所长): the posts held in it are former ones; no name of its own. */
  former?: boolean;
  /** X(原Y): the unit's former name, a unit of its own with no relations. */
  renamed?: boolean;
  /** X(以下简称“Y”): the mention of X that this short name Y is declared for. */
  declaredFor?: UnitMention;
  sentence: number;
}

export interface PersonMention extends Span {
  name: string;
  sentence: number;
  /** Posts held, each with the unit mention written before it (or the unit kind the post implies). */
  posts: PersonPost[];
  /** Honour titles written before the name (全省优秀人民警察王洪斌, 全国优秀人民警察、城关大队大队长张海涛). */
  honoursBefore?: (Span & { name: string })[];
  /** The rule (or the tagger) that first read the name. */
  rule?: string;
  /** Named among a group of police with no post of their own (徐一帆、郑可馨等众多青年民警). */
  policeGroup?: true;
}

export interface PersonPost {
  role: string;
  unit?: UnitMention;
  /** 党支部书记 with no unit before it: the Party body of the unit meant. */
  partyBody?: UnitHead;
  /** 政治处主任: the department written right before the post, a unit when the article names it, else part of the post. */
  department?: UnitMention;
  /** 由X任队长: a team's post, held in the police team named before (突击队) if any, else in no unit. */
  team?: true;
  /** 现任 / 原, 曾任, 一任, 退休: whether the text gives the post as held now or before. */
  tenure?: 'current' | 'former';
}

export interface NamedMention extends Span {
  name: string;
  sentence: number;
  aliases?: string[];
  /** The rule (or the tagger) that read it. */
  rule?: string;
}

/** What every mention finder reads for one sentence. */
export interface SentenceContext {
  index: number;
  sentence: Sentence;
  tokens: Token[];
}

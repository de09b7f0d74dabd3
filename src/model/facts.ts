// What identifies a fact and what each piece of its evidence says, shared by the
// loader (which writes them), the store (which reads and corrects them) and the API
// (whose fact ids encode them).
import type { RelationType, StoredRelationType } from './graph.js';

/** Whether a post is held at the time of the article (现任) or was held before it (原, 曾任, 一任, 退休). */
export type Tenure = 'current' | 'former';
export const TENURES: readonly Tenure[] = ['current', 'former'];

/**
 * One entry of a fact's `evidence` list: a sentence of an article (offsets into its
 * normalized text), the reading that found the fact there, that reading's confidence,
 * and for a post the tenure the sentence gives. Stored as one string,
 * `"<articleId>:<start>:<end>:<rule>:<confidence>[:<tenure>]"`, so that the entry and
 * what it says can never drift apart; `"<articleId>:"` is the prefix that takes an
 * article's evidence back. Entries written before readings were stored have only
 * the first three fields.
 */
export interface EvidenceEntry {
  articleId: string;
  start: number;
  end: number;
  rule: string | null;
  confidence: number | null;
  tenure: Tenure | null;
}

/** The confidence an entry without one counts for: as likely right as wrong. */
export const UNKNOWN_CONFIDENCE = 0.5;

export function formatEvidence(e: EvidenceEntry): string {
  const base = `${e.articleId}:${e.start}:${e.end}:${e.rule ?? ''}:${e.confidence ?? UNKNOWN_CONFIDENCE}`;
  return e.tenure ? `${base}:${e.tenure}` : base;
}

/** Null for a malformed entry (readers skip it rather than fail a whole list). */
export function parseEvidence(entry: string): EvidenceEntry | null {
  const [articleId, start, end, rule, confidence, tenure] = entry.split(':');
  if (!articleId || !/^\d+$/.test(start ?? '') || !/^\d+$/.test(end ?? '') || Number(end) < Number(start)) return null;
  const c = confidence ? Number(confidence) : NaN;
  return {
    articleId,
    start: Number(start),
    end: Number(end),
    rule: rule || null,
    confidence: Number.isFinite(c) ? c : null,
    tenure: tenure === 'current' || tenure === 'former' ? tenure : null,
  };
}

/** The part of an entry naming the sentence: two readings of one sentence are one piece of evidence. */
export const sentenceOf = (entry: string): string => entry.split(':', 3).join(':');

/** What `role` and `year` are stored as when the article does not give them. */
export const NO_ROLE = '';
export const NO_YEAR = -1;

/**
 * A stated fact's identity, as the graph model defines it: its type, its ends and,
 * for a post its role, for an award its year. (CONFERRED mirrors a RECEIVED and is
 * identified through it.)
 */
export interface FactKey {
  type: RelationType;
  from: string;
  to: string;
  /** MEMBER_OF: the role (`""` when not given); RECEIVED: the year (-1 when not given); otherwise null. */
  ident: string | number | null;
}

/** The one string a fact key is stored and compared as. */
export const factKeyString = (k: FactKey): string => JSON.stringify([k.type, k.from, k.to, k.ident]);

export function parseFactKey(text: string): FactKey | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 4) return null;
  const [type, from, to, ident] = parsed as unknown[];
  if (typeof type !== 'string' || typeof from !== 'string' || typeof to !== 'string') return null;
  const expected = IDENTITY_PROPERTY[type as RelationType];
  if (expected === undefined) return null;
  const ok = expected === null ? ident === null : expected === 'role' ? typeof ident === 'string' : Number.isInteger(ident);
  return ok ? { type: type as RelationType, from, to, ident: ident as FactKey['ident'] } : null;
}

/** The property beyond its ends that tells facts of a type apart. */
export const IDENTITY_PROPERTY: Record<RelationType, 'role' | 'year' | null> = {
  PART_OF: null,
  MEMBER_OF: 'role',
  RECEIVED: 'year',
  LEADS: null,
  PARTNERS_WITH: null,
};

/** Every stored type's identity properties, in the order its MERGE pattern lists them. */
export const STORED_IDENTITY: Record<StoredRelationType, readonly string[]> = {
  PART_OF: [],
  MEMBER_OF: ['role'],
  RECEIVED: ['year'],
  CONFERRED: ['recipientId', 'year'],
  LEADS: [],
  PARTNERS_WITH: [],
};

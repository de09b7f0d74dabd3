// Cypher fragments every read shares, and the converters from the rows they
// produce to records: one place decides how an entity or a fact is read.
import neo4j from 'neo4j-driver';
import { parseEvidence, UNKNOWN_CONFIDENCE, type Tenure } from '../../model/facts.js';
import type { EntityType, RelationType } from '../../model/graph.js';
import type { ArticleRecord, AwardRecord, EntityRecord, EvidenceRef, FactRecord, LeadershipRecord, MembershipRecord, PartOfRecord, PartnershipRecord } from './records.js';
import type { ListQuery } from './lists.js';

/** The relationship types that state facts (not MENTIONED_IN or ALIAS_OF; CONFERRED mirrors RECEIVED). */
type FactType = RelationType;

/** The type label of `v`, by label tests: building `labels(v)` lists cost a third of a page read. */
export const typeOf = (v: string): string =>
  `CASE WHEN ${v}:Unit THEN 'Unit' WHEN ${v}:Person THEN 'Person' WHEN ${v}:Honour THEN 'Honour' WHEN ${v}:Initiative THEN 'Initiative' ELSE 'Organization' END`;

export const articleMap = (v: string): string =>
  `${v} {.id, .url, .title, .source, .publishedAt, .script, ingestedAt: toString(${v}.ingestedAt)}`;

/**
 * What a list reads of its items besides ids, names, roles and years: chosen
 * from the GraphQL selection and written into the query text, since reading a
 * value and dropping it (`CASE WHEN $flag …`) still costs Neo4j and the driver.
 */
export interface Projection {
  /** Entities' aliases and kind: a fifth of a page. */
  details: boolean;
  /** Facts' evidence: none, the entries (the bulk of a fact), or the entries with their sentences and articles. */
  evidence: EvidenceReading;
}

export type EvidenceReading = 'none' | 'refs' | 'sentences';

/**
 * The evidence of relationship `r` as the reading asks: entries `"<articleId>:<start>:<end>"`,
 * or `[entry, article, sentence]` with the sentence cut from the article's text in the
 * database, so that only sentences travel and no second round trip fetches them. (Article
 * ids hold no `:`, see the loader; an entry whose article is gone comes with nulls.)
 */
export function evidenceOf(r: string, reading: EvidenceReading): string {
  if (reading === 'none') return 'null';
  if (reading === 'refs') return `${r}.evidence`;
  // Names of their own: the subquery sees the variables around it.
  return `COLLECT {
      UNWIND ${r}.evidence AS _entry WITH _entry, split(_entry, ':') AS _ref
      OPTIONAL MATCH (_article:Article {id: _ref[0]})
      RETURN [_entry, ${articleMap('_article')}, substring(_article.text, toInteger(_ref[1]), toInteger(_ref[2]) - toInteger(_ref[1]))]
    }`;
}

/**
 * An entity node as a list `[id, name, type?, aliases?, kind?]` (lists cost Neo4j
 * and the driver markedly less than maps). `type` is null or absent when the
 * pattern already fixes the label: the reader passes it to `toEntity` instead.
 */
export const entityList = (v: string, type?: EntityType, details = true): string =>
  details ? `[${v}.id, ${v}.name, ${type ? 'null' : typeOf(v)}, ${v}.aliases, ${v}.kind]` : `[${v}.id, ${v}.name${type ? '' : `, ${typeOf(v)}`}]`;

/** The end labels each fact type fixes: they need not travel with every row. */
const FACT_ENDS: Record<FactType, { from?: EntityType; to?: EntityType }> = {
  PART_OF: { from: 'Unit', to: 'Unit' },
  MEMBER_OF: { from: 'Person', to: 'Unit' },
  RECEIVED: { to: 'Honour' },
  LEADS: { to: 'Initiative' },
  PARTNERS_WITH: { from: 'Unit', to: 'Organization' },
};

/** The record field of each end of a fact, by position in `factList`. */
const FACT_FIELDS = {
  PART_OF: { from: 'unit', to: 'parent' },
  MEMBER_OF: { from: 'person', to: 'unit' },
  RECEIVED: { from: 'recipient', to: 'honour', conferrer: 'conferredBy' },
  LEADS: { from: 'leader', to: 'initiative' },
  PARTNERS_WITH: { from: 'unit', to: 'organization' },
} as const satisfies Record<FactType, Partial<Record<FactEnd, string>>>;

type FactEnd = 'from' | 'to' | 'conferrer';

/**
 * A fact relationship `r` from `from` to `to` as `[from, to, role, year,
 * conferrer, evidence, confidence, confirmed, tenure]`; `conferrer` is a variable an OPTIONAL MATCH may leave
 * null, or absent. `fact` is the type when the pattern fixes it; a list of
 * several types reads `type(r)` beside this list. The end bound to `omit` is
 * written null (see `factReading`).
 */
export const factList = (
  from: string,
  r: string,
  to: string,
  { fact, conferrer, projection, omit }: { fact?: FactType; conferrer?: string; projection: Projection; omit?: string },
): string => {
  const ends = fact ? FACT_ENDS[fact] : {};
  const end = (v: string, type?: EntityType) => (v === omit ? 'null' : entityList(v, type, projection.details));
  const c = !conferrer ? 'null' : conferrer === omit ? 'null' : `CASE WHEN ${conferrer} IS NULL THEN null ELSE ${end(conferrer)} END`;
  // A fact of a known type reads only the properties it has.
  const role = !fact || fact === 'MEMBER_OF' ? `${r}.role` : 'null';
  const year = !fact || fact === 'RECEIVED' ? `${r}.year` : 'null';
  const tenure = !fact || fact === 'MEMBER_OF' ? `${r}.tenure` : 'null';
  return `[${end(from, ends.from)}, ${end(to, ends.to)}, ${role}, ${year},
    ${c}, ${evidenceOf(r, projection.evidence)}, ${r}.confidence, ${r}.confirmed, ${tenure}]`;
};

/** JS numbers travel as floats; SKIP and LIMIT need Cypher integers. */
export const pageParams = (offset: number, limit: number) => ({ offset: neo4j.int(offset), limit: neo4j.int(limit) });

type Raw = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** Reads `entityList`; `type` is the label the pattern fixed, when it wrote none. */
export function toEntity(raw: unknown, type?: EntityType): EntityRecord {
  const [id, name, readType, aliases, kind] = raw as [string, string, EntityType | null, unknown, unknown];
  return {
    id,
    type: (readType ?? type)!,
    name,
    aliases: Array.isArray(aliases) ? (aliases as string[]) : [],
    kind: str(kind),
  };
}

export function toArticle(raw: unknown): ArticleRecord {
  const r = raw as Raw;
  return {
    id: r.id as string,
    url: str(r.url),
    title: str(r.title),
    source: str(r.source),
    publishedAt: str(r.publishedAt),
    ingestedAt: str(r.ingestedAt),
    script: str(r.script),
  };
}

/** Reads stored evidence entries (model/facts.ts); malformed entries are skipped rather than failing a whole list. */
function toEvidenceRef(key: string): EvidenceRef | null {
  const e = parseEvidence(key);
  return e && { key, articleId: e.articleId, start: e.start, end: e.end, rule: e.rule, confidence: e.confidence };
}

/** Reads `evidenceOf`: entries, or entries with their sentences. */
export const toEvidence = (raw: unknown): EvidenceRef[] =>
  Array.isArray(raw)
    ? raw.flatMap((entry) => {
        if (typeof entry === 'string') return toEvidenceRef(entry) ?? [];
        const [key, article, sentence] = entry as [string, unknown, string | null];
        const ref = toEvidenceRef(key);
        if (!ref) return [];
        return article && sentence !== null ? { ...ref, text: { article: toArticle(article), sentence } } : ref;
      })
    : [];

/** Facts written before confidence was stored have none until the start-up migration (db-schema.ts) gives them one. */
export const confidenceOf = (v: unknown): number => (typeof v === 'number' ? v : UNKNOWN_CONFIDENCE);
export const tenureOf = (v: unknown): Tenure | null => (v === 'current' || v === 'former' ? v : null);

/** The loader writes `""` for an unknown role and `-1` for an unknown year; the API says null. */
export const roleOf = (v: unknown): string | null => str(v);
export const yearOf = (v: unknown): number | null => (typeof v === 'number' && v >= 0 ? v : null);

/** Reads `factList` of a fact of type `fact`; an end written null as the list's parent is `parent`. */
export function toFact(fact: FactType, raw: unknown, parent?: { end: FactEnd; record: EntityRecord }): FactRecord {
  const [rawFrom, rawTo, role, year, rawConferrer, rawEvidence, confidence, confirmed, tenure] = raw as unknown[];
  const ends = FACT_ENDS[fact];
  const from = parent?.end === 'from' ? parent.record : toEntity(rawFrom, ends.from);
  const to = parent?.end === 'to' ? parent.record : toEntity(rawTo, ends.to);
  const base = { evidence: toEvidence(rawEvidence), confidence: confidenceOf(confidence), confirmed: confirmed === true };
  switch (fact) {
    case 'PART_OF':
      return { fact: 'PART_OF', unit: from, parent: to, ...base } satisfies PartOfRecord;
    case 'MEMBER_OF':
      return { fact: 'MEMBER_OF', person: from, unit: to, role: roleOf(role), tenure: tenureOf(tenure), ...base } satisfies MembershipRecord;
    case 'RECEIVED':
      return {
        fact: 'RECEIVED',
        recipient: from,
        honour: to,
        year: yearOf(year),
        conferredBy: parent?.end === 'conferrer' ? parent.record : rawConferrer == null ? null : toEntity(rawConferrer),
        ...base,
      } satisfies AwardRecord;
    case 'LEADS':
      return { fact: 'LEADS', leader: from, initiative: to, ...base } satisfies LeadershipRecord;
    case 'PARTNERS_WITH':
      return { fact: 'PARTNERS_WITH', unit: from, organization: to, ...base } satisfies PartnershipRecord;
    default:
      throw new Error(`not a fact relationship: ${String(fact satisfies never)}`);
  }
}

/**
 * How a list reads facts of one type bound as `vars`, with its parent bound to
 * `parentVar`: the end that is the parent is not read with every row (each
 * member of a unit would carry the unit again) but filled in from the parent's
 * record. Its ends, by GraphQL path, are where nested lists can hang.
 */
export function factReading<F extends FactType>(
  fact: F,
  vars: { from: string; r: string; to: string; conferrer?: string },
  parentVar: string,
): Pick<ListQuery<Extract<FactRecord, { fact: F }>>, 'countOf' | 'rows' | 'item' | 'ends' | 'toItem'> {
  type Item = Extract<FactRecord, { fact: F }>;
  const fields: Partial<Record<FactEnd, string>> = FACT_FIELDS[fact];
  const parentEnd = (['from', 'to', 'conferrer'] as const).find((end) => vars[end] === parentVar && fields[end]);
  const ends: ListQuery<Item>['ends'] = {};
  for (const [end, field] of Object.entries(fields) as [FactEnd, string][]) {
    const v = vars[end];
    if (v) ends[`node.${field}`] = { v, of: (item) => (item as unknown as Record<string, EntityRecord | null>)[field] ?? null };
  }
  return {
    countOf: vars.r,
    rows: [vars.from, vars.r, vars.to].filter((v) => v !== parentVar),
    item: (projection) => factList(vars.from, vars.r, vars.to, { fact, conferrer: vars.conferrer, projection, omit: parentEnd && parentVar }),
    ends,
    toItem: (raw, parent) => {
      if (!parentEnd) return toFact(fact, raw) as Item;
      if (!parent || !('type' in parent)) throw new Error(`${fact} list read without the entity it hangs from`);
      return toFact(fact, raw, { end: parentEnd, record: parent }) as Item;
    },
  };
}

/** The filter of every fact list: `$minConfidence` (or null) keeps the facts at least that likely. */
export const confident = (r: string): string => `($minConfidence IS NULL OR ${r}.confidence >= $minConfidence)`;

/**
 * Cypher cannot take a parameter for a variable-length bound (`*1..$n`), so the
 * bound is written into the query text: only after this check that it is an
 * integer in range, which makes it a constant of ours rather than a user value.
 */
export function hopBound(n: number, max: number, min = 1): number {
  if (!Number.isInteger(n) || n < min || n > max) throw new RangeError(`hop bound ${n} is not an integer in ${min}..${max}`);
  return n;
}

/** Memoizes query builders over small integer arguments (the hop bounds): each query text is built once. */
export function memoizeByKey<A extends unknown[], R>(build: (...args: A) => R): (...args: A) => R {
  const built = new Map<string, R>();
  return (...args: A) => {
    const key = JSON.stringify(args);
    let value = built.get(key);
    if (value === undefined) {
      value = build(...args);
      built.set(key, value);
    }
    return value;
  };
}

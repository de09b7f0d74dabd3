// Cypher fragments every read shares, and the converters from the rows they
// produce to records: one place decides how an entity or a fact is read.
import neo4j from 'neo4j-driver';
import type {
  ArticleRecord,
  AwardRecord,
  EntityRecord,
  EntityType,
  EvidenceRef,
  FactRecord,
  LeadershipRecord,
  MembershipRecord,
  PartOfRecord,
  PartnershipRecord,
} from './records.js';

/** Relationship types that state facts (not MENTIONED_IN or ALIAS_OF); CONFERRED mirrors RECEIVED. */
export const FACT_TYPES = ['PART_OF', 'MEMBER_OF', 'RECEIVED', 'LEADS', 'PARTNERS_WITH'] as const;

/** The type label of `v`, by label tests: building `labels(v)` lists cost a third of a page read. */
export const typeOf = (v: string): string =>
  `CASE WHEN ${v}:Unit THEN 'Unit' WHEN ${v}:Person THEN 'Person' WHEN ${v}:Honour THEN 'Honour' WHEN ${v}:Initiative THEN 'Initiative' ELSE 'Organization' END`;

/**
 * An entity node as a list `[id, name, aliases, kind, type]` (lists cost Neo4j
 * and the driver markedly less than maps); `type` is given when the pattern
 * already fixes the label. In lists, aliases and kind are read only when
 * `$withDetails` (a parameter every list takes): they cost a fifth of a page.
 */
export const entityList = (v: string, type?: EntityType, inList = false): string => {
  const detail = (p: string) => (inList ? `CASE WHEN $withDetails THEN ${v}.${p} END` : `${v}.${p}`);
  return `[${v}.id, ${v}.name, ${detail('aliases')}, ${detail('kind')}, ${type ? `'${type}'` : typeOf(v)}]`;
};

/** `entityList` of a variable an OPTIONAL MATCH may leave null. */
const optionalEntityList = (v: string, inList = false): string => `CASE WHEN ${v} IS NULL THEN null ELSE ${entityList(v, undefined, inList)} END`;

export const articleMap = (v: string): string =>
  `${v} {.id, .url, .title, .source, .publishedAt, .script, ingestedAt: toString(${v}.ingestedAt)}`;

/**
 * A fact relationship `r` from `from` to `to` as `[type, from, to, role, year,
 * conferrer, evidence]`; `conferrer` may be `null`; `types` are the end labels
 * the pattern fixes. Evidence lists are read only when `$withEvidence` (a
 * parameter every fact list takes): they are the bulk of a fact.
 */
export const factList = (
  from: string,
  r: string,
  to: string,
  conferrer = 'null',
  types: { from?: EntityType; to?: EntityType } = {},
): string =>
  `[type(${r}), ${entityList(from, types.from, true)}, ${entityList(to, types.to, true)}, ${r}.role, ${r}.year,
    ${conferrer === 'null' ? 'null' : optionalEntityList(conferrer, true)}, CASE WHEN $withEvidence THEN ${r}.evidence END]`;

/** JS numbers travel as floats; SKIP and LIMIT need Cypher integers. */
export const pageParams = (offset: number, limit: number) => ({ offset: neo4j.int(offset), limit: neo4j.int(limit) });

type Raw = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

export function toEntity(raw: unknown): EntityRecord {
  const [id, name, aliases, kind, type] = raw as [string, string, unknown, unknown, EntityType];
  return {
    id,
    type,
    name,
    aliases: Array.isArray(aliases) ? (aliases as string[]) : [],
    kind: str(kind),
  };
}

const toEntityOrNull = (raw: unknown): EntityRecord | null => (raw == null ? null : toEntity(raw));

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

/** Parses `"<articleId>:<start>:<end>"`; malformed entries are skipped rather than failing a whole list. */
function parseEvidence(key: string): EvidenceRef | null {
  const m = /^(.+):(\d+):(\d+)$/.exec(key);
  if (!m) return null;
  const start = Number(m[2]);
  const end = Number(m[3]);
  return end >= start ? { key, articleId: m[1]!, start, end } : null;
}

export const toEvidence = (raw: unknown): EvidenceRef[] =>
  Array.isArray(raw) ? raw.flatMap((k) => (typeof k === 'string' ? (parseEvidence(k) ?? []) : [])) : [];

/** The loader writes `""` for an unknown role and `-1` for an unknown year; the API says null. */
export const roleOf = (v: unknown): string | null => str(v);
export const yearOf = (v: unknown): number | null => (typeof v === 'number' && v >= 0 ? v : null);

export function toFact(raw: unknown): FactRecord {
  const [fact, rawFrom, rawTo, role, year, conferrer, rawEvidence] = raw as unknown[];
  const from = toEntity(rawFrom);
  const to = toEntity(rawTo);
  const evidence = toEvidence(rawEvidence);
  switch (fact) {
    case 'PART_OF':
      return { fact: 'PART_OF', unit: from, parent: to, evidence } satisfies PartOfRecord;
    case 'MEMBER_OF':
      return { fact: 'MEMBER_OF', person: from, unit: to, role: roleOf(role), evidence } satisfies MembershipRecord;
    case 'RECEIVED':
      return {
        fact: 'RECEIVED',
        recipient: from,
        honour: to,
        year: yearOf(year),
        conferredBy: toEntityOrNull(conferrer),
        evidence,
      } satisfies AwardRecord;
    case 'LEADS':
      return { fact: 'LEADS', leader: from, initiative: to, evidence } satisfies LeadershipRecord;
    case 'PARTNERS_WITH':
      return { fact: 'PARTNERS_WITH', unit: from, organization: to, evidence } satisfies PartnershipRecord;
    default:
      throw new Error(`not a fact relationship: ${String(fact)}`);
  }
}

/** Narrows `toFact` to the one type a list reads. */
export const factOf =
  <F extends FactRecord['fact']>(fact: F) =>
  (raw: unknown): Extract<FactRecord, { fact: F }> => {
    const record = toFact(raw);
    if (record.fact !== fact) throw new Error(`expected ${fact}, read ${record.fact}`);
    return record as Extract<FactRecord, { fact: F }>;
  };

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

// The rules corrections leave for the loader, so that a correction outlives
// re-extraction: it is applied when articles are written, not filtered at every read.
// Each rule node belongs to the correction that made it (`correction`), and undoing
// the correction deletes it; `seq` is the correction's number, so later rules win.
//   (:Redirect {id, to})       an entity merged away: whatever resolves to `id` becomes `to`
//   (:NamePin {key, to})       a name (alias key), or a name in one article (articlePinKey),
//                              resolves to `to`
//   (:EntityRule {id, name})   an entity's canonical name, whatever the articles call it
//   (:FactRule {key, kind})    a stated fact (factKeyString): `reject` drops it, `confirm`
//                              marks it checked, `set` overrides a property (a new role or
//                              year moves it to `target`); `evidence` keeps the statements
//                              a rule dropped or moved, so that undoing it can give them back
import type { ManagedTransaction } from 'neo4j-driver';
import type { Tenure } from '../../model/facts.js';

export interface RuleCounts {
  redirects: number;
  pins: number;
  factRules: number;
}

/** How many rules of each kind exist: from the count store, so free. A graph with none skips their lookups. */
export async function countRules(tx: ManagedTransaction): Promise<RuleCounts> {
  const result = await tx.run(
    `CALL () { MATCH (n:Redirect) RETURN count(n) AS redirects }
     CALL () { MATCH (n:NamePin) RETURN count(n) AS pins }
     CALL () { MATCH (n:FactRule) RETURN count(n) AS factRules }
     RETURN redirects, pins, factRules`,
  );
  return result.records[0]!.toObject() as RuleCounts;
}

export interface Pin {
  key: string;
  /** The entity the name resolves to, through a redirect if it was merged away since. */
  to: string;
  correction: string;
}

/** The newest pin of each key. */
export async function findPins(tx: ManagedTransaction, keys: string[]): Promise<Pin[]> {
  if (keys.length === 0) return [];
  const result = await tx.run(
    `UNWIND $keys AS key
     MATCH (p:NamePin {key: key})
     WITH key, p ORDER BY p.seq DESC
     WITH key, head(collect(p)) AS p
     OPTIONAL MATCH (r:Redirect {id: p.to})
     RETURN key, coalesce(r.to, p.to) AS to, p.correction AS correction`,
    { keys },
  );
  return result.records.map((r) => r.toObject() as Pin);
}

export interface Redirect {
  id: string;
  to: string;
  correction: string;
}

/** Redirects of the given ids (already flattened: `to` is never redirected itself). */
export async function findRedirects(tx: ManagedTransaction, ids: string[]): Promise<Redirect[]> {
  if (ids.length === 0) return [];
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (r:Redirect {id: id})
     RETURN id, r.to AS to, r.correction AS correction`,
    { ids },
  );
  return result.records.map((r) => r.toObject() as Redirect);
}

export type FactRuleKind = 'reject' | 'confirm' | 'set';

/** What a `set` rule changes; absent fields are left as read. `null` clears a property. */
export interface FactOverrides {
  role?: string;
  year?: number;
  conferredById?: string | null;
  tenure?: Tenure | null;
}

export interface FactRuleRecord {
  id: string;
  key: string;
  kind: FactRuleKind;
  correction: string;
  seq: number;
  set: FactOverrides;
  /** The key statements of this fact move to (a `set` of role or year), or null. */
  target: string | null;
}

const toFactRule = (raw: Record<string, unknown>): FactRuleRecord => ({
  id: raw.id as string,
  key: raw.key as string,
  kind: raw.kind as FactRuleKind,
  correction: raw.correction as string,
  seq: raw.seq as number,
  set: JSON.parse((raw.set as string | null) ?? '{}') as FactOverrides,
  target: (raw.target as string | null) ?? null,
});

/** The rules of the given fact keys, oldest first (later ones override earlier ones). */
export async function findFactRules(tx: ManagedTransaction, keys: string[]): Promise<FactRuleRecord[]> {
  if (keys.length === 0) return [];
  const result = await tx.run(
    `UNWIND $keys AS key
     MATCH (f:FactRule {key: key})
     RETURN f {.id, .key, .kind, .correction, .seq, .set, .target} AS rule ORDER BY f.seq, f.id`,
    { keys },
  );
  return result.records.map((r) => toFactRule(r.get('rule') as Record<string, unknown>));
}

/** The rules of the given keys and of the keys whose rules move statements to them: what a fact's flags come from. */
export async function findFactRulesAround(tx: ManagedTransaction, keys: string[]): Promise<FactRuleRecord[]> {
  if (keys.length === 0) return [];
  const result = await tx.run(
    `UNWIND $keys AS key
     CALL (key) {
       MATCH (f:FactRule {key: key}) RETURN f
       UNION
       MATCH (s:FactRule) WHERE s.target = key
       MATCH (f:FactRule {key: s.key}) RETURN f
     }
     WITH DISTINCT f
     RETURN f {.id, .key, .kind, .correction, .seq, .set, .target} AS rule`,
    { keys },
  );
  return result.records.map((r) => toFactRule(r.get('rule') as Record<string, unknown>));
}

/** Statements a rule dropped or moved while articles were written: kept for its undoing. Pipelined. */
export function keepRuleEvidence(tx: ManagedTransaction, kept: { id: string; evidence: string[] }[]): Promise<unknown> {
  if (kept.length === 0) return Promise.resolve();
  return Promise.resolve(
    tx.run(
      `UNWIND $kept AS k
       MATCH (f:FactRule {id: k.id})
       SET f.evidence = f.evidence + [x IN k.evidence WHERE NOT x IN f.evidence]`,
      { kept },
    ),
  );
}

/** An article taken back takes its statements out of the rules too. Few rules hold any: a scan is cheap. */
export function scrubRuleEvidence(tx: ManagedTransaction, prefix: string): Promise<unknown> {
  return Promise.resolve(
    tx.run(
      `MATCH (f:FactRule) WHERE any(x IN f.evidence WHERE x STARTS WITH $prefix)
       SET f.evidence = [x IN f.evidence WHERE NOT x STARTS WITH $prefix]`,
      { prefix },
    ),
  );
}

/** Who made a rule: its correction and that correction's number. */
export interface RuleOwner {
  correction: string;
  seq: number;
}

/**
 * `id` now resolves to `to`; ids that resolved to `id` resolve to `to` too (so a
 * redirect is always one hop). Returns those ids, for the undoing to point back.
 */
export async function createRedirect(tx: ManagedTransaction, owner: RuleOwner, id: string, to: string): Promise<string[]> {
  const result = await tx.run(
    `OPTIONAL MATCH (old:Redirect {to: $id})
     SET old.to = $to
     WITH collect(old.id) AS repointed
     CREATE (:Redirect {id: $id, to: $to, correction: $correction, seq: $seq})
     RETURN repointed`,
    { ...owner, id, to },
  );
  return result.records[0]!.get('repointed') as string[];
}

export async function pointRedirects(tx: ManagedTransaction, ids: string[], to: string): Promise<void> {
  await tx.run('UNWIND $ids AS id MATCH (r:Redirect {id: id}) SET r.to = $to', { ids, to });
}

export async function createPins(tx: ManagedTransaction, owner: RuleOwner, pins: { key: string; to: string }[]): Promise<void> {
  if (pins.length === 0) return;
  await tx.run('UNWIND $pins AS pin CREATE (:NamePin {key: pin.key, to: pin.to, correction: $correction, seq: $seq})', { ...owner, pins });
}

export async function createEntityRule(tx: ManagedTransaction, owner: RuleOwner, id: string, name: string): Promise<void> {
  await tx.run('CREATE (:EntityRule {id: $id, name: $name, correction: $correction, seq: $seq})', { ...owner, id, name });
}

export interface NewFactRule {
  key: string;
  kind: FactRuleKind;
  set?: FactOverrides;
  target?: string | null;
  /** Statements the rule takes out of the graph (a rejected fact's) or moves (to `target`). */
  evidence?: string[];
}

export async function createFactRule(tx: ManagedTransaction, owner: RuleOwner, rule: NewFactRule): Promise<void> {
  await tx.run(
    `CREATE (:FactRule {id: randomUUID(), key: $key, kind: $kind, set: $set, target: $target, evidence: $evidence,
       correction: $correction, seq: $seq})`,
    { ...owner, key: rule.key, kind: rule.kind, set: JSON.stringify(rule.set ?? {}), target: rule.target ?? null, evidence: rule.evidence ?? [] },
  );
}

/** The fact rules a correction made (with what they kept), before its undoing deletes them. */
export async function factRulesOf(tx: ManagedTransaction, correction: string): Promise<(FactRuleRecord & { evidence: string[] })[]> {
  const result = await tx.run(
    `MATCH (f:FactRule) WHERE f.correction = $correction
     RETURN f {.id, .key, .kind, .correction, .seq, .set, .target, .evidence} AS rule`,
    { correction },
  );
  return result.records.map((r) => {
    const raw = r.get('rule') as Record<string, unknown>;
    return { ...toFactRule(raw), evidence: (raw.evidence as string[] | null) ?? [] };
  });
}

/** Fact rules mentioning an entity: they follow it when it is merged into another. */
export async function factRulesMentioning(tx: ManagedTransaction, entityId: string): Promise<FactRuleRecord[]> {
  const result = await tx.run(
    `MATCH (f:FactRule) WHERE f.key CONTAINS $quoted OR f.target CONTAINS $quoted
     RETURN f {.id, .key, .kind, .correction, .seq, .set, .target} AS rule`,
    { quoted: JSON.stringify(entityId) },
  );
  return result.records.map((r) => toFactRule(r.get('rule') as Record<string, unknown>));
}

export async function rekeyFactRules(tx: ManagedTransaction, rules: { id: string; key: string; target: string | null }[]): Promise<void> {
  if (rules.length === 0) return;
  await tx.run('UNWIND $rules AS rule MATCH (f:FactRule {id: rule.id}) SET f.key = rule.key, f.target = rule.target', { rules });
}

/** Deletes every rule a correction made. Rule labels are scanned one by one: there are few rules. */
export async function deleteRulesOf(tx: ManagedTransaction, correction: string): Promise<void> {
  await tx.run(
    ['Redirect', 'NamePin', 'EntityRule', 'FactRule']
      .map((label) => `MATCH (n:${label}) WHERE n.correction = $correction DETACH DELETE n RETURN count(*) AS deleted`)
      .join(' UNION ALL '),
    { correction },
  );
}

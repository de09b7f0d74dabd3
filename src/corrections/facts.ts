// Corrections of facts: reject one, confirm one, set one of its properties; and their
// undoing. Each changes the fact now (fact-surgery.ts) and leaves a fact rule that the
// loader applies to every later statement of it (fact-rules.ts).
import type { ManagedTransaction } from 'neo4j-driver';
import { entityTypeOfId } from '../loader/identity.js';
import { factKeyString, NO_ROLE, NO_YEAR, parseFactKey, type FactKey, type Tenure } from '../model/facts.js';
import type { GraphDb } from '../store/graph-db.js';
import { createFactRule, deleteRulesOf, factRulesOf, type FactOverrides } from '../store/write/correction-rules.js';
import type { CorrectionRecord } from '../store/write/corrections-ledger.js';
import { lockEntities } from '../store/write/entity-surgery.js';
import { deleteFact, moveFactIdentity, putFact, readFact, setConferrer, type FactState } from '../store/write/fact-surgery.js';
import { badInput, notFound } from './errors.js';
import { reapplyFlags } from './flags.js';
import { checkReason, runCorrection, type Actor, type Applied, type CorrectionResult } from './run.js';

const describe = (k: FactKey) => `${k.type} ${k.from} → ${k.to}${k.ident === null || k.ident === NO_ROLE || k.ident === NO_YEAR ? '' : ` (${k.ident})`}`;

/** Locks the fact's ends (as an ingest writing it would) and reads it. */
async function lockFact(tx: ManagedTransaction, key: FactKey): Promise<FactState> {
  await lockEntities(tx, [key.from, key.to]);
  const fact = await readFact(tx, key);
  if (!fact) throw notFound(`no fact ${describe(key)}`);
  return fact;
}

const factCorrection = (
  kind: Applied['kind'],
  summary: string,
  keys: FactKey[],
  details: Record<string, unknown>,
  fact: FactKey | null,
  extraEntities: (string | null)[] = [],
): Applied => ({
  kind,
  summary,
  entityIds: [...new Set([...keys.flatMap((k) => [k.from, k.to]), ...extraEntities.filter((x): x is string => x !== null)])],
  structuralIds: [],
  factKeys: [...new Set(keys.map(factKeyString))],
  details,
  fact,
});

interface RejectDetails {
  conferredById: string | null;
  mirrorEvidence: string[];
}

export async function rejectFact(db: GraphDb, actor: Actor, input: { fact: FactKey; reason: string }): Promise<CorrectionResult> {
  const reason = checkReason(input.reason);
  const key = input.fact;
  return runCorrection(db, actor, reason, async (tx, owner) => {
    await lockFact(tx, key);
    const removed = (await deleteFact(tx, key))!;
    await createFactRule(tx, owner, { key: factKeyString(key), kind: 'reject', evidence: removed.evidence });
    const details: RejectDetails = { conferredById: removed.conferredById, mirrorEvidence: removed.mirrorEvidence };
    return factCorrection('REJECT_FACT', `rejected ${describe(key)}`, [key], details as unknown as Record<string, unknown>, null);
  });
}

/** Puts the fact back with every statement the rule kept: those it had, and those written while it was rejected. */
async function undoReject(tx: ManagedTransaction, c: CorrectionRecord, key: FactKey): Promise<FactKey | null> {
  const d = c.details as unknown as RejectDetails;
  const [rule] = await factRulesOf(tx, c.id);
  await deleteRulesOf(tx, c.id);
  await putFact(tx, key, rule?.evidence ?? [], { id: d.conferredById, mirrorEvidence: d.mirrorEvidence });
  await reapplyFlags(tx, [key]);
  return (await readFact(tx, key)) ? key : null;
}

export async function confirmFact(db: GraphDb, actor: Actor, input: { fact: FactKey; reason?: string | null }): Promise<CorrectionResult> {
  const reason = checkReason(input.reason, false);
  const key = input.fact;
  return runCorrection(db, actor, reason, async (tx, owner) => {
    const fact = await lockFact(tx, key);
    if (fact.confirmed) throw badInput(`${describe(key)} is confirmed already`);
    await createFactRule(tx, owner, { key: factKeyString(key), kind: 'confirm' });
    await reapplyFlags(tx, [key]);
    return factCorrection('CONFIRM_FACT', `confirmed ${describe(key)}`, [key], {}, key);
  });
}

export type FactProperty = 'ROLE' | 'YEAR' | 'CONFERRED_BY' | 'TENURE';

/** A property's new value, checked against the fact's type; strings as the API and the CLI send them. */
function overrideFor(key: FactKey, property: FactProperty, value: string | null): FactOverrides {
  const only = (type: FactKey['type']) => {
    if (key.type !== type) throw badInput(`${property} is a property of ${type} facts, not ${key.type}`);
  };
  switch (property) {
    case 'ROLE':
      only('MEMBER_OF');
      return { role: value?.trim() || NO_ROLE };
    case 'YEAR': {
      only('RECEIVED');
      if (value === null || value.trim() === '') return { year: NO_YEAR };
      const year = Number(value);
      if (!Number.isInteger(year) || year < 1900 || year > 2100) throw badInput(`YEAR must be a year such as 2021, not ${value}`);
      return { year };
    }
    case 'CONFERRED_BY':
      only('RECEIVED');
      return { conferredById: value };
    case 'TENURE': {
      only('MEMBER_OF');
      const tenure = value?.toLowerCase();
      if (tenure !== 'current' && tenure !== 'former') throw badInput('TENURE must be CURRENT or FORMER');
      return { tenure: tenure as Tenure };
    }
  }
}

interface SetDetails {
  property: FactProperty;
  value: string | null;
  /** The key the fact moved to (a role or year set). */
  target: string | null;
  /** The conferrer and mirror before (a conferrer set). */
  previousConferrer?: string | null;
  previousMirror?: string[];
}

/** `value`: for CONFERRED_BY a store id (the API decodes global ids), null for none. */
export async function setFactProperty(
  db: GraphDb,
  actor: Actor,
  input: { fact: FactKey; property: FactProperty; value: string | null; reason: string },
): Promise<CorrectionResult> {
  const reason = checkReason(input.reason);
  const key = input.fact;
  const set = overrideFor(key, input.property, input.value);
  return runCorrection(db, actor, reason, async (tx, owner) => {
    const fact = await lockFact(tx, key);
    const ruleKey = factKeyString(key);
    const details: SetDetails = { property: input.property, value: input.value, target: null };
    let result: FactKey = key;
    if ('role' in set || 'year' in set) {
      const target: FactKey = { ...key, ident: 'role' in set ? set.role! : set.year! };
      if (factKeyString(target) === ruleKey) throw badInput(`${describe(key)} has that ${input.property.toLowerCase()} already`);
      const moved = await moveFactIdentity(tx, key, target, 'all');
      await createFactRule(tx, owner, { key: ruleKey, kind: 'set', set, target: factKeyString(target), evidence: moved });
      details.target = factKeyString(target);
      result = target;
    } else if ('conferredById' in set) {
      const to = set.conferredById ?? null;
      if (to === fact.conferredById) throw badInput(`${describe(key)} has that conferrer already`);
      if (to !== null) {
        const type = entityTypeOfId(to);
        if (type !== 'Unit' && type !== 'Organization') throw badInput('CONFERRED_BY must be a Unit or an Organization');
        if (!(await lockEntities(tx, [to])).has(to)) throw notFound(`no entity ${to}`);
      }
      await setConferrer(tx, key, to);
      await createFactRule(tx, owner, { key: ruleKey, kind: 'set', set });
      details.previousConferrer = fact.conferredById;
      details.previousMirror = fact.mirrorEvidence;
    } else {
      await createFactRule(tx, owner, { key: ruleKey, kind: 'set', set });
    }
    await reapplyFlags(tx, [result]);
    const summary = `set ${input.property.toLowerCase()} of ${describe(key)} to ${input.value ?? 'none'}`;
    const keys = details.target ? [key, result] : [key];
    return factCorrection('SET_FACT_PROPERTY', summary, keys, details as unknown as Record<string, unknown>, result, [
      details.previousConferrer ?? null,
      set.conferredById ?? null,
    ]);
  });
}

/** Gives back what a property set changed: the statements it moved, the conferrer it replaced. */
async function undoSet(tx: ManagedTransaction, c: CorrectionRecord, key: FactKey): Promise<FactKey | null> {
  const d = c.details as unknown as SetDetails;
  const [rule] = await factRulesOf(tx, c.id);
  await deleteRulesOf(tx, c.id);
  if (d.target) {
    const targetKey = parseFactKey(d.target)!;
    await moveFactIdentity(tx, targetKey, key, rule?.evidence ?? []);
    await reapplyFlags(tx, [key, targetKey]);
  } else if (d.property === 'CONFERRED_BY') {
    await setConferrer(tx, key, d.previousConferrer ?? null, d.previousMirror);
  } else await reapplyFlags(tx, [key]);
  return (await readFact(tx, key)) ? key : null;
}

/** Undoes a fact correction; returns the fact it leaves, if any. */
export async function undoFactCorrection(tx: ManagedTransaction, c: CorrectionRecord): Promise<FactKey | null> {
  const fact = parseFactKey(c.factKeys[0]!)!;
  await lockEntities(tx, [fact.from, fact.to]);
  if (c.kind === 'REJECT_FACT') return undoReject(tx, c, fact);
  if (c.kind === 'SET_FACT_PROPERTY') return undoSet(tx, c, fact);
  await deleteRulesOf(tx, c.id);
  await reapplyFlags(tx, [fact]);
  return (await readFact(tx, fact)) ? fact : null;
}

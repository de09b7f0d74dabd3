// Facts' flags (confirmed, tenure set) always follow the fact rules in force: after
// any change to facts, they are recomputed from the rules, as the loader applies them.
import type { ManagedTransaction } from 'neo4j-driver';
import { FactRuleBook } from '../loader/fact-rules.js';
import { factKeyString, IDENTITY_PROPERTY, NO_ROLE, NO_YEAR, type FactKey } from '../model/facts.js';
import type { RelationType } from '../model/graph.js';
import { findFactRulesAround } from '../store/write/correction-rules.js';
import { factsOf } from '../store/write/entity-surgery.js';
import { setFactFlags } from '../store/write/fact-surgery.js';

export async function reapplyFlags(tx: ManagedTransaction, keys: FactKey[]): Promise<void> {
  if (keys.length === 0) return;
  const book = new FactRuleBook(await findFactRulesAround(tx, [...new Set(keys.map(factKeyString))]));
  await setFactFlags(tx, keys.map((key) => ({ key, ...book.flags(key) })));
}

/** The flags of every stated fact of these entities. */
export async function reapplyFlagsOf(tx: ManagedTransaction, entityIds: string[]): Promise<void> {
  const facts = await factsOf(tx, entityIds);
  await reapplyFlags(
    tx,
    facts.map((f) => {
      const type = f.type as RelationType;
      const prop = IDENTITY_PROPERTY[type];
      return { type, from: f.from, to: f.to, ident: prop === 'role' ? (f.role ?? NO_ROLE) : prop === 'year' ? (f.year ?? NO_YEAR) : null };
    }),
  );
}

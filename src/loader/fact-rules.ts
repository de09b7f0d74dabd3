// Corrections of facts applied while articles are written: a rejected fact is not
// written again, a confirmed one stays confirmed, a property an analyst set stays
// set, whatever the extractor reads next time (correction-rules.ts stores the rules).
import { factKeyString, parseFactKey, type FactKey } from '../model/facts.js';
import type { FactRuleRecord } from '../store/write/correction-rules.js';

/** What the rules make of one statement of a fact. */
export interface RuledFact {
  /** The fact the statement is written as: the one stated, or the one a rule moved it to. */
  key: FactKey;
  /** A reject rule: nothing is written, and the rule keeps the statement. */
  rejectedBy: FactRuleRecord | null;
  /** Rules that moved the statement to another role or year: each keeps it, for its undoing. */
  movedBy: FactRuleRecord[];
  confirmed: boolean;
  tenure?: string | null;
  /** The conferrer a rule set (null: none); undefined when no rule says. */
  conferredById?: string | null;
}

/** Guards against a cycle of moves (a → b, then b → a): each is followed once. */
const MAX_MOVES = 8;

export class FactRuleBook {
  private readonly byKey = new Map<string, FactRuleRecord[]>();

  constructor(rules: FactRuleRecord[] = []) {
    this.add(rules);
  }

  add(rules: FactRuleRecord[]): void {
    for (const r of rules) {
      const list = this.byKey.get(r.key) ?? [];
      if (!list.some((x) => x.id === r.id)) list.push(r);
      this.byKey.set(r.key, list);
    }
  }

  /**
   * The flags of the fact stored under `key`, as the loader would leave them: confirmed
   * by a rule of it or of a fact moved into it, the tenure the latest such rule set.
   */
  flags(key: FactKey): { confirmed: boolean; tenureSet: string | null } {
    const keyText = factKeyString(key);
    const sources = [...this.byKey.values()].flat().filter((r) => r.target === keyText).map((r) => r.key);
    const rules = [keyText, ...sources].flatMap((k) => this.byKey.get(k) ?? []).sort((a, b) => a.seq - b.seq);
    let tenureSet: string | null = null;
    for (const r of rules) if (r.kind === 'set' && 'tenure' in r.set) tenureSet = r.set.tenure ?? null;
    return { confirmed: rules.some((r) => r.kind === 'confirm'), tenureSet };
  }

  /** Keys the rules move statements to, whose own rules have not been read yet. */
  unreadTargets(read: Set<string>): string[] {
    const out = new Set<string>();
    for (const list of this.byKey.values()) for (const r of list) if (r.target && !read.has(r.target)) out.add(r.target);
    return [...out];
  }

  apply(stated: FactKey): RuledFact {
    const out: RuledFact = { key: stated, rejectedBy: null, movedBy: [], confirmed: false };
    const seen = new Set<string>();
    for (let moves = 0; moves <= MAX_MOVES; moves++) {
      const keyText = factKeyString(out.key);
      if (seen.has(keyText)) break;
      seen.add(keyText);
      let target: FactKey | null = null;
      // Oldest first: a later rule overrides what an earlier one set.
      for (const rule of this.byKey.get(keyText) ?? []) {
        if (rule.kind === 'reject') out.rejectedBy = rule;
        else if (rule.kind === 'confirm') out.confirmed = true;
        else {
          if ('tenure' in rule.set) out.tenure = rule.set.tenure;
          if ('conferredById' in rule.set) out.conferredById = rule.set.conferredById;
          const moved = rule.target ? parseFactKey(rule.target) : null;
          if (moved) {
            target = moved;
            out.movedBy.push(rule);
          }
        }
      }
      if (out.rejectedBy || !target) break;
      out.key = target;
    }
    return out;
  }
}

/** The rules of the stated keys and of every key they move statements to. */
export async function readFactRules(keys: string[], find: (keys: string[]) => Promise<FactRuleRecord[]>): Promise<FactRuleBook> {
  const book = new FactRuleBook();
  const read = new Set<string>();
  for (let next = [...new Set(keys)], round = 0; next.length > 0 && round <= MAX_MOVES; round++) {
    book.add(await find(next));
    next.forEach((k) => read.add(k));
    next = book.unreadTargets(read);
  }
  return book;
}

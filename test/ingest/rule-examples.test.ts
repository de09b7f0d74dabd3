// Every rule's examples are its tests: the pattern matches each `match`
// example and none of the `noMatch` ones. A rule set is listed here once.
import { describe, expect, it } from 'vitest';
import { HONOUR_RULES } from '../../src/ingest/mentions/honours/rules.js';
import { ALL_PERSON_RULES } from '../../src/ingest/mentions/people/index.js';
import { matches, type Rule } from '../../src/ingest/rules/rule.js';

const RULE_SETS: Record<string, readonly Rule<never>[]> = {
  honours: HONOUR_RULES as readonly Rule<never>[],
  people: ALL_PERSON_RULES as readonly Rule<never>[],
};

describe.each(Object.entries(RULE_SETS))('%s rules', (_, rules) => {
  it('have distinct ids and examples of both kinds', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const r of rules) expect(r.examples.match.length, r.id).toBeGreaterThan(0);
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s matches its examples and not its counter-examples', (_, rule) => {
    for (const text of rule.examples.match) expect(matches(rule, text), `${rule.id} should match ${text}`).toBe(true);
    for (const text of rule.examples.noMatch ?? []) expect(matches(rule, text), `${rule.id} should not match ${text}`).toBe(false);
  });
});

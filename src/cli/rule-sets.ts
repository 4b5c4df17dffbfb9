import type { Rule } from '../rules/index.js';
import { RULES, TIMELINE_SEMANTIC_RULES } from '../rules/index.js';
import { TIMELINE_RULES } from '../timeline/index.js';

/** The rules each checking command runs, by a name that can be sent to a worker thread. */
export const RULE_SETS = {
  validate: RULES,
  timeline: [...TIMELINE_SEMANTIC_RULES, ...TIMELINE_RULES],
  check: [...RULES, ...TIMELINE_RULES],
} as const satisfies Record<string, readonly Rule[]>;

export type RuleSetName = keyof typeof RULE_SETS;

/** The name of a set of rules that holds exactly these rules in this order, if there is one. */
export function ruleSetName(rules: readonly Rule[]): RuleSetName | undefined {
  return (Object.keys(RULE_SETS) as RuleSetName[]).find((name) => {
    const set: readonly Rule[] = RULE_SETS[name];
    return set.length === rules.length && set.every((rule, i) => rule === rules[i]);
  });
}

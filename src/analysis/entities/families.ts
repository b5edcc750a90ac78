/**
 * Rule families of entity recognition, each a capability that can be switched off on its own
 * (the evaluation's ablation table measures each family's worth by turning it off). Every
 * family is on unless the options say otherwise.
 */

/** The switchable rule families. */
export const ruleFamilies = ['sports', 'misc', 'structure', 'context', 'layout', 'arbiter'] as const;

/** One rule family: see `familyDescriptions`. */
export type RuleFamily = (typeof ruleFamilies)[number];

/** Which families run; every family is on when absent. */
export type RuleFamilies = Readonly<Record<RuleFamily, boolean>>;

/** What each family does, for reports. */
export const familyDescriptions: Readonly<Record<RuleFamily, string>> = {
  sports: 'teams in sports context (fixtures, score lines, standings, match verbs, nicknames) are organisations',
  misc: 'other proper names (events, awards, laws, products, works, diseases) are their own type',
  structure: 'name structure (abbreviation dots, particles, role and position words before names)',
  context: 'organisations from context (company cues, names that open a firm\'s full name)',
  layout: 'caption and credit words are no part of names; headings of dictionary words in capitals need confirmation',
  arbiter: 'one name keeps one type in an article unless its contexts disagree',
};

/** Every family on. */
export const allFamilies: RuleFamilies = Object.freeze(Object.fromEntries(ruleFamilies.map((f) => [f, true])) as Record<RuleFamily, boolean>);

/** The families with `overrides` applied. */
export function withFamilies(overrides: Partial<Record<RuleFamily, boolean>> | undefined): RuleFamilies {
  if (!overrides) return allFamilies;
  return Object.freeze({ ...allFamilies, ...overrides });
}

/** A short key naming the families switched off ("" when all are on), for caches. */
export function familiesKey(families: RuleFamilies): string {
  return ruleFamilies.filter((f) => !families[f]).join(',');
}

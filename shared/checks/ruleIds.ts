/**
 * The stable ids of the check rules. Severities are configured and findings filtered by them, so an
 * id never changes meaning; a rule module may only declare and emit ids listed here (the type makes
 * a typo a compile error), and a test checks that every id has a module.
 */
export const RULE_IDS = [
  'citation.type-symbol',
  'citation.type-symbol-irregular',
  'citation.issuer-symbol',
  'citation.issuer-symbol-irregular',
  'citation.conflicting-date',
  'citation.conflicting-date-years',
  'citation.conflicting-issuer',
  'citation.symbol-variant',
  'citation.impossible-date',
  'citation.after-plan',
  'citation.number-year-mismatch',
  'citation.incomplete-first',
  'citation.short-before-full',
  'citation.ambiguous-number',
  'citation.malformed-symbol',
  'citation.number-padding',
  'citation.party-form',
  'citation.foreign-letter',
  'citation.year-missing',
  'citation.period-ended',
  'style.missing-so',
  'style.year-range',
  'abbrev.undefined',
  'abbrev.before-definition',
  'abbrev.defined-twice',
  'abbrev.unused',
  'ref.missing-target',
  'ref.missing-target-relative',
  'registry.date-mismatch',
  'registry.issuer-mismatch',
  'registry.superseded',
  'registry.law-date',
  'registry.not-yet-in-force',
  'registry.number-transposed',
  'plan.task-no-lead',
  'plan.task-no-deliverable',
  'plan.timeline-year',
  'plan.recipient-missing',
  'plan.recipient-article',
  'plan.number-format',
  'plan.symbol-type',
  'plan.symbol-other-type',
  'plan.date-format',
  'plan.issue-date-impossible',
  'plan.archive-line',
  'plan.signature-authority',
  'plan.signature-format',
  'plan.placeholder',
  'plan.required-part',
  'plan.funding-missing',
  'agency.not-valid',
  'agency.not-yet',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/**
 * A rule that threw: reported as an error naming the rule instead of being skipped in silence (its
 * findings are missing, and the clerk must know the check is incomplete). Not configurable.
 */
export const RULE_FAILED = 'internal.rule-failed';
export type FindingRuleId = RuleId | typeof RULE_FAILED;

const KNOWN = new Set<string>(RULE_IDS);
export function isRuleId(id: string): id is RuleId {
  return KNOWN.has(id);
}

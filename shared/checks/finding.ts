import type { RangeLocation } from '../citations/planCitations.ts';
import type { TextLocation } from '../model/walk.ts';
import type { FindingRuleId, RuleId } from './ruleIds.ts';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A safe quick fix: replace `range` of the text at `location` by `replacement`. */
export interface TextEdit {
  location: TextLocation;
  range: { start: number; end: number };
  replacement: string;
  /** What the button says. */
  label: string;
  labelEn: string;
}

export interface Finding {
  /** Stable id ("citation.type-symbol"): severities are configured and findings filtered by it. */
  rule: FindingRuleId;
  severity: Severity;
  message: string;
  messageEn: string;
  /** The text the finding is about, as written. */
  excerpt: string;
  /** Null for findings about the plan as a whole (none so far carry null). */
  location: RangeLocation | null;
  /** The rule it rests on, where there is one: "NĐ 30/2020, PL I, II.6.b". */
  clause: string | null;
  fix: TextEdit | null;
}

/** What a rule declares once: its id, default severity and a title for settings screens. */
export interface RuleMeta {
  id: RuleId;
  severity: Severity;
  title: string;
  titleEn: string;
}

/**
 * A finding before its severity is resolved from the options. A rule whose weight depends on the
 * context (a required part is an error for a final export, a warning in a draft) gives its own
 * `severity`; the options still override it, and otherwise the rule's declared severity applies.
 */
export type Draft = Omit<Finding, 'severity'> & { severity?: Severity };

export function at(location: TextLocation, start: number, end: number): RangeLocation {
  return { ...location, start, end };
}

export function excerptOf(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(/\s+/g, ' ').trim();
}

/** The NĐ 30 clause references; the records (with what each clause says) live in shared/legal. */
export { CLAUSE } from '../legal/clauses.ts';

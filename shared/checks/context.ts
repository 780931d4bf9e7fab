import type { AgencyIndex } from '../agencies/agencyIndex.ts';
import { ACCEPTED_ABBREVIATIONS } from '../legal/abbreviations.ts';
import type { PlanCitation, PlanScan, ScannedText } from '../citations/planCitations.ts';
import type { Plan } from '../model/plan.ts';
import type { RegistryLookup } from '../registry/registryDoc.ts';
import type { Draft, RuleMeta, Severity } from './finding.ts';
import type { RuleId } from './ruleIds.ts';

/** Abbreviations any provincial plan may use without defining them (records in shared/legal). */
export const DEFAULT_ACCEPTED_ABBREVIATIONS: string[] = ACCEPTED_ABBREVIATIONS.map((a) => a.abbreviation);

export interface CheckOptions {
  /** Rule id → severity, or "off". Unknown ids are refused where options arrive (checkOptionsSchema). */
  severities?: Partial<Record<RuleId, Severity | 'off'>>;
  /** Added to the accepted abbreviations. */
  acceptedAbbreviations?: string[];
  /** The plan's year when the document does not say it (CLI --year); the plan model's year otherwise. */
  year?: number;
  /** Exported as final (not a draft): placeholders become findings. */
  final?: boolean;
  /** The registry of legal documents, when there is one. */
  registry?: RegistryLookup | null;
  /** The agency directory with validity dates (one province's bodies), when there is one. */
  agencies?: AgencyIndex | null;
}

export interface RuleContext {
  plan: Plan;
  scan: PlanScan;
  year: number;
  final: boolean;
  accepted: Set<string>;
  registry: RegistryLookup | null;
  /** Optional so that a context built by hand (tests) need not name it. */
  agencies?: AgencyIndex | null;
  /**
   * What a rule computes from one text alone, kept by the checker across re-checks (ParseCache.derived);
   * `compute` must read nothing but the text. Absent in contexts built by hand: use `derivedOf`.
   */
  derived?: <T>(slot: string, text: string, compute: (text: string) => T) => T;
}

/** `ctx.derived`, or the computation itself when the context keeps nothing. */
export function derivedOf(ctx: RuleContext): <T>(slot: string, text: string, compute: (text: string) => T) => T {
  return ctx.derived ?? ((_slot, text, compute) => compute(text));
}

/** One family of rules: a small module with stable ids. */
export interface RuleModule {
  rules: RuleMeta[];
  /**
   * "text": the module reads one text at a time — its drafts for a text depend only on that text, its
   * place, its citations and the options (year, final, accepted, registry, agencies, the plan's year
   * and header), never on other texts. The incremental checker then runs it text by text and keeps
   * the drafts of unchanged texts; planChecker.test.ts holds it to the result of one whole run.
   */
  scope?: 'text';
  run(ctx: RuleContext): Draft[];
  /**
   * For a module that reads across texts: whether `change` may change its drafts, when it is the
   * only kind of edit (the words of existing paragraphs; the plan's structure, places, header, the
   * abbreviations it defines and the options unchanged). False lets the incremental checker keep
   * the module's drafts of the previous check; absent, the module runs again after every edit.
   * `ctx` is the context after the edit. planChecker.test.ts holds it to a fresh full check.
   */
  affectedBy?(change: TextChange, ctx: RuleContext): boolean;
}

/** One text whose words an edit changed, at the same place and position of the scan. */
export interface TextChange {
  index: number;
  before: ScannedText;
  after: ScannedText;
  /** The text's citations (none for a header text). */
  citationsBefore: readonly PlanCitation[];
  citationsAfter: readonly PlanCitation[];
}

import { ParseCache } from '../citations/parseCache.ts';
import { scanPlan, type PlanScan } from '../citations/planCitations.ts';
import type { Plan } from '../model/plan.ts';
import { textKey } from '../model/walk.ts';
import {
  DEFAULT_ACCEPTED_ABBREVIATIONS,
  type CheckOptions,
  type RuleContext,
  type RuleModule,
} from './context.ts';
import { SEVERITY_ORDER, type Draft, type Finding, type RuleMeta, type Severity } from './finding.ts';
import { ruleFailedFinding } from './ruleFailed.ts';
import { RULE_FAILED } from './ruleIds.ts';
import { agencyRules } from './rules/agencies.ts';
import { abbreviationRules } from './rules/abbreviations.ts';
import { completenessRules } from './rules/completeness.ts';
import { consistencyRules } from './rules/consistency.ts';
import { dateRules } from './rules/dates.ts';
import { foreignLetterRules } from './rules/foreignLetters.ts';
import { headerRules } from './rules/header.ts';
import { internalRefRules } from './rules/internalRefs.ts';
import { issuerSymbolRules } from './rules/issuerSymbol.ts';
import { mentionRules } from './rules/mentions.ts';
import { partyFormRules } from './rules/partyForm.ts';
import { periodRules } from './rules/periods.ts';
import { placeholderRules } from './rules/placeholders.ts';
import { recipientRules } from './rules/recipients.ts';
import { registryRules } from './rules/registry.ts';
import { registryTransposedRules } from './rules/registryTransposed.ts';
import { registryValidityRules } from './rules/registryValidity.ts';
import { styleRules } from './rules/style.ts';
import { symbolFormatRules } from './rules/symbolFormat.ts';
import { taskRules } from './rules/tasks.ts';
import { typeSymbolRules } from './rules/typeSymbol.ts';
import { yearMissingRules } from './rules/yearMissing.ts';

/** Every rule family, citation rules first, then the plan rules. */
export const RULE_MODULES: RuleModule[] = [
  typeSymbolRules,
  issuerSymbolRules,
  consistencyRules,
  dateRules,
  mentionRules,
  symbolFormatRules,
  partyFormRules,
  foreignLetterRules,
  yearMissingRules,
  styleRules,
  abbreviationRules,
  internalRefRules,
  registryRules,
  registryValidityRules,
  registryTransposedRules,
  periodRules,
  taskRules,
  recipientRules,
  agencyRules,
  headerRules,
  completenessRules,
  placeholderRules,
];

export const RULES: RuleMeta[] = RULE_MODULES.flatMap((m) => m.rules);
const DEFAULT_SEVERITY = new Map(RULES.map((r) => [r.id, r.severity]));

export interface CheckResult {
  findings: Finding[];
  scan: PlanScan;
  counts: Record<Severity, number>;
}

function context(plan: Plan, scan: PlanScan, options: CheckOptions): RuleContext {
  return {
    plan,
    scan,
    year: options.year ?? plan.year,
    final: options.final ?? false,
    accepted: new Set([...DEFAULT_ACCEPTED_ABBREVIATIONS, ...(options.acceptedAbbreviations ?? [])]),
    registry: options.registry ?? null,
    agencies: options.agencies ?? null,
  };
}

/**
 * Run rule modules and resolve each draft's severity from the options. A module that throws yields
 * one internal.rule-failed error naming its rules: the others still run.
 */
export function collectFindings(
  modules: readonly RuleModule[],
  ctx: RuleContext,
  options: CheckOptions,
): Finding[] {
  const findings: Finding[] = [];
  for (const module of modules) {
    let drafts: Draft[];
    try {
      drafts = module.run(ctx);
    } catch (e) {
      findings.push(ruleFailedFinding(module.rules, e));
      continue;
    }
    for (const d of drafts) {
      if (d.rule === RULE_FAILED) {
        findings.push({ ...d, severity: 'error' });
        continue;
      }
      const configured = options.severities?.[d.rule];
      if (configured === 'off') continue;
      const severity = configured ?? d.severity ?? DEFAULT_SEVERITY.get(d.rule) ?? 'warning';
      findings.push({ ...d, severity });
    }
  }
  return findings;
}

/** Run every rule over a plan. Pass the same cache again and unchanged texts are not re-parsed. */
export function runChecks(
  plan: Plan,
  options: CheckOptions = {},
  cache: ParseCache = new ParseCache(),
): CheckResult {
  const scan = scanPlan(plan, cache);
  cache.sweep();
  const ctx = context(plan, scan, options);
  const order = new Map(scan.texts.map((t, i) => [textKey(t.location), i]));
  const findings = collectFindings(RULE_MODULES, ctx, options);
  const pos = (f: Finding): number => (f.location ? (order.get(textKey(f.location)) ?? 1e9) : -1);
  findings.sort(
    (a, b) =>
      pos(a) - pos(b) ||
      (a.location?.start ?? 0) - (b.location?.start ?? 0) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.rule.localeCompare(b.rule),
  );
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return { findings, scan, counts };
}

export function checkPlan(plan: Plan, options: CheckOptions = {}): Finding[] {
  return runChecks(plan, options).findings;
}

/**
 * A checker bound to one open plan: it keeps the parse of every text, so re-checking after an edit
 * re-parses only the texts that changed (the editor calls it on each change).
 */
export function createPlanChecker(): {
  check(plan: Plan, options?: CheckOptions): CheckResult;
  cache: ParseCache;
} {
  const cache = new ParseCache();
  return { cache, check: (plan, options = {}) => runChecks(plan, options, cache) };
}

import { ParseCache } from '../citations/parseCache.ts';
import type { PlaceCache, PlacedText } from '../citations/placeCache.ts';
import {
  scanPlanPlaces,
  type PlanCitation,
  type PlanScan,
  type ScannedText,
} from '../citations/planCitations.ts';
import type { Plan } from '../model/plan.ts';
import { textKey, type TextLocation } from '../model/walk.ts';
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

export function context(
  plan: Plan,
  scan: PlanScan,
  options: CheckOptions,
  cache: ParseCache,
): RuleContext {
  return {
    derived: (slot, text, compute) => cache.derived(slot, text, compute),
    plan,
    scan,
    year: options.year ?? plan.year,
    final: options.final ?? false,
    accepted: new Set([...DEFAULT_ACCEPTED_ABBREVIATIONS, ...(options.acceptedAbbreviations ?? [])]),
    registry: options.registry ?? null,
    agencies: options.agencies ?? null,
  };
}

/** The order of the findings of one text: by position, severity, then rule (the sort is stable). */
export function compareInText(a: Finding, b: Finding): number {
  return (
    (a.location?.start ?? 0) - (b.location?.start ?? 0) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.rule.localeCompare(b.rule)
  );
}

/** A module's drafts, or the error it threw. */
export type ModuleRun = { drafts: Draft[] } | { error: unknown };

export function runModule(module: RuleModule, ctx: RuleContext): ModuleRun {
  try {
    return { drafts: module.run(ctx) };
  } catch (error) {
    return { error };
  }
}

/**
 * The modules of `scope: 'text'` run text by text, each text's drafts kept in the place cache: after
 * an edit only the changed texts are re-run. Concatenated in text order they are each module's drafts
 * of one run over the whole scan (the module reads one text at a time); a throw is its failure.
 */
function runByText(
  modules: readonly RuleModule[],
  ctx: RuleContext,
  placed: readonly PlacedText[],
  byText: readonly PlanCitation[][],
): ModuleRun[] {
  const drafts: Draft[][] = modules.map(() => []);
  const failed: Array<{ error: unknown } | undefined> = modules.map(() => undefined);
  const { texts } = ctx.scan;
  for (let i = 0; i < texts.length; i += 1) {
    const t = texts[i];
    const place = placed[i];
    if (t === undefined || place === undefined) continue;
    const runs = place.get('rules', '', () => {
      const one: RuleContext = { ...ctx, scan: { texts: [t], citations: byText[i] ?? [] } };
      return modules.map((m) => runModule(m, one));
    });
    for (let j = 0; j < runs.length; j += 1) {
      const run = runs[j];
      const into = drafts[j];
      if (run === undefined || into === undefined || failed[j] !== undefined) continue;
      if ('error' in run) failed[j] = run;
      else for (const d of run.drafts) into.push(d);
    }
  }
  return modules.map((_, j) => failed[j] ?? { drafts: drafts[j] ?? [] });
}

/** Resolve each module's drafts' severity from the options; a failed module is one error finding. */
export function resolve(
  modules: readonly RuleModule[],
  runs: readonly ModuleRun[],
  options: CheckOptions,
): Finding[] {
  const findings: Finding[] = [];
  modules.forEach((module, i) => {
    const run = runs[i]!;
    if ('error' in run) {
      findings.push(ruleFailedFinding(module.rules, run.error));
      return;
    }
    for (const d of run.drafts) {
      if (d.rule === RULE_FAILED) {
        findings.push({ ...d, severity: 'error' });
        continue;
      }
      const configured = options.severities?.[d.rule];
      if (configured === 'off') continue;
      const severity = configured ?? d.severity ?? DEFAULT_SEVERITY.get(d.rule) ?? 'warning';
      findings.push({ ...d, severity });
    }
  });
  return findings;
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
  return resolve(
    modules,
    modules.map((m) => runModule(m, ctx)),
    options,
  );
}

const identities = new WeakMap<object, number>();
let lastIdentity = 0;
/** A number per registry or directory object: the values a checker keeps are valid for that one. */
function identity(o: object | null | undefined): number {
  if (!o) return 0;
  let id = identities.get(o);
  if (id === undefined) {
    lastIdentity += 1;
    id = lastIdentity;
    identities.set(o, id);
  }
  return id;
}

/** Everything besides a text that a `scope: 'text'` module may read (RuleModule.scope). */
export function textEnvironment(ctx: RuleContext): string {
  const { plan } = ctx;
  return JSON.stringify([
    ctx.year,
    ctx.final,
    [...ctx.accepted],
    identity(ctx.registry),
    identity(ctx.agencies),
    plan.year,
    plan.header,
  ]);
}

/**
 * The position in the scan of the text at a location (1e9 for none). A finding's location is spread
 * from its text's, so it holds the scan's own address object: found by that object and the paragraph
 * (the paragraphs of a field follow each other) with no key string per text (issue 13); a location
 * whose address was built anew is found by its key.
 */
function textPositions(
  texts: readonly ScannedText[],
): (l: Pick<TextLocation, 'address' | 'paragraph'>) => number {
  const first = new Map<object, number>();
  for (let i = 0; i < texts.length; i += 1) {
    const address = texts[i]!.location.address;
    if (!first.has(address)) first.set(address, i);
  }
  let byKey: Map<string, number> | null = null;
  return (l) => {
    const i = (first.get(l.address) ?? -1) + l.paragraph;
    const t = texts[i];
    if (t !== undefined && t.location.address === l.address && t.location.paragraph === l.paragraph)
      return i;
    byKey ??= new Map(texts.map((x, j) => [textKey(x.location), j]));
    return byKey.get(textKey(l)) ?? 1e9;
  };
}

/**
 * Run every rule over a plan. Pass the same cache again and unchanged texts are not re-parsed; pass a
 * place cache too and the citations and the findings of per-text rules of unchanged texts are kept.
 */
export function runChecks(
  plan: Plan,
  options: CheckOptions = {},
  cache: ParseCache = new ParseCache(),
  placeCache: PlaceCache | null = null,
): CheckResult {
  // What per-text values depend on besides their text: set before the scan asks for them.
  placeCache?.environment(
    'options',
    textEnvironment(context(plan, { texts: [], citations: [] }, options, cache)),
  );
  const { scan, placed } = scanPlanPlaces(plan, cache, placeCache);
  cache.sweep();
  const ctx = context(plan, scan, options, cache);
  let runs: ModuleRun[];
  if (placeCache === null) runs = RULE_MODULES.map((m) => runModule(m, ctx));
  else {
    const byText: PlanCitation[][] = [];
    for (const c of scan.citations) (byText[c.textIndex] ??= []).push(c);
    const textModules = RULE_MODULES.filter((m) => m.scope === 'text');
    const textRuns = runByText(textModules, ctx, placed, byText);
    runs = RULE_MODULES.map((m) =>
      m.scope === 'text' ? (textRuns[textModules.indexOf(m)] ?? { drafts: [] }) : runModule(m, ctx),
    );
    placeCache.sweep();
  }
  const findings = resolve(RULE_MODULES, runs, options);
  const textOf = textPositions(scan.texts);
  // Each finding's text position once, not at every comparison of the sort.
  const pos = new Map(findings.map((f) => [f, f.location ? textOf(f.location) : -1] as const));
  findings.sort((a, b) => pos.get(a)! - pos.get(b)! || compareInText(a, b));
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return { findings, scan, counts };
}

export function checkPlan(plan: Plan, options: CheckOptions = {}): Finding[] {
  return runChecks(plan, options).findings;
}

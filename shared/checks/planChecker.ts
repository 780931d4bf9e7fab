import { ParseCache } from '../citations/parseCache.ts';
import { PlaceCache } from '../citations/placeCache.ts';
import {
  scanPlanPlaces,
  textCitations,
  type PlanCitation,
  type PlanScan,
  type ScannedText,
} from '../citations/planCitations.ts';
import { fieldKey, type FieldAddress } from '../model/fields/fieldAddress.ts';
import type { Plan } from '../model/plan.ts';
import { textKey, textsOfField } from '../model/walk.ts';
import {
  compareInText,
  context,
  resolve,
  RULE_MODULES,
  runChecks,
  runModule,
  textEnvironment,
  type CheckResult,
  type ModuleRun,
} from './checkPlan.ts';
import type { CheckOptions, RuleContext, RuleModule, TextChange } from './context.ts';
import type { Finding, Severity } from './finding.ts';
import { sameValue } from './sameValue.ts';

/**
 * What the checker keeps of its last check to answer the next one after an edit of a few texts'
 * words without walking the plan again (issue 13: < 2 ms on the 100-page plan): every text with its
 * citations, the findings of each module by text, and the findings of each text in their final order.
 */
interface Kept {
  plan: Plan;
  /** The options' environment and severities: another value is another check. */
  key: string;
  texts: ScannedText[];
  citations: PlanCitation[][];
  expansions: ReadonlyMap<string, string>;
  /** Text index by textKey, and each field's first text and count of texts, by fieldKey. */
  order: Map<string, number>;
  fields: Map<string, { from: number; count: number }>;
  /** [text][module of scope "text"]: the module's findings in that text. */
  perText: Finding[][][];
  /** [module across texts]: its findings by slot (see `slotOf`). */
  across: Array<Map<number, Finding[]>>;
  /** By slot, the findings in final order: slot 0 the plan as a whole, 1…n the texts, n+1 unplaced. */
  slots: Finding[][];
  result: CheckResult;
}

const TEXT_MODULES = RULE_MODULES.filter((m) => m.scope === 'text');
const ACROSS_MODULES = RULE_MODULES.filter((m) => m.scope !== 'text');
/** Each module's place in its list, in RULE_MODULES order: the order of findings that tie. */
const MODULE_ORDER = RULE_MODULES.map((m) =>
  m.scope === 'text'
    ? { text: true, i: TEXT_MODULES.indexOf(m) }
    : { text: false, i: ACROSS_MODULES.indexOf(m) },
);

/** Fields whose edit the kept values cannot follow: they feed labels, the header or no text. */
const NOT_BY_TEXT = new Set<FieldAddress['kind']>(['header', 'typeName', 'taskLabel', 'appendixHeader']);

/** What the per-text values depend on besides the text (textEnvironment), and the severities. */
function optionsKey(plan: Plan, options: CheckOptions, cache: ParseCache): { env: string; key: string } {
  const env = textEnvironment(context(plan, { texts: [], citations: [] }, options, cache));
  return { env, key: `${env}\u0000${JSON.stringify(options.severities ?? {})}` };
}

function slotOf(f: Finding, order: ReadonlyMap<string, number>, texts: number): number {
  if (!f.location) return 0;
  const i = order.get(textKey(f.location));
  return i === undefined ? texts + 1 : i + 1;
}

function bySlot(findings: readonly Finding[], order: ReadonlyMap<string, number>, texts: number) {
  const out = new Map<number, Finding[]>();
  for (const f of findings) {
    const s = slotOf(f, order, texts);
    const list = out.get(s);
    if (list) list.push(f);
    else out.set(s, [f]);
  }
  return out;
}

/** A slot's findings in the order of the full check's stable sort: module order, then position. */
function slotFindings(slot: number, k: Pick<Kept, 'perText' | 'across'>): Finding[] {
  const out: Finding[] = [];
  const inText = k.perText[slot - 1];
  for (const m of MODULE_ORDER) {
    const list = m.text ? inText?.[m.i] : k.across[m.i]?.get(slot);
    if (list) for (const f of list) out.push(f);
  }
  return out.length > 1 ? out.sort(compareInText) : out;
}

/** Lists end to end, in one array of the right size (this runs after every keystroke's pause). */
function concat<T>(lists: readonly (readonly T[])[]): T[] {
  let n = 0;
  for (let i = 0; i < lists.length; i += 1) n += lists[i]!.length;
  const out = new Array<T>(n);
  let k = 0;
  for (let i = 0; i < lists.length; i += 1) {
    const list = lists[i]!;
    for (let j = 0; j < list.length; j += 1) out[k++] = list[j]!;
  }
  return out;
}

function assemble(slots: readonly Finding[][], scan: PlanScan): CheckResult {
  const findings = concat(slots);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (let i = 0; i < findings.length; i += 1) counts[findings[i]!.severity] += 1;
  return { findings, scan, counts };
}

const failed = (runs: readonly ModuleRun[]): boolean => runs.some((r) => 'error' in r);

/** The whole check, keeping per text what the next one may reuse; null when a module failed. */
function fullCheck(
  plan: Plan,
  options: CheckOptions,
  cache: ParseCache,
  places: PlaceCache,
): Kept | null {
  const { env, key } = optionsKey(plan, options, cache);
  places.environment('options', env);
  const { scan, placed, expansions } = scanPlanPlaces(plan, cache, places);
  cache.sweep();
  const ctx = context(plan, scan, options, cache);
  const n = scan.texts.length;
  const citations: PlanCitation[][] = scan.texts.map(() => []);
  for (const c of scan.citations) citations[c.textIndex]?.push(c);
  const perText: Finding[][][] = [];
  for (let i = 0; i < n; i += 1) {
    const t = scan.texts[i]!;
    const runs = placed[i]!.get('rules', '', () => {
      const one: RuleContext = { ...ctx, scan: { texts: [t], citations: citations[i]! } };
      return TEXT_MODULES.map((m) => runModule(m, one));
    });
    if (failed(runs)) return null;
    perText.push(TEXT_MODULES.map((m, j) => resolve([m], [runs[j]!], options)));
  }
  places.sweep();
  const runs = ACROSS_MODULES.map((m) => runModule(m, ctx));
  if (failed(runs)) return null;
  const order = new Map(scan.texts.map((t, i) => [textKey(t.location), i]));
  const across = ACROSS_MODULES.map((m, j) => bySlot(resolve([m], [runs[j]!], options), order, n));
  const fields = new Map<string, { from: number; count: number }>();
  scan.texts.forEach((t, i) => {
    const f = fieldKey(t.location.address);
    const range = fields.get(f);
    if (range) range.count += 1;
    else fields.set(f, { from: i, count: 1 });
  });
  const kept = { perText, across };
  const slots = Array.from({ length: n + 2 }, (_, s) => slotFindings(s, kept));
  const result = assemble(slots, scan);
  return { plan, key, texts: scan.texts, citations, expansions, order, fields, ...kept, slots, result };
}

/**
 * The check after an edit of `fields` of the last plan checked (`k.plan`) into `plan`, from what
 * was kept: the changed texts are parsed and checked again, the modules across texts run again
 * only if a changed text bears on them (RuleModule.affectedBy). Null when the edit is not of that
 * kind (a paragraph added, a field emptied, a definition changed, …): then the full check answers.
 */
function editCheck(
  k: Kept,
  plan: Plan,
  fields: readonly FieldAddress[],
  options: CheckOptions,
  cache: ParseCache,
): Kept | null {
  if (optionsKey(plan, options, cache).key !== k.key) return null;
  const changes: TextChange[] = [];
  for (const address of fields) {
    if (NOT_BY_TEXT.has(address.kind)) return null;
    const range = k.fields.get(fieldKey(address));
    if (range === undefined) return null;
    let now: string[];
    try {
      now = textsOfField(plan, address);
    } catch {
      return null;
    }
    if (now.length !== range.count) return null;
    now.forEach((text, p) => {
      const index = range.from + p;
      const before = k.texts[index]!;
      if (text === before.text || changes.some((c) => c.index === index)) return;
      const parse = cache.get(text);
      const after: ScannedText = { location: before.location, text, parse };
      const citationsBefore = k.citations[index]!;
      const citationsAfter =
        citationsBefore.length === 0 && parse.citations.length === 0
          ? citationsBefore
          : textCitations(before.location, parse, index, k.expansions);
      changes.push({ index, before, after, citationsBefore, citationsAfter });
    });
  }
  // A definition feeds every citation's expanded name: changed, everything is read again.
  if (changes.some((c) => !sameValue(c.before.parse.definitions, c.after.parse.definitions))) return null;
  if (changes.length === 0) return { ...k, plan };
  const texts = k.texts.slice();
  const citations = k.citations.slice();
  for (const c of changes) {
    texts[c.index] = c.after;
    citations[c.index] = c.citationsAfter as PlanCitation[];
  }
  const scan = { texts, citations: concat(citations) };
  const ctx = context(plan, scan, options, cache);
  const n = texts.length;
  const dirty = new Set<number>();
  const perText = k.perText.slice();
  for (const c of changes) {
    const one: RuleContext = { ...ctx, scan: { texts: [c.after], citations: c.citationsAfter as PlanCitation[] } };
    const runs = TEXT_MODULES.map((m) => runModule(m, one));
    if (failed(runs)) return null;
    perText[c.index] = TEXT_MODULES.map((m, j) => resolve([m], [runs[j]!], options));
    dirty.add(c.index + 1);
  }
  const across = k.across.slice();
  for (let j = 0; j < ACROSS_MODULES.length; j += 1) {
    const m: RuleModule = ACROSS_MODULES[j]!;
    if (m.affectedBy && !changes.some((c) => m.affectedBy!(c, ctx))) continue;
    const run = runModule(m, ctx);
    if ('error' in run) return null;
    const now = bySlot(resolve([m], [run], options), k.order, n);
    for (const s of now.keys()) dirty.add(s);
    for (const s of across[j]!.keys()) dirty.add(s);
    across[j] = now;
  }
  const kept = { perText, across };
  const slots = k.slots.slice();
  for (const s of dirty) slots[s] = slotFindings(s, kept);
  // Only the texts are new: what the slots hold is assembled again, cheaply, in order.
  const result = assemble(slots, scan);
  return { ...k, plan, texts, citations, ...kept, slots, result };
}

/** What changed between the last plan checked and the one to check, when the caller knows it. */
export interface PlanEdit {
  /** The plan of the previous check, not modified since. */
  from: Plan;
  /** Every field whose value differs between `from` and the plan to check. */
  fields: readonly FieldAddress[];
}

export interface PlanChecker {
  /**
   * Check `plan`. With `edit`, and when `edit.from` is the plan of the previous check, only the
   * edited fields are read again; otherwise every text is (unchanged ones from the caches).
   */
  check(plan: Plan, options?: CheckOptions, edit?: PlanEdit): CheckResult;
  cache: ParseCache;
  places: PlaceCache;
  /** Checks answered from the kept values of the previous one, and full checks (for tests, the bench). */
  readonly counts: { edits: number; full: number };
}

/** Edits answered from the kept values before the caches are swept by a full check. */
const EDITS_BETWEEN_SWEEPS = 200;

/**
 * A checker bound to one open plan: it keeps the parse of every text, and per place the citations
 * and the findings of the per-text rules, so re-checking after an edit recomputes only the texts that
 * changed; told which fields an edit changed, it does not even walk the plan (the checks worker).
 * Whatever it keeps, its result is that of a fresh full check (planChecker.test.ts).
 */
export function createPlanChecker(): PlanChecker {
  const cache = new ParseCache();
  const places = new PlaceCache();
  let kept: Kept | null = null;
  let edits = 0;
  const counts = { edits: 0, full: 0 };
  return {
    cache,
    places,
    counts,
    check(plan, options = {}, edit) {
      let next: Kept | null = null;
      if (kept !== null && edit !== undefined && edit.from === kept.plan && edits < EDITS_BETWEEN_SWEEPS) {
        next = editCheck(kept, plan, edit.fields, options, cache);
        if (next !== null) {
          edits += 1;
          counts.edits += 1;
        }
      }
      if (next === null) {
        edits = 0;
        counts.full += 1;
        next = fullCheck(plan, options, cache, places);
      }
      kept = next;
      return next?.result ?? runChecks(plan, options, cache, places);
    },
  };
}

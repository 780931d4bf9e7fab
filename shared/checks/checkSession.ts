import { createAgencyIndex, type AgencyIndex } from '../agencies/agencyIndex.ts';
import type { AgencyDirectoryView } from '../agencies/agencyRecords.ts';
import { fieldAddressAtPath } from '../model/fields/pathAddress.ts';
import type { FieldAddress } from '../model/fields/fieldAddress.ts';
import type { Plan } from '../model/plan.ts';
import { applyPlanDelta, planDelta, type PlanPatch } from '../model/planDelta.ts';
import { createMemoryRegistry, type MemoryRegistry } from '../registry/memoryRegistry.ts';
import type { RegistryDoc } from '../registry/registryDoc.ts';
import type { PlanCitation, ScannedText } from '../citations/planCitations.ts';
import type { PlanText } from '../model/walk.ts';
import type { CheckResult } from './checkPlan.ts';
import type { Finding, Severity } from './finding.ts';
import { createPlanChecker, type PlanChecker, type PlanEdit } from './planChecker.ts';

/**
 * To the checks worker: check this plan, given whole (`plan`) or as what changed since the plan of
 * the previous request (`delta`, planDelta.ts); `registry` and `agencies` only when they changed
 * (null: none).
 */
export interface CheckRequest {
  id: number;
  plan?: Plan;
  delta?: PlanPatch[];
  registry?: RegistryDoc[] | null;
  agencies?: Pick<AgencyDirectoryView, 'entries' | 'province'> | null;
}

/**
 * What the page reads of a check: a CheckResult without the texts' parses, which are most of its
 * size (a structured clone of the whole result of the 100-page plan took ≈ 20 ms on each side).
 */
export interface CheckReport {
  findings: Finding[];
  counts: Record<Severity, number>;
  scan: { texts: PlanText[]; citations: PlanCitation[] };
}

/** One text of the scan that changed since the previous report, with its citations. */
export interface ChangedText {
  index: number;
  text: string;
  citations: PlanCitation[];
}

/**
 * A report as sent: the findings, and the texts whole (`texts`, `citations`) or only those that
 * changed since the report before (`changed`: same places, new words).
 */
export type ReportMessage = Pick<CheckReport, 'findings' | 'counts'> &
  ({ texts: PlanText[]; citations: PlanCitation[] } | { changed: ChangedText[] });

/** From the checks worker: the report of request `id`, or the error that stopped it. */
export type CheckResponse = { id: number; report: ReportMessage } | { id: number; error: string };

/** Changed texts up to this many are sent alone; past it, all of them. */
const MAX_CHANGED = 32;

/** The report of `result`, relative to the texts of the previous report (`sent`) when it can be. */
function reportMessage(result: CheckResult, sent: readonly ScannedText[] | null): ReportMessage {
  const { findings, counts, scan } = result;
  const { texts } = scan;
  if (sent !== null && sent.length === texts.length) {
    // The checker keeps the objects of the texts an edit did not change.
    const changedAt: number[] = [];
    for (let i = 0; i < texts.length && changedAt.length <= MAX_CHANGED; i += 1)
      if (texts[i] !== sent[i]) changedAt.push(i);
    if (changedAt.length <= MAX_CHANGED) {
      const changed = changedAt.map((index) => ({
        index,
        text: texts[index]!.text,
        citations: scan.citations.filter((c) => c.textIndex === index),
      }));
      return { findings, counts, changed };
    }
  }
  return {
    findings,
    counts,
    texts: texts.map(({ location, text }) => ({ location, text })),
    citations: scan.citations,
  };
}

/**
 * The checks worker's side (renderer/checks/checks.worker.ts): it holds the plan of the last request
 * and one checker, so a delta is applied to that plan and only the fields it touched are checked
 * again (issue 13). After an error it holds no plan: the next delta fails and the client sends the
 * plan whole again (`createCheckClient`).
 */
export function createCheckSession(): {
  handle(request: CheckRequest): CheckResponse;
  /** How many checks were answered from the previous one's kept values, and how many in full. */
  counts: PlanChecker['counts'];
} {
  const checker = createPlanChecker();
  let plan: Plan | null = null;
  let sent: ScannedText[] | null = null;
  let registry: MemoryRegistry | null = null;
  let agencies: AgencyIndex | null = null;
  const handle = (request: CheckRequest): CheckResponse => {
    const { id } = request;
    try {
      if (request.registry !== undefined)
        registry = request.registry ? createMemoryRegistry(request.registry) : null;
      if (request.agencies !== undefined)
        agencies = request.agencies
          ? createAgencyIndex(request.agencies.entries, request.agencies.province)
          : null;
      let edit: PlanEdit | undefined;
      if (request.plan !== undefined) plan = request.plan;
      else if (request.delta !== undefined && plan !== null) {
        const from = plan;
        const to = applyPlanDelta(from, request.delta);
        plan = to;
        const fields = request.delta.map((p) => fieldAddressAtPath(to, p.path));
        // A patch that is not inside one field (a task added, the year): every text is read again.
        if (fields.every((f): f is FieldAddress => f !== null)) edit = { from, fields };
      } else throw new Error('checks: a delta without the plan it applies to');
      const result = checker.check(plan, { registry, agencies }, edit);
      const report = reportMessage(result, sent);
      sent = result.scan.texts;
      return { id, report };
    } catch (err) {
      plan = null;
      sent = null;
      return { id, error: err instanceof Error ? err.message : String(err) };
    }
  };
  return { handle, counts: checker.counts };
}

/**
 * The page's side: the request for the next plan to check, as a delta from the plan it sent last
 * (a one-block edit is a few hundred bytes instead of a structured clone of the whole plan), or the
 * whole plan the first time, after `resend()` (the worker failed), or when the delta would be large;
 * and the report of each response, from the texts of the report before when it sends only changes.
 * Every response is received, in order, superseded or not.
 */
export function createCheckClient(): {
  request(id: number, plan: Plan): CheckRequest;
  receive(response: CheckResponse): CheckReport | { error: string };
  resend(): void;
} {
  let sent: Plan | null = null;
  let texts: PlanText[] | null = null;
  let citations: PlanCitation[][] = [];
  const resend = (): void => {
    sent = null;
    texts = null;
  };
  return {
    request(id, plan) {
      const delta = sent === null ? null : planDelta(sent, plan);
      sent = plan;
      return delta === null ? { id, plan } : { id, delta };
    },
    receive(response) {
      if ('error' in response) {
        resend();
        return { error: response.error };
      }
      const { report } = response;
      if ('texts' in report) {
        texts = report.texts;
        citations = report.texts.map(() => []);
        for (const c of report.citations) citations[c.textIndex]?.push(c);
      } else if (texts === null) {
        resend();
        return { error: 'checks: a report of changes without the texts they change' };
      } else {
        texts = texts.slice();
        citations = citations.slice();
        for (const c of report.changed) {
          const before = texts[c.index];
          if (before === undefined) {
            resend();
            return { error: 'checks: a changed text the page does not have' };
          }
          texts[c.index] = { location: before.location, text: c.text };
          citations[c.index] = c.citations;
        }
      }
      return {
        findings: report.findings,
        counts: report.counts,
        scan: { texts, citations: citations.flat() },
      };
    },
    resend,
  };
}

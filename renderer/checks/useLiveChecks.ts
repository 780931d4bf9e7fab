import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createCheckClient, type CheckReport } from '../../shared/checks/checkSession.ts';
import { createPlanChecker } from '../../shared/checks/planChecker.ts';
import type { ErrorInfo } from '../../shared/contract/appError.ts';
import type { RendererApi } from '../../shared/contract/operations.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { createMemoryRegistry, type MemoryRegistry } from '../../shared/registry/memoryRegistry.ts';
import type { RegistryDoc } from '../../shared/registry/registryDoc.ts';
import { useAgencyDirectory, type AgencyDirectoryState } from '../agencies/AgencyDirectoryContext.tsx';
import { useApiQuery } from '../api/useApi.ts';
import { useEditorSession } from '../editor/session/EditorSessionContext.tsx';
import type { CheckRequest, CheckResponse } from './checksWorkerProtocol.ts';
import { fieldMarks } from './fieldMarks.ts';

/**
 * Typing pauses shorter than this do not re-check: the marks would flicker under the cursor. The
 * editor hands the panels the plan once typing has paused 250 ms already (EditorScreen's SETTLE_MS),
 * so this is the wait on top of that: ≈ 400 ms after the last key in all.
 */
export const CHECK_DELAY_MS = 150;

export interface RegistryState {
  docs: RegistryDoc[] | null;
  lookup: MemoryRegistry | null;
  error: ErrorInfo | null;
  /** Fetch the registry again (after adding a document to it). */
  reload: () => void;
}

/** The registry, fetched once per editor session (and again on `reload`), as an in-memory lookup. */
export function useRegistry(api: RendererApi): RegistryState {
  const { data: docs, error, reload } = useApiQuery(useCallback(() => api.listRegistry(), [api]));
  const lookup = useMemo(() => (docs ? createMemoryRegistry(docs) : null), [docs]);
  return { docs, lookup, error, reload };
}

/** Runs checks somewhere and hands each result back; `stop` ends it. */
interface CheckRunner {
  check(
    plan: Plan,
    registry: MemoryRegistry | null,
    agencies: AgencyDirectoryState | null,
    done: (r: CheckReport) => void,
  ): void;
  stop(): void;
}

/**
 * The checks in a Web Worker (checks.worker.ts): the page's main thread only posts what changed in
 * the plan (createCheckClient) and receives the findings. Results of superseded requests are dropped;
 * when the worker could not check (it lost the plan), the plan is sent again whole.
 */
function workerRunner(): CheckRunner {
  const worker = new Worker(new URL('./checks.worker.ts', import.meta.url), { type: 'module' });
  const client = createCheckClient();
  let next = 0;
  let sentRegistry: MemoryRegistry | null | undefined;
  let sentAgencies: AgencyDirectoryState['view'] | null | undefined;
  let waiting: { id: number; plan: Plan; done: (r: CheckReport) => void; retried: boolean } | null = null;
  const post = (plan: Plan, registry: RegistryDoc[] | null | undefined, agencies: CheckRequest['agencies']) => {
    const request = client.request(++next, plan);
    if (registry !== undefined) request.registry = registry;
    if (agencies !== undefined) request.agencies = agencies;
    worker.postMessage(request);
    return request.id;
  };
  worker.onmessage = (e: MessageEvent<CheckResponse>) => {
    // Every report, superseded or not: the next one may send only what changed since.
    const report = client.receive(e.data);
    // A fault of PlanDraft, never of the plan: said where a developer (and the e2e specs) look.
    if ('error' in report) console.error(`checks: ${report.error}`);
    if (waiting === null || e.data.id !== waiting.id) return;
    const w = waiting;
    if (!('error' in report)) {
      waiting = null;
      w.done(report);
    } else if (!w.retried) {
      // The worker (or the page) lost track: the same check again, with the plan whole.
      waiting = { ...w, id: post(w.plan, undefined, undefined), retried: true };
    } else waiting = null;
  };
  return {
    check(plan, registry, agencies, done) {
      let docs: RegistryDoc[] | null | undefined;
      if (registry !== sentRegistry) {
        docs = registry ? registry.list() : null;
        sentRegistry = registry;
      }
      const view = agencies?.view ?? null;
      let directory: CheckRequest['agencies'];
      if (view !== sentAgencies) {
        directory = view ? { entries: view.entries, province: view.province } : null;
        sentAgencies = view;
      }
      waiting = { id: post(plan, docs, directory), plan, done, retried: false };
    },
    stop: () => worker.terminate(),
  };
}

/** Where there is no Worker (a test environment): the same checker on this thread. */
function inlineRunner(): CheckRunner {
  const checker = createPlanChecker();
  return {
    check: (plan, registry, agencies, done) =>
      done(checker.check(plan, { registry, agencies: agencies?.index ?? null })),
    stop: () => {},
  };
}

/**
 * Check the live plan as it is edited: after a pause of CHECK_DELAY_MS, in a worker whose checker
 * keeps a parse cache (only the texts that changed are parsed again). Publishes the marks of each
 * field to the editor session, where the fields read them.
 */
export function useLiveChecks(
  plan: Plan,
  registry: MemoryRegistry | null,
): { result: CheckReport | null; pending: boolean } {
  const runner = useRef<CheckRunner | null>(null);
  const [result, setResult] = useState<CheckReport | null>(null);
  const [checked, setChecked] = useState<Plan | null>(null);
  const first = useRef(true);
  const session = useEditorSession();
  // The agency directory, when the editor has it (renderer/agencies): validity on the plan's date.
  const agencies = useAgencyDirectory();

  // One worker for the panel's life: its checker's cache is what makes a re-check cheap.
  useEffect(
    () => () => {
      runner.current?.stop();
      runner.current = null;
    },
    [],
  );

  useEffect(() => {
    const run = () => {
      runner.current ??= typeof Worker === 'undefined' ? inlineRunner() : workerRunner();
      runner.current.check(plan, registry, agencies, (r) => {
        // The panel's list at transition priority: rendering the findings of the 300-task plan was
        // most of one ≈ 15–20 ms task, and a keystroke arriving meanwhile interrupts it now (issue
        // 13). The marks are an external store, drawn at once (only the fields whose marks changed).
        startTransition(() => {
          setResult(r);
          setChecked(plan);
        });
        session?.setMarks(fieldMarks(r.findings, r.scan.texts));
      });
    };
    if (first.current) {
      first.current = false;
      run();
      return;
    }
    const timer = setTimeout(run, CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [plan, registry, agencies, session]);

  // The panel closed: the fields show no marks.
  useEffect(() => () => session?.setMarks(new Map()), [session]);
  return { result, pending: checked !== plan };
}

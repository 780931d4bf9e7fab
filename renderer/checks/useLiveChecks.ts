import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createPlanChecker, type CheckResult } from '../../shared/checks/checkPlan.ts';
import type { ErrorInfo } from '../../shared/contract/appError.ts';
import type { RendererApi } from '../../shared/contract/operations.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { createMemoryRegistry, type MemoryRegistry } from '../../shared/registry/memoryRegistry.ts';
import type { RegistryDoc } from '../../shared/registry/registryDoc.ts';
import { useAgencyDirectory } from '../agencies/AgencyDirectoryContext.tsx';
import { useApiQuery } from '../api/useApi.ts';
import { useEditorSession } from '../editor/session/EditorSessionContext.tsx';
import { fieldMarks } from './fieldMarks.ts';

/** Typing pauses shorter than this do not re-check: a check per keystroke would slow typing. */
export const CHECK_DELAY_MS = 400;

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

/**
 * Check the live plan as it is edited: after a pause of CHECK_DELAY_MS, with one checker per editor
 * session whose parse cache re-parses only the texts that changed. Publishes the marks of each field
 * to the editor session, where the fields read them.
 */
export function useLiveChecks(
  plan: Plan,
  registry: MemoryRegistry | null,
): { result: CheckResult | null; pending: boolean } {
  const checker = useMemo(() => createPlanChecker(), []);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [checked, setChecked] = useState<Plan | null>(null);
  const first = useRef(true);
  const session = useEditorSession();
  // The agency directory, when the editor has it (renderer/agencies): validity on the plan's date.
  const agencies = useAgencyDirectory()?.index ?? null;

  useEffect(() => {
    const run = () => {
      const r = checker.check(plan, { registry, agencies });
      setResult(r);
      setChecked(plan);
      session?.setMarks(fieldMarks(r.findings, r.scan.texts));
    };
    if (first.current) {
      first.current = false;
      run();
      return;
    }
    const timer = setTimeout(run, CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [plan, registry, agencies, checker, session]);

  // The panel closed: the fields show no marks.
  useEffect(() => () => session?.setMarks(new Map()), [session]);
  return { result, pending: checked !== plan };
}

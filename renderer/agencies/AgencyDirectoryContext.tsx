import { createContext, useCallback, useContext, useMemo, useRef, type ReactNode } from 'react';
import { createAgencyIndex, planDate, type AgencyIndex } from '../../shared/agencies/agencyIndex.ts';
import type { AgencyDirectoryView } from '../../shared/agencies/agencyRecords.ts';
import type { RendererApi } from '../../shared/contract/operations.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { useApiQuery } from '../api/useApi.ts';

/** What the editor's agency fields and the live checks read: the directory for the plan's date. */
export interface AgencyDirectoryState {
  index: AgencyIndex;
  /** The directory as fetched: what the checks worker builds its own index from. */
  view: AgencyDirectoryView;
  /** ISO date the plan's agencies are judged on (its issue date, else 1 January of its year). */
  date: string;
  /** A name typed in an agency field: the directory learns it once typed in two plans. */
  noteName: (name: string) => void;
}

const Context = createContext<AgencyDirectoryState | null>(null);

/** Null outside an editor, or until the directory has arrived (the fields then work without it). */
export function useAgencyDirectory(): AgencyDirectoryState | null {
  return useContext(Context);
}

/** Fetches the directory once per editor session; again after a name was learned. */
export function AgencyDirectoryProvider({
  api,
  planId,
  plan,
  children,
}: {
  api: RendererApi;
  planId: string;
  plan: Pick<Plan, 'year' | 'header'>;
  children: ReactNode;
}) {
  const { data, reload } = useApiQuery(useCallback(() => api.listAgencies(), [api]));
  const index = useMemo(() => (data ? createAgencyIndex(data.entries, data.province) : null), [data]);
  const { day, month, year } = plan.header.issueDate;
  const date = useMemo(
    () => planDate({ year: plan.year, header: { issueDate: { day, month, year } } }),
    [plan.year, day, month, year],
  );
  const noted = useRef(new Set<string>());
  const noteName = useCallback(
    (name: string) => {
      const text = name.trim();
      if (text.length < 3 || noted.current.has(text) || !index || index.candidates(text).length > 0) return;
      noted.current.add(text);
      void api.noteAgencyName(planId, text).then((r) => {
        if (r.ok && r.value.learned) reload();
      });
    },
    [api, planId, index, reload],
  );
  const value = useMemo(
    () => (index && data ? { index, view: data, date, noteName } : null),
    [index, data, date, noteName],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

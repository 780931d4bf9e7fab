import type { RevisionInfo } from '../../shared/contract/records.ts';

/** Autosaves further apart than this belong to different working sessions. */
export const SESSION_GAP_MS = 30 * 60 * 1000;

export type HistoryRow =
  | { type: 'revision'; revision: RevisionInfo }
  /** A run of autosaves without a break of more than 30 minutes, newest first. */
  | { type: 'session'; autosaves: RevisionInfo[]; from: string; to: string };

/**
 * The history as the panel lists it, newest first: every revision the user made on purpose on its
 * own row, autosaves grouped into working sessions (a single autosave stays a row of its own).
 * `revisions` must be newest first, as listRevisions returns them.
 */
export function historyRows(revisions: RevisionInfo[]): HistoryRow[] {
  const rows: HistoryRow[] = [];
  let run: RevisionInfo[] = [];
  const close = (): void => {
    if (run.length === 1) rows.push({ type: 'revision', revision: run[0]! });
    else if (run.length > 1)
      rows.push({
        type: 'session',
        autosaves: run,
        from: run[run.length - 1]!.createdAt,
        to: run[0]!.createdAt,
      });
    run = [];
  };
  for (const r of revisions) {
    if (r.kind !== 'autosave') {
      close();
      rows.push({ type: 'revision', revision: r });
      continue;
    }
    const last = run[run.length - 1];
    if (last && Date.parse(last.createdAt) - Date.parse(r.createdAt) > SESSION_GAP_MS) close();
    run.push(r);
  }
  close();
  return rows;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "14:05", local time. */
export function clockTime(iso: string): string {
  const d = new Date(iso);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** "01/12/2026", local time. */
export function dayOf(iso: string): string {
  const d = new Date(iso);
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** "01/12/2026 14:05", local time, as the panel shows every revision. */
export function revisionTime(iso: string): string {
  return `${dayOf(iso)} ${clockTime(iso)}`;
}

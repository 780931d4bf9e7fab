import type { RevisionKind } from '../../../shared/contract/records.ts';

export interface StoredRevision {
  revision: number;
  kind: RevisionKind;
  createdAt: string;
}

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const TEN_MINUTES = 10 * 60 * 1000;

/**
 * The revision retention policy (issue 12): every revision that is not an autosave is history the
 * user made on purpose (create, save, named version, import, rollover, export, restore, issue) and is kept for ever, as are
 * the head and any revision an export was made from. Autosaves are thinned with age: all of the last
 * hour, then the newest of each 10 minutes for a day, then the newest of each day. Returns the
 * revisions to delete.
 */
export function autosavesToDrop(
  revisions: StoredRevision[],
  head: number,
  now: string,
  pinned: ReadonlySet<number> = new Set(),
): number[] {
  const at = Date.parse(now);
  const seen = new Set<string>();
  const drop: number[] = [];
  // Newest first: the first revision met in a bucket is the one that bucket keeps.
  const newestFirst = [...revisions].sort((a, b) => b.revision - a.revision);
  for (const r of newestFirst) {
    if (r.kind !== 'autosave' || r.revision === head || pinned.has(r.revision)) continue;
    const t = Date.parse(r.createdAt);
    const age = at - t;
    if (age <= HOUR) continue;
    const bucket = age <= DAY ? `10m:${Math.floor(t / TEN_MINUTES)}` : `day:${r.createdAt.slice(0, 10)}`;
    if (seen.has(bucket)) drop.push(r.revision);
    else seen.add(bucket);
  }
  return drop;
}

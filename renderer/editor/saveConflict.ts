import type { Envelope, ErrorInfo } from '../../shared/contract/appError.ts';
import type { PlanRecord } from '../../shared/contract/records.ts';
import type { SaveStatus } from './autosave.ts';

/**
 * A save refused because another window saved the plan first (the store's `conflict` error). The
 * editor then stops and asks: reload the latest stored revision, or keep this window's plan. Either
 * way the user decides what is dropped; nothing goes silently.
 */
export function isSaveConflict(status: SaveStatus): boolean {
  return status.state === 'error' && status.error.code === 'conflict';
}

export type ConflictChoice = 'reload' | 'keepMine';

/** What the choice needs of the autosaver (see autosave.ts). */
export interface ConflictSaver {
  rebase(revision: number): void;
  discard(): void;
  flush(): Promise<boolean>;
}

export interface ConflictDeps {
  saver: ConflictSaver;
  /** Re-reads the stored plan (its latest revision). */
  getPlan: () => Promise<Envelope<PlanRecord>>;
  /** Opens the stored plan afresh in this window. */
  reload: () => void;
}

export type ConflictOutcome = { ok: true } | { ok: false; error: ErrorInfo | null };

/**
 * "Tải lại bản mới nhất": drop this window's unsaved edits, then open what is stored.
 * "Giữ bản của tôi": read the latest revision and save this window's plan on top of it. When yet
 * another save lands in between, the save is refused again and the choice is offered again.
 */
export async function resolveConflict(choice: ConflictChoice, deps: ConflictDeps): Promise<ConflictOutcome> {
  if (choice === 'reload') {
    deps.saver.discard();
    deps.reload();
    return { ok: true };
  }
  const latest = await deps.getPlan();
  if (!latest.ok) return { ok: false, error: latest.error };
  deps.saver.rebase(latest.value.revision);
  // The autosaver kept the refused plan (and anything typed since) pending: this saves it.
  return (await deps.saver.flush()) ? { ok: true } : { ok: false, error: null };
}

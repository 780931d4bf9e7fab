import { AppError, technicalDetail, type Envelope, type ErrorInfo } from '../../shared/contract/appError.ts';
import type { SaveResult } from '../../shared/contract/records.ts';
import type { Plan } from '../../shared/model/plan.ts';
import type { InvalidField } from '../../shared/model/savablePlan.ts';

export type SaveStatus =
  { state: 'saved' } | { state: 'pending' } | { state: 'saving' } | { state: 'error'; error: ErrorInfo };

/** The plan this window last had stored, and the values that save reported it left out. */
export interface StoredPlan {
  plan: Plan;
  invalid: readonly InvalidField[];
}

export interface AutosaverOptions {
  /**
   * Stores `plan` on top of `baseRevision`. `stored` is what this window last had stored at that
   * revision (null when it does not know it: after a rebase onto another window's save), so that the
   * save can send only what changed since (savePlanEdit).
   */
  save: (plan: Plan, baseRevision: number, stored: StoredPlan | null) => Promise<Envelope<SaveResult>>;
  /** The revision the editor loaded: the back end refuses a save on top of someone else's. */
  revision: number;
  /** The plan the editor loaded, stored at `revision`. */
  plan?: Plan;
  delayMs: number;
  onStatus: (status: SaveStatus) => void;
  onSaved?: (result: SaveResult) => void;
}

/**
 * Debounced, serialised autosave. Typing restarts the timer; at most one save is in flight, and a
 * change made during a save is saved right after it with the new base revision. A failed save keeps
 * the unsaved plan (shown as an error, retried on the next change or on flush) — nothing typed is
 * dropped silently.
 */
export class Autosaver {
  private pending: Plan | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<boolean> | null = null;
  private baseRevision: number;
  private stored: StoredPlan | null;

  constructor(private readonly opts: AutosaverOptions) {
    this.baseRevision = opts.revision;
    this.stored = opts.plan ? { plan: opts.plan, invalid: [] } : null;
  }

  get revision(): number {
    return this.baseRevision;
  }

  get dirty(): boolean {
    return this.pending !== null || this.inFlight !== null;
  }

  schedule(plan: Plan): void {
    this.pending = plan;
    this.opts.onStatus({ state: 'pending' });
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, this.opts.delayMs);
  }

  /** Save now whatever is pending and wait for it; true when everything typed is stored. */
  flush(): Promise<boolean> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    return this.run();
  }

  /**
   * Take `revision` as the base of the next save: after a conflict the user chose to save this
   * window's plan on top of the latest stored revision (what is pending stays pending; flush saves it).
   */
  rebase(revision: number): void {
    this.baseRevision = revision;
    // That revision holds another window's plan, not one this window sent.
    this.stored = null;
  }

  /** Drop what is waiting to be saved: the user chose to reload the stored plan instead. */
  discard(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async run(): Promise<boolean> {
    for (;;) {
      if (this.inFlight) {
        if (!(await this.inFlight)) return false;
        continue;
      }
      const plan = this.pending;
      if (!plan) return true;
      this.pending = null;
      this.inFlight = this.saveOnce(plan).finally(() => {
        this.inFlight = null;
      });
    }
  }

  private async saveOnce(plan: Plan): Promise<boolean> {
    this.opts.onStatus({ state: 'saving' });
    let result: Envelope<SaveResult>;
    try {
      result = await this.opts.save(plan, this.baseRevision, this.stored);
    } catch (e) {
      const error = new AppError(
        'internal',
        'Chưa lưu được do một lỗi không mong đợi; nội dung vẫn còn trên màn hình và sẽ được lưu lại ở lần sửa tiếp theo.',
        'Not saved because of an unexpected error; the text is still on screen and is saved again with the next edit.',
        technicalDetail(e),
      );
      result = { ok: false, error: error.toInfo() };
    }
    if (result.ok) {
      this.baseRevision = result.value.revision;
      this.stored = { plan, invalid: result.value.invalid ?? [] };
      this.opts.onSaved?.(result.value);
      this.opts.onStatus(this.pending ? { state: 'pending' } : { state: 'saved' });
      return true;
    }
    // Keep what failed unless something newer is already waiting.
    if (!this.pending) this.pending = plan;
    this.opts.onStatus({ state: 'error', error: result.error });
    return false;
  }
}

/**
 * Values derived from one text at one place of the plan — its citations, the findings of the rules
 * that read one text at a time — kept across re-checks while the text, its place and the values'
 * environment stay the same (issue 13: a re-check after a one-block edit recomputes that block only).
 * Keyed by content, not by object identity: the checks worker receives a structured clone of the plan
 * at every edit, and the bench edits a text in place. `sweep()` after a pass drops the places the plan
 * no longer has.
 */
export class PlaceCache {
  private entries = new Map<string, PlacedText>();
  private seen = new Set<string>();
  private environments = new Map<string, string>();

  /** What is kept for `text` at `place` (nothing when the text there changed). */
  at(place: string, text: string): PlacedText {
    this.seen.add(place);
    let entry = this.entries.get(place);
    if (entry === undefined || entry.text !== text) {
      entry = new PlacedText(text);
      this.entries.set(place, entry);
    }
    return entry;
  }

  /**
   * What every kept value depends on besides its text and place (the plan's abbreviations, the
   * check's options), by part: when a part changes, everything kept is dropped.
   */
  environment(part: string, key: string): void {
    if (this.environments.get(part) === key) return;
    if (this.environments.has(part)) this.entries.clear();
    this.environments.set(part, key);
  }

  /** Forget every place not asked for since the last sweep. */
  sweep(): void {
    for (const key of this.entries.keys()) if (!this.seen.has(key)) this.entries.delete(key);
    this.seen = new Set();
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The values kept for one text at one place, by slot. */
export class PlacedText {
  private slots = new Map<string, { env: string; value: unknown }>();
  constructor(readonly text: string) {}

  /** The value of `slot` under `env`, built when absent or built under another env. */
  get<T>(slot: string, env: string, build: () => T): T {
    const kept = this.slots.get(slot);
    if (kept !== undefined && kept.env === env) return kept.value as T;
    const value = build();
    this.slots.set(slot, { env, value });
    return value;
  }
}

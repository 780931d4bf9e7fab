import { parseText } from './grammar.ts';
import type { TextParse } from './types.ts';

/**
 * Parses keyed by the text itself: after one block changes, a re-check re-parses that block only.
 * `sweep()` after a full pass drops texts no longer in the plan, so the cache follows the plan's size.
 */
export class ParseCache {
  private entries = new Map<string, TextParse>();
  private derivedBySlot = new Map<string, Map<string, unknown>>();
  private seen = new Set<string>();
  hits = 0;
  misses = 0;

  get(text: string): TextParse {
    this.seen.add(text);
    const cached = this.entries.get(text);
    if (cached) {
      this.hits += 1;
      return cached;
    }
    this.misses += 1;
    const parsed = parseText(text);
    this.entries.set(text, parsed);
    return parsed;
  }

  /**
   * What a rule computes from a text alone (`compute` must read nothing else), under a name of its
   * own: kept with the parse, so a re-check asks it again only of the texts that changed.
   */
  derived<T>(slot: string, text: string, compute: (text: string) => T): T {
    this.seen.add(text);
    let values = this.derivedBySlot.get(slot);
    if (values === undefined) {
      values = new Map();
      this.derivedBySlot.set(slot, values);
    }
    if (values.has(text)) return values.get(text) as T;
    const value = compute(text);
    values.set(text, value);
    return value;
  }

  /** Forget every text not asked for since the last sweep. */
  sweep(): void {
    for (const key of this.entries.keys()) if (!this.seen.has(key)) this.entries.delete(key);
    for (const values of this.derivedBySlot.values())
      for (const key of values.keys()) if (!this.seen.has(key)) values.delete(key);
    this.seen = new Set();
  }

  get size(): number {
    return this.entries.size;
  }
}

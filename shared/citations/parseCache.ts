import { parseText } from './grammar.ts';
import type { TextParse } from './types.ts';

/**
 * Parses keyed by the text itself: after one block changes, a re-check re-parses that block only.
 * `sweep()` after a full pass drops texts no longer in the plan, so the cache follows the plan's size.
 */
export class ParseCache {
  private entries = new Map<string, TextParse>();
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

  /** Forget every text not asked for since the last sweep. */
  sweep(): void {
    for (const key of this.entries.keys()) if (!this.seen.has(key)) this.entries.delete(key);
    this.seen = new Set();
  }

  get size(): number {
    return this.entries.size;
  }
}

import type { TextLocation } from '../model/walk.ts';

/**
 * Values derived from one text at one place of the plan — its citations, the findings of the rules
 * that read one text at a time — kept across re-checks while the text, its place and the values'
 * environment stay the same (issue 13: a re-check after a one-block edit recomputes that block only).
 * Keyed by content, not by object identity: the checks worker receives a structured clone of the plan
 * at every edit, and the bench edits a text in place. Looked up by the text (which the parse cache
 * has hashed already) and then by place, the n-th occurrence of a text first; no key string is built
 * per text, which cost more than the rules it saved. Each pass asks `at` once per text, in document
 * order; `sweep()` ends the pass and drops the places the plan no longer has.
 */
export class PlaceCache {
  private kept = new Map<string, PlacedText[]>();
  private pass = new Map<string, PlacedText[]>();
  private environments = new Map<string, string>();

  /** What is kept for `text` at `location` (nothing when the text there changed). */
  at(location: TextLocation, text: string): PlacedText {
    let here = this.pass.get(text);
    if (here === undefined) {
      here = [];
      this.pass.set(text, here);
    }
    const before = this.kept.get(text);
    let entry = before?.[here.length];
    if (entry === undefined || !entry.isAt(location)) entry = before?.find((e) => e.isAt(location));
    entry ??= new PlacedText(text, location);
    here.push(entry);
    return entry;
  }

  /**
   * What every kept value depends on besides its text and place (the plan's abbreviations, the
   * check's options), by part: when a part changes, everything kept is dropped. Call before `at`.
   */
  environment(part: string, key: string): void {
    if (this.environments.get(part) === key) return;
    if (this.environments.has(part)) this.kept = new Map();
    this.environments.set(part, key);
  }

  /** End a pass: keep what this pass asked for, forget the rest. */
  sweep(): void {
    this.kept = this.pass;
    this.pass = new Map();
  }

  /** Places kept. */
  get size(): number {
    let n = 0;
    for (const list of this.kept.values()) n += list.length;
    return n;
  }
}

function sameAddress(a: TextLocation['address'], b: TextLocation['address']): boolean {
  if (a === b) return true;
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  let n = 0;
  for (const k in x) {
    if (x[k] !== y[k]) return false;
    n += 1;
  }
  return n === Object.keys(y).length;
}

/** The values kept for one text at one place, by slot. */
export class PlacedText {
  private slots = new Map<string, { env: string; value: unknown }>();
  constructor(
    readonly text: string,
    private readonly location: TextLocation,
  ) {}

  /** Whether this is the place `l`: the same field, paragraph and labels (a finding carries them). */
  isAt(l: TextLocation): boolean {
    const m = this.location;
    return (
      m.paragraph === l.paragraph &&
      m.label === l.label &&
      m.labelEn === l.labelEn &&
      sameAddress(m.address, l.address)
    );
  }

  /** The value of `slot` under `env`, built when absent or built under another env. */
  get<T>(slot: string, env: string, build: () => T): T {
    const kept = this.slots.get(slot);
    if (kept !== undefined && kept.env === env) return kept.value as T;
    const value = build();
    this.slots.set(slot, { env, value });
    return value;
  }
}

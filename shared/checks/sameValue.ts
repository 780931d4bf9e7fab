/**
 * Whether two values of plain data (what a parse or a rule derives from a text: objects, arrays,
 * strings, numbers, booleans, null) are equal all the way down. The incremental checker asks it of
 * what a cross-text rule reads from a text before and after an edit.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  // Counted rather than listed: no array of keys per object compared.
  let n = 0;
  for (const k in x) {
    if (!Object.hasOwn(x, k)) continue;
    if (!Object.hasOwn(y, k) || !sameValue(x[k], y[k])) return false;
    n += 1;
  }
  for (const k in y) if (Object.hasOwn(y, k)) n -= 1;
  return n === 0;
}

/** A change leaves the text's citations as they were (same values at the same offsets). */
export function sameCitations(change: {
  citationsBefore: readonly unknown[];
  citationsAfter: readonly unknown[];
}): boolean {
  return sameValue(change.citationsBefore, change.citationsAfter);
}

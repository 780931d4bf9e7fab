/**
 * `compute` with its answers remembered, up to `size` keys (the memo is cleared when full: the keys
 * are arbitrary texts, so it must stay bounded). For the pure lookups the checks ask thousands of
 * times a pass with the same few texts (issue 13); an answer of undefined or null is remembered too.
 */
export function remembered<K, V>(compute: (key: K) => V, size: number): (key: K) => V {
  const memo = new Map<K, V>();
  return (key) => {
    // One lookup for a remembered answer (has-then-get hashed a long text key twice).
    const known = memo.get(key);
    if (known !== undefined || memo.has(key)) return known as V;
    if (memo.size >= size) memo.clear();
    const value = compute(key);
    memo.set(key, value);
    return value;
  };
}

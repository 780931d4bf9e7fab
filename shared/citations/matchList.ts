/**
 * Every match of a global pattern in a text, in order: what `[...text.matchAll(pattern)]` gives, with
 * one RegExp per pattern kept for the process instead of two new ones per call (matchAll clones its
 * argument). Issue 13: building the clones — V8 hashes the pattern's source to find its compiled code —
 * cost more than running them on most paragraphs. The kept RegExp is private to this module and the
 * list is complete before it returns, so no caller can see or disturb its `lastIndex`.
 * matchList.test.ts checks it equals matchAll on the real texts and on random strings.
 */
const scanners = new WeakMap<RegExp, RegExp>();

export function matchList(pattern: RegExp, text: string): RegExpExecArray[] {
  let re = scanners.get(pattern);
  if (re === undefined) {
    if (!pattern.global)
      throw new TypeError(`matchList needs a global pattern: /${pattern.source}/${pattern.flags}`);
    re = new RegExp(pattern.source, pattern.flags);
    scanners.set(pattern, re);
  }
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push(m);
    // An empty match moves on by one character (a code point under /u), as matchAll does.
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, /[uv]/.test(re.flags));
  }
  return out;
}

function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}

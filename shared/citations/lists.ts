import { typeName, type Draft } from './citationParts.ts';
import { issuerAgreement } from './issuers.ts';
import { firstMatch } from './matchList.ts';
import { LIST_HEAD, LIST_HEAD_REACH } from './patterns.ts';
import { squash } from './textPrep.ts';
import type { Span } from './types.ts';

// Lists of citations that write their type and issuer once, for every item (issue 10).

/**
 * "các Quyết định của Thủ tướng Chính phủ: số …" standing before `soStart`: the type and the issuer
 * that every item of the list shares.
 */
export function listHead(
  t: string,
  soStart: number,
): { start: number; type: string; typeSpan: Span; issuer: string; issuerSpan: Span } | null {
  const from = Math.max(0, soStart - LIST_HEAD_REACH);
  const m = firstMatch(LIST_HEAD, t.slice(from, soStart));
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  const type = typeName(m[1]);
  if (type === null) return null;
  const start = from + m.index;
  const typeStart = start + m[0].indexOf(m[1]);
  const issuerStart = from + m.index + m[0].lastIndexOf(m[2]);
  return {
    start,
    type,
    typeSpan: { start: typeStart, end: typeStart + m[1].length },
    issuer: squash(m[2]),
    issuerSpan: { start: issuerStart, end: issuerStart + m[2].length },
  };
}

/**
 * "số 705/QĐ-TTg ngày 25/5/2017 và số 1521/QĐ-TTg ngày 06/10/2020 của Thủ tướng Chính phủ": an
 * issuer written once after the last item of a list is every item's, unless it contradicts an
 * item's symbol.
 */
export function shareTrailingIssuer(drafts: Draft[]): void {
  let i = drafts.length - 1;
  while (i > 0) {
    const last = drafts[i];
    if (!last || !last.c.listed || last.c.issuer === null || last.c.issuerSpan === null) {
      i -= 1;
      continue;
    }
    let j = i;
    while (j > 0 && drafts[j]?.c.listed === true) j -= 1;
    for (let k = j; k < i; k += 1) {
      const d = drafts[k];
      if (!d || d.c.issuer !== null) continue;
      if (issuerAgreement(last.c.issuer, d.c.issuerSegments) === 'conflict') continue;
      d.c.issuer = last.c.issuer;
      d.c.issuerSpan = last.c.issuerSpan;
    }
    i = j - 1;
  }
}

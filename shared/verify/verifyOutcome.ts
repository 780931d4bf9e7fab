import type { Range } from '../format/nd30.ts';
import type { ParaInfo } from './docxModel.ts';
import { allBold, fmtRange, inRange, isUpper, LENGTH_SLACK, norm, sizeOf, sizesIn } from './paraFormat.ts';

/** One rule's verdict: its detail in Vietnamese and English, "vi / en". */
export type Outcome = { ok: boolean; detail: string };
export const pass = (vi: string, en: string): Outcome => ({ ok: true, detail: `${vi} / ${en}` });
export const fail = (vi: string, en: string): Outcome => ({ ok: false, detail: `${vi} / ${en}` });

export function lineRatioOutcome(
  name: [string, string],
  lineLen: number | null,
  textLen: number,
  range: Range,
): Outcome {
  if (lineLen === null) return fail(`${name[0]}: thiếu đường kẻ bên dưới`, `${name[1]}: no line below`);
  const ratio = lineLen / textLen;
  const pct = `${Math.round(ratio * 100)}%`;
  return inRange(ratio, range, LENGTH_SLACK)
    ? pass(`${name[0]}: đường kẻ bằng ${pct} độ dài chữ`, `${name[1]}: line ${pct} of the text`)
    : fail(
        `${name[0]}: đường kẻ bằng ${pct} độ dài chữ (cần ${Math.round(range.min * 100)}–${Math.round(range.max * 100)}%)`,
        `${name[1]}: line is ${pct} of the text (expected ${Math.round(range.min * 100)}–${Math.round(range.max * 100)}%)`,
      );
}

export function combine(...outcomes: Outcome[]): Outcome {
  const failed = outcomes.filter((o) => !o.ok);
  if (failed.length === 0) return { ok: true, detail: outcomes.map((o) => o.detail).join('; ') };
  return { ok: false, detail: failed.map((o) => o.detail).join('; ') };
}

/** A paragraph's size rule: every run within the decree's range for that element. */
export function sizeOutcome(p: ParaInfo, range: Range): Outcome {
  return sizesIn(p, range)
    ? pass(`cỡ ${sizeOf(p)}`, `${sizeOf(p)} pt`)
    : fail(`cỡ ${sizeOf(p)} (cần ${fmtRange(range)})`, `${sizeOf(p)} pt (expected ${fmtRange(range)})`);
}

/** A paragraph that must be bold throughout. */
export function boldOutcome(p: ParaInfo): Outcome {
  return allBold(p) ? pass('đậm', 'bold') : fail('không in đậm', 'not bold');
}

/** A paragraph that must be upper case, quoted so the clerk sees which one. */
export function upperOutcome(p: ParaInfo): Outcome {
  return isUpper(p.text)
    ? pass(`"${norm(p.text)}" in hoa`, 'upper case')
    : fail(`"${norm(p.text)}" không in hoa`, 'not upper case');
}

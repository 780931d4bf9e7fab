import type { Paragraph as RichParagraph, RichText } from '../../model/richText.ts';
import { ND30, textWidthMm } from '../nd30.ts';
import { textWidthPt } from '../textWidth.ts';
import { mmToTwip, ptToTwip } from '../units.ts';
import { bodyParagraph, richRuns } from './styles.ts';
import type { LayoutParagraph } from './types.ts';

// "Kính gửi" of a letter (công văn, tờ trình), NĐ 30/2020 Phụ lục I: its own block under the title,
// not a paragraph of the text. One addressee stands on the line, centred ("Kính gửi: Ủy ban nhân
// dân tỉnh."); several stand one a line with their dash, aligned after "Kính gửi: ", the block
// centred on the page by the width of its longest line (measured with the font's metrics).

const KINH_GUI = /^\s*Kính\s+gửi\s*:?/iu;
/** An addressee of the list: "- Sở Tư pháp;". */
const ADDRESSEE = /^\s*[-–+•]\s*\S/u;
/** An addressee is a name, not a paragraph of the letter. */
const ADDRESSEE_MAX = 200;

const textOf = (p: RichParagraph): string => p.runs.map((r) => r.text).join('');

/** The preamble's opening "Kính gửi" and its addressees laid out, and the rest of the preamble. */
export function kinhGuiBlock(preamble: RichText): { block: LayoutParagraph[]; rest: RichText } {
  const [first] = preamble;
  const head = first === undefined ? null : KINH_GUI.exec(textOf(first));
  if (first === undefined || head === null) return { block: [], rest: preamble };
  let n = 1;
  while (n < preamble.length) {
    const t = textOf(preamble[n] ?? { runs: [] });
    if (!ADDRESSEE.test(t) || t.length > ADDRESSEE_MAX) break;
    n++;
  }
  const s = ND30.body;
  const paragraph = (p: RichParagraph, align: 'center' | 'left', left = 0): LayoutParagraph => {
    const out = bodyParagraph('body', richRuns(p.runs, s), s);
    return { ...out, align, indent: left > 0 ? { left } : {} };
  };
  const lines = preamble.slice(0, n);
  const firstText = textOf(first).trim();
  const label = head[0].trim();
  if (lines.length === 1 && !ADDRESSEE.test(firstText.slice(head[0].trim().length)))
    return { block: [paragraph(first, 'center')], rest: preamble.slice(1) };
  // "Kính gửi: " then the addressees under the first one.
  const width = (t: string): number => ptToTwip(textWidthPt(t, s.sizePt));
  const labelWidth = width(`${label.endsWith(':') ? label : `${label}:`} `);
  const longest = Math.max(
    width(firstText),
    ...lines.slice(1).map((p) => labelWidth + width(textOf(p).trim())),
  );
  const left = Math.max(0, Math.round((mmToTwip(textWidthMm()) - longest) / 2));
  const block = lines.map((p, i) => {
    const out = paragraph(p, 'left', i === 0 ? left : left + labelWidth);
    // One block: no space between its lines, the body's after the last.
    return i === lines.length - 1 ? out : { ...out, spacing: { ...out.spacing, after: 0 } };
  });
  return { block, rest: preamble.slice(n) };
}

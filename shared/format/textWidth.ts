import { TIMES_CHARS, TIMES_WIDTHS } from './timesMetrics.ts';

export type FontFace = keyof typeof TIMES_WIDTHS;

const INDEX = new Map<string, number>([...TIMES_CHARS].map((ch, i) => [ch, i]));
/** Width used for a character the table does not know (an average lower-case letter). */
const UNKNOWN_EM = 0.5;

export function faceOf(bold: boolean, italic: boolean): FontFace {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}

/**
 * Width of one character in em. A Vietnamese letter with tone marks has the advance of its base
 * letter (the marks sit above or below it), so an unknown character is measured by its NFD base.
 */
export function charEm(ch: string, face: FontFace): number {
  const widths = TIMES_WIDTHS[face];
  const direct = INDEX.get(ch);
  if (direct !== undefined) return (widths[direct] ?? UNKNOWN_EM * 1000) / 1000;
  const decomposed = ch.normalize('NFD');
  // Try the base with its shape-changing marks (horn, breve, circumflex) first, then the bare base.
  for (let n = decomposed.length; n >= 1; n--) {
    const i = INDEX.get(decomposed.slice(0, n).normalize('NFC'));
    if (i !== undefined) return (widths[i] ?? UNKNOWN_EM * 1000) / 1000;
  }
  return UNKNOWN_EM;
}

/**
 * Width in points of `text` set in Times New Roman at `sizePt`. Used to size the drawn lines under
 * header texts and to check that the Quốc hiệu and the issuing body fit on one line.
 */
export function textWidthPt(text: string, sizePt: number, bold = false, italic = false): number {
  const face = faceOf(bold, italic);
  let em = 0;
  for (const ch of text.normalize('NFC')) em += charEm(ch, face);
  return em * sizePt;
}

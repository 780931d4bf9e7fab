import type { Run } from '../model/richText.ts';
import type { SourceParagraph, SourceRun } from './sourceModel.ts';

/**
 * A logical line: what the recogniser classifies. Usually one source paragraph; a paragraph with soft
 * line breaks gives several lines (the Nơi nhận list typed with Shift+Enter), and a sentence split by
 * a page break (or by a soft break in mid-sentence) is joined back into one line. `sources` keeps
 * which source paragraphs a line came from, so the report can account for every one of them.
 */
export interface Line {
  /** Word's automatic number ("1.", "a)") followed by the text, whitespace collapsed, NFC. */
  full: string;
  /** The text as typed (without Word's automatic number), as model runs. */
  runs: Run[];
  /** Automatic number label, if Word drew one. */
  label: string | null;
  bullet: boolean;
  sources: number[];
  /** Every letter of the line is bold. */
  bold: boolean;
  align: SourceParagraph['align'];
}

function normalizeRuns(runs: SourceRun[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    let text = r.text.replace(/\s+/g, ' ');
    const prev = out[out.length - 1];
    if (prev && prev.text.endsWith(' ') && text.startsWith(' ')) text = text.slice(1);
    if (!prev && text.startsWith(' ')) text = text.trimStart();
    if (!text) continue;
    const run: Run = { text };
    if (r.bold) run.bold = true;
    if (r.italic) run.italic = true;
    if (r.underline) run.underline = true;
    if (
      prev &&
      !!prev.bold === !!run.bold &&
      !!prev.italic === !!run.italic &&
      !!prev.underline === !!run.underline
    ) {
      prev.text += text;
    } else out.push(run);
  }
  const last = out[out.length - 1];
  if (last) {
    last.text = last.text.trimEnd();
    if (!last.text) out.pop();
  }
  return out;
}

export function runsText(runs: Run[]): string {
  return runs.map((r) => r.text).join('');
}

function allBold(runs: Run[]): boolean {
  const letters = runs.filter((r) => /\p{L}/u.test(r.text));
  return letters.length > 0 && letters.every((r) => r.bold === true);
}

/** Split source runs at soft line breaks ("\n"). */
function splitRuns(runs: SourceRun[]): SourceRun[][] {
  const parts: SourceRun[][] = [[]];
  for (const r of runs) {
    const pieces = r.text.split('\n');
    pieces.forEach((piece, i) => {
      if (i > 0) parts.push([]);
      if (piece) parts[parts.length - 1]?.push({ ...r, text: piece });
    });
  }
  return parts;
}

/** "a) …", "đ) …", "b. …": a point marker, lower-case but not a continuation. */
const POINT_START = /^[a-zđ]\s*[.)]\s/u;

export function startsAsContinuation(text: string): boolean {
  return /^\p{Ll}/u.test(text) && !POINT_START.test(text);
}

/** A line that visibly ends: sentence punctuation, a colon, or the closing "./.". */
export function endsSentence(text: string): boolean {
  return /[.:;!?…]["”’)\]]*$/u.test(text.trim());
}

/**
 * Words a line of running text does not end on: a citation or a phrase goes on ("Nghị định số" /
 * "137/2018/NĐ-CP ngày" / "08 tháng 10 năm 2018 của" / "Chính phủ"). A hard-wrapped line of a web
 * or PDF copy ending so, or on a comma, continues on the next line even when that one opens with a
 * capital or a digit.
 */
const OPEN_END =
  /(?:^|\s)(?:của|về|và|các|những|tại|theo|với|cho|trong|đối|được|là|có|ở|do|bởi|giữa|như|hoặc|Luật|Bộ\s+luật|Nghị|Quyết|Chỉ|Thông|Kế|Công|Tờ)$|,$/u;
/** Words a number follows: "ngày" / "20/6/2020", "số" / "80-KL/TW". */
const BEFORE_NUMBER = /(?:^|\s)(?:số|ngày|tháng|năm|Điều|khoản|điểm|giai\s+đoạn|từ|đến)$/u;
/** A line that starts something of its own: an item, a căn cứ, a field label, the Nơi nhận. */
const OWN_START =
  /^(?:[-–—+•*]\s|(?:\d{1,3}\.)+\d*\s|\d{1,3}\)\s|[a-zđ][.)]\s|[IVXL]{1,6}\s*[.)]\s|(?:Điều|Chương|Mục|Phần)\s+[\dIVXL]+\.?\s|Căn\s+cứ|Xét\s+đề\s+nghị|Theo\s+đề\s+nghị|Nơi\s+nhận|Kính\s+gửi|PHỤ\s+LỤC)/u;

/** In plain text, is `next` the rest of a hard-wrapped `prev`? */
function continuesWrapped(prev: string, next: string): boolean {
  if (endsSentence(prev) || OWN_START.test(next)) return false;
  if (startsAsContinuation(next)) return true;
  const upper = (t: string): boolean => {
    const l = Array.from(t).filter((c) => c.toLowerCase() !== c.toUpperCase());
    return l.length >= 2 && l.every((c) => c === c.toUpperCase());
  };
  if (upper(prev) || upper(next)) return false;
  return /^\d/u.test(next)
    ? BEFORE_NUMBER.test(prev.trim()) || OPEN_END.test(prev.trim())
    : OPEN_END.test(prev.trim());
}

function appendRuns(target: Run[], extra: Run[]): void {
  if (target.length > 0 && extra.length > 0) target.push({ text: ' ' });
  target.push(...extra.map((r) => ({ ...r })));
  const merged = normalizeRuns(target);
  target.splice(0, target.length, ...merged);
}

function makeLine(p: SourceParagraph, runs: Run[], withLabel: boolean): Line {
  const text = runsText(runs);
  const label = withLabel ? p.numberLabel : null;
  return {
    full: label ? `${label} ${text}` : text,
    runs,
    label,
    bullet: withLabel && p.bullet,
    sources: [p.id],
    bold: allBold(runs),
    align: p.align,
  };
}

function refresh(line: Line): void {
  const text = runsText(line.runs);
  line.full = line.label ? `${line.label} ${text}` : text;
  line.bold = allBold(line.runs);
}

/**
 * Turn source paragraphs into logical lines. `joinAcrossParagraphs` says whether a paragraph may be
 * a continuation of the previous one: true across a page or section break in Word, and always in
 * plain text (which has no page information, only the shape of the lines).
 */
export function paragraphsToLines(
  paras: SourceParagraph[],
  plainText: boolean,
  previous: Line[] = [],
): Line[] {
  const lines: Line[] = previous;
  for (const p of paras) {
    const parts = splitRuns(p.runs)
      .map(normalizeRuns)
      .filter((r) => r.length > 0);
    parts.forEach((runs, i) => {
      const text = runsText(runs);
      const prev = lines[lines.length - 1];
      const isFirst = i === 0;
      const labelled = isFirst && (p.numberLabel !== null || p.bullet);
      const mayJoin = isFirst ? (p.breakBefore || plainText) && !labelled : true;
      const joins =
        plainText && isFirst
          ? continuesWrapped(prev?.full ?? '', text)
          : startsAsContinuation(text) && !endsSentence(prev?.full ?? '');
      if (prev && mayJoin && joins) {
        appendRuns(prev.runs, runs);
        if (!prev.sources.includes(p.id)) prev.sources.push(p.id);
        refresh(prev);
        return;
      }
      lines.push(makeLine(p, runs, isFirst));
    });
  }
  return lines;
}

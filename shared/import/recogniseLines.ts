import type { Paragraph, Run } from '../model/richText.ts';
import { paragraphsToLines, runsText, type Line } from './logicalLines.ts';
import type { SourceDocument, SourceParagraph, SourceTable } from './sourceModel.ts';

function letters(text: string): string[] {
  return Array.from(text).filter((ch) => ch.toLowerCase() !== ch.toUpperCase());
}

/** Upper-case as headings, bodies and signature titles are typed ("TM. ỦY BAN NHÂN DÂN"). */
export function isUpperLine(text: string): boolean {
  const l = letters(text);
  if (l.length < 2) return false;
  const upper = l.filter((ch) => ch === ch.toUpperCase()).length;
  return upper / l.length >= 0.9;
}

/** Remove the first `count` characters of a line's runs (a typed number, a label), and the spaces after. */
function dropPrefix(runs: Run[], count: number): Run[] {
  const out: Run[] = [];
  let rest = count;
  for (const r of runs) {
    if (rest >= r.text.length) {
      rest -= r.text.length;
      continue;
    }
    out.push({ ...r, text: r.text.slice(rest) });
    rest = 0;
  }
  const first = out[0];
  if (first) {
    first.text = first.text.trimStart();
    if (!first.text) out.shift();
  }
  return out;
}

/** Runs of the text after a typed or automatic marker: `rest` is a suffix of the line's full text. */
export function runsOfSuffix(line: Line, rest: string): Run[] {
  const typed = runsText(line.runs);
  const idx = typed.length - rest.length;
  if (idx < 0 || typed.slice(idx) !== rest) return [{ text: rest }];
  return dropPrefix(line.runs, idx);
}

export function plainRuns(runs: Run[]): Run[] {
  return runs.map((r) => ({ ...r }));
}

export function parseIntOrNull(s: string | undefined): number | null {
  if (!s) return null;
  const t = s.replace(/\D/g, '');
  return t ? Number.parseInt(t, 10) : null;
}

/** A line as a plan paragraph: bullets kept as a list, a stray Word number kept as typed text. */
export function lineParagraph(line: Line, runs: Run[] = line.runs): Paragraph {
  const p: Paragraph = { runs: plainRuns(runs) };
  if (line.bullet) p.list = 'bullet';
  else if (line.label && !/^[IVXL]+\.?$/u.test(line.label)) {
    // A Word number on a paragraph that is not an item: keep it visible as typed text.
    p.runs = [{ text: `${line.label} ` }, ...p.runs];
  }
  return p;
}

/** What the recogniser is fed: the document's lines in order, a table as one entry of its cells' lines. */
export type Entry = { kind: 'line'; line: Line } | { kind: 'table'; table: SourceTable; cells: Line[][][] };

export function toEntries(doc: SourceDocument): Entry[] {
  const entries: Entry[] = [];
  let segment: SourceParagraph[] = [];
  const flush = (): void => {
    for (const line of paragraphsToLines(segment, doc.plainText)) entries.push({ kind: 'line', line });
    segment = [];
  };
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph') segment.push(b);
    else {
      flush();
      const cells = b.rows.map((row) => row.map((cell) => paragraphsToLines(cell, false)));
      entries.push({ kind: 'table', table: b, cells });
    }
  }
  flush();
  return entries;
}

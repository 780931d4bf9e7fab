import { childElements, type XmlElement } from '../ooxml/parseXml.ts';
import type { SourceDocument, SourceParagraph, SourceRun } from './sourceModel.ts';

// Word footnotes (word/footnotes.xml) have no place in a plan's model, and a drafter would not
// accept losing them: they often hold the very citations the plan rests on ("Công văn số 880/STP-BTTP
// …"). Each is kept as a bracketed note at the end of the paragraph that refers to it, before the
// paragraph's final punctuation: "… trên địa bàn tỉnh Lâm Đồng [Chú thích 1: Theo Quyết định …];".
// The note is plain text of the plan, so the exporter prints it and the checks read its citations;
// the reference mark itself (a superscript in Word) is not kept, which the import report says.

/** The note as it is printed: Word numbers footnotes 1, 2, … in the order they are referred to. */
export function footnoteNote(number: number, text: string): string {
  return `[Chú thích ${number}: ${text.replace(/\s+/gu, ' ').trim()}]`;
}

const FINAL_PUNCTUATION = /(\s*(?:\.\/\.|\/\.|[.;:,]))\s*$/u;

/** The paragraph's runs with its notes inserted before its final punctuation (or appended). */
export function withFootnotes(runs: SourceRun[], notes: string[]): SourceRun[] {
  if (notes.length === 0) return runs;
  const note: SourceRun = { text: ` ${notes.join(' ')}` };
  const last = runs[runs.length - 1];
  const tail = last ? FINAL_PUNCTUATION.exec(last.text) : null;
  if (!last || !tail) return [...runs, note];
  const head = last.text.slice(0, tail.index);
  return [
    ...runs.slice(0, -1),
    ...(head ? [{ ...last, text: head }] : []),
    note,
    { ...last, text: last.text.slice(tail.index).trimStart() },
  ];
}

/** The text of each footnote by its w:id, its paragraphs read as the body's are (`read`). */
export function readFootnotes(
  part: XmlElement | null,
  read: (note: XmlElement) => SourceParagraph[],
): Map<string, string> {
  const texts = new Map<string, string>();
  if (!part) return texts;
  for (const note of childElements(part, 'w:footnote')) {
    const id = note.attrs['w:id'];
    // Separators (w:type) are Word's own lines, not notes.
    if (note.attrs['w:type'] || id === undefined) continue;
    const text = read(note)
      .map((p) => p.runs.map((r) => r.text).join(''))
      .join(' ')
      .trim();
    if (text) texts.set(id, text);
  }
  return texts;
}

/** The notes a paragraph refers to (`ids`), each numbered when the body first refers to it. */
export function footnoteNotes(
  ids: string[],
  texts: Map<string, string>,
  numbers: Map<string, number>,
): string[] {
  const notes: string[] = [];
  for (const id of ids) {
    const text = texts.get(id);
    if (text === undefined) continue;
    const number = numbers.get(id) ?? numbers.size + 1;
    numbers.set(id, number);
    notes.push(footnoteNote(number, text));
  }
  return notes;
}

/** What the import report says of each footnote: kept as a note, or (nothing refers to it) not. */
export function footnoteWarnings(
  texts: Map<string, string>,
  numbers: Map<string, number>,
): SourceDocument['warnings'] {
  return [...texts].map(([id, text]) => {
    const n = numbers.get(id);
    return n === undefined
      ? {
          text,
          reason:
            'Chú thích cuối trang không được nhập (không có chỗ tham chiếu) / footnote not imported (nothing refers to it)',
        }
      : {
          text,
          reason: `Chú thích cuối trang ${n} giữ thành ghi chú [Chú thích ${n}: …] cuối đoạn tham chiếu / footnote ${n} kept as a bracketed note at the end of the paragraph that refers to it`,
        };
  });
}

import type { Finding, Severity } from '../../shared/checks/finding.ts';
import { fieldKey, splitNumberSymbol } from '../../shared/model/fields/fieldAddress.ts';
import { fieldLens } from '../../shared/model/fields/fieldLens.ts';
import { textKey, type TextLocation } from '../../shared/model/walk.ts';
import type { Mark } from '../editor/session/editorSession.ts';

/**
 * Where findings show in the editor: the marks of each field, by field key (the `data-field` of its
 * input or rich-text root). `texts` are the texts the findings were computed on (the check's scan),
 * so every mark remembers the text it belongs to and is dropped while that text is being edited.
 */
export function fieldMarks(
  findings: readonly Finding[],
  texts: ReadonlyArray<{ location: TextLocation; text: string }>,
): Map<string, Mark[]> {
  const byLoc = new Map(texts.map((t) => [textKey(t.location), t.text]));
  const out = new Map<string, Mark[]>();
  const push = (key: string, mark: Mark) => {
    const list = out.get(key);
    if (list) list.push(mark);
    else out.set(key, [mark]);
  };
  for (const f of findings) {
    const loc = f.location;
    if (!loc) continue;
    const text = byLoc.get(textKey(loc));
    if (text === undefined) continue;
    const base = { severity: f.severity, message: f.message, messageEn: f.messageEn };
    if (loc.address.kind === 'numberSymbol') {
      // The checks read "number/symbol"; the editor has two inputs around a fixed slash.
      const part = splitNumberSymbol(text, loc.start, loc.end);
      push(fieldKey(part.address), {
        ...base,
        paragraph: 0,
        start: part.start,
        end: part.end,
        text: part.value,
      });
      continue;
    }
    const rich = fieldLens(loc.address).kind === 'rich';
    push(fieldKey(loc.address), {
      ...base,
      paragraph: rich ? loc.paragraph : 0,
      start: loc.start,
      end: loc.end,
      text,
    });
  }
  return out;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The worst severity among marks, or null. */
export function worstSeverity(marks: readonly Mark[]): Severity | null {
  let worst: Severity | null = null;
  for (const m of marks) if (worst === null || RANK[m.severity] < RANK[worst]) worst = m.severity;
  return worst;
}

/** Findings grouped by severity, errors first, with their counts. */
export function groupBySeverity(
  findings: readonly Finding[],
): Array<{ severity: Severity; findings: Finding[] }> {
  const groups: Array<{ severity: Severity; findings: Finding[] }> = [
    { severity: 'error', findings: [] },
    { severity: 'warning', findings: [] },
    { severity: 'info', findings: [] },
  ];
  for (const f of findings) groups[RANK[f.severity]]?.findings.push(f);
  return groups;
}

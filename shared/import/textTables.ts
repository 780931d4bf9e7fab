// The tables of a web copy (issue 10, point 4): the sites print a table one row a line, its cells
// between "|" ("| 1 | Rà soát … | Sở Tư pháp | Các sở, ngành | Quý II/2026 |"). A run of such lines
// under a header row of three cells or more is a table, handed to the recogniser as Word's tables
// are: a task table becomes tasks or an appendix's typed table, any other is read cell by cell.

export type TextBlock = { kind: 'line'; text: string } | { kind: 'table'; rows: string[][] };

/** A table's header has at least this many cells ("TT | Nội dung | Chủ trì | Thời gian"). */
const MIN_HEADER_CELLS = 3;

/** The cells of a line laid out with "|", or null when it has none. Outer pipes are the frame. */
function pipeCells(line: string): string[] | null {
  if (!line.includes('|')) return null;
  const inner = line.trim().replace(/^\|/u, '').replace(/\|$/u, '');
  const cells = inner.split('|').map((c) => c.trim());
  return cells.some((c) => c !== '') ? cells : null;
}

/** The lines, a run of "|" rows under a header of three cells or more gathered into a table. */
export function textTables(lines: string[]): TextBlock[] {
  const out: TextBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const head = pipeCells(line);
    if (head === null || head.length < MIN_HEADER_CELLS) {
      out.push({ kind: 'line', text: line });
      continue;
    }
    const rows = [head];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const text = lines[j] ?? '';
      if (text.trim() === '') continue;
      const cells = pipeCells(text);
      if (cells === null) break;
      rows.push(cells);
    }
    // Blank lines after the last row are not the table's.
    while (j - 1 > i && (lines[j - 1] ?? '').trim() === '') j--;
    if (rows.length < 2) {
      out.push({ kind: 'line', text: line });
      continue;
    }
    out.push({ kind: 'table', rows });
    i = j - 1;
  }
  return out;
}

import { memo, type CSSProperties, type ReactNode } from 'react';
import { lineBoxTwip, singleLineTwip } from '../../shared/format/layout/lineMetrics.ts';
import type { SetLine, SetParagraph } from '../../shared/format/layout/setLines.ts';
import type { PageTable } from '../../shared/format/layout/paginate.ts';
import type { LayoutRun } from '../../shared/format/layout/types.ts';

/**
 * The React builder map over the paginated layout: each printed line is drawn where the paginator set
 * it (same breaks, same heights as the exported file in LibreOffice), so the screen never re-flows text.
 */
export const pt = (twip: number): string => `${twip / 20}pt`;

function runCss(r: LayoutRun): CSSProperties {
  return {
    fontSize: `${r.sizePt}pt`,
    fontWeight: r.bold ? 'bold' : 'normal',
    fontStyle: r.italic ? 'italic' : 'normal',
    textDecoration: r.underline ? 'underline' : undefined,
    ...(r.box
      ? {
          border: `${r.box.widthEighths / 8}pt solid #${r.box.color}`,
          padding: `${r.box.spacePt}pt`,
        }
      : {}),
  };
}

function lineNode(set: SetParagraph, line: SetLine, index: number, pageNumber: number): ReactNode {
  const p = set.paragraph;
  const last = index === set.lines.length - 1;
  const align = p.align ?? 'left';
  const size = Math.max(0, ...line.segments.map((s) => s.run.sizePt));
  const box = lineBoxTwip(line.segments.map((s) => s.run));
  const single = size > 0 ? singleLineTwip(size) : 0;
  return (
    <div
      key={index}
      style={{
        boxSizing: 'border-box',
        height: pt(line.heightTwip),
        lineHeight: single ? pt(single) : undefined,
        paddingTop: box ? pt(box / 2) : undefined,
        paddingLeft: index === 0 && p.indent?.firstLine ? pt(p.indent.firstLine) : undefined,
        whiteSpace: 'nowrap',
        textAlign: align,
        // A justified paragraph stretches every line but its last, as Word does.
        textAlignLast: align === 'justify' ? (last ? 'left' : 'justify') : align,
      }}
    >
      {line.segments.map((s, i) => (
        <span key={i} style={runCss(s.run)}>
          {s.run.field === 'page' ? String(pageNumber) : s.text}
        </span>
      ))}
    </div>
  );
}

/**
 * Lines `from`…`to - 1` of a paragraph; the spacing before/after only where the paragraph starts/ends.
 * Memoised: the layout hands back the same SetParagraph for an unchanged paragraph, so after an edit
 * only the changed paragraphs render again (issue 13: re-rendering 100 pages of lines per edit).
 */
export const ParagraphLines = memo(function ParagraphLines({
  set,
  from = 0,
  to = set.lines.length,
  pageNumber = 1,
}: {
  set: SetParagraph;
  from?: number;
  to?: number;
  pageNumber?: number;
}) {
  const p = set.paragraph;
  const ends = to === set.lines.length;
  const border = p.bottomBorder;
  return (
    <div
      data-role={p.role}
      style={{
        // Padding, not margin: CSS would collapse the two spacings that Word and LibreOffice add.
        paddingTop: from === 0 && set.beforeTwip ? pt(set.beforeTwip) : undefined,
        paddingBottom: ends && set.afterTwip ? pt(set.afterTwip) : undefined,
        marginLeft: p.indent?.left ? pt(p.indent.left) : undefined,
        marginRight: p.indent?.right ? pt(p.indent.right) : undefined,
      }}
    >
      {set.lines.slice(from, to).map((l, i) => {
        const node = lineNode(set, l, from + i, pageNumber);
        if (!border || from + i !== set.lines.length - 1) return node;
        return (
          <div key="rule" style={{ borderBottom: `${border.widthEighths / 8}pt solid #${border.color}` }}>
            {node}
          </div>
        );
      })}
    </div>
  );
});

/** The rows of a table that stand on one page (a continued table opens with its header row again). */
export function TablePiece({ piece }: { piece: PageTable }) {
  const t = piece.table;
  const line = t.borders ? `${t.borders.widthEighths / 8}pt solid #${t.borders.color}` : undefined;
  return (
    <table
      data-role={t.role}
      style={{
        borderCollapse: 'collapse',
        tableLayout: 'fixed',
        width: pt(t.widthTwip),
        marginLeft: t.indentTwip ? pt(t.indentTwip) : undefined,
      }}
    >
      <colgroup>
        {t.columnsTwip.map((w, i) => (
          <col key={i} style={{ width: pt(w) }} />
        ))}
      </colgroup>
      <tbody>
        {piece.rows.map((row, ri) => (
          <tr key={`${ri}-${row.index}`}>
            {row.cells.map((cell, ci) => (
              <td
                key={ci}
                colSpan={t.rows[row.index]?.cells[ci]?.columnSpan}
                style={{
                  border: line,
                  // A cell merged with the one above (Word's vMerge): no line between them.
                  ...(t.rows[row.index]?.cells[ci]?.verticalMerge === 'continue'
                    ? { borderTop: 'hidden' }
                    : {}),
                  padding: `0 ${pt(t.cellMarginTwip)}`,
                  verticalAlign: 'top',
                }}
              >
                {cell.map((set, pi) => (
                  <ParagraphLines key={pi} set={set} />
                ))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import {
  Fragment,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
} from 'react';
import type { Appendix, Item, Plan, Section } from '../../shared/model/plan.ts';
import type { RichText } from '../../shared/model/richText.ts';
import { numberPlan, type NumberLabel } from '../../shared/model/numbering.ts';
import { ND30, textWidthMm, type TextStyle } from '../../shared/format/nd30.ts';
import { appendixColumnWidthsMm } from '../../shared/format/appendixColumns.ts';
import {
  archiveLine,
  cased,
  headerLayout,
  legalBasisLines,
  numberSymbolLine,
  placeDateLine,
  recipientLine,
  summaryRuleMm,
  taskFieldLines,
} from '../../shared/format/nd30Text.ts';

/**
 * Live A4 preview of a plan, drawn in HTML/CSS from the same NĐ 30 specification as the Word export
 * (page, margins, fonts, header and footer tables, drawn lines, page numbers from page 2). Purely
 * presentational: it renders what it is given. Blocks are measured after layout and dealt onto A4
 * pages; a block is never split, so a page may end a little earlier than Word's would.
 *
 * Like the Word file, the preview has one section for the plan and one per appendix: each appendix
 * starts on its own page, landscape when set, and its pages are numbered from 1 again (no number on
 * its first page). An appendix table is dealt row by row, its header row repeated at the top of each
 * page it continues on (Word's "repeat header row").
 */
export interface A4PreviewProps {
  plan: Plan;
  draft: boolean;
}

const P = ND30.page;
const MM_TO_PX = 96 / 25.4;
/** Height of the text area of a page, in CSS px. */
function contentHeightPx(landscape: boolean): number {
  return ((landscape ? P.widthMm : P.heightMm) - P.marginsMm.top - P.marginsMm.bottom) * MM_TO_PX;
}

function textCss(s: TextStyle): CSSProperties {
  return {
    fontSize: `${s.sizePt}pt`,
    fontWeight: s.bold ? 'bold' : 'normal',
    fontStyle: s.italic ? 'italic' : 'normal',
    textAlign: s.align,
    margin: 0,
  };
}
const bodyCss: CSSProperties = {
  ...textCss(ND30.body),
  textIndent: `${ND30.body.firstLineCm}cm`,
  marginTop: `${ND30.body.beforePt}pt`,
  marginBottom: `${ND30.body.afterPt}pt`,
  lineHeight: ND30.body.lineSpacing,
};
function rule(lengthMm: number): ReactNode {
  return (
    <div
      aria-hidden
      style={{
        width: `${lengthMm}mm`,
        margin: `0 auto`,
        height: `${ND30.rule.heightPt}pt`,
        borderBottom: `${ND30.rule.widthPt}pt solid #${ND30.font.color}`,
      }}
    />
  );
}
function line(text: string, s: TextStyle, extra: CSSProperties = {}): ReactNode {
  return <p style={{ ...textCss(s), lineHeight: 1.15, ...extra }}>{cased(text, s)}</p>;
}
function richParagraphs(rt: RichText, key: string, lead?: string): ReactNode[] {
  let n = 0;
  return rt.map((p, i) => {
    n = p.list === 'number' ? n + 1 : 0;
    const prefix = p.list === 'bullet' ? '- ' : p.list === 'number' ? `${n}) ` : '';
    return (
      <p key={`${key}-${i}`} style={bodyCss}>
        {i === 0 && lead}
        {prefix}
        {p.runs.map((r, j) => (
          <span
            key={j}
            style={{
              fontWeight: r.bold ? 'bold' : undefined,
              fontStyle: r.italic ? 'italic' : undefined,
              textDecoration: r.underline ? 'underline' : undefined,
            }}
          >
            {r.text}
          </span>
        ))}
      </p>
    );
  });
}
function heading(key: string, text: string, s: TextStyle): ReactNode {
  return (
    <p
      key={key}
      style={{ ...bodyCss, ...textCss(s), textIndent: `${ND30.body.firstLineCm}cm`, textAlign: 'justify' }}
    >
      {cased(text, s)}
    </p>
  );
}
function itemBlocks(item: Item, numbers: ReadonlyMap<string, NumberLabel>): ReactNode[] {
  const label = numbers.get(item.id);
  const prefix = label?.prefix ?? '';
  const h = ND30.headings;
  const s = (label?.depth ?? 1) <= 1 ? h.level1 : label?.depth === 2 ? h.level2 : h.level3;
  const out: ReactNode[] = [];
  if (item.title.trim()) {
    out.push(heading(`${item.id}-t`, `${prefix}${item.title.trim()}`, s));
    out.push(...richParagraphs(item.body, item.id));
  } else if (item.body.length > 0) out.push(...richParagraphs(item.body, item.id, prefix));
  else out.push(heading(`${item.id}-t`, prefix, s));
  for (const f of taskFieldLines(item.fields)) {
    out.push(
      <p key={`${item.id}-${f.key}`} style={bodyCss}>
        {f.label}
        {f.value}
      </p>,
    );
  }
  for (const c of item.children) out.push(...itemBlocks(c, numbers));
  return out;
}
function sectionBlocks(section: Section, numbers: ReadonlyMap<string, NumberLabel>): ReactNode[] {
  const out: ReactNode[] = [
    heading(
      section.id,
      `${numbers.get(section.id)?.prefix ?? ''}${section.title.trim()}`,
      ND30.headings.section,
    ),
  ];
  for (const node of section.content) {
    out.push(...(node.type === 'item' ? itemBlocks(node, numbers) : richParagraphs(node.body, node.id)));
  }
  return out;
}

function headerTable(plan: Plan): ReactNode {
  const h = plan.header;
  const hs = ND30.header;
  const layout = headerLayout(h);
  const cell = (widthMm: number): CSSProperties => ({
    width: `${widthMm}mm`,
    padding: `0 ${hs.table.cellMarginMm}mm`,
    verticalAlign: 'top',
  });
  const rowGap = { paddingTop: `${hs.numberRowBeforePt}pt` };
  return (
    <table
      style={{
        borderCollapse: 'collapse',
        tableLayout: 'fixed',
        width: `${layout.tableMm}mm`,
        marginLeft: `-${layout.outdentMm}mm`,
      }}
    >
      <tbody>
        <tr>
          <td style={cell(layout.leftMm)}>
            {h.parentBody.trim() && line(h.parentBody.trim(), hs.parentBody)}
            {line(h.issuingBody.trim(), hs.issuingBody)}
            {rule(layout.issuingRuleMm)}
          </td>
          <td style={cell(layout.rightMm)}>
            {line(hs.quocHieu.text, hs.quocHieu, { whiteSpace: 'nowrap' })}
            {line(hs.tieuNgu.text, hs.tieuNgu)}
            {rule(layout.tieuNguRuleMm)}
          </td>
        </tr>
        <tr>
          <td style={{ ...cell(layout.leftMm), ...rowGap }}>
            {line(numberSymbolLine(h), hs.numberSymbol, { whiteSpace: 'pre' })}
          </td>
          <td style={{ ...cell(layout.rightMm), ...rowGap }}>
            {line(placeDateLine(h), hs.placeDate, { whiteSpace: 'pre' })}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

function footerTable(plan: Plan): ReactNode {
  const f = ND30.footer;
  const total = textWidthMm();
  const left = total * f.recipientsColumnFraction;
  const sigLines = plan.signature.lines.filter((l) => l.trim() !== '');
  return (
    <table
      style={{
        borderCollapse: 'collapse',
        tableLayout: 'fixed',
        width: `${total}mm`,
        marginTop: `${f.beforePt}pt`,
      }}
    >
      <tbody>
        <tr>
          <td style={{ width: `${left}mm`, verticalAlign: 'top', padding: 0 }}>
            {line(f.recipientsLabel.text, f.recipientsLabel)}
            {plan.recipients.entries
              .filter((e) => e.trim() !== '')
              .map((e, i) => (
                <Fragment key={i}>{line(recipientLine(e), f.recipientsList)}</Fragment>
              ))}
            {line(archiveLine(plan.recipients.archive), f.recipientsList)}
          </td>
          <td style={{ width: `${total - left}mm`, verticalAlign: 'top', padding: 0 }}>
            {sigLines.map((l, i) => (
              <Fragment key={i}>{line(l.trim(), f.signatureLines)}</Fragment>
            ))}
            {line(plan.signature.name.trim(), f.signatureName, { marginTop: `${f.signatureSpacePt}pt` })}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/** Every block of the plan's main text, in order, each a unit that stays on one page. */
function planBlocks(plan: Plan): ReactNode[] {
  const numbers = numberPlan(plan);
  const t = ND30.title;
  const blocks: ReactNode[] = [
    headerTable(plan),
    <div key="title" style={{ marginTop: `${t.typeNameBeforePt}pt`, marginBottom: `${t.afterPt}pt` }}>
      {line(plan.typeName.trim(), t.typeName)}
      {plan.summary.trim() && line(plan.summary.trim(), t.summary)}
      {rule(summaryRuleMm(plan.summary.trim() || plan.typeName))}
    </div>,
    ...legalBasisLines(plan.legalBases).map((b, i) => (
      <p key={`lb-${i}`} style={{ ...bodyCss, fontStyle: 'italic' }}>
        {b}
      </p>
    )),
    ...richParagraphs(plan.preamble, 'preamble'),
    ...plan.sections.flatMap((s) => sectionBlocks(s, numbers)),
    footerTable(plan),
  ];
  return blocks;
}

/**
 * One row of an appendix table as its own fixed-layout table, so rows can be dealt onto pages one by
 * one; all rows share the column widths. Only the header row draws a top border: a page always
 * starts with the header row, and each row draws the line under itself.
 */
function tableRow(key: string, cells: string[], widths: number[], header: boolean): ReactNode {
  const spec = ND30.appendix;
  const border = `${spec.tableBorderPt}pt solid #${ND30.font.color}`;
  const s = header ? spec.tableHeader : spec.tableText;
  return (
    <table
      key={key}
      style={{
        borderCollapse: 'collapse',
        tableLayout: 'fixed',
        width: `${widths.reduce((a, b) => a + b, 0)}mm`,
      }}
    >
      <colgroup>
        {widths.map((w, i) => (
          <col key={i} style={{ width: `${w}mm` }} />
        ))}
      </colgroup>
      <tbody>
        <tr>
          {widths.map((_, i) => (
            <td
              key={i}
              style={{
                borderLeft: border,
                borderRight: border,
                borderBottom: border,
                borderTop: header ? border : undefined,
                padding: `0 ${spec.cellMarginMm}mm`,
                verticalAlign: header ? 'middle' : 'top',
                overflowWrap: 'anywhere',
              }}
            >
              {(cells[i] ?? '').split(/\r?\n/u).map((l, j) => (
                <p key={j} style={{ ...textCss(s), lineHeight: 1.15 }}>
                  {cased(l, s) || '\u00a0'}
                </p>
              ))}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

/** A section of the preview: the plan, or one appendix. */
interface PreviewSection {
  key: string;
  landscape: boolean;
  blocks: ReactNode[];
  /** The appendix table's header row: at `index` in `blocks`, repeated on pages that start with a row after it. */
  tableHeader: { index: number; node: ReactNode } | null;
}

function appendixSection(a: Appendix): PreviewSection {
  const spec = ND30.appendix;
  const blocks: ReactNode[] = [line(a.title.trim(), spec.title)];
  if (a.subtitle.trim()) {
    blocks.push(line(a.subtitle.trim(), spec.subtitle, { marginBottom: `${spec.subtitleAfterPt}pt` }));
  }
  blocks.push(...richParagraphs(a.body, a.id));
  let tableHeader: PreviewSection['tableHeader'] = null;
  const t = a.table;
  if (t && t.header.length > 0) {
    const widths = appendixColumnWidthsMm(t, textWidthMm(a.landscape));
    const node = tableRow('head', t.header, widths, true);
    tableHeader = { index: blocks.length, node };
    blocks.push(node);
    t.rows.forEach((r, i) => blocks.push(tableRow(`r${i}`, r, widths, false)));
  }
  return { key: a.id, landscape: a.landscape, blocks, tableHeader };
}

function planSections(plan: Plan): PreviewSection[] {
  return [
    { key: 'plan', landscape: false, blocks: planBlocks(plan), tableHeader: null },
    ...plan.appendices.map(appendixSection),
  ];
}

function outerHeight(el: Element): number {
  const style = getComputedStyle(el);
  return (el as HTMLElement).offsetHeight + parseFloat(style.marginTop) + parseFloat(style.marginBottom);
}

/** First block index of each page after the first, for one measured section. */
function pageBreaks(host: HTMLElement, section: PreviewSection): number[] {
  const next: number[] = [];
  const limit = contentHeightPx(section.landscape);
  const children = Array.from(host.children);
  const th = section.tableHeader;
  const headerHeight = th ? outerHeight(children[th.index] as Element) : 0;
  let used = 0;
  children.forEach((el, i) => {
    const h = outerHeight(el);
    if (used > 0 && used + h > limit) {
      next.push(i);
      // A page that continues the table opens with its header row again.
      used = th && i > th.index ? headerHeight : 0;
    }
    used += h;
  });
  return next;
}

const sameBreaks = (a: number[][], b: number[][]): boolean =>
  a.length === b.length && a.every((x, i) => x.length === b[i]?.length && x.every((y, j) => y === b[i]?.[j]));

function draftMark(): ReactNode {
  const d = ND30.draft;
  return (
    <div
      style={{
        ...textCss(d.style),
        position: 'absolute',
        right: `${P.marginsMm.right}mm`,
        top: `${P.headerDistanceMm}mm`,
      }}
    >
      <span style={{ border: `${d.borderPt}pt solid #${ND30.font.color}`, padding: '0 2pt' }}>{d.mark}</span>
    </div>
  );
}

const pageCss: CSSProperties = {
  position: 'relative',
  boxSizing: 'border-box',
  width: `${P.widthMm}mm`,
  minHeight: `${P.heightMm}mm`,
  padding: `${P.marginsMm.top}mm ${P.marginsMm.right}mm ${P.marginsMm.bottom}mm ${P.marginsMm.left}mm`,
  margin: '0 auto 8mm',
  background: '#fff',
  color: `#${ND30.font.color}`,
  fontFamily: `"${ND30.font.family}", "Liberation Serif", Tinos, serif`,
  boxShadow: '0 1px 4px rgba(0,0,0,.25)',
};

/**
 * A landscape page, drawn at its real size (it is measured that way) and shown scaled to the width of
 * a portrait page, so the narrow side panel shows whole pages without scrolling sideways.
 */
const landscapeCss: CSSProperties = {
  ...pageCss,
  width: `${P.heightMm}mm`,
  minHeight: `${P.widthMm}mm`,
  zoom: P.widthMm / P.heightMm,
};

export function A4Preview({ plan, draft }: A4PreviewProps) {
  const sections = useMemo(() => planSections(plan), [plan]);
  const measureRef = useRef<HTMLDivElement>(null);
  // Per section, the first index of each page after the first; measured after layout, so the first
  // paint shows each section as one long page.
  const [breaks, setBreaks] = useState<number[][]>([]);

  useLayoutEffect(() => {
    const host = measureRef.current;
    if (!host) return;
    const next = sections.map((s, i) => {
      const el = host.children[i];
      return el instanceof HTMLElement ? pageBreaks(el, s) : [];
    });
    setBreaks((prev) => (sameBreaks(prev, next) ? prev : next));
  }, [sections]);

  return (
    <div className="a4-preview" data-testid="a4-preview" lang="vi" style={{ padding: '8mm 0' }}>
      <div aria-hidden style={{ position: 'absolute', visibility: 'hidden', fontFamily: pageCss.fontFamily }}>
        <div ref={measureRef}>
          {sections.map((s) => (
            <div key={s.key} style={{ width: `${textWidthMm(s.landscape)}mm` }}>
              {s.blocks.map((b, i) => (
                <div key={i}>{b}</div>
              ))}
            </div>
          ))}
        </div>
      </div>
      {sections.map((section, si) => {
        const pages: Array<{ start: number; blocks: ReactNode[] }> = [];
        let start = 0;
        for (const b of [...(breaks[si] ?? []), section.blocks.length]) {
          pages.push({ start, blocks: section.blocks.slice(start, b) });
          start = b;
        }
        const th = section.tableHeader;
        return pages.map(({ start: first, blocks }, pi) => (
          <div
            key={`${section.key}-${pi}`}
            style={section.landscape ? landscapeCss : pageCss}
            data-page={pi + 1}
            data-section={si}
            data-orientation={section.landscape ? 'landscape' : 'portrait'}
          >
            {pi > 0 && (
              <div
                style={{
                  ...textCss(ND30.pageNumber),
                  position: 'absolute',
                  left: 0,
                  right: 0,
                  top: `${P.headerDistanceMm}mm`,
                }}
              >
                {pi + 1}
              </div>
            )}
            {draft && draftMark()}
            {th && pi > 0 && first > th.index ? <div key="th">{th.node}</div> : null}
            {blocks.map((b, i) => (
              <div key={first + i}>{b}</div>
            ))}
          </div>
        ));
      })}
    </div>
  );
}

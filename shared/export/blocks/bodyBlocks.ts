import { Paragraph, type TextRun } from 'docx';
import type { Item, Section, TextBlock } from '../../model/plan.ts';
import type { Paragraph as RichParagraph, RichText, Run } from '../../model/richText.ts';
import type { TextStyle } from '../../format/nd30.ts';
import { cased, legalBasisLines, taskFieldLines } from '../../format/nd30Text.ts';
import type { ExportContext } from '../context.ts';
import { bodyParagraphOptions, richRuns, styledRun } from '../docxStyle.ts';

/** Prefix of a list paragraph in typed rich text: a dash, as Vietnamese plans write bullets. */
function listPrefix(p: RichParagraph, index: number): string {
  if (p.list === 'bullet') return '- ';
  if (p.list === 'number') return `${index}) `;
  return '';
}

/** Body paragraphs from rich text; `lead` runs (an item's number) open the first paragraph. */
export function richParagraphs(rt: RichText, ctx: ExportContext, lead: TextRun[] = []): Paragraph[] {
  const s = ctx.spec.body;
  let listIndex = 0;
  return rt.map((p, i) => {
    listIndex = p.list === 'number' ? listIndex + 1 : 0;
    const prefix = listPrefix(p, listIndex);
    const runs: Run[] = prefix ? [{ text: prefix }, ...p.runs] : p.runs;
    return new Paragraph({
      ...bodyParagraphOptions(s),
      children: [...(i === 0 ? lead : []), ...richRuns(runs, s)],
    });
  });
}

export function legalBasesBlock(ctx: ExportContext): Paragraph[] {
  const s = ctx.spec.legalBasis;
  return legalBasisLines(ctx.plan.legalBases).map(
    (line) => new Paragraph({ ...bodyParagraphOptions(s), children: [styledRun(line, s)] }),
  );
}

export function preambleBlock(ctx: ExportContext): Paragraph[] {
  return richParagraphs(ctx.plan.preamble, ctx);
}

function headingParagraph(prefix: string, title: string, s: TextStyle): Paragraph {
  return new Paragraph({
    ...bodyParagraphOptions(s),
    keepNext: true,
    children: [styledRun(`${prefix}${cased(title, s)}`, s)],
  });
}

function headingStyle(depth: number, ctx: ExportContext): TextStyle {
  const h = ctx.spec.headings;
  if (depth <= 1) return h.level1;
  if (depth === 2) return h.level2;
  return h.level3;
}

/**
 * A numbered item. With a title, "1. Mục đích" heads its own line; with an empty title the number
 * runs into the first body paragraph ("1. Sở Tư pháp … chỉ đạo …"). Task fields follow the body as
 * the seed prints them ("- Cơ quan chủ trì: Sở Tư pháp."), then the children.
 */
export function itemBlock(item: Item, ctx: ExportContext): Paragraph[] {
  const label = ctx.numbers.get(item.id);
  const prefix = label?.prefix ?? '';
  const s = headingStyle(label?.depth ?? 1, ctx);
  const out: Paragraph[] = [];
  const title = item.title.trim();
  if (title) {
    out.push(headingParagraph(prefix, title, s));
    out.push(...richParagraphs(item.body, ctx));
  } else if (item.body.length > 0) {
    out.push(...richParagraphs(item.body, ctx, [styledRun(prefix, ctx.spec.body)]));
  } else {
    out.push(headingParagraph(prefix, '', s));
  }
  const body = ctx.spec.body;
  for (const f of taskFieldLines(item.fields)) {
    out.push(
      new Paragraph({
        ...bodyParagraphOptions(body),
        children: [styledRun(f.label, body), styledRun(f.value, body)],
      }),
    );
  }
  for (const child of item.children) out.push(...itemBlock(child, ctx));
  return out;
}

export function textBlock(block: TextBlock, ctx: ExportContext): Paragraph[] {
  return richParagraphs(block.body, ctx);
}

export function sectionBlock(section: Section, ctx: ExportContext): Paragraph[] {
  const label = ctx.numbers.get(section.id);
  const out: Paragraph[] = [
    headingParagraph(label?.prefix ?? '', section.title.trim(), ctx.spec.headings.section),
  ];
  for (const node of section.content) {
    out.push(...(node.type === 'item' ? itemBlock(node, ctx) : textBlock(node, ctx)));
  }
  return out;
}

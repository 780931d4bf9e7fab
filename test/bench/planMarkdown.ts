import type { Item, Plan, SectionNode } from '../../shared/model/plan.ts';
import type { RichText } from '../../shared/model/richText.ts';

/**
 * The same content as a plan, as the Markdown (and HTML) a clerk would hand to pandoc or LibreOffice
 * instead: headings, paragraphs, the task fields as lines. For the side-by-side whole-process export
 * of `npm run bench` (issue 13), not a product format.
 */
const paragraphs = (body: RichText): string[] => body.map((p) => p.runs.map((r) => r.text).join(''));

interface Line {
  kind: 'h' | 'p';
  level: number;
  text: string;
}

function nodeLines(node: SectionNode, level: number, out: Line[]): void {
  if (node.type === 'text') {
    for (const p of paragraphs(node.body)) out.push({ kind: 'p', level, text: p });
    return;
  }
  const item: Item = node;
  if (item.title) out.push({ kind: 'h', level, text: item.title });
  for (const p of paragraphs(item.body)) out.push({ kind: 'p', level, text: p });
  const f = item.fields;
  if (f) {
    const fields: Array<[string, string | null]> = [
      ['Cơ quan chủ trì', f.lead],
      ['Cơ quan phối hợp', f.coordinating],
      ['Thời gian thực hiện', f.timeline],
      ['Sản phẩm', f.deliverable],
    ];
    for (const [label, v] of fields) if (v) out.push({ kind: 'p', level, text: `${label}: ${v}` });
  }
  for (const c of item.children) nodeLines(c, Math.min(level + 1, 6), out);
}

function planLines(plan: Plan): Line[] {
  const out: Line[] = [
    { kind: 'p', level: 0, text: plan.header.issuingBody },
    { kind: 'h', level: 1, text: plan.typeName },
    { kind: 'p', level: 0, text: plan.summary },
  ];
  for (const p of paragraphs(plan.preamble)) out.push({ kind: 'p', level: 0, text: p });
  plan.sections.forEach((s, i) => {
    out.push({ kind: 'h', level: 2, text: `${i + 1}. ${s.title}` });
    for (const n of s.content) nodeLines(n, 3, out);
  });
  out.push({ kind: 'p', level: 0, text: `Nơi nhận: ${plan.recipients.entries.join(' ')}` });
  out.push({ kind: 'p', level: 0, text: [...plan.signature.lines, plan.signature.name].join(' ') });
  return out;
}

const mdEscape = (t: string) => t.replace(/([\\`*_[\]#<>|])/gu, '\\$1');
const htmlEscape = (t: string) => t.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

export function planMarkdown(plan: Plan): string {
  return planLines(plan)
    .map((l) => (l.kind === 'h' ? `${'#'.repeat(l.level)} ${mdEscape(l.text)}` : mdEscape(l.text)))
    .join('\n\n')
    .concat('\n');
}

export function planHtml(plan: Plan): string {
  const body = planLines(plan)
    .map((l) =>
      l.kind === 'h' ? `<h${l.level}>${htmlEscape(l.text)}</h${l.level}>` : `<p>${htmlEscape(l.text)}</p>`,
    )
    .join('\n');
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch</title></head><body>\n${body}\n</body></html>\n`;
}

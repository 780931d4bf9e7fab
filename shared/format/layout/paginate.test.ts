import { describe, expect, it } from 'vitest';
import { longPlan, seedPlan } from '../../../test/render/longPlan.ts';
import { layoutPlan } from './layoutPlan.ts';
import { lineHeightTwip, singleLineTwip } from './lineMetrics.ts';
import { paginate, type Page, type PageItem } from './paginate.ts';
import { bodyParagraph, styledRun } from './styles.ts';
import { ND30 } from '../nd30.ts';
import type { PlanLayout } from './types.ts';

const text = (it: PageItem | undefined): string => {
  if (!it) return '';
  if (it.type === 'table')
    return it.rows[0]?.cells[0]?.[0]?.lines[0]?.segments.map((s) => s.text).join('') ?? '';
  return it.set.lines[it.from]?.segments.map((s) => s.text).join('') ?? '';
};
const firstLines = (pages: Page[]): string[] => pages.map((p) => text(p.items[0]).slice(0, 40));

/** A one-section layout of body paragraphs of `words` words each. */
function bodyLayout(paragraphs: Array<{ words: number; keepNext?: boolean }>): PlanLayout {
  const base = layoutPlan(seedPlan(), { draft: false });
  const blocks = paragraphs.map((p, i) =>
    bodyParagraph(
      'body',
      [styledRun(`${i}: ${'pháp luật '.repeat(p.words).trim()}`, ND30.body)],
      ND30.body,
      p.keepNext,
    ),
  );
  const plan = base.sections[0];
  if (!plan) throw new Error('no section');
  return { ...base, sections: [{ ...plan, blocks }] };
}

describe('line metrics', () => {
  it('sets Times New Roman lines as LibreOffice does: 1.15 em single, times the auto spacing', () => {
    expect(singleLineTwip(14)).toBe(322); // 16.1 pt
    expect(singleLineTwip(13)).toBe(299);
    expect(singleLineTwip(11)).toBe(253);
    expect(lineHeightTwip({ spacing: { line: 276, lineRule: 'auto' } }, 14)).toBe(370); // 18.5 pt
    expect(lineHeightTwip({ spacing: { line: 80, lineRule: 'exact' } }, 14)).toBe(80);
  });
});

describe('paginate', () => {
  it('pages the seed as LibreOffice prints it: 5 pages, each opening with the same line', () => {
    for (const draft of [false, true]) {
      const [main] = paginate(layoutPlan(seedPlan(), { draft }));
      expect(firstLines(main?.pages ?? [])).toEqual([
        'UBND TỈNH LẠNG SƠN',
        'Gắn thực hiện Đề án với việc thực hiện L',
        '3. Tổ chức PBGDPL bằng các hình thức cụ ',
        '- Kết quả sản phẩm: xây dựng 05 clip phó',
        'về Ban Chỉ đạo Đề án tỉnh (thông qua Sở ',
      ]);
    }
  });

  it('pushes the text down when the draft mark makes the header taller than the top margin', () => {
    const [main] = paginate(layoutPlan(seedPlan(), { draft: true }));
    const m = main?.page.margins;
    expect(main?.pages[0]?.bodyTopTwip).toBe(m?.top);
    // Page number 299 + boxed mark 299 + 80, from the header distance.
    expect(main?.pages[1]?.bodyTopTwip).toBe((m?.header ?? 0) + 299 + 299 + 80);
  });

  it('never leaves one line of a paragraph alone at the foot or the head of a page', () => {
    // Each paragraph: 10 words ≈ 2 lines; fill until a split must happen.
    const layout = bodyLayout(Array.from({ length: 40 }, () => ({ words: 25 })));
    const [s] = paginate(layout);
    for (const page of s?.pages ?? []) {
      for (const it of page.items) {
        if (it.type !== 'paragraph') continue;
        const n = it.set.lines.length;
        if (it.to - it.from < n) expect(it.to - it.from).toBeGreaterThanOrEqual(2);
      }
    }
    expect(s?.pages.length).toBeGreaterThan(1);
  });

  it('keeps a heading with the paragraph after it', () => {
    const counts = Array.from({ length: 60 }, (_, i) => ({ words: 3, keepNext: i % 2 === 0 }));
    const [s] = paginate(bodyLayout(counts));
    for (const page of s?.pages ?? []) {
      const last = page.items.at(-1);
      expect(last?.type === 'paragraph' && last.set.paragraph.keepNext === true).toBe(false);
    }
  });

  it('repeats the appendix header row on each page the table continues on', () => {
    const sections = paginate(layoutPlan(longPlan(120), { draft: false }));
    const appendix = sections[1];
    expect(appendix?.page.landscape).toBe(true);
    expect(appendix?.pages.length).toBeGreaterThan(2);
    for (const page of appendix?.pages.slice(1) ?? []) {
      const t = page.items[0];
      expect(t?.type).toBe('table');
      if (t?.type === 'table') expect(t.rows[0]?.index).toBe(0);
    }
    const rows = appendix?.pages.flatMap((p) =>
      p.items.flatMap((it) => (it.type === 'table' ? it.rows.filter((r) => r.index > 0) : [])),
    );
    expect(rows?.length).toBe(120);
  });
});

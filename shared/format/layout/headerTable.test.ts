import { describe, expect, it } from 'vitest';
import { laoCaiPlan, seedPlan } from '../../../test/render/longPlan.ts';
import { ND30 } from '../nd30.ts';
import { styledWidthMm } from '../nd30Text.ts';
import { mmToTwip, twipToMm } from '../units.ts';
import { footerTable } from './footerTable.ts';
import { headerTable } from './headerTable.ts';
import { setParagraph } from './setLines.ts';
import type { LayoutParagraph, LayoutTable } from './types.ts';

const leftCell = (t: LayoutTable) => t.rows[0]?.cells[0];
const printedLines = (p: LayoutParagraph, widthTwip: number): string[] =>
  setParagraph(p, widthTwip, 13).lines.map((l) =>
    l.segments
      .map((s) => s.text)
      .join('')
      .trim(),
  );

describe('header and signature for long names (issue 10, point 3)', () => {
  it('prints the Lào Cai bodies on two lines each, broken between word groups', () => {
    const t = headerTable(laoCaiPlan().header);
    const cell = leftCell(t);
    if (!cell) throw new Error('no left cell');
    const inner = cell.widthTwip - 2 * (t.cellMarginTwip ?? 0);
    const [parent, issuing, rule] = cell.paragraphs;
    if (!parent || !issuing || !rule) throw new Error('missing paragraphs');
    expect(printedLines(parent, inner)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI']);
    expect(printedLines(issuing, inner)).toEqual(['SỞ CÔNG THƯƠNG', 'TỈNH LÀO CAI']);
    expect(issuing.runs.map((r) => r.breakBefore === true)).toEqual([false, true]);
    // The rule under the issuing body: centred, 1/3–1/2 of its longest line.
    const ruleMm = twipToMm(inner - (rule.indent?.left ?? 0) - (rule.indent?.right ?? 0));
    const longest = styledWidthMm('SỞ CÔNG THƯƠNG', ND30.header.issuingBody);
    expect(ruleMm / longest).toBeGreaterThanOrEqual(1 / 3 - 0.01);
    expect(ruleMm / longest).toBeLessThanOrEqual(1 / 2 + 0.01);
    expect(rule.indent?.left).toBe(rule.indent?.right);
    expect(rule.align).toBe('center');
  });

  it('keeps the seed header one line per body, as before', () => {
    const t = headerTable(seedPlan().header);
    const cell = leftCell(t);
    expect(cell?.paragraphs.slice(0, 2).map((p) => p.runs.map((r) => r.text))).toEqual([
      ['UBND TỈNH LẠNG SƠN'],
      ['BAN CHỈ ĐẠO ĐỀ ÁN'],
    ]);
    expect(cell?.paragraphs.every((p) => p.runs.every((r) => r.breakBefore === undefined))).toBe(true);
  });

  it('widens the signature column for a long title, then breaks it by group', () => {
    const seed = footerTable(seedPlan(), true);
    expect(seed.columnsTwip[1]).toBe(mmToTwip(165 - 165 * ND30.footer.recipientsColumnFraction));
    const t = footerTable(laoCaiPlan(), true);
    const sig = t.rows[0]?.cells[1];
    if (!sig) throw new Error('no signature cell');
    expect(sig.widthTwip).toBeGreaterThan(seed.columnsTwip[1] ?? 0);
    expect(sig.widthTwip).toBeLessThanOrEqual(mmToTwip(165 * ND30.footer.signatureColumnMaxFraction) + 1);
    const lines = sig.paragraphs.flatMap((p) => printedLines(p, sig.widthTwip));
    expect(lines.slice(0, 3)).toEqual(['TM. ỦY BAN NHÂN DÂN TỈNH LÀO CAI', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);

    const plan = laoCaiPlan();
    plan.signature.lines = ['TM. BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH TỈNH LÀO CAI', 'TRƯỞNG BAN'];
    const long = footerTable(plan, true).rows[0]?.cells[1];
    if (!long) throw new Error('no signature cell');
    expect(long.widthTwip).toBe(mmToTwip(165 * ND30.footer.signatureColumnMaxFraction));
    expect(long.paragraphs.flatMap((p) => printedLines(p, long.widthTwip)).slice(0, 3)).toEqual([
      'TM. BAN CHỈ ĐẠO CẢI CÁCH',
      'HÀNH CHÍNH TỈNH LÀO CAI',
      'TRƯỞNG BAN',
    ]);
  });
});

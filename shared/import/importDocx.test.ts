import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePlan } from '../model/parsePlan.ts';
import type { Plan } from '../model/plan.ts';
import { planTexts } from '../model/walk.ts';
import type { ImportReport } from './importReport.ts';
import { importDocx } from './importDocx.ts';
import { buildSeedDocx } from './seedDocx.testkit.ts';
import { missingLines, sourceLines } from './testSupport.ts';

const seedText = readFileSync(
  new URL('../../test/fixtures/seed-plan-langson-2021.txt', import.meta.url),
  'utf8',
);
const template = parsePlan(
  JSON.parse(
    readFileSync(new URL('../../templates/plans/langson-2021.json', import.meta.url), 'utf8'),
  ) as unknown,
);

describe('importDocx — the seed typed in Word (automatic numbering, tables, breaks)', () => {
  let bytes: Uint8Array;
  let plan: Plan;
  let report: ImportReport;
  beforeAll(async () => {
    bytes = await buildSeedDocx(seedText);
    ({ plan, report } = importDocx(bytes));
  });

  it('really uses Word features: numbers not in the text, tables, soft and page breaks, sections', () => {
    const xml = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('<w:numPr>');
    expect(xml).not.toContain('>1.1. ');
    expect(xml).not.toContain('>I. MỤC');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('<w:br/>');
    expect(xml).toContain('w:type="page"');
    expect(xml.match(/<w:sectPr/g)?.length).toBe(2);
  });

  it('places every non-empty paragraph and finds 8 tasks and 12 recipients', () => {
    expect(report.unplaced).toEqual([]);
    expect(report.placedParagraphs).toBe(report.sourceParagraphs);
    expect(report.tasks).toBe(8);
    expect(report.recipients).toBe(12);
  });

  it('loses no sentence of the seed', () => {
    expect(missingLines(sourceLines(seedText), plan)).toEqual([]);
  });

  it('reads the header table, the summary over a soft break and the signature table', () => {
    expect(plan.header).toEqual({
      parentBody: 'UBND TỈNH LẠNG SƠN',
      issuingBody: 'BAN CHỈ ĐẠO ĐỀ ÁN',
      number: '',
      symbol: 'KH-BCĐ',
      place: 'Lạng Sơn',
      issueDate: { day: null, month: 1, year: 2021 },
    });
    expect(plan.summary).toMatch(/năm 2021 trên địa bàn tỉnh Lạng Sơn$/u);
    expect(plan.signature).toEqual({
      lines: ['TRƯỞNG BAN', 'PHÓ CHỦ TỊCH UBND TỈNH'],
      name: 'Dương Xuân Huyền',
    });
    expect(plan.recipients.archive).toBe('VT, THNC (HTMĐ)');
  });

  it('gives exactly the plan of the hand-encoded template', () => {
    if (!template.ok) throw new Error(template.message);
    const pairs = (p: Plan): string[][] => planTexts(p).map((t) => [t.location.label, t.text]);
    expect(pairs(plan)).toEqual(pairs(template.plan));
  });

  it('gives each section its role from its title', () => {
    expect(plan.sections.map((s) => s.role)).toEqual(['purpose', 'content', 'funding', 'implementation']);
  });
});

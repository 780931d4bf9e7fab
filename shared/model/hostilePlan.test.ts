import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportPlanDocx } from '../export/exportPlanDocx.ts';
import { parseXml } from '../ooxml/parseXml.ts';
import { entryText, readPackage } from '../ooxml/readPackage.ts';
import { MAX_PLAN_DEPTH, parsePlan } from './parsePlan.ts';
import { stripXmlInvalid } from './xmlSafeText.ts';

const seedJson = JSON.parse(
  readFileSync(new URL('../../templates/plans/langson-2021.json', import.meta.url), 'utf8'),
) as { summary: string; sections: Array<{ title: string }> };

describe('plan parse against hostile input (issue 12)', () => {
  it('removes the characters XML cannot carry, counts them, and the export opens', async () => {
    const hostile = structuredClone(seedJson);
    hostile.summary = `Kế hoạch\uFFFF phổ biến\u0000 giáo dục\u001B[31m pháp luật\uFFFE`;
    hostile.sections[0]!.title = 'MỤC ĐÍCH\u0007, YÊU CẦU\tvà\nnội dung';
    const r = parsePlan(hostile);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.removedCharacters).toBe(5);
    expect(r.plan.summary).toBe('Kế hoạch phổ biến giáo dục[31m pháp luật');
    // Tab and newline are ordinary text.
    expect(r.plan.sections[0]!.title).toBe('MỤC ĐÍCH, YÊU CẦU\tvà\nnội dung');
    const docx = await exportPlanDocx(r.plan, { draft: false });
    const xml = entryText(readPackage(docx), 'word/document.xml')!;
    expect(() => parseXml(xml, 'word/document.xml')).not.toThrow();
    expect(['\uFFFE', '\uFFFF', '\u0000'].some((c) => xml.includes(c))).toBe(false);
  });

  it('keeps emoji (surrogate pairs) and removes lone surrogates', () => {
    expect(stripXmlInvalid('Tuyên truyền 📣 \uD800 xong')).toEqual({
      text: 'Tuyên truyền 📣  xong',
      removed: 1,
    });
  });

  it('refuses a 100 000-deep JSON value with a clear message, not a stack overflow', () => {
    const deep = JSON.parse(`{"summary":${'['.repeat(100_000)}${']'.repeat(100_000)}}`) as unknown;
    const r = parsePlan(deep);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toContain(`quá ${MAX_PLAN_DEPTH} cấp`);
    expect(r.messageEn).toContain('nested too deeply');
  });
});

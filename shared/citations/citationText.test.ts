import seedJson from '../../templates/registry/seed.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { seedPlan } from '../checks/testPlans.ts';
import { richFromPlain } from '../model/richText.ts';
import { parseRegistrySeed } from '../registry/registrySeed.ts';
import type { RegistryDoc } from '../registry/registryDoc.ts';
import { citationText, citesDoc, mentionFormAt, summaryPhrase } from './citationText.ts';
import { parseCitations } from './grammar.ts';
import { scanPlan } from './planCitations.ts';

const seed = parseRegistrySeed(seedJson);
if (!seed.ok) throw new Error(seed.message);
const docs = seed.seed.documents;
const doc = (id: string): RegistryDoc => {
  const d = docs.find((x) => x.id === id);
  if (!d) throw new Error(`no ${id} in the seed`);
  return d;
};

describe('citationText', () => {
  it('writes the full form of a decision: number, date without zeros, issuer, summary after "về"', () => {
    expect(citationText(doc('seed-qd-705-2017-ttg'), 'full')).toBe(
      'Quyết định số 705/QĐ-TTg ngày 25/5/2017 của Thủ tướng Chính phủ về ban hành Chương trình phổ biến, giáo dục pháp luật giai đoạn 2017 - 2021',
    );
    expect(citationText(doc('seed-qd-705-2017-ttg'), 'short')).toBe('Quyết định số 705/QĐ-TTg');
  });

  it('keeps a summary that already starts with "Về" and a proper name capitalised', () => {
    expect(citationText(doc('seed-nd-30-2020-nd-cp'), 'full')).toBe(
      'Nghị định số 30/2020/NĐ-CP ngày 5/3/2020 của Chính phủ về công tác văn thư',
    );
    expect(citationText(doc('seed-qd-1163-2017-ttg'), 'full')).toMatch(
      /^Quyết định số 1163\/QĐ-TTg ngày 8\/8\/2017 của Thủ tướng Chính phủ về Đề án “Tăng cường/u,
    );
  });

  it('cites a law by its name, with its year only at the first mention', () => {
    const law = doc('seed-luat-14-2012-qh13');
    expect(citationText(law, 'full')).toBe('Luật Phổ biến, giáo dục pháp luật năm 2012');
    expect(citationText(law, 'short')).toBe('Luật Phổ biến, giáo dục pháp luật');
  });

  it('cites an amending law by its number, the amendment right after the issuer', () => {
    expect(citationText(doc('seed-luat-63-2020-qh14'), 'full')).toBe(
      'Luật số 63/2020/QH14 ngày 18/6/2020 của Quốc hội sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật',
    );
  });

  it('leaves out what the registry does not know instead of inventing it', () => {
    // 26/2025/QĐ-TTg, the earlier example, now has its date (04/08/2025, phaply.net.vn): another undated entry.
    const undated = doc('seed-1589-qd-ttg-2025');
    expect(citationText(undated, 'full')).not.toContain('ngày');
    const noSummary = doc('seed-qd-1824-2017-ubnd-langson');
    expect(citationText(noSummary, 'full')).toBe(
      'Quyết định số 1824/QĐ-UBND ngày 4/10/2017 của Chủ tịch UBND tỉnh Lạng Sơn',
    );
  });

  it('reads naturally: "quy định", "hướng dẫn" and "Về việc" follow the issuer without a second "về"', () => {
    expect(citationText(doc('seed-qd-25-2021-qd-ttg'), 'full')).toBe(
      'Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ quy định về xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật',
    );
    expect(citationText(doc('seed-28-2013-nd-cp'), 'full')).toMatch(
      / của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Phổ biến, giáo dục pháp luật$/u,
    );
    expect(citationText(doc('seed-07-2012-tt-btp'), 'full')).toMatch(/ hướng dẫn về cộng tác viên trợ giúp pháp lý /u);
    expect(citationText(doc('seed-96-2023-qh15'), 'full')).toMatch(/ về việc lấy phiếu tín nhiệm, /u);
    expect(citationText(doc('seed-18-nq-tw-2017'), 'full')).toMatch(/ về một số vấn đề về tiếp tục đổi mới, /u);
  });

  it('never doubles "về", ends on a word and has no space before punctuation, for every seed document', () => {
    for (const d of docs) {
      const text = citationText(d, 'full');
      expect(text, d.id).not.toMatch(/về (quy định|việc|hướng dẫn) về|\bvề về\b/iu);
      expect(text, d.id).not.toMatch(/\s[.,;:]|\s$|^\s|\s{2}|[.;]$/u);
    }
  });

  it('drops the final stop or semicolon of a summary, with the space before it', () => {
    const d = { ...doc('seed-qd-705-2017-ttg'), summary: 'Ban hành Chương trình phổ biến, giáo dục pháp luật ;' };
    expect(summaryPhrase(d.summary)).toBe('về ban hành Chương trình phổ biến, giáo dục pháp luật');
    expect(citationText(d, 'full')).toMatch(/giáo dục pháp luật$/u);
    expect(summaryPhrase('  Quy định về công tác văn thư.  ')).toBe('quy định về công tác văn thư');
    expect(summaryPhrase('')).toBe('');
  });

  it('writes text the grammar reads back as the same document, full then short', () => {
    for (const d of docs) {
      for (const form of ['full', 'short'] as const) {
        const text = citationText(d, form);
        const plan = seedPlan();
        plan.preamble = richFromPlain(`Căn cứ ${text};`);
        const found = scanPlan(plan).citations.filter((c) => c.location.address.kind === 'preamble');
        // An amending law names the law it amends: that is a second citation, after this one.
        expect(found.length, `${d.id} ${form}: ${text}`).toBeGreaterThanOrEqual(1);
        expect(found[0]!.start, `${d.id} ${form}: ${text}`).toBe('Căn cứ '.length);
        expect(citesDoc(found[0]!, d), `${d.id} ${form}`).toBe(true);
        expect(found[0]!.mention, `${d.id} ${form}: ${text}`).toBe(form);
      }
    }
  });
});

describe('mentionFormAt', () => {
  const plan = seedPlan();
  const scan = scanPlan(plan);
  const d705 = doc('seed-qd-705-2017-ttg');

  it('is short after the seed has cited 705/QĐ-TTg in its preamble, full before it', () => {
    const first = scan.citations.find((c) => citesDoc(c, d705));
    expect(first?.location.address).toEqual({ kind: 'preamble' });
    expect(
      mentionFormAt(plan, scan.citations, d705, {
        address: { kind: 'itemBody', item: 's1-2' },
        paragraph: 0,
        offset: 0,
      }),
    ).toBe('short');
    expect(
      mentionFormAt(plan, scan.citations, d705, {
        address: { kind: 'summary' },
        paragraph: 0,
        offset: 0,
      }),
    ).toBe('full');
    // Same paragraph: before the citation's start is still the first mention.
    const at = {
      address: { kind: 'preamble' } as const,
      paragraph: first!.location.paragraph,
      offset: first!.start,
    };
    expect(mentionFormAt(plan, scan.citations, d705, at)).toBe('full');
    expect(mentionFormAt(plan, scan.citations, d705, { ...at, offset: first!.end })).toBe('short');
  });

  it('is full for a document the plan never cites, even in an empty field at the end', () => {
    const d30 = doc('seed-nd-30-2020-nd-cp');
    expect(parseCitations(JSON.stringify(plan)).some((c) => c.numberSymbol === '30/2020/NĐ-CP')).toBe(false);
    const last = plan.appendices[0]?.id ?? 'không-có';
    expect(
      mentionFormAt(plan, scan.citations, d30, {
        address: { kind: 'appendixBody', appendix: last },
        paragraph: 3,
        offset: 0,
      }),
    ).toBe('full');
  });

  it('finds a law cited by a name the plan abbreviates', () => {
    const law = doc('seed-luat-14-2012-qh13');
    const cited = scan.citations.filter((c) => citesDoc(c, law));
    expect(cited.length).toBeGreaterThan(0);
  });
});

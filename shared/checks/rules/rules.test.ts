import { describe, expect, it } from 'vitest';
import { createMemoryRegistry } from '../../registry/memoryRegistry.ts';
import type { RegistryDoc } from '../../registry/registryDoc.ts';
import { applyFix } from '../applyFix.ts';
import { checkPlan } from '../checkPlan.ts';
import type { CheckOptions } from '../context.ts';
import { seedPlan, withPreamble } from '../testPlans.ts';

/** Findings of one rule for a preamble made of the given text (the rest is the seed). */
function rule(id: string, text: string, options: CheckOptions = {}) {
  return checkPlan(withPreamble(text), options).filter(
    (f) => f.rule === id && f.location?.address.kind === 'preamble',
  );
}

describe('citation.type-symbol', () => {
  it('is an error when the type word contradicts the symbol', () => {
    expect(rule('citation.type-symbol', 'Kế hoạch số 12/QĐ-UBND ngày 05/01/2021 của UBND tỉnh')).toHaveLength(
      1,
    );
    expect(rule('citation.type-symbol', 'Quyết định số 14/2012/QH13 ngày 20/6/2012')).toHaveLength(1);
  });
  it('accepts matching pairs, laws, party documents and công văn', () => {
    const ok =
      'Kế hoạch số 12/KH-UBND ngày 05/01/2021; Luật số 14/2012/QH13; Chỉ thị số 32-CT/TW; Công văn số 15/UBND-NC ngày 06/01/2021; Quy định số 102-QĐ/TW';
    expect(rule('citation.type-symbol', ok)).toEqual([]);
    expect(rule('citation.type-symbol-irregular', ok)).toEqual([]);
  });
  it('only warns about an irregular code', () => {
    expect(rule('citation.type-symbol-irregular', 'Kế hoạch số 12/UBND-VX ngày 05/01/2021')).toHaveLength(1);
  });
});

describe('citation.issuer-symbol', () => {
  it('QĐ-TTg belongs to the Prime Minister', () => {
    expect(
      rule('citation.issuer-symbol', 'Quyết định số 705/QĐ-TTg ngày 25/5/2017 của UBND tỉnh'),
    ).toHaveLength(1);
    expect(
      rule('citation.issuer-symbol', 'Kế hoạch số 113/KH-UBND ngày 20/6/2017 của Bộ Tư pháp'),
    ).toHaveLength(1);
  });
  it('a UBND chairman signs QĐ-UBND; a decree of the Government is only a warning when given to the PM', () => {
    expect(
      rule('citation.issuer-symbol', 'Quyết định số 1824/QĐ-UBND ngày 04/10/2017 của Chủ tịch UBND tỉnh'),
    ).toEqual([]);
    const near = 'Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Thủ tướng Chính phủ';
    expect(rule('citation.issuer-symbol', near)).toEqual([]);
    expect(rule('citation.issuer-symbol-irregular', near)).toHaveLength(1);
  });
});

describe('consistency of one number', () => {
  it('two dates in one year are an error; in two years only a warning', () => {
    expect(
      rule(
        'citation.conflicting-date',
        'Kế hoạch số 5/KH-UBND ngày 10/01/2021 của UBND tỉnh; Kế hoạch số 5/KH-UBND ngày 12/01/2021',
      ),
    ).toHaveLength(1);
    const years =
      'Kế hoạch số 5/KH-UBND ngày 10/01/2020 của UBND tỉnh; Kế hoạch số 5/KH-UBND ngày 12/01/2021';
    expect(rule('citation.conflicting-date', years)).toEqual([]);
    expect(rule('citation.conflicting-date-years', years)).toHaveLength(1);
  });
  it('the same number from a province and a district is two documents', () => {
    const text =
      'Kế hoạch số 5/KH-UBND ngày 10/01/2021 của UBND tỉnh; Kế hoạch số 5/KH-UBND ngày 18/01/2021 của UBND huyện Cam Lộ';
    expect(rule('citation.conflicting-date', text)).toEqual([]);
  });
  it('two issuers for one number and date are an error', () => {
    const text =
      'Quyết định số 705/QĐ-TTg ngày 25/5/2017 của Thủ tướng Chính phủ; Quyết định số 705/QĐ-TTg ngày 25/5/2017 của Bộ Tư pháp';
    expect(rule('citation.conflicting-issuer', text)).toHaveLength(1);
  });
  it('the same number and date with another symbol is a warning', () => {
    expect(
      rule(
        'citation.symbol-variant',
        'Kế hoạch số 113/KH-UBND ngày 20/6/2017; Kế hoạch số 113/KH-BCĐ ngày 20/6/2017',
      ),
    ).toHaveLength(1);
  });
});

describe('dates', () => {
  it('an impossible date, a date after the plan, a year that contradicts the number', () => {
    expect(rule('citation.impossible-date', 'Quyết định số 12/QĐ-UBND ngày 29/02/2019')).toHaveLength(1);
    expect(rule('citation.impossible-date', 'Quyết định số 12/QĐ-UBND ngày 29/02/2020')).toEqual([]);
    // The seed is issued in January 2021.
    expect(rule('citation.after-plan', 'Quyết định số 12/QĐ-UBND ngày 01/02/2021')).toHaveLength(1);
    expect(rule('citation.after-plan', 'Quyết định số 12/QĐ-UBND ngày 31/01/2021')).toEqual([]);
    expect(rule('citation.number-year-mismatch', 'Nghị định số 30/2020/NĐ-CP ngày 05/3/2019')).toHaveLength(
      1,
    );
  });
  it('an undated plan is bounded by the end of its year', () => {
    const plan = withPreamble('Quyết định số 12/QĐ-UBND ngày 05/02/2021 của UBND tỉnh');
    plan.header.issueDate = { day: null, month: null, year: null };
    expect(checkPlan(plan).filter((f) => f.rule === 'citation.after-plan')).toEqual([]);
    expect(checkPlan(plan, { year: 2020 }).filter((f) => f.rule === 'citation.after-plan')).toHaveLength(1);
  });
});

describe('mentions', () => {
  it('short before full, incomplete first mention, ambiguous number', () => {
    expect(
      rule(
        'citation.short-before-full',
        'Thực hiện Kế hoạch số 7/KH-UBND; Kế hoạch số 7/KH-UBND ngày 05/01/2021 của UBND tỉnh',
      ),
    ).toHaveLength(1);
    expect(
      rule('citation.incomplete-first', 'Quyết định số 9/QĐ-UBND ngày 05/01/2021 của UBND tỉnh')[0]?.message,
    ).toContain('trích yếu');
    expect(rule('citation.ambiguous-number', 'theo Kế hoạch số 9/KH-UBND của UBND tỉnh')).toHaveLength(1);
    expect(rule('citation.ambiguous-number', 'theo Nghị định số 30/2020/NĐ-CP')).toEqual([]);
  });
});

describe('format and style fixes', () => {
  it('malformed symbols are fixed to their canonical form', () => {
    const [f] = rule('citation.malformed-symbol', 'Nghị định số 30/2020/NĐ- CP ngày 05/3/2020');
    expect(f?.fix?.replacement).toBe('30/2020/NĐ-CP');
    const plan = withPreamble('Quyết định số 705/QĐ-TTG ngày 25/5/2017');
    const fix = checkPlan(plan).find((x) => x.rule === 'citation.malformed-symbol')?.fix;
    expect(fix && applyFix(plan, fix)?.preamble[0]?.runs[0]?.text).toBe(
      'Quyết định số 705/QĐ-TTg ngày 25/5/2017',
    );
  });
  it('a number below 10 gets its zero', () => {
    expect(
      rule('citation.number-padding', 'Kế hoạch số 5/KH-UBND ngày 10/01/2021')[0]?.fix?.replacement,
    ).toBe('0');
    expect(rule('citation.number-padding', 'Kế hoạch số 05/KH-UBND ngày 10/01/2021')).toEqual([]);
  });
});

describe('abbreviations', () => {
  it('undefined, used before definition, defined twice, never used', () => {
    expect(rule('abbrev.undefined', 'Công tác TGPL năm 2021')).toHaveLength(1);
    expect(rule('abbrev.undefined', 'Công tác TGPL năm 2021', { acceptedAbbreviations: ['TGPL'] })).toEqual(
      [],
    );
    expect(rule('abbrev.before-definition', 'Công tác TGPL; trợ giúp pháp lý (TGPL) năm 2021')).toHaveLength(
      1,
    );
    expect(
      rule('abbrev.defined-twice', 'trợ giúp pháp lý (TGPL); trợ giúp pháp lý (TGPL) và TGPL'),
    ).toHaveLength(1);
    expect(rule('abbrev.unused', 'hòa giải ở cơ sở (HGOCS) năm 2021')).toHaveLength(1);
    expect(rule('abbrev.undefined', 'UBND tỉnh, HĐND tỉnh và Ủy ban MTTQ')).toEqual([]);
  });
});

describe('internal references', () => {
  it("a section or item that does not exist is an error; other documents' parts are not ours", () => {
    expect(rule('ref.missing-target', 'Thực hiện nhiệm vụ tại Mục VI Kế hoạch này')).toHaveLength(1);
    expect(rule('ref.missing-target', 'Thực hiện nhiệm vụ tại khoản 9 Mục II')).toHaveLength(1);
    expect(
      rule('ref.missing-target', 'Thực hiện nhiệm vụ tại khoản 1 Mục II và điểm b khoản 1 Mục II'),
    ).toEqual([]);
    expect(
      rule(
        'ref.missing-target',
        'theo Mục VI Quyết định số 705/QĐ-TTg; khoản 9 Điều 3 Luật Hòa giải ở cơ sở',
      ),
    ).toEqual([]);
  });
});

describe('registry', () => {
  const doc = (over: Partial<RegistryDoc>): RegistryDoc => ({
    id: 'x',
    type: 'Luật',
    number: '80',
    year: 2015,
    symbol: 'QH13',
    numberSymbol: '80/2015/QH13',
    date: '2015-06-22',
    issuer: 'Quốc hội',
    summary: '',
    name: 'Luật Ban hành văn bản quy phạm pháp luật',
    status: 'unknown',
    replacedBy: null,
    source: 'Công báo',
    note: '',
    ...over,
  });
  const registry = createMemoryRegistry([
    doc({}),
    doc({
      id: 'y',
      type: 'Quyết định',
      number: '705',
      year: null,
      symbol: 'QĐ-TTg',
      numberSymbol: '705/QĐ-TTg',
      date: '2017-05-25',
      issuer: 'Thủ tướng Chính phủ',
      name: null,
      status: 'expired',
    }),
  ]);
  it("catches a law dated wrongly and offers the registry's date", () => {
    const [f] = rule('registry.law-date', 'Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22/6/2016', {
      registry,
    });
    expect(f?.severity).toBe('warning');
    expect(f?.fix?.replacement).toBe('ngày 22/6/2015');
  });
  it('reports a document the registry knows as expired', () => {
    expect(
      rule('registry.superseded', 'Quyết định số 705/QĐ-TTg ngày 25/5/2017 của Thủ tướng Chính phủ', {
        registry,
      }),
    ).toHaveLength(1);
    expect(
      rule('registry.date-mismatch', 'Quyết định số 705/QĐ-TTg ngày 25/5/2017 của Thủ tướng Chính phủ', {
        registry,
      }),
    ).toEqual([]);
  });
});

describe('plan rules', () => {
  it('programme periods that ended, unless continued or reviewed', () => {
    expect(
      rule('citation.period-ended', 'Thực hiện Đề án “Tăng cường PBGDPL” giai đoạn 2015-2019 tại địa phương'),
    ).toHaveLength(1);
    expect(rule('citation.period-ended', 'Tổng kết Đề án giai đoạn 2015-2019')).toEqual([]);
    expect(rule('citation.period-ended', 'Đề án giai đoạn 2015-2019” đến năm 2021')).toEqual([]);
  });
  it('timelines outside the plan year, signature prefixes, placeholders when final', () => {
    const plan = seedPlan();
    const task = plan.sections[1]?.content[1];
    if (task?.type !== 'item' || !task.fields) throw new Error('seed changed');
    task.fields.timeline = 'Quý I năm 2020.';
    plan.signature.lines = ['KT CHỦ TỊCH', 'PHÓ CHỦ TỊCH'];
    plan.preamble = [{ runs: [{ text: 'Thực hiện Kế hoạch số …/KH-UBND ngày [...] của UBND tỉnh' }] }];
    const ids = checkPlan(plan, { final: true }).map((f) => f.rule);
    expect(ids).toContain('plan.timeline-year');
    expect(ids).toContain('plan.signature-authority');
    expect(ids.filter((i) => i === 'plan.placeholder')).toHaveLength(2);
    expect(checkPlan(plan).some((f) => f.rule === 'plan.placeholder')).toBe(false);
  });
  it('an agency with a task but outside the recipients is a hint only', () => {
    const plan = seedPlan();
    plan.recipients.entries = ['TT. Tỉnh ủy;', 'UBND các huyện, thành phố;'];
    const f = checkPlan(plan).filter((x) => x.rule === 'plan.recipient-missing');
    expect(f.map((x) => x.excerpt)).toContain('Sở Tư pháp');
    expect(f.every((x) => x.severity === 'info')).toBe(true);
  });
});

describe('findings on real documents that are not plans', () => {
  const headerWith = (symbol: string, typeName = 'KẾ HOẠCH') => {
    const plan = seedPlan();
    plan.header.number = '1115';
    plan.header.symbol = symbol;
    plan.typeName = typeName;
    return checkPlan(plan).filter((f) => f.rule.startsWith('plan.symbol'));
  };
  const verdicts = (symbol: string, typeName?: string) =>
    headerWith(symbol, typeName).map((f) => [f.rule, f.severity]);
  it("a decision's or công văn's own symbol is right under its own type name (Vĩnh Long 1115/QĐ-UBND, Bắc Kạn 473/STP-PBGDPL)", () => {
    expect(headerWith('QĐ-UBND', 'QUYẾT ĐỊNH')).toEqual([]);
    // A công văn has no type-name line: its issuer-unit symbol carries no type code to compare.
    expect(headerWith('STP-PBGDPL', '')).toEqual([]);
  });
  it("a công văn's symbol under a plan's type name stays a warning (not certain)", () => {
    expect(verdicts('STP-PBGDPL')).toEqual([['plan.symbol-other-type', 'warning']]);
  });
  it("a plan numbered with a decision's code is certainly wrong: an error naming both codes", () => {
    const found = headerWith('QĐ-UBND');
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['plan.symbol-type', 'error']]);
    expect(found[0]?.message).toBe(
      'Ký hiệu "QĐ-UBND" mang mã "QĐ" của quyết định, trái với tên loại "KẾ HOẠCH": ký hiệu của kế hoạch bắt đầu bằng "KH".',
    );
    expect(found[0]?.messageEn).toContain('"KH"');
  });
  it('a plan symbol that is no document code at all stays an error; KH and KHPH are right', () => {
    expect(headerWith('KT-UBND').map((f) => [f.rule, f.severity])).toEqual([['plan.symbol-type', 'error']]);
    expect(headerWith('KH-UBND')).toEqual([]);
    expect(headerWith('KHPH-STP-CA')).toEqual([]);
  });
  it('the other NĐ 30 types are compared with their own codes', () => {
    expect(headerWith('KH-UBND', 'QUYẾT ĐỊNH').map((f) => f.rule)).toEqual(['plan.symbol-type']);
    expect(headerWith('BC-STP', 'BÁO CÁO')).toEqual([]);
    expect(headerWith('TTr-STP', 'TỜ TRÌNH')).toEqual([]);
    expect(headerWith('CT-UBND', 'CHỈ THỊ')).toEqual([]);
    expect(headerWith('CTr-UBND', 'CHƯƠNG TRÌNH')).toEqual([]);
    expect(headerWith('NQ-HĐND', 'NGHỊ QUYẾT')).toEqual([]);
    expect(verdicts('QĐ-UBND', 'BÁO CÁO')).toEqual([['plan.symbol-type', 'error']]);
    // A code tolerated for the type (a thông báo numbered "KL") is doubtful, not wrong.
    expect(verdicts('KL-UBND', 'THÔNG BÁO')).toEqual([['plan.symbol-other-type', 'warning']]);
    // No type-name line, but a type code: the line may have been lost.
    expect(verdicts('QĐ-UBND', '')).toEqual([['plan.symbol-other-type', 'warning']]);
  });
});

describe('abbreviations defined in an upper-case heading', () => {
  it('"I. CÔNG TÁC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT (PBGDPL)" defines PBGDPL for the text below (Bắc Kạn 2020)', () => {
    const plan = seedPlan();
    const section = plan.sections[0];
    if (!section) throw new Error('seed changed');
    section.title = 'CÔNG TÁC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT (PBGDPL)';
    const undefinedBefore = checkPlan(seedPlan()).filter((f) => f.rule === 'abbrev.defined-twice');
    const found = checkPlan(plan).filter((f) => f.rule.startsWith('abbrev.') && f.excerpt.includes('PBGDPL'));
    // The seed defines PBGDPL in its preamble, so the heading is now a second definition, not a use.
    expect(found.map((f) => f.rule)).toEqual(['abbrev.defined-twice']);
    expect(undefinedBefore).toEqual([]);
  });
});

describe('a final plan has every required part (plan.required-part, plan.funding-missing)', () => {
  const blankPlan = () => {
    const plan = seedPlan();
    plan.header.issuingBody = '';
    plan.typeName = ' ';
    plan.summary = '';
    for (const s of plan.sections) if (s.role === 'content') s.content = [];
    plan.sections = plan.sections.filter((s) => s.role !== 'funding');
    plan.signature = { lines: [], name: '' };
    plan.recipients = { entries: [], archive: '' };
    return plan;
  };
  const of = (plan: ReturnType<typeof seedPlan>, final: boolean) =>
    checkPlan(plan, { final }).filter(
      (f) => f.rule === 'plan.required-part' || f.rule === 'plan.funding-missing',
    );

  it('the seed has them all and no error', () => {
    expect(of(seedPlan(), true)).toEqual([]);
    expect(checkPlan(seedPlan(), { final: true }).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('each missing part is an error for a final export, located at the field to fill', () => {
    const found = of(blankPlan(), true);
    const required = found.filter((f) => f.rule === 'plan.required-part');
    expect(required).toHaveLength(8);
    expect(required.every((f) => f.severity === 'error')).toBe(true);
    expect(required.map((f) => f.location?.label).sort()).toEqual(
      [
        'Cơ quan ban hành',
        'Tên loại',
        'Trích yếu',
        'Mục II',
        // No signature line and no recipient exist to point at: the name and the Lưu line stand in.
        'Chữ ký, họ tên',
        'Chữ ký, họ tên',
        'Nơi nhận, Lưu',
        'Nơi nhận, Lưu',
      ].sort(),
    );
    const body = required.find((f) => f.location?.label === 'Cơ quan ban hành');
    expect(body?.message).toBe('Thiếu tên cơ quan ban hành: chưa thể xuất bản chính thức.');
    expect(body?.messageEn).toBe('Missing the issuing body: not ready for a final export.');
    const funding = found.filter((f) => f.rule === 'plan.funding-missing');
    expect(funding.map((f) => f.severity)).toEqual(['warning']);
  });

  it('a công văn (issuer-unit symbol, "V/v" trích yếu) needs no type name; a plan’s symbol does', () => {
    const congVan = seedPlan();
    congVan.typeName = '';
    congVan.header.symbol = 'UBND-NC';
    const labels = (p: ReturnType<typeof seedPlan>) => of(p, true).map((f) => f.location?.label);
    expect(labels(congVan)).not.toContain('Tên loại');
    const plan = seedPlan();
    plan.typeName = '';
    expect(labels(plan)).toContain('Tên loại');
  });

  it('a quyết định or a công văn is not judged by the plan’s own parts (tasks, funding)', () => {
    for (const [typeName, symbol] of [
      ['QUYẾT ĐỊNH', 'QĐ-UBND'],
      ['TỜ TRÌNH', 'TTr-STP'],
      ['', 'STP-PBGDPL'],
    ] as const) {
      const doc = seedPlan();
      doc.typeName = typeName;
      doc.header.symbol = symbol;
      for (const s of doc.sections) if (s.role === 'content') s.content = [];
      doc.sections = doc.sections.filter((s) => s.role !== 'funding');
      expect(of(doc, true)).toEqual([]);
    }
    const plan = seedPlan();
    for (const s of plan.sections) if (s.role === 'content') s.content = [];
    expect(of(plan, true).map((f) => f.location?.label)).toEqual(['Mục II']);
  });

  it('in a draft the same parts are warnings, and the options still override', () => {
    const draft = of(blankPlan(), false);
    expect(draft.filter((f) => f.rule === 'plan.required-part')).toHaveLength(8);
    expect(draft.every((f) => f.severity === 'warning')).toBe(true);
    const off = checkPlan(blankPlan(), { final: true, severities: { 'plan.required-part': 'info' } });
    expect(off.filter((f) => f.rule === 'plan.required-part').every((f) => f.severity === 'info')).toBe(true);
  });

  it('a "Lưu:" with nothing after it is missing too; an empty number is the clerk’s to fill', () => {
    const plan = seedPlan();
    plan.recipients.archive = 'Lưu: ';
    plan.header.number = '';
    const found = checkPlan(plan, { final: true });
    expect(found.filter((f) => f.rule === 'plan.required-part').map((f) => f.location?.label)).toEqual([
      'Nơi nhận, Lưu',
    ]);
    expect(found.filter((f) => f.rule === 'plan.placeholder')).toEqual([]);
  });
});

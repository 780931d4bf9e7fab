import { describe, expect, it } from 'vitest';
import { createAgencyIndex } from '../../agencies/agencyIndex.ts';
import type { Plan } from '../../model/plan.ts';
import { applyFix } from '../applyFix.ts';
import { runChecks } from '../checkPlan.ts';
import type { Finding } from '../finding.ts';
import { TEST_AGENCIES } from '../ruleExamples.testkit.ts';
import { seedPlan } from '../testPlans.ts';

/**
 * The generic provincial bodies (issue 11): a plan of a province the directory holds no bodies of
 * (Nghệ An) is judged by the pattern of Nghị định 45/2025/NĐ-CP, and the district level by Luật Tổ
 * chức chính quyền địa phương 2025, on the plan's own date.
 */
const ngheAn = createAgencyIndex(TEST_AGENCIES.entries, 'nghe-an');

/** The seed, dated 5/1 of `year`, with every task led by `lead` and Nơi nhận `recipients`. */
function plan(year: number, lead: string, recipients: string[] = ['Sở Tư pháp;']): Plan {
  const p = seedPlan();
  p.year = year;
  p.header.issueDate = { day: 5, month: 1, year };
  for (const s of p.sections)
    for (const c of s.content)
      if (c.type === 'item')
        for (const it of [c, ...c.children])
          if (it.fields) {
            it.fields.lead = lead;
            it.fields.coordinating = '';
          }
  p.recipients.entries = recipients;
  return p;
}

const agencyFindings = (p: Plan): Finding[] =>
  runChecks(p, { agencies: ngheAn }).findings.filter((f) => f.rule === 'agency.not-valid');

describe('generic provincial departments merged in 2025 (Nghị định 45/2025/NĐ-CP)', () => {
  it('a 2026 Nghệ An plan naming "Sở Tài nguyên và Môi trường" is told its successor, with the source', () => {
    const f = agencyFindings(plan(2026, 'Sở Tài nguyên và Môi trường')).find(
      (x) => x.excerpt === 'Sở Tài nguyên và Môi trường',
    );
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('không còn từ ngày 01/03/2025');
    expect(f?.message).toContain('Nghị định 45/2025/NĐ-CP');
    // The decree's date is a frame: the message does not pretend it is Nghệ An's own day.
    expect(f?.message).toContain('ngày cụ thể ở từng tỉnh theo quyết định của tỉnh');
    expect(f?.message).toContain('cơ quan kế tiếp: "Sở Nông nghiệp và Môi trường"');
    expect(f?.messageEn).toContain('successor: “Sở Nông nghiệp và Môi trường”');
    expect(f?.fix?.replacement).toBe('Sở Nông nghiệp và Môi trường');
  });

  it('also with the province written after the name, and in an upper-case signer title', () => {
    const p = plan(2026, 'Sở Tài nguyên và Môi trường tỉnh Nghệ An');
    p.signature.lines = ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG'];
    const f = agencyFindings(p);
    const lead = f.find((x) => x.location?.address.kind === 'taskField');
    expect(lead?.excerpt).toBe('Sở Tài nguyên và Môi trường');
    const fixed = lead?.fix ? applyFix(p, lead.fix) : null;
    const leads = fixed?.sections.flatMap((s) =>
      s.content.flatMap((c) => (c.type === 'item' ? [c, ...c.children].map((it) => it.fields?.lead) : [])),
    );
    expect(leads).toContain('Sở Nông nghiệp và Môi trường tỉnh Nghệ An');
    const signer = f.find((x) => x.location?.label === 'Chữ ký, dòng 2');
    expect(signer?.fix?.replacement).toBe('SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG');
  });

  it('the same name in a 2024 plan gets no warning', () => {
    expect(agencyFindings(plan(2024, 'Sở Tài nguyên và Môi trường'))).toEqual([]);
  });

  it.each([
    ['Sở Kế hoạch và Đầu tư', 'Sở Tài chính'],
    ['Sở Nông nghiệp và Phát triển nông thôn', 'Sở Nông nghiệp và Môi trường'],
    ['Sở Giao thông vận tải', 'Sở Xây dựng'],
    ['Sở Thông tin và Truyền thông', 'Sở Khoa học và Công nghệ'],
    ['Sở Lao động - Thương binh và Xã hội', 'Sở Nội vụ'],
    ['Ban Dân tộc', 'Sở Dân tộc và Tôn giáo'],
  ])('"%s" in a 2027 plan → "%s"', (old, next) => {
    const f = agencyFindings(plan(2027, old)).find((x) => x.excerpt === old);
    expect(f?.fix?.replacement).toBe(next);
    expect(agencyFindings(plan(2024, old))).toEqual([]);
  });

  it('bodies that continue under the same name are not flagged', () => {
    for (const name of ['Sở Tư pháp', 'Sở Tài chính', 'Sở Xây dựng', 'Sở Nội vụ'])
      expect(
        agencyFindings(plan(2027, name)).filter((x) => x.excerpt === name),
        name,
      ).toEqual([]);
  });
});

describe('the district level after 01/07/2025 (Luật Tổ chức chính quyền địa phương 2025)', () => {
  it('"UBND cấp huyện" in a 2026 plan is flagged, with no quick fix and where the duties went', () => {
    const f = agencyFindings(plan(2026, 'UBND cấp huyện')).find((x) => x.excerpt === 'UBND cấp huyện');
    expect(f?.message).toContain('01/07/2025');
    expect(f?.message).toContain('Luật Tổ chức chính quyền địa phương');
    expect(f?.message).toContain('cấp tỉnh hoặc cấp xã');
    expect(f?.messageEn).toContain('province or the commune');
    expect(f?.fix).toBeNull();
    expect(agencyFindings(plan(2024, 'UBND cấp huyện'))).toEqual([]);
  });

  it('flags the bare phrase "cấp huyện" in tasks and Nơi nhận, once per place', () => {
    const p = plan(2026, 'Phòng Tư pháp cấp huyện', ['Sở Tư pháp;', 'Các cơ quan, đơn vị CẤP HUYỆN;']);
    const f = agencyFindings(p);
    const recipient = f.filter((x) => x.location?.address.kind === 'recipient');
    expect(recipient.map((x) => x.excerpt)).toEqual(['CẤP HUYỆN']);
    expect(recipient[0]?.fix).toBeNull();
    expect(recipient[0]?.message).toContain('chính quyền địa phương còn hai cấp (tỉnh, xã)');
    const leads = f.filter((x) => x.location?.address.kind === 'taskField');
    expect(leads.length).toBeGreaterThan(0);
    expect(leads.every((x) => x.excerpt === 'cấp huyện')).toBe(true);
    expect(agencyFindings(plan(2024, 'Phòng Tư pháp cấp huyện', ['Các cơ quan, đơn vị cấp huyện;']))).toEqual([]);
  });

  it('leaves "cấp huyện" alone in the legal bases (a cited document keeps its words)', () => {
    const p = plan(2026, 'Sở Tư pháp');
    p.legalBases = ['Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh về tổ chức bộ máy cấp huyện'];
    expect(agencyFindings(p).some((x) => x.location?.address.kind === 'legalBasis')).toBe(false);
  });
});

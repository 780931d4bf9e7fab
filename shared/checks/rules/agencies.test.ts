import { describe, expect, it } from 'vitest';
import { createAgencyIndex } from '../../agencies/agencyIndex.ts';
import { applyFix } from '../applyFix.ts';
import { runChecks } from '../checkPlan.ts';
import { TEST_AGENCIES } from '../ruleExamples.testkit.ts';
import { seedPlan } from '../testPlans.ts';
import type { Plan } from '../../model/plan.ts';

const run = (p: Plan) => runChecks(p, { agencies: TEST_AGENCIES }).findings;

describe('agency.not-valid on the plan’s date', () => {
  it('the seed (2021) has no agency finding', () => {
    expect(run(seedPlan()).filter((f) => f.rule.startsWith('agency.'))).toEqual([]);
  });

  it('the seed dated 2027 is told the district level and Vụ PBGDPL are gone, with the successor as fix', () => {
    const p = seedPlan();
    p.header.issueDate = { day: 5, month: 1, year: 2027 };
    const f = run(p).filter((x) => x.rule === 'agency.not-valid');
    const recipient = f.find((x) => x.location?.label === 'Nơi nhận 10');
    expect(recipient?.severity).toBe('warning');
    expect(recipient?.fix?.replacement).toBe('UBND các xã, phường');
    const fixed = recipient?.fix ? applyFix(p, recipient.fix) : null;
    expect(fixed?.recipients.entries[9]).toBe('UBND các xã, phường;');
    expect(f.find((x) => x.excerpt === 'Vụ PBGDPL')?.fix?.replacement).toBe(
      'Cục Phổ biến, giáo dục pháp luật',
    );
  });

  it('keeps the case of an upper-case signature line in the fix', () => {
    const p = seedPlan();
    p.year = 2026;
    p.header.issueDate = { day: 5, month: 1, year: 2026 };
    p.signature.lines = ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC SỞ KẾ HOẠCH VÀ ĐẦU TƯ'];
    const f = run(p).find((x) => x.rule === 'agency.not-valid' && x.location?.label === 'Chữ ký, dòng 2');
    expect(f?.fix?.replacement).toBe('SỞ TÀI CHÍNH');
    expect(f?.message).toContain('01/03/2025');
  });

  it('in a province the directory holds no bodies of, the generic district group is still known', () => {
    const sonLa = createAgencyIndex(TEST_AGENCIES.entries, 'son-la');
    const p = seedPlan();
    p.header.issueDate = { day: 5, month: 1, year: 2027 };
    const f = runChecks(p, { agencies: sonLa }).findings.find(
      (x) => x.rule === 'agency.not-valid' && x.location?.label === 'Nơi nhận 10',
    );
    expect(f?.fix?.replacement).toBe('UBND các xã, phường, đặc khu');
  });

  it('leaves the issuer of a cited document alone', () => {
    const p = seedPlan();
    p.header.issueDate = { day: 5, month: 1, year: 2027 };
    p.legalBases = ['Kế hoạch số 12/KH-UBND ngày 05/01/2024 của UBND huyện Cao Lộc về phổ biến pháp luật'];
    expect(run(p).some((x) => x.rule === 'agency.not-valid' && x.excerpt === 'UBND huyện Cao Lộc')).toBe(
      false,
    );
  });
});

describe('plan.recipient-missing with the directory’s groups', () => {
  const withTask = (lead: string, coordinating: string, recipients: string[]) => {
    const p = seedPlan();
    for (const s of p.sections)
      for (const c of s.content)
        if (c.type === 'item')
          for (const it of [c, ...c.children])
            if (it.fields) {
              it.fields.lead = lead;
              it.fields.coordinating = coordinating;
            }
    p.recipients.entries = recipients;
    return run(p)
      .filter((f) => f.rule === 'plan.recipient-missing')
      .map((f) => f.excerpt);
  };

  it('a group recipient covers its members', () => {
    expect(
      withTask('Sở Tư pháp', 'UBND huyện Lộc Bình', ['Sở Tư pháp;', 'UBND các huyện, thành phố;']),
    ).toEqual([]);
  });

  it('reports the lead and coordinating agencies Nơi nhận does not cover', () => {
    expect(
      withTask('Sở Tư pháp', 'Công an tỉnh, Bộ chỉ huy Bộ đội biên phòng tỉnh', [
        'Sở Tư pháp;',
        'Công an tỉnh;',
      ]),
    ).toEqual(['Bộ chỉ huy Bộ đội biên phòng tỉnh']);
  });

  it('knows an agency under its abbreviated name in Nơi nhận (the seed’s "Vụ PBGDPL- Bộ Tư pháp")', () => {
    const lead = 'Vụ Phổ biến, giáo dục pháp luật';
    expect(withTask(lead, '', ['Vụ PBGDPL- Bộ Tư pháp;'])).toEqual([]);
    // Without the directory, the abbreviation is not understood.
    const p = seedPlan();
    p.recipients.entries = ['Vụ PBGDPL- Bộ Tư pháp;'];
    for (const s of p.sections)
      for (const c of s.content)
        if (c.type === 'item') for (const it of [c, ...c.children]) if (it.fields) it.fields.lead = lead;
    expect(runChecks(p).findings.some((f) => f.rule === 'plan.recipient-missing' && f.excerpt === lead)).toBe(
      true,
    );
  });

  it('knows the front under its abbreviated name', () => {
    expect(
      withTask('Sở Tư pháp', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', ['Sở Tư pháp;', 'Ủy ban MTTQVN tỉnh;']),
    ).toEqual([]);
  });
});

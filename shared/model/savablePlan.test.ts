import { describe, expect, it } from 'vitest';
import { seedPlan } from '../checks/testPlans.ts';
import { fieldKey } from './fields/fieldAddress.ts';
import { fieldAddressAtPath } from './fields/pathAddress.ts';
import { planSchema, type Item, type Plan } from './plan.ts';
import { savablePlan } from './savablePlan.ts';

function firstTask(plan: Plan): Item {
  for (const s of plan.sections)
    for (const n of s.content) {
      if (n.type !== 'item') continue;
      let it: Item = n;
      while (it.children[0]) it = it.children[0];
      if (it.fields) return it;
    }
  throw new Error('no task');
}

describe('savablePlan', () => {
  it('returns a valid plan as it is, with nothing to mark', () => {
    const plan = seedPlan();
    const r = savablePlan(plan);
    expect(r).toEqual({ ok: true, plan, invalid: [] });
    expect(r.plan).toBe(plan);
  });

  it('parses a plan value once: the same plan asked again gets the same answer, an edited copy its own', () => {
    const plan = seedPlan();
    const first = savablePlan(plan);
    expect(savablePlan(plan)).toBe(first);
    const edited: Plan = { ...plan, header: { ...plan.header, symbol: 'KH-' + 'X'.repeat(80) } };
    const r = savablePlan(edited);
    expect(r).not.toBe(first);
    expect(r.invalid.map((f) => f.key)).toEqual(['header:symbol']);
  });

  it('saves every over-long line cut to its limit, marks each field, and keeps the rest of the plan', () => {
    const plan = seedPlan();
    const task = firstTask(plan);
    const long = 'Sở Tư pháp '.repeat(300); // 3 300 characters, over the 2 000 of a line
    plan.header.issuingBody = long;
    plan.header.symbol = 'KH-' + 'X'.repeat(80);
    task.fields!.lead = long;
    task.fields!.timeline = long;
    task.title = 'Tuyên truyền '.repeat(400);
    plan.recipients.entries[0] = long;
    plan.signature.name = long;
    plan.legalBases[0] = 'Căn cứ '.repeat(700);
    plan.summary = 'về công tác phổ biến '.repeat(300);
    const r = savablePlan(plan);
    expect(r.ok).toBe(true);
    expect(planSchema.safeParse(r.plan).success).toBe(true);
    expect(r.plan.header.issuingBody).toBe(long.slice(0, 2000));
    expect(r.plan.header.symbol).toHaveLength(64);
    expect(r.plan.header.place).toBe(plan.header.place);
    expect(r.plan.sections).toHaveLength(plan.sections.length);
    const keys = r.invalid.map((i) => i.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'header:issuingBody',
        'header:symbol',
        fieldKey({ kind: 'taskField', item: task.id, field: 'lead' }),
        fieldKey({ kind: 'taskField', item: task.id, field: 'timeline' }),
        fieldKey({ kind: 'itemTitle', item: task.id }),
        'recipient:0',
        'signatureName',
        'legalBasis:0',
        'summary',
      ]),
    );
    const lead = r.invalid.find((i) => i.key === 'header:issuingBody')!;
    expect(lead.message).toBe(
      'Cơ quan ban hành: dài 3.300 ký tự, quá giới hạn 2.000. Chỉ 2.000 ký tự đầu được lưu; hãy rút gọn nội dung này.',
    );
    expect(lead.messageEn).toBe(
      'Issuing body: 3,300 characters, over the limit of 2,000. Only the first 2,000 are saved; please shorten it.',
    );
    // The caller's plan is not changed: the editor keeps what was typed, marked.
    expect(plan.header.issuingBody).toBe(long);
  });

  it('names the field in the messages, in one language each, with no schema path or code', () => {
    const plan = seedPlan();
    const task = firstTask(plan);
    task.fields!.coordinating = 'x'.repeat(2001);
    const [mark] = savablePlan(plan).invalid;
    expect(mark!.message).toMatch(/^Mục II, [\d.]+, Cơ quan phối hợp: dài 2\.001 ký tự/);
    for (const text of [mark!.message, mark!.messageEn]) {
      expect(text).not.toMatch(/\b(sections|content|children|fields)\b|too_big|\[\d+\]/);
    }
    expect(mark!.messageEn).not.toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/i);
  });

  it('cuts too many list entries, blanks a malformed number and an impossible day, and reports each', () => {
    const plan = seedPlan();
    plan.signature.lines = ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'a', 'b', 'c', 'd', 'e', 'f'];
    plan.header.number = '12a';
    plan.header.issueDate = { day: 45, month: 13, year: 2021 };
    const r = savablePlan(plan);
    expect(r.ok).toBe(true);
    expect(r.plan.signature.lines).toEqual(plan.signature.lines.slice(0, 6));
    expect(r.plan.header.number).toBe('');
    expect(r.plan.header.issueDate).toEqual({ day: null, month: null, year: 2021 });
    const byKey = new Map(r.invalid.map((i) => [i.key ?? i.message, i]));
    expect(byKey.get('header:number')?.message).toBe(
      'Số: giá trị này không hợp lệ nên chưa được lưu; phần còn lại của kế hoạch vẫn được lưu. Hãy sửa lại.',
    );
    expect(byKey.get('header:issueDate')?.messageEn).toMatch(/^Issue date: this value is not valid/);
    expect(r.invalid.find((i) => i.key === null)?.message).toBe(
      'Chữ ký: có 8 dòng, quá giới hạn 6. Chỉ 6 dòng đầu được lưu.',
    );
  });

  it('does not split a character made of two UTF-16 units at the cut', () => {
    const plan = seedPlan();
    plan.header.place = 'a'.repeat(1999) + '𝔸𝔸';
    const r = savablePlan(plan);
    expect(r.plan.header.place).toBe('a'.repeat(1999));
  });
});

describe('fieldAddressAtPath', () => {
  it('finds the field of a schema path, nested tasks and appendix cells included', () => {
    const plan = seedPlan();
    const task = firstTask(plan);
    const si = plan.sections.findIndex((s) => s.content.some((n) => n.type === 'item'));
    expect(fieldAddressAtPath(plan, ['header', 'symbol'])).toEqual({ kind: 'header', field: 'symbol' });
    expect(fieldAddressAtPath(plan, ['sections', si, 'title'])).toEqual({
      kind: 'sectionTitle',
      section: plan.sections[si]!.id,
    });
    expect(fieldAddressAtPath(plan, ['recipients', 'entries', 2])).toEqual({ kind: 'recipient', index: 2 });
    expect(fieldAddressAtPath(plan, ['year'])).toBeNull();
    expect(fieldAddressAtPath(plan, ['sections', 99, 'title'])).toBeNull();
    // The task found by walking the path the schema reports for it.
    const r = planSchema.safeParse({
      ...plan,
      sections: plan.sections.map((s) => ({
        ...s,
        content: s.content.map(function deep(n): typeof n {
          if (n.type !== 'item') return n;
          if (n.id === task.id) return { ...n, fields: { ...n.fields!, deliverable: 'x'.repeat(20001) } };
          return { ...n, children: n.children.map((c) => deep(c) as Item) };
        }),
      })),
    });
    expect(r.success).toBe(false);
    expect(fieldAddressAtPath(plan, r.error!.issues[0]!.path)).toEqual({
      kind: 'taskField',
      item: task.id,
      field: 'deliverable',
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { TextAddress } from '../model/fields/fieldAddress.ts';
import type { Plan } from '../model/plan.ts';
import { planTexts } from '../model/walk.ts';
import { applyFix } from './applyFix.ts';
import type { TextEdit } from './finding.ts';
import { seedPlan } from './testPlans.ts';

function freeze<T>(v: T): T {
  if (v && typeof v === 'object') {
    Object.values(v).forEach(freeze);
    Object.freeze(v);
  }
  return v;
}

const edit = (
  address: TextAddress,
  paragraph: number,
  start: number,
  end: number,
  replacement: string,
): TextEdit => ({
  location: { address, paragraph, label: '', labelEn: '' },
  range: { start, end },
  replacement,
  label: 'Sửa',
  labelEn: 'Fix',
});

describe('applyFix — quick fixes written through the field table', () => {
  const plan: Plan = freeze(seedPlan());

  it('edits a one-line field at its address, leaving the plan it is given alone', () => {
    const tasks = planTexts(plan).filter((t) => t.location.address.kind === 'taskField');
    const lead = tasks[0];
    expect(lead).toBeDefined();
    if (!lead) return;
    const next = applyFix(plan, edit(lead.location.address, 0, 0, 0, 'Sở Tư pháp; '));
    const after = next && planTexts(next).find((t) => t.location.label === lead.location.label);
    expect(after?.text).toBe(`Sở Tư pháp; ${lead.text}`);
    expect(plan).toEqual(seedPlan());
  });

  it('edits one paragraph of rich text and keeps the marks of its runs', () => {
    const next = applyFix(plan, edit({ kind: 'preamble' }, 0, 0, 0, 'Căn cứ '));
    expect(next?.preamble[0]?.runs[0]?.text.startsWith('Căn cứ ')).toBe(true);
    expect(next?.preamble.slice(1)).toEqual(plan.preamble.slice(1));
  });

  it('writes the number/symbol text the checks read back into the two header fields', () => {
    const text = `${plan.header.number}/${plan.header.symbol}`;
    const slash = text.indexOf('/');
    const next = applyFix(plan, edit({ kind: 'numberSymbol' }, 0, slash + 1, text.length, 'KH-BCĐ'));
    expect(next?.header.symbol).toBe('KH-BCĐ');
    expect(next?.header.number).toBe(plan.header.number);
    // A number that is not digits any more is refused.
    expect(applyFix(plan, edit({ kind: 'numberSymbol' }, 0, 0, 0, 'x'))).toBeNull();
  });

  it('edits a căn cứ, a recipient and the signer by their index or name', () => {
    const r = applyFix(plan, edit({ kind: 'recipient', index: 1 }, 0, 0, 0, '- '));
    expect(r?.recipients.entries[1]).toBe(`- ${plan.recipients.entries[1]}`);
    const s = applyFix(
      plan,
      edit({ kind: 'signatureName' }, 0, 0, plan.signature.name.length, 'Nguyễn Văn Á'),
    );
    expect(s?.signature.name).toBe('Nguyễn Văn Á');
  });

  it('gives null for a range the text no longer has, a field that is gone, or a paragraph a line has not', () => {
    expect(applyFix(plan, edit({ kind: 'summary' }, 0, 0, plan.summary.length + 1, ''))).toBeNull();
    expect(applyFix(plan, edit({ kind: 'itemTitle', item: 'không-có' }, 0, 0, 0, 'x'))).toBeNull();
    expect(applyFix(plan, edit({ kind: 'legalBasis', index: 99 }, 0, 0, 0, 'x'))).toBeNull();
    expect(applyFix(plan, edit({ kind: 'summary' }, 1, 0, 0, 'x'))).toBeNull();
    expect(applyFix(plan, edit({ kind: 'preamble' }, plan.preamble.length, 0, 0, 'x'))).toBeNull();
  });
});

import type { RuleModule } from '../context.ts';
import { at, type Draft } from '../finding.ts';
import { fieldArea } from '../../model/fields/fieldAddress.ts';

/**
 * A programme whose period ended before the plan's year ("giai đoạn 2012-2016" in a 2021 plan) is
 * worth a look — unless the clause continues or reviews it, or extends it ("… đến năm 2021").
 */
export const periodRules: RuleModule = {
  scope: 'text',
  rules: [
    {
      id: 'citation.period-ended',
      severity: 'warning',
      title: 'Chương trình, đề án đã hết giai đoạn',
      titleEn: 'Programme period already ended',
    },
  ],
  run({ scan, year }) {
    const out: Draft[] = [];
    for (const t of scan.texts) {
      if (fieldArea(t.location.address) === 'header') continue;
      for (const p of t.parse.periods) {
        if (p.endYear >= year || p.reviewing || !p.programme) continue;
        if (p.extendedTo !== null && p.extendedTo >= year) continue;
        out.push({
          rule: 'citation.period-ended',
          message: `"${p.text}" đã kết thúc trước năm ${year} của kế hoạch; đề nghị kiểm tra chương trình, đề án còn được thực hiện không.`,
          messageEn: `"${p.text}" ended before the plan's year ${year}; check that the programme is still being carried out.`,
          excerpt: p.text,
          location: at(t.location, p.start, p.end),
          clause: null,
          fix: null,
        });
      }
    }
    return out;
  },
};

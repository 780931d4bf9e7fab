import type { RuleModule } from '../context.ts';
import { at, type Draft } from '../finding.ts';
import { fieldArea } from '../../model/fields/fieldAddress.ts';

/** Placeholders ("…/KH", "[...]", "XX") left in a plan exported as final. Drafts may keep them. */
export const placeholderRules: RuleModule = {
  scope: 'text',
  rules: [
    {
      id: 'plan.placeholder',
      severity: 'warning',
      title: 'Còn chỗ trống chưa điền',
      titleEn: 'Placeholder left in the text',
    },
  ],
  run({ scan, final }) {
    const out: Draft[] = [];
    if (!final) return out;
    for (const t of scan.texts) {
      // The header's blanks (number, day) are the clerk's to fill by hand after signature.
      if (fieldArea(t.location.address) === 'header') continue;
      for (const p of t.parse.placeholders) {
        out.push({
          rule: 'plan.placeholder',
          message: `Còn chỗ trống chưa điền: "${p.text}".`,
          messageEn: `A placeholder is left in the text: "${p.text}".`,
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

import type { YearRange } from '../../citations/types.ts';
import type { TextLocation } from '../../model/walk.ts';
import type { RuleModule } from '../context.ts';
import { at, type Draft } from '../finding.ts';
import { sameCitations, sameValue } from '../sameValue.ts';
import { fieldArea, type FieldArea } from '../../model/fields/fieldAddress.ts';

const SKIP_AREAS = new Set<FieldArea>(['header', 'recipients', 'signature']);

/** Style the drafter should keep uniform: "số" before a cited number, one way of writing year ranges. */
export const styleRules: RuleModule = {
  rules: [
    {
      id: 'style.missing-so',
      severity: 'warning',
      title: 'Thiếu chữ "số" trước số văn bản',
      titleEn: 'Missing "số" before the number',
    },
    {
      id: 'style.year-range',
      severity: 'info',
      title: 'Khoảng năm viết không thống nhất',
      titleEn: 'Year ranges written inconsistently',
    },
  ],
  // Reads the citations and the year ranges of each text.
  affectedBy: (change) =>
    !sameCitations(change) || !sameValue(change.before.parse.yearRanges, change.after.parse.yearRanges),
  run({ scan }) {
    const out: Draft[] = [];
    for (const c of scan.citations) {
      if (c.hasSo || c.type === null || c.typeInferred || c.listed || c.typeSpan === null) continue;
      const span = c.numberSymbolSpan;
      if (span === null || c.numberSymbol === null) continue;
      const excerpt = c.text.slice(c.typeSpan.start - c.start, span.end - c.start);
      out.push({
        rule: 'style.missing-so',
        message: `Thiếu chữ "số" trước số văn bản: nên viết "${c.type} số ${c.numberSymbol}".`,
        messageEn: `"số" is missing before the number: write "${c.type} số ${c.numberSymbol}".`,
        excerpt,
        location: at(c.location, c.typeSpan.start, span.end),
        clause: null,
        fix: {
          location: c.location,
          range: { start: span.start, end: span.start },
          replacement: 'số ',
          label: 'Thêm "số"',
          labelEn: 'Insert "số"',
        },
      });
    }

    const ranges: Array<{ r: YearRange; location: TextLocation }> = [];
    for (const t of scan.texts) {
      if (SKIP_AREAS.has(fieldArea(t.location.address))) continue;
      for (const r of t.parse.yearRanges) ranges.push({ r, location: t.location });
    }
    const spaced = ranges.filter((x) => x.r.spaced).length;
    const compact = ranges.length - spaced;
    if (spaced > 0 && compact > 0) {
      // The less used form is the slip; on a tie, the compact "2017-2021" wins.
      const flagSpaced = spaced <= compact;
      for (const { r, location } of ranges) {
        if (r.spaced !== flagSpaced) continue;
        const other = flagSpaced ? `${r.from}-${r.to}` : `${r.from} - ${r.to}`;
        const same = ranges.find((x) => x.r.from === r.from && x.r.to === r.to && x.r.spaced !== r.spaced);
        out.push({
          rule: 'style.year-range',
          message: same
            ? `"${r.text}" viết khác "${same.r.text}" (${same.location.label}); nên viết thống nhất "${other}".`
            : `Khoảng năm "${r.text}" viết khác các khoảng năm còn lại của kế hoạch; nên viết "${other}".`,
          messageEn: same
            ? `"${r.text}" is written differently from "${same.r.text}" (${same.location.labelEn}); write "${other}" throughout.`
            : `The year range "${r.text}" differs from the plan's other ranges; write "${other}".`,
          excerpt: r.text,
          location: at(location, r.start, r.end),
          clause: null,
          fix: {
            location,
            range: { start: r.start, end: r.end },
            replacement: other,
            label: `Sửa thành "${other}"`,
            labelEn: `Change to "${other}"`,
          },
        });
      }
    }
    return out;
  },
};
